# Cases outside Afghanistan for dev7 (hand-written, 2026-12-06). Tuple format: see ../case_tuples.py.
N = None
G = {}
G["Nigeria"] = [
("P", "DEFENCE HEADQUARTERS - OPERATION HADIN KAI\nISWAP terrorists who attacked Dikwa, Borno State, on Tuesday were beaten back by troops, who neutralised 23 of the assailants and recovered gun trucks and rifles. Sadly, two of our soldiers died in action while six others were injured and are receiving treatment.",
 "2021-12-03", "wd:Tue", "=", "AC", "MFN", "ISWAP", "Borno", "Dikwa", "Dikwa", 2, 2, 25, 6),
("W", "GUSAU, Nigeria (Reuters) - Armed bandits on motorcycles killed at least 32 villagers in raids on three communities in Zamfara's Bukkuyum area on Saturday, according to a state lawmaker. Residents who helped bury the dead put the toll at 45.",
 "2022-01-04", "wd:Sat", "=", "ATT", "UAGN", "CIVN", "Zamfara", "Bukkuyum", "Bukkuyum", 32, 32, 45, N),
("H", "Benue: Fulani herdsmen kill nine farmers in Guma LGA - police",
 "2021-04-26", N, N, "ATT", "FUL", "CIVN", "Benue", "Guma", "Guma", 9, 9, 9, N),
]
G["Somalia"] = [
("C", "On 14 July 2020, an IED concealed in a donkey cart exploded near a market in Balcad town (Middle Shabelle), killing 3 civilians (2 women and a boy) and wounding 5. No claim; Al Shabaab suspected. Fatalities: 3.",
 "2020-07-17", "2020-07-14", "=", "IED", "UAGS", "CIVS", "Middle Shabele", "Balcad", "Balcad", 3, 3, 3, 5),
("P", "AMISOM PRESS RELEASE - Mogadishu\nAMISOM troops, together with the Somali National Army, on Thursday repulsed an al-Shabaab assault on their joint base in Luuq, Gedo region. The attackers suffered heavy losses. One AMISOM soldier was killed and two were injured.",
 "2021-03-08", "wd:Thu", "=", "AC", "AMISOM", "SHB", "Gedo", "Luuq", "Luuq", 1, 1, 1, 2),
]
G["Mali"] = [
("H", "Studio Tamani : 11 à 12 civils tués dans l'attaque d'un hameau près de Djenné | RFI : Mali, au moins onze villageois tués dans le centre du pays",
 "2021-07-03", N, N, "ATT", N, "CIVM", "Mopti", "Djenne Cercle", "Djenne", 11, 11, 12, N),
("P", "Forces Armées Maliennes - Communiqué\nOn 2 February 2022 a FAMa patrol struck an improvised explosive device on the road between Sévaré and Bandiagara. Three soldiers were killed in the blast and four others injured. During the sweep that followed, seven terrorists were neutralised.",
 "2022-02-04", "2022-02-02", "=", "IED", N, "MFM21", "Mopti", "Bandiagara Cercle", "Bandiagara", 3, 3, 10, 4),
]
G["Burkina Faso"] = [
("W", "OUAHIGOUYA, Burkina Faso (AFP) - Armed men on motorbikes broke into the home of a village councillor outside Ouahigouya in northern Yatenga province on Sunday night and shot him dead along with five relatives, a local source said.",
 "2021-05-18", "wd:Sun", "=", "ATT", N, "CIVB", "Nord", "Province du Yatenga", "Ouahigouya", 6, 6, 6, N),
("C", "On 4 November 2020, JNIM militants ambushed a gendarmerie convoy near Bilanga (Gnagna, Est). 4 gendarmes killed, 6 missing. Fatalities: 4.",
 "2020-11-07", "2020-11-04", "=", "AC", "JNIM", "MFB", "Est", "Gnagna Province", "Bilanga", 4, 4, 4, N),
]
G["Niger"] = [
("P", "Niger Defence Ministry communique\nOn Sunday 14 November 2021 an FDS post at Banibangou came under attack by armed terrorists on motorcycles. We deplore the loss of eight soldiers; three others were wounded. Several terrorists were neutralised and the rest fled towards the Malian border.",
 "2021-11-16", "2021-11-14", "=", "AC", N, "MFNE", "Tillabéri", "Banibangou", "Banibangou", 8, 8, 8, 3),
("W", "DIFFA, Niger (AFP) - Boko Haram fighters killed five villagers and carried off seven women in a raid on a hamlet near Nguigmi on the night of Saturday to Sunday, a municipal councillor said.",
 "2021-08-23", "wd:Sat", "wd:Sun", "ATT", "BH", "CIVNE", "Diffa", "Département de Nguigmi", "Nguigmi", 5, 5, 5, N),
]
G["Democratic Republic of the Congo"] = [
("P", "FARDC - Opérations Sokola 1, Ituri sector: statement of the spokesman\nOn Monday ADF rebels attacked a village near Komanda in Irumu territory and killed eleven civilians with machetes and firearms. Our units intervened quickly and neutralised six ADF terrorists.",
 "2021-06-10", "wd:Mon", "=", "ATT", "ADF", "CIVC", "Ituri", "Irumu", "Komanda", 11, 11, 17, N),
("H", "Actualite.cd: Rutshuru - three FARDC soldiers killed in clashes with M23 near Rugari",
 "2022-06-15", N, N, "AC", "M23", "FARDC", "Nord Kivu", "Rutshuru Territory", "Rugari", 3, 3, 3, N),
("C", "On 21-22 February 2020, fighting between Twirwaneho and a Mai-Mai coalition in the Minembwe highlands (Fizi territory, South Kivu). 6 combatants killed. Fatalities coded as 6.",
 "2020-02-25", "2020-02-21", "2020-02-22", "AC", N, N, "South Kivu", "Fizi", "Minembwe", 6, 6, 6, N),
]
G["Cameroon"] = [
("W", "YAOUNDE (Reuters) - Anglophone separatist fighters ambushed a military vehicle near Mbengwi in Cameroon's North-West region on Thursday, killing three soldiers and wounding one, a security source said. The army said several attackers were also killed.",
 "2021-09-13", "wd:Thu", "=", "AC", "AMB", "MFCM", "North-West", "Momo Division", "Mbengwi", 3, 3, 3, 1),
("C", "On 20 March 2021, Boko Haram fighters raided a fishing camp near Darak (Logone-et-Chari, Far North), killing 4 fishermen. The army said it killed 5 assailants in pursuit (unconfirmed). Fatalities coded as 4.",
 "2021-03-22", "2021-03-20", "=", "ATT", "BH", "CIVCM", "Far North", "Logone-et-Chari", "Darak", 4, 4, 9, N),
]
G["Mozambique"] = [
("C", "On 20 November 2021, Islamic State-linked insurgents attacked Naulala village, Mecula district (Niassa), burning houses; 2 civilians killed. Fatalities: 2.",
 "2021-11-24", "2021-11-20", "=", "ATT", "ISMZ", "CIVMZ", "Niassa", "Mecula", "Naulala", 2, 2, 2, N),
("P", "Rwanda Defence Force - Press Statement\nOn Saturday, Rwandan and Mozambican security forces retook the village of Chai in Macomia district, Cabo Delgado, from the terrorists. Eleven terrorists were killed. Our forces sustained no casualties.",
 "2021-08-10", "wd:Sat", "=", "GRT", "RWA", N, "Cabo Delgado", "Circunscrição de Macomia", "Chai", 0, 0, 11, 0),
]
G["Ethiopia"] = [
("W", "NEKEMTE, Ethiopia (AP) - At least 28 civilians were killed when gunmen stormed a village in West Wellega zone of Oromiya on Saturday, witnesses said. The regional government blamed the Oromo Liberation Army, which denied any role.",
 "2021-03-10", "wd:Sat", "=", "ATT", N, "CIVE", "Oromiya", "West Wellega Zone", "West Wellega", 28, 28, 28, N),
("H", "Amhara: 12 killed in Ataye fighting between regional special forces and armed group - officials | BBC Amharic: parts of Ataye town set ablaze",
 "2021-04-20", N, N, "AC", N, N, "Amhara", "Oromia Zone", "Ataye", 12, 12, 12, N),
("P", "Afar Regional State Communication Affairs Bureau\nThe terrorist TPLF group fired heavy artillery on Abala town on Sunday, killing six civilians and injuring 14, among them children. The regional government calls on the international community to condemn this crime.",
 "2022-01-25", "wd:Sun", "=", "SH", "TPLF", "CIVE", "Āfar", "Administrative Zone 2", "Abala", 6, 6, 6, 14),
]
G["Sudan"] = [
("W", "KHARTOUM (Reuters) - Security forces shot dead a protester near the presidential palace in central Khartoum on Thursday as thousands marched against military rule, a doctors' group aligned with the protest movement said, adding that more than 40 people were injured.",
 "2022-03-18", "wd:Thu", "=", "EF", "PROTSD", N, "Khartoum", "Khartoum", "Khartoum", 1, 1, 1, 40),
("C", "On 3 April 2022, armed herders attacked farmers near Kulbus (West Darfur); 8 farmers killed, 5 wounded, several farms burned. Fatalities coded as 8.",
 "2022-04-06", "2022-04-03", "=", "ATT", N, "CIVSD", "Western Darfur", N, "Kulbus", 8, 8, 8, 5),
("H", "Sudan: RSF break up Nyala sit-in with tear gas, no casualties reported - Dabanga",
 "2021-08-02", N, N, "PI", "PROTSD", "RSF", "Southern Darfur", N, "Nyala", 0, 0, 0, 0),
]
G["South Sudan"] = [
("P", "UNMISS PRESS RELEASE - Juba, 12 June 2020\nUNMISS is alarmed by renewed intercommunal violence in Uror County, Jonglei, where armed youth attacked cattle camps on 8 and 9 June. At least 21 people were killed, two of them humanitarian workers, and 30 injured; thousands of cattle were driven away.",
 "2020-06-12", "2020-06-08", "2020-06-09", "ATT", N, "CIVSS", "Jonglei", "Uror County", "Uror", 21, 21, 21, 30),
("W", "JUBA (Reuters) - Rebels of the National Salvation Front (NAS) ambushed an army truck on the Juba-Yei road in Yei County on Tuesday, killing four soldiers, an army spokesman said. NAS said in a statement that it had killed 12.",
 "2021-02-18", "wd:Tue", "=", "AC", "NAS", "MFSS", "Central Equatoria", "Yei County", "Yei", 4, 4, 12, N),
("H", "Twic County: 9 killed in cattle raid on Warrap villages - Radio Tamazuj",
 "2022-02-14", N, N, "ATT", N, "CIVSS", "Warrap", "Twic County", "Twic", 9, 9, 9, N),
]
G["Yemen"] = [
("P", "Saba News Agency (Sanaa)\nThe warplanes of the US-Saudi aggression on Wednesday struck a house in Az-Zahir district of Al-Bayda governorate, martyring a mother and her three young children.",
 "2021-03-26", "wd:Wed", "=", "AIR", "ORH", "CIVY", "Al Bayda", "Az Zahir", "Az-Zahir", 0, 0, 4, N),
("W", "ATAQ, Yemen (AP) - A car bomb went off beside a military convoy in Ataq, the capital of Shabwa province, on Sunday, killing three soldiers and wounding eight, local officials said. No group claimed the bombing.",
 "2022-02-28", "wd:Sun", "=", "IED", "UAGY", "MFY", "Shabwah", "Ataq", "Ataq", 3, 3, 3, 8),
]
G["Syria"] = [
("C", "On 8 December 2020, an IED planted on a motorcycle exploded next to a Syrian army vehicle in Izra (Daraa); 2 soldiers killed, 3 wounded. Unclaimed.",
 "2020-12-11", "2020-12-08", "=", "IED", "UAGSY", "MFSY", "Daraa", "Izra District", "Izra", 2, 2, 2, 3),
("W", "QAMISHLI, Syria (AP) - A Turkish drone hit a car near Qamishli on Tuesday, killing three members of the Kurdish-led Syrian Democratic Forces including a local commander, the SDF said.",
 "2022-07-21", "wd:Tue", "=", "AIR", "TUR", "SDF", "Al-Hasakah", "Al-Qamishli District", "Qamishli", 3, 3, 3, N),
]
G["Iraq"] = [
("H", "Basra: police open fire on protesters outside provincial council, 2 dead and 17 wounded - medics",
 "2019-10-29", N, N, "EF", "PROTI", "PFI", "Basra", "Basrah District", "Basra", 2, 2, 2, 17),
("P", "Security Media Cell\nRemnants of terrorist Daesh attacked a border guard post west of Rutba on Saturday night. Two of our heroic border guards were martyred and one wounded; the attackers fled, leaving three of their dead behind.",
 "2020-10-05", "wd:Sat", "=", "AC", "ISI", "MFI", "Al Anbar", "Al-Rutba District", "Rutba", 2, 2, 5, 1),
]
G["Libya"] = [
("C", "On 22 May 2022, clashes between two armed groups in central Zawiya (Az Zawiyah); 5 killed including a child, 11 wounded (Zawiya emergency service). Fatalities: 5.",
 "2022-05-24", "2022-05-22", "=", "AC", N, N, "Az Zāwiyah", N, "Zawiya", 5, 5, 5, 11),
("H", "Sabha: rocket hits residential area, two civilians killed - Libya Observer",
 "2019-09-14", N, N, "SH", N, "CIVLY", "Sabhā", N, "Sabha", 2, 2, 2, N),
]
G["Pakistan"] = [
("P", "Inter Services Public Relations (ISPR) - No PR-148/2021\nOn 14 July 2021, terrorists opened fire on a security forces patrol in Awaran District, Balochistan. During the exchange of fire two soldiers embraced shahadat, while three terrorists were killed.",
 "2021-07-15", "2021-07-14", "=", "AC", N, "MFP", "Balochistan", "Awārān District", "Awaran", 2, 2, 5, N),
("W", "DERA ISMAIL KHAN, Pakistan (AP) - A bomb detonated by remote control hit a police patrol on the outskirts of Tank on Wednesday, killing two constables and wounding four, district police said. The Pakistani Taliban claimed the attack.",
 "2022-05-12", "wd:Wed", "=", "IED", "TTP", "PFP", "Khyber Pakhtunkhwa", "Tānk District", "Tank", 2, 2, 2, 4),
("C", "On 30 September 2020, a hand grenade was thrown into a shop on a busy street in Quetta (Balochistan); 1 killed, 7 wounded. Unclaimed.",
 "2020-10-02", "2020-09-30", "=", "GR", "UAGP", "CIVP", "Balochistan", "Quetta District", "Quetta", 1, 1, 1, 7),
]
G["India"] = [
("W", "SRINAGAR (Reuters) - Two suspected militants and an Indian soldier were killed in a gunfight in Shopian district of Indian-administered Kashmir on Wednesday, police said.",
 "2020-08-14", "wd:Wed", "=", "AC", N, "MFIN", "Jammu and Kashmir", "Shupiyan", "Shopian", 3, 3, 3, N),
("H", "Grenade hurled at CRPF bunker in Pulwama misses, injures three civilians",
 "2021-10-11", N, N, "GR", N, N, "Jammu and Kashmir", "Pulwama", "Pulwama", 0, 0, 0, 3),
("P", "Office of the Superintendent of Police, Bijapur - Press Note\nIn an encounter with armed CPI (Maoist) cadres in the forests near Tarrem on Saturday, two DRG jawans were martyred and three were injured. Search parties later recovered the bodies of four Maoists.",
 "2021-05-17", "wd:Sat", "=", "AC", "PFIN", "CPIM", "Chhattisgarh", "Bijapur", "Tarrem", 2, 2, 6, 3),
]
G["Myanmar"] = [
("P", "Karenni Nationalities Defence Force - Statement\nOn 4 January, KNDF and allied forces attacked a military council convoy on the road near Loikaw. About 15 junta soldiers were killed. We lost two comrades in the fighting.",
 "2022-01-06", "2022-01-04", "=", "AC", "KNDF", "MFMM", "Kayah", "Loikaw District", "Loikaw", 2, 2, 17, N),
("H", "Junta air strikes kill seven villagers in Depayin township - RFA",
 "2022-05-30", N, N, "AIR", "MFMM", "CIVMM", "Sagain", "Shwebo District", "Depayin", 7, 7, 7, N),
("C", "On 12-13 March 2022, military troops raided villages in Salin township (Minbu District, Magway), burning about 200 houses; 3 villagers shot dead. Fatalities: 3.",
 "2022-03-16", "2022-03-12", "2022-03-13", "ATT", "MFMM", "CIVMM", "Magway", "Minbu District", "Salin", 3, 3, 3, N),
]
G["Philippines"] = [
("C", "On 22 March 2021, 6th Infantry Division troops clashed with BIFF gunmen in Datu Saudi Ampatuan (Maguindanao); military reported 5 BIFF and 1 soldier killed. Fatalities coded as 6.",
 "2021-03-24", "2021-03-22", "=", "AC", "MFPH", "BIFF", "Autonomous Region in Muslim Mindanao", "Province of Maguindanao", "Datu Saudi Ampatuan", 6, 6, 6, N),
("P", "NPA - Apolinario Gatmaitan Command, Negros Island\nOn 6 June a Red fighter unit ambushed a patrol of the 94th Infantry Battalion in the hinterlands of Himamaylan City, killing four fascist troops. The Red fighters withdrew safely and suffered no casualties.",
 "2020-06-09", "2020-06-06", "=", "AC", "NPA", "MFPH", "Western Visayas", "Province of Negros Occidental", "Himamaylan", 0, 0, 4, 0),
]
G["Colombia"] = [
("H", "Cauca: asesinan a tres comuneros indígenas en Toribío; autoridades apuntan a disidencias de las FARC - El Tiempo",
 "2021-06-02", N, N, "ATT", N, "CIVCO", "Cauca", "Toribio", "Toribío", 3, 3, 3, N),
("W", "MEDELLIN, Colombia (Reuters) - A soldier was killed and two others hurt when a landmine went off as their unit was uprooting coca plants in rural Briceno, in the northern province of Antioquia, on Friday, the army said.",
 "2021-11-14", "wd:Fri", "=", "IED", N, "MFCO", "Antioquia", "Briceño", "Briceno", 1, 1, 1, 2),
]
G["Mexico"] = [
("W", "CELAYA, Mexico (AP) - Gunmen burst into a bar in Celaya, in Guanajuato state, on Saturday night and opened fire, killing nine people and wounding three, state prosecutors said.",
 "2021-08-30", "wd:Sat", "=", "ATT", "UAGMX", "CIVMX", "Guanajuato", "Celaya", "Celaya", 9, 9, 9, 3),
("H", "Aguililla: CJNG drones drop explosives on village outskirts, no casualties - Milenio",
 "2021-05-07", N, N, "AIR", "CJNG", "CIVMX", "Michoacán", "Aguililla", "Aguililla", 0, 0, 0, 0),
]
G["Ukraine"] = [
("P", "Mykolaiv Regional Military Administration\nThis morning the occupiers fired multiple rocket launchers at a residential neighbourhood of Mykolaiv. Two people lost their lives and five were injured. Air-raid shelters remain open.",
 "2022-07-13", "0", "=", "SH", "RUS", "CIVUA", "Mykolaiv", "Mykolayiv urban raion", "Mykolaiv", 2, 2, 2, 5),
("W", "KHARKIV, Ukraine (Reuters) - Russian shelling of a residential district in Kharkiv killed four people and wounded 11 on Thursday, according to Kharkiv's governor. Moscow denies targeting civilians.",
 "2022-05-06", "wd:Thu", "=", "SH", "RUS", "CIVUA", "Kharkiv", "Kharkiv City Council", "Kharkiv", 4, 4, 4, 11),
("C", "On 18 June 2022, Ukrainian forces regained two villages in Polohy Raion (Zaporizhzhia) after Russian units withdrew under artillery fire. No casualty figures reported; fatalities coded as 0.",
 "2022-06-21", "2022-06-18", "=", "GRT", "UAF", "RUS", "Zaporizhzhia", "Polohy Raion", "Polohy", 0, 0, 0, N),
]
G["Central African Republic"] = [
("P", "MINUSCA - Press release, Bangui\nMINUSCA strongly condemns the attack carried out on 17 May by 3R elements against the village of Ndongue near Bocaranga, which killed seven civilians, including two children. A patrol has been deployed to the area.",
 "2020-05-20", "2020-05-17", "=", "ATT", "3R", "CIVCAR", "Ouham-Pendé", "Bocaranga", "Ndongue", 7, 7, 7, N),
("W", "BANGUI (AFP) - Fighters of the rebel Coalition of Patriots for Change (CPC) attacked an army position near Bria on Sunday, and two soldiers and five rebels were killed, a military source said.",
 "2021-02-23", "wd:Sun", "=", "AC", "CPC", "MFCAR", "Haute-Kotto", "Bria", "Bria", 7, 7, 7, N),
("H", "Bambari: UPC fighters loot health centre, abduct two nurses - Radio Ndeke Luka",
 "2020-02-11", N, N, "ABD", "UPC", "CIVCAR", "Ouaka", "Bambari", "Bambari", 0, 0, 0, N),
]
G["Chad"] = [
("P", "Chadian Armed Forces - General Staff communique\nAt dawn on Sunday Boko Haram terrorists attacked our position on an island near Kaya, Lac province. Four of our soldiers fell and nine were wounded; 26 terrorists were neutralised.",
 "2021-08-10", "wd:Sun", "=", "AC", N, "MFTD", "Lac", "Kaya", "Kaya", 4, 4, 30, 9),
("H", "Tibesti: at least 17 dead in clashes between gold miners at Kouri Bougoudi - Alwihda Info",
 "2022-05-27", N, N, "AC", N, N, "Tibesti", N, "Kouri Bougoudi", 17, 17, 17, N),
]
G["Kenya"] = [
("H", "Lamu: Al-Shabaab militants kill two in Mpeketoni attack, police say",
 "2022-01-04", N, N, "ATT", "SHB", "CIVKE", "Lamu", "Lamu District", "Mpeketoni", 2, 2, 2, N),
("C", "On 12 September 2021, armed bandits ambushed a police vehicle near Kapedo (Turkana); 3 officers killed. Fatalities: 3.",
 "2021-09-15", "2021-09-12", "=", "AC", N, "PFKE", "Turkana", N, "Kapedo", 3, 3, 3, N),
]

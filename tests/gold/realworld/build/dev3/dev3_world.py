# Cases outside Afghanistan for dev3 (hand-written, 2026-12-06). Tuple format: see common.py.
N = None
G = {}
G["Syria"] = [
("P", "Syrian Ministry of Defence: Units of our armed forces on Sunday targeted gatherings of terrorists in the vicinity of Kansafra in Jabal al-Zawiya with artillery and missiles, inflicting heavy losses on them.",
 "2021-06-14", "wd:Sun", "=", "SH", "MFSY", N, "Idlib", "Ariha District", "Kansafra", 0, 0, N, N),
("W", "BEIRUT (Reuters) - Air strikes believed to be Russian hit a poultry farm sheltering displaced families on the outskirts of Maarat Misrin in Idlib province on Thursday, killing five people, two of them children, rescue workers said.",
 "2021-01-22", "wd:Thu", "=", "AIR", "RUS", "CIVSY", "Idlib", "Idlib District", "Maarat Misrin", 5, 5, 5, N),
("C", "On 28 August 2020, an IED exploded targeting an SDF patrol in the vicinity of Hajin, Deir ez-Zor. 2 SDF members were killed. ISIS claimed responsibility.",
 "2020-08-30", "2020-08-28", "=", "IED", "ISSY", "SDF", "Deir ez-Zor", "Abu Kamal District", "Hajin", 2, 2, 2, N),
("H", "SOHR: regime shelling on Al-Bara in Jabal al-Zawiya kills woman and her two children",
 "2021-07-19", N, N, "SH", "MFSY", "CIVSY", "Idlib", "Ariha District", "Al-Bara", 3, 3, 3, N),
("P", "Manbij Military Council: On 19 December 2019 the Turkish occupation and its mercenaries shelled the villages of Arab Hassan and Al-Muhsenli west of Manbij. One of our fighters was martyred and two civilians were wounded.",
 "2019-12-20", "2019-12-19", "=", "SH", "TUR", "SDF", "Aleppo", "Manbij District", N, 1, 1, 1, 2),
]
G["Iraq"] = [
("W", "BAGHDAD (AP) - Islamic State militants attacked an Iraqi army checkpoint near the village of Wadi al-Shay, south of Kirkuk, late Saturday, killing four soldiers, security officials said.",
 "2021-03-07", "wd:Sat", "=", "AC", "ISI", "MFI", "Kirkuk", N, "Wadi al-Shay", 4, 4, 4, N),
("P", "Joint Operations Command: Iraqi F-16 aircraft struck a cave complex used by Daesh remnants in the Wadi Zghaytoun area south-west of Kirkuk on 14 March 2021, destroying it and killing all 7 terrorists inside.",
 "2021-03-15", "2021-03-14", "=", "AIR", "MFI", "ISI", "Kirkuk", N, "Wadi Zghaytoun", 0, 0, 7, N),
("C", "On 12 June 2019, ISIS militants set fire to wheat fields near Hawija (Kirkuk) and shot at farmers trying to put out the fire; 1 farmer killed.",
 "2019-06-14", "2019-06-12", "=", "ATT", "ISI", "CIVI", "Kirkuk", "Al-Hawija District", "Hawija", 1, 1, 1, N),
("H", "Roadside bomb kills 3 Iraqi soldiers near Khanaqin",
 "2020-05-02", N, N, "IED", "UAGI", "MFI", "Diyala", "Khanaqin District", "Khanaqin", 3, 3, 3, N),
("P", "Statement by the Sinjar district administration: A drone believed to be Turkish struck a car at the entrance of Sinjar town at 1:30 pm today, killing its two occupants, members of the YBS, and wounding a passer-by.",
 "2021-08-17", "0", "=", "AIR", "TUR", N, "Nineveh", "Sinjar", "Sinjar", 2, 2, 2, 1),
]
G["Yemen"] = [
("P", "Saba: The US-Saudi aggression's warplanes launched three raids on Saturday on a house in Al-Hazm district of Al-Jawf governorate, killing a woman and her four children.",
 "2020-02-17", "wd:Sat", "=", "AIR", "ORH", "CIVY", "Al Jawf", N, "Al-Hazm", 0, 0, 5, N),
("W", "ADEN (Reuters) - Fighting between Houthi forces and government troops on the southern fringes of Marib city has killed 46 fighters on both sides since Sunday, military sources told Reuters on Tuesday.",
 "2021-03-09", "wd:Sun", "0", "AC", "HOU", "MFY", "Ma'rib", "Marib City", "Marib", 46, 46, 46, N),
("C", "On 10 November 2020, a landmine planted by Houthi forces exploded in Hays district, Al Hudaydah, killing 2 children herding sheep. Fatalities: 2.",
 "2020-11-12", "2020-11-10", "=", "IED", "HOU", "CIVY", "Al Hudaydah", "Hays", "Hays", 2, 2, 2, N),
("H", "Taiz: Houthi sniper kills 10-year-old girl in Al-Qahirah district - local rights group",
 "2019-11-20", N, N, "ATT", "HOU", "CIVY", "Ta'izz", "Al Qahirah", "Taiz", 1, 1, 1, N),
("H", "Aden: gunmen on motorbike kill senior security official and one of his guards in Sheikh Othman",
 "2021-11-11", N, N, "ATT", "UAGY", N, "Aden", N, "Sheikh Othman", 2, 2, 2, N),
]
G["Somalia"] = [
("P", "Somali National Army statement: Our forces, supported by international partners, conducted a planned operation in the Bariire area of Lower Shabelle on Thursday, killing 12 Al-Shabaab militants. Two SNA soldiers sustained minor injuries.",
 "2019-09-01", "wd:Thu", "=", "AC", "MFS", "SHB", "Lower Shabeelle", "Afgooye", "Bariire", 0, 0, 12, 2),
("W", "MOGADISHU (Reuters) - A suicide bomber blew himself up at a busy restaurant near a military academy in Mogadishu's Hodan district on Saturday evening, killing at least nine people, police and ambulance services said.",
 "2020-07-20", "wd:Sat", "=", "SB", "UAGS", "CIVS", "Banaadir", "Hodan", "Mogadishu", 10, 9, 10, N),
("C", "On 22 April 2021, AS fighters ambushed an AMISOM convoy near Qoryooley (Lower Shabelle) with an IED followed by gunfire. AS claimed 10 AMISOM soldiers killed; AMISOM did not confirm. Fatalities coded as 0.",
 "2021-04-24", "2021-04-22", "=", "AC", "SHB", "AMISOM", "Lower Shabeelle", "Qoryooley", "Qoryooley", 0, 0, 10, N),
("H", "Beledweyne: Al-Shabaab mortar rounds hit town's airport, no casualties reported",
 "2020-03-11", N, N, "SH", "SHB", N, "Hiiraan", "Belet Weyne", "Beledweyne", 0, 0, 0, 0),
("P", "Radio Andalus (Al-Shabaab): Yesterday the mujahideen stormed a base of the apostate militia in Jamaame, killing 17 of them and seizing their weapons. One mujahid was martyred.",
 "2022-02-10", "-1", "=", "AC", "SHB", "MFS", "Lower Juba", "Jamaame", "Jamaame", 1, 1, 18, N),
]
G["Mali"] = [
("P", "Communique of the FAMa general staff: On 16 February 2022 our units repelled a terrorist attack on the Boni post in the Douentza cercle. Provisional toll: 4 FAMa soldiers killed and 7 wounded; on the enemy side, 23 terrorists neutralised.",
 "2022-02-17", "2022-02-16", "=", "AC", "MFM21", N, "Mopti", "Douentza Cercle", "Boni", 4, 4, 27, 7),
("W", "BAMAKO (AFP) - Suspected jihadists killed 11 civilians, including a village chief, when they raided a settlement near Dinangourou in central Mali's Koro circle on Sunday, a local official told AFP.",
 "2022-03-08", "wd:Sun", "=", "ATT", N, "CIVM", "Mopti", "Koro Cercle", "Dinangourou", 11, 11, 11, N),
("C", "On 9 April 2022, an IED hit a MINUSMA logistics convoy near Tessit (Gao region). 1 Chadian peacekeeper killed, 3 injured.",
 "2022-04-11", "2022-04-09", "=", "IED", N, "MIN", "Gao", "Ansongo Cercle", "Tessit", 1, 1, 1, 3),
("H", "Menaka: Islamic State fighters kill 5 Tuareg herders near Anderamboukane - local sources | 12 Mar 2022",
 "2022-03-12", N, N, "ATT", "ISSAH", "CIVM", "Menaka", "Cercle de Menaka", "Anderamboukane", 5, 5, 5, N),
]
G["Burkina Faso"] = [
("W", "OUAGADOUGOU - Gunmen killed 14 people, among them six members of the Volunteers for the Defence of the Homeland, in an attack on a market in Namentenga province on Thursday, the regional governor said.",
 "2021-11-27", "wd:Thu", "=", "ATT", N, N, "Centre-Nord", "Province du Namentenga", N, 14, 14, 14, N),
("P", "Armed forces communique: During an offensive reconnaissance mission in the Soum province on 5 January 2022, units of the national theatre command came under attack near Djibo. Three soldiers lost their lives; the response neutralised about fifteen terrorists.",
 "2022-01-07", "2022-01-05", "=", "AC", "MFB", N, "Sahel", "Province du Soum", "Djibo", 3, 3, 18, N),
("C", "On 15 June 2021, JNIM militants abducted 4 civilians, including a local councillor, on the road between Gorom-Gorom and Markoye (Oudalan). Fatalities: 0.",
 "2021-06-17", "2021-06-15", "=", "ABD", "JNIM", "CIVB", "Sahel", "Oudalan", N, 0, 0, 0, N),
("H", "Burkina: IED blast kills 2 VDP near Kantchari in Tapoa province",
 "2021-09-14", N, N, "IED", N, "VDP", "Est", "Province de la Tapoa", "Kantchari", 2, 2, 2, N),
]
G["Niger"] = [
("W", "NIAMEY (Reuters) - Suspected Islamist militants on motorbikes killed 19 villagers and torched granaries in the Tillaberi region's Banibangou department on Monday, the interior ministry said in a statement on Wednesday.",
 "2021-11-03", "wd:Mon", "=", "ATT", N, "CIVNE", "Tillaberi", "Banibangou", N, 19, 19, 19, N),
("P", "Niger Ministry of Defence: On 8 April 2022 an army convoy hit an explosive device near Tamou in Say department. Two soldiers were killed and four wounded.",
 "2022-04-09", "2022-04-08", "=", "IED", N, "MFNE", "Tillaberi", "Departement de Say", "Tamou", 2, 2, 2, 4),
("H", "Diffa: Boko Haram fighters kidnap 7 women near Bosso - residents",
 "2021-05-18", N, N, "ABD", "BH", "CIVNE", "Diffa", "Bosso", "Bosso", 0, 0, 0, N),
]
G["Nigeria"] = [
("W", "MAIDUGURI, Nigeria - ISWAP fighters attacked a military base in Borno's Marte town overnight, killing five soldiers and carting away weapons, two military sources said on Friday.",
 "2021-04-16", "-1", "=", "AC", "ISWAP", "MFN", "Borno", "Marte", "Marte", 5, 5, 5, N),
("P", "Nigerian Army, Directorate of Army Public Relations: On Tuesday gallant Operation Hadin Kai troops ambushed Boko Haram/ISWAP terrorists along the Damboa-Maiduguri road, neutralising 8 of them and recovering 3 AK-47 rifles. One soldier sustained a gunshot wound.",
 "2021-09-02", "wd:Tue", "=", "AC", "MFN", N, "Borno", N, N, 0, 0, 8, 1),
("C", "On 14 February 2022, armed bandits attacked three villages in Kauru LGA (Kaduna), killing 9 civilians and burning houses. Fatalities coded as 9.",
 "2022-02-16", "2022-02-14", "=", "ATT", "UAGN", "CIVN", "Kaduna", "Kauru", N, 9, 9, 9, N),
("W", "Police in Jos North fired tear gas at youths protesting the killing of a motorcyclist on Sunday, and one protester died of gunshot wounds, residents said.",
 "2020-10-20", "wd:Sun", "=", "EF", "PFN", "PROTN", "Plateau", "Jos North", "Jos", 1, 1, 1, N),
("H", "Katsina: Bandits abduct 30 worshippers from mosque in Faskari - Premium Times, 5 Dec 2021 | Daily Trust: Gunmen kidnap dozens in Faskari mosque raid",
 "2021-12-05", N, N, "ABD", "UAGN", "CIVN", "Katsina", "Faskari", "Faskari", 0, 0, 0, N),
]
G["Mozambique"] = [
("P", "Rwanda Defence Force: On 25 September 2021 Rwanda Security Forces took control of Mbau, the last insurgent base in Mocimboa da Praia district. The terrorists fled after limited resistance. Our forces suffered no casualties.",
 "2021-09-26", "2021-09-25", "=", "GRT", "RWA", N, "Cabo Delgado", "Mocimboa da Praia", "Mbau", 0, 0, N, N),
("C", "On 2 March 2022, Islamic State (Mozambique) militants beheaded 3 civilians in the village of Nova Zambezia, Macomia district (Cabo Delgado).",
 "2022-03-04", "2022-03-02", "=", "ATT", "ISMZ", "CIVMZ", "Cabo Delgado", "Circunscricao de Macomia", "Nova Zambezia", 3, 3, 3, N),
("W", "PEMBA, Mozambique (AP) - Insurgents linked to the Islamic State group ambushed two buses on the N380 road near Ancuabe on Friday, killing seven passengers, a local administrator said Sunday.",
 "2022-06-12", "wd:Fri", "=", "ATT", "ISMZ", "CIVMZ", "Cabo Delgado", "Ancuabe District", "Ancuabe", 7, 7, 7, N),
]
G["Democratic Republic of the Congo"] = [
("W", "Rebels of the Allied Democratic Forces hacked and shot dead 16 villagers in a raid on a farming settlement in North Kivu's Beni territory late on Tuesday, a civil society leader told Reuters on Thursday.",
 "2020-06-04", "wd:Tue", "=", "ATT", "ADF", "CIVC", "Nord Kivu", "Beni", N, 16, 16, 16, N),
("P", "FARDC Sokola 1 operations spokesman: In fighting at Mwalika in Beni territory yesterday, our troops killed 6 ADF terrorists and freed 4 hostages. One FARDC soldier fell on the field of honour.",
 "2021-03-24", "-1", "=", "AC", "FARDC", "ADF", "Nord Kivu", "Beni", "Mwalika", 1, 1, 7, N),
("C", "On 17 May 2020, CODECO militia attacked a displaced persons' site in Djugu territory (Ituri); 18 civilians killed. Fatalities coded as 18.",
 "2020-05-19", "2020-05-17", "=", "ATT", "CODECO", "CIVC", "Ituri", "Djugu", N, 18, 18, 18, N),
("H", "Rutshuru: M23 and FARDC clash near Tshanzu; 'several' soldiers killed",
 "2022-03-29", N, N, "AC", "M23", "FARDC", "Nord Kivu", "Rutshuru Territory", "Tshanzu", N, N, N, N),
]
G["Myanmar"] = [
("P", "NUG Ministry of Defence: On 9 October 2021 PDF Battalion 3 of Gangaw ambushed a junta column near Gangaw, killing 14 soldiers. Two of our comrades gave their lives.",
 "2021-10-10", "2021-10-09", "=", "AC", "PDF", "MFMM", "Magway", "Gangaw District", "Gangaw", 2, 2, 16, N),
("W", "KALAY, Myanmar (Reuters) - At least seven people were killed on Saturday when soldiers and police opened fire on anti-coup demonstrators in the northwestern town of Kalay, witnesses and local media said.",
 "2021-03-28", "wd:Sat", "=", "EF", "MFMM", "PROTMM", "Sagain", "Kale District", "Kalay", 7, 7, 7, N),
("C", "On 12 June 2022, a Myanmar military airstrike hit a village near Demoso (Loikaw District, Kayah State); 4 civilians killed.",
 "2022-06-14", "2022-06-12", "=", "AIR", "MFMM", "CIVMM", "Kayah", "Loikaw District", "Demoso", 4, 4, 4, N),
("H", "Chin: Chinland Defense Force says it killed 12 junta troops in Mindat clash; military silent",
 "2021-05-16", N, N, "AC", N, "MFMM", "Chin", "Mindat", "Mindat", 0, 0, 12, N),
]
G["Pakistan"] = [
("P", "ISPR: On 14 April 2021 security forces conducted an intelligence-based operation in the Mir Ali area of North Waziristan. During an intense exchange of fire 4 terrorists were killed, while Sepoy Abdul Rehman, age 24, embraced shahadat.",
 "2021-04-15", "2021-04-14", "=", "AC", "MFP", N, "Khyber Pakhtunkhwa", "North Waziristan District", "Mir Ali", 1, 1, 5, N),
("W", "QUETTA - Two policemen and a passer-by were killed and 11 people wounded on Thursday when explosives packed into a parked motorbike went off as a police patrol drove past on Quetta's Sariab Road, police said. The Balochistan Liberation Army said it carried out the attack.",
 "2021-07-02", "wd:Thu", "=", "IED", "BLA", "PFP", "Balochistan", "Quetta District", "Quetta", 3, 3, 3, 11),
("C", "On 30 January 2022, TTP militants attacked a police check post in Lakki Marwat district (KP), killing 2 policemen; 1 attacker was killed in the exchange of fire. Fatalities: 3.",
 "2022-02-01", "2022-01-30", "=", "AC", "TTP", "PFP", "Khyber Pakhtunkhwa", "Lakki Marwat District", "Lakki Marwat", 3, 3, 3, N),
("H", "Bajaur: policeman escorting polio team shot dead in Mamund tehsil",
 "2020-12-16", N, N, "AC", "UAGP", "PFP", "Khyber Pakhtunkhwa", "Bajaur Agency", "Mamund", 1, 1, 1, N),
]
G["Ethiopia"] = [
("W", "Fighters from the Oromo Liberation Army killed 17 civilians in an attack on villages in West Wellega zone on Sunday, a witness and a regional official said, although the OLA denied involvement.",
 "2021-08-24", "wd:Sun", "=", "ATT", "OLA", "CIVE", "Oromiya", "West Wellega Zone", N, 17, 17, 17, N),
("P", "Tigray External Affairs Office: Yesterday Ethiopian drones struck the market of Abiy Addi in Central Tigray, martyring 9 civilians. We call on the international community to act.",
 "2022-01-09", "-1", "=", "AIR", "ENDF", "CIVE", "Tigray", "Central Tigray Zone", "Abiy Addi", 0, 0, 9, N),
("C", "On 7 September 2021, clashes between ENDF and allied Amhara forces and the TDF near Chenna (North Gondar Zone, Amhara). At least 10 killed according to regional officials. Fatalities coded as 10.",
 "2021-09-09", "2021-09-07", "=", "AC", "ENDF", "TPLF", "Amhara", "North Gondar Zone", "Chenna", 10, 10, 10, N),
]
G["Cameroon"] = [
("W", "BUEA, Cameroon - Suspected separatist fighters killed two gendarmes at a checkpoint in Muyuka in the South-West region on Tuesday, a local administrative official said.",
 "2021-01-13", "wd:Tue", "=", "AC", "AMB", "MFCM", "South-West", "Fako Division", "Muyuka", 2, 2, 2, N),
("P", "Cameroon Ministry of Defence communique: On 3 March 2022 the defence and security forces neutralised 7 secessionist terrorists during an operation in Bui division and freed 2 hostages.",
 "2022-03-05", "2022-03-03", "=", "AC", "MFCM", "AMB", "North-West", "Bui Division", N, 0, 0, 7, N),
("H", "Mayo-Tsanaga: female suicide bomber kills 4 civilians in Mozogo",
 "2021-08-02", N, N, "SB", N, "CIVCM", "Far North", "Mayo-Tsanaga", "Mozogo", 5, 4, 5, N),
]
G["Sudan"] = [
("C", "On 13 January 2022, security forces fired live ammunition and tear gas at anti-coup marchers in Omdurman (Khartoum state); the Central Committee of Sudan Doctors reported 3 protesters killed. Fatalities coded as 3.",
 "2022-01-15", "2022-01-13", "=", "EF", N, "PROTSD", "Khartoum", "Omdurman", "Omdurman", 3, 3, 3, N),
("C", "On 24 July 2021, gunmen on camels attacked farmers in the Jebel Marra area (Central Darfur), killing 4 farmers.",
 "2021-07-26", "2021-07-24", "=", "ATT", N, "CIVSD", "Central Darfur", N, "Jebel Marra", 4, 4, 4, N),
]
G["Libya"] = [
("W", "TRIPOLI (Reuters) - Shelling hit a residential area of Tripoli's Abu Salim district on Monday, killing four civilians, including a child, the health ministry of the Tripoli-based government said.",
 "2019-10-15", "wd:Mon", "=", "SH", N, "CIVLY", "Tripoli", N, "Abu Salim", 4, 4, 4, N),
("H", "LNA says its jets destroyed 3 armoured vehicles, killed 11 'mercenaries' south of Misrata",
 "2020-04-28", N, N, "AIR", N, N, "Misratah", N, N, 0, 0, 11, N),
]
G["Colombia"] = [
("C", "On 21 August 2021, an explosive device hidden in a motorcycle went off next to a police station in Tibu (Norte de Santander), injuring 3 officers. No fatalities.",
 "2021-08-23", "2021-08-21", "=", "IED", N, "PFCO", "Norte de Santander Department", "Tibu", "Tibu", 0, 0, 0, 3),
("C", "On 14 February 2022, clashes between the ELN and FARC dissidents in rural Argelia (Cauca) left 5 combatants dead, according to the Ombudsman's Office.",
 "2022-02-16", "2022-02-14", "=", "AC", "ELN", N, "Cauca", "Argelia", "Argelia", 5, 5, 5, N),
]
G["Philippines"] = [
("P", "4th Infantry Division, Philippine Army: Troops of the 58th Infantry Battalion clashed with about 20 NPA rebels in Claveria, Misamis Oriental, on Sunday. One soldier was killed in action; the rebels withdrew carrying their wounded.",
 "2020-11-24", "wd:Sun", "=", "AC", "MFPH", "NPA", "Northern Mindanao", "Province of Misamis Oriental", "Claveria", 1, 1, 1, N),
("H", "Sulu: Abu Sayyaf gunmen behead 2 loggers in Patikul - military",
 "2019-06-26", N, N, "ATT", N, "CIVPH", "Autonomous Region in Muslim Mindanao", "Province of Sulu", "Patikul", 2, 2, 2, N),
]

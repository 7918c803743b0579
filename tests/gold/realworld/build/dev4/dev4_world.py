# Cases outside Afghanistan for dev4 (hand-written, 2026-12-06). Tuple format: see common.py.
N = None
G = {}
G["Nigeria"] = [
("P", "Defence Headquarters, Abuja - Operation Hadin Kai update: Troops on 14 January 2022 neutralised 9 ISWAP terrorists during a clearance operation around Sabon Gari in Damboa LGA of Borno State. Sadly, two of our troops were killed in action; arms and a gun truck were recovered.",
 "2022-01-16", "2022-01-14", "=", "AC", "MFN", "ISWAP", "Borno", "Damboa", "Sabon Gari", 2, 2, 11, N),
("W", "KADUNA, Nigeria (AP) - Bandits killed 18 villagers and torched dozens of homes in an overnight raid on a community in Kauru local government area of Kaduna state, a state security official said Monday.",
 "2021-08-02", "-1", "=", "ATT", "UAGN", "CIVN", "Kaduna", "Kauru", "Kauru", 18, 18, 18, N),
("C", "On 22 May 2021, Fulani ethnic militia attacked farmers working their fields in Guma LGA (Benue), killing 6. Two others were reported missing.",
 "2021-05-24", "2021-05-22", "=", "ATT", "FUL", "CIVN", "Benue", "Guma", "Guma", 6, 6, 6, N),
("H", "Gunmen abduct 27 students from forestry college in Afaka, Kaduna - Premium Times",
 "2021-03-12", N, N, "ABD", "UAGN", "CIVN", "Kaduna", "Igabi", "Afaka", 0, 0, 0, N),
("P", "Nigeria Police Force, Zamfara State Command: On 3 February 2022, armed bandits attacked Kadawa village in Gusau LGA and killed four villagers. Police operatives responded promptly and repelled the attackers, who fled with gunshot wounds.",
 "2022-02-04", "2022-02-03", "=", "ATT", "UAGN", "CIVN", "Zamfara", "Gusau", "Kadawa", 4, 4, 4, N),
]
G["Somalia"] = [
("P", "Somali National Army (SNA) statement: During an operation backed by international partners on 7 October 2020 in the Jilib area (Middle Juba), SNA forces killed 12 Al-Shabaab militants. There were no SNA casualties.",
 "2020-10-08", "2020-10-07", "=", "AC", "MFS", "SHB", "Middle Juba", "Jilib", "Jilib", 0, 0, 12, 0),
("W", "MOGADISHU (Reuters) - At least eight people were killed on Wednesday when a car bomb went off near a busy checkpoint on the road to Mogadishu's airport, a police officer said. The Aamin ambulance service said it had carried 17 wounded to hospital.",
 "2021-11-26", "wd:Wed", "=", "IED", "UAGS", N, "Banaadir", "Banadir", "Mogadishu", 8, 8, 8, 17),
("C", "On 18 March 2021, AMISOM and SNA troops clashed with Al Shabaab in Janaale (Lower Shabelle). 5 Al Shabaab militants reportedly killed.",
 "2021-03-20", "2021-03-18", "=", "AC", "AMISOM", "SHB", "Lower Shabeelle", "Marka", "Janaale", 5, 5, 5, N),
("H", "Al-Shabaab claims it killed 20 Ethiopian troops in Bakool attack; no independent confirmation",
 "2019-07-10", N, N, "AC", "SHB", "ENDF", "Bakool", N, N, 0, 0, 20, N),
("P", "Radio Andalus (Al-Shabaab): Mujahideen fighters on Sunday detonated an explosive device on a convoy of apostate militias near Balcad town, killing six of them.",
 "2020-02-11", "wd:Sun", "=", "IED", "SHB", "MFS", "Middle Shabele", "Balcad", "Balcad", 0, 0, 6, N),
]
G["Syria"] = [
("W", "BEIRUT (AP) - Turkish-backed fighters and Kurdish-led forces exchanged fire near Ain Issa in northern Raqqa province on Tuesday, leaving three SDF fighters and two of the opposition gunmen dead, the Syrian Observatory for Human Rights said.",
 "2020-11-25", "wd:Tue", "=", "AC", N, "SDF", "Ar-Raqqah", "Tell Abyad District", "Ain Issa", 5, 5, 5, N),
("C", "On 5 March 2020, Russian aircraft struck the outskirts of Sarmin (Idlib). SOHR reported 4 civilians killed and 7 injured.",
 "2020-03-07", "2020-03-05", "=", "AIR", "RUS", "CIVSY", "Idlib", "Idlib District", "Sarmin", 4, 4, 4, 7),
("P", "SANA: Seven citizens were martyred on Wednesday when a landmine left behind by Daesh terrorists exploded under the car carrying them while they were gathering truffles in the desert east of Salamiyah, Hama countryside.",
 "2021-03-05", "wd:Wed", "=", "IED", "ISSY", "CIVSY", "Hama", "Al-Salamiyah District", N, 7, 7, 7, N),
("H", "Qamishli: car bomb at crowded roundabout kills 3, injures 9 - North Press",
 "2020-12-03", N, N, "IED", "UAGSY", "CIVSY", "Al-Hasakah", "Al-Qamishli District", "Qamishli", 3, 3, 3, 9),
]
G["Iraq"] = [
("W", "BAGHDAD, June 14 (Reuters) - Two civilians were killed and five wounded on Sunday when a bomb planted on a motorcycle went off in a market in the town of Tuz Khurmatu, police sources said.",
 "2020-06-14", "wd:Sun", "=", "IED", "UAGI", "CIVI", "Salah ad Din", "Tooz District", "Tuz Khurmatu", 2, 2, 2, 5),
("P", "Security Media Cell: A terrorist attack targeted a post of the Popular Mobilisation in the Mutaibija area of Salahuddin last night. Two PMF fighters were martyred and three wounded. Security forces are pursuing the attackers.",
 "2020-09-18", "-1", "=", "AC", N, N, "Salah ad Din", N, "Mutaibija", 2, 2, 2, 3),
("C", "On 28 October 2019, riot police used live rounds and tear gas to disperse a sit-in outside the provincial council building in Karbala city. 1 protester killed; dozens injured.",
 "2019-10-30", "2019-10-28", "=", "EF", "PFI", "PROTI", "Muhafazat Karbala'", "Kerbala District", "Karbala", 1, 1, 1, 12),
("H", "Turkish jets strike Sidakan area of Erbil province; 2 PKK members killed",
 "2021-06-02", N, N, "AIR", "TUR", N, "Arbil", N, "Sidakan", 2, 2, 2, N),
]
G["Yemen"] = [
("P", "Saba news agency: Saudi enemy artillery on Friday shelled populated villages in the border district of Shada'a in Saada province, killing two citizens and wounding three others, among them a child.",
 "2020-09-14", "wd:Fri", "=", "SH", N, "CIVY", "Sa'dah", "Shada'a", "Shada'a", 0, 0, 2, 3),
("W", "MARIB, Yemen (AP) - A Houthi ballistic missile slammed into a military camp in the city of Marib on Sunday, killing eight soldiers and wounding 14, a Yemeni military official said.",
 "2021-04-06", "wd:Sun", "=", "SH", "HOU", "MFY", "Ma'rib", "Marib City", "Marib", 8, 8, 8, 14),
("C", "On 10 February 2021, Houthi forces shelled a residential area in Hays district (Al Hudaydah), killing a child and injuring 2 women.",
 "2021-02-12", "2021-02-10", "=", "SH", "HOU", "CIVY", "Al Hudaydah", "Hays", "Hays", 1, 1, 1, 2),
("H", "Yemen: 'Dozens' of Houthi fighters killed in coalition raids on Al Abdiyah, coalition says",
 "2021-10-19", N, N, "AIR", "ORH", "HOU", "Ma'rib", "Al Abdiyah", "Al Abdiyah", 0, 0, 12, N),
]
G["Mali"] = [
("P", "FAMa general staff, press release: Early on 6 October 2021 an escort mission was ambushed near Diabaly (Niono cercle). We mourn three soldiers, and nine others are hurt. The assailants left some twenty bodies behind as they fled.",
 "2021-10-07", "2021-10-06", "=", "AC", N, "MFM21", "Segou", "Cercle de Niono", "Diabaly", 3, 3, 23, 9),
("W", "BAMAKO (Reuters) - Suspected jihadists killed 31 people on Friday when they attacked a bus carrying traders to a weekly market near Songho in central Mali, the government said.",
 "2021-12-04", "wd:Fri", "=", "ATT", N, "CIVM", "Mopti", "Bandiagara Cercle", "Songho", 31, 31, 31, N),
("C", "On 13 June 2021, a MINUSMA logistics convoy struck an IED near Tessalit (Kidal). 4 peacekeepers wounded; no fatalities.",
 "2021-06-15", "2021-06-13", "=", "IED", N, "MIN", "Kidal", "Cercle de Tessalit", "Tessalit", 0, 0, 0, 4),
("H", "Mali: Dozo hunters and jihadists clash near Diallassagou; at least 10 dead",
 "2020-07-03", N, N, "AC", N, N, "Mopti", "Bankass Cercle", "Diallassagou", 10, 10, 10, N),
]
G["Burkina Faso"] = [
("P", "Armee burkinabe - communique: On 21 August 2021 a convoy escorting civilians near Gorgadji (Seno) was attacked by armed terrorists. 15 soldiers, 6 VDP and 28 civilians lost their lives. 58 terrorists were neutralised during the riposte.",
 "2021-08-22", "2021-08-21", "=", "AC", N, "MFB", "Sahel", "Province du Seno", "Gorgadji", 49, 49, 107, N),
("W", "OUAGADOUGOU (AFP) - Gunmen killed at least 14 people, including three children, in an overnight attack on a village in Burkina Faso's northern Loroum province, security sources said.",
 "2021-05-14", "-1", "=", "ATT", N, "CIVB", "Nord", "Province du Loroum", N, 14, 14, 14, N),
("C", "On 4 May 2020, an IED struck a VDP patrol near Barsalogho (Sanmatenga). 4 VDP members killed.",
 "2020-05-06", "2020-05-04", "=", "IED", N, "VDP", "Centre-Nord", "Province du Sanmatenga", "Barsalogho", 4, 4, 4, N),
("H", "Burkina: IED kills 2 soldiers, wounds 3 near Djibo",
 "2022-03-09", N, N, "IED", N, "MFB", "Sahel", "Province du Soum", "Djibo", 2, 2, 2, 3),
]
G["Democratic Republic of the Congo"] = [
("W", "BENI, Congo (Reuters) - Attackers believed to belong to the Allied Democratic Forces killed 11 people with machetes and guns in the village of Kisima in Beni territory overnight, a civil society official in Beni told Reuters on Tuesday.",
 "2020-06-23", "-1", "=", "ATT", "ADF", "CIVC", "Nord Kivu", "Beni", "Kisima", 11, 11, 11, N),
("P", "FARDC spokesman for Ituri operations: Our forces on Sunday repelled a CODECO attack on their positions in Djugu territory, killing eight assailants. We lost one soldier in the exchange.",
 "2021-09-14", "wd:Sun", "=", "AC", "FARDC", "CODECO", "Ituri", "Djugu", N, 1, 1, 9, N),
("C", "On 15 October 2021, Twirwaneho fighters and Mai-Mai militiamen clashed in villages around Minembwe (Fizi territory, South Kivu). Local sources reported an unspecified number of dead on both sides.",
 "2021-10-18", "2021-10-15", "=", "AC", N, N, "South Kivu", "Fizi", "Minembwe", N, N, N, N),
("H", "Ituri: CODECO militiamen kill 7 in attack on gold-mining site near Mongbwalu - Radio Okapi",
 "2021-11-22", N, N, "ATT", "CODECO", "CIVC", "Ituri", "Djugu", "Mongbwalu", 7, 7, 7, N),
]
G["Myanmar"] = [
("P", "NUG Ministry of Defence: On 12 December 2021 PDF fighters ambushed a military column on the Kalay-Gangaw road in Sagaing Region, killing 15 junta troops. Two of our comrades were wounded.",
 "2021-12-13", "2021-12-12", "=", "AC", "PDF", "MFMM", "Sagain", N, N, 0, 0, 15, 2),
("W", "MYITKYINA, Myanmar (AFP) - Two protesters were shot dead on Monday when troops fired into a crowd marching against the coup in Myitkyina, the capital of Kachin state, a rescue worker said. Several more were hurt.",
 "2021-03-09", "wd:Mon", "=", "EF", "MFMM", "PROTMM", "Kachin", "Myitkyina District", "Myitkyina", 2, 2, 2, N),
("C", "On 2 January 2022, Military Forces of Myanmar shelled a village in Hpruso township (Kayah), killing 2 civilians.",
 "2022-01-04", "2022-01-02", "=", "SH", "MFMM", "CIVMM", "Kayah", "Loikaw District", N, 2, 2, 2, N),
("H", "Arakan Army says 20 Tatmadaw soldiers killed in Paletwa fighting; military gives no figures",
 "2020-03-18", N, N, "AC", "AA", "MFMM16", "Chin", "Mindat", "Paletwa", 0, 0, 20, N),
]
G["Pakistan"] = [
("P", "ISPR: On 6 May 2021 terrorists fired on a security forces post in the general area of Datta Khel, North Waziristan District. In the exchange of fire two terrorists were killed, while two soldiers embraced shahadat.",
 "2021-05-07", "2021-05-06", "=", "AC", N, "MFP", "Khyber Pakhtunkhwa", "North Waziristan District", "Datta Khel", 2, 2, 4, N),
("W", "PESHAWAR (AFP) - A suicide bomber struck a police van in the Bajaur tribal district on Thursday, killing three policemen and wounding eight other people, a police official said.",
 "2022-02-19", "wd:Thu", "=", "SB", "UAGP", "PFP", "Khyber Pakhtunkhwa", "Bajaur Agency", N, 4, 3, 4, 8),
("C", "On 18 June 2022, BLA militants attacked a Frontier Corps post near Turbat (Kech). 2 FC soldiers killed.",
 "2022-06-20", "2022-06-18", "=", "AC", "BLA", "MFP", "Balochistan", "Kech District", "Turbat", 2, 2, 2, N),
("H", "TTP claims Lakki Marwat attack that killed 4 policemen",
 "2022-09-03", N, N, "AC", "TTP", "PFP", "Khyber Pakhtunkhwa", "Lakki Marwat District", "Lakki Marwat", 4, 4, 4, N),
]
G["Ethiopia"] = [
("P", "Tigray Communication Affairs Bureau: A drone strike by Abiy's forces on the market in Adi Daero on Monday killed 10 civilians and wounded many others. This is another war crime against our people.",
 "2022-01-12", "wd:Mon", "=", "AIR", "ENDF", "CIVE", "Tigray", "North Western Tigray", "Adi Daero", 0, 0, 10, N),
("W", "ADDIS ABABA (Reuters) - Gunmen killed at least 34 people in an attack on a passenger bus in western Ethiopia's Benishangul-Gumuz region on Saturday, the state-appointed human rights commission said.",
 "2020-11-16", "wd:Sat", "=", "ATT", N, "CIVE", "Binshangul Gumuz", "Metekel", N, 34, 34, 34, N),
("C", "On 4 July 2022, OLA fighters attacked a village in Kellem Wellega zone (Oromia), killing at least a dozen civilians.",
 "2022-07-06", "2022-07-04", "=", "ATT", "OLA", "CIVE", "Oromiya", "Kellem Wellega", N, 12, 12, 12, N),
]
G["Mozambique"] = [
("P", "Rwanda Defence Force: On 22 August 2021 RDF and FADM joint forces cleared insurgents from Awasse in Mocimboa da Praia district, killing 14 of them. One RDF soldier was injured.",
 "2021-08-23", "2021-08-22", "=", "AC", "RWA", "ISMZ", "Cabo Delgado", "Mocimboa da Praia", "Awasse", 0, 0, 14, 1),
("W", "PEMBA, Mozambique (Reuters) - Insurgents killed at least six villagers, beheading some of them, in an attack on a settlement in Muidumbe district on Tuesday, local sources said.",
 "2020-11-12", "wd:Tue", "=", "ATT", N, "CIVMZ", "Cabo Delgado", "Muidumbe", N, 6, 6, 6, N),
("H", "Cabo Delgado: insurgents burn around 100 homes in Macomia villages, no deaths reported",
 "2022-06-20", N, N, "LOOT", N, "CIVMZ", "Cabo Delgado", "Circunscricao de Macomia", N, 0, 0, 0, N),
]
G["Niger"] = [
("C", "On 2 November 2021, unidentified gunmen on motorbikes killed 19 villagers in Banibangou department (Tillaberi).",
 "2021-11-04", "2021-11-02", "=", "ATT", N, "CIVNE", "Tillaberi", "Banibangou", N, 19, 19, 19, N),
("P", "Niger Ministry of Defence communique: On 15 March 2022 a unit of the Nigerien armed forces was attacked near Tera by terrorists aboard motorcycles. Ten terrorists were neutralised; one soldier was killed.",
 "2022-03-16", "2022-03-15", "=", "AC", N, "MFNE", "Tillaberi", "Tera Department", "Tera", 1, 1, 11, N),
]

# Development cases for event totals, party claims and headline grammar. Written by hand for
# this set (session 8); no sentence is taken from the seeds, from news reports or from exports.
# (category, style, country, text, ref, date, type, admin1, best, low, high)
AF = "Afghanistan"
CASES = [
 # ---- both sides summed, across sentences ----
 ("sides", "wire-lead", AF, "KANDAHAR, Afghanistan (Wire) — Two policemen died when insurgents stormed a checkpoint in Arghandab district of Kandahar province on Tuesday night. Provincial officials said four attackers were also killed in the ensuing gunfight.", "2020-03-12", "wd:Tue", "AC", "Kandahar", 6, 6, 6),
 ("sides", "coder-note", AF, "On 14 May 2019, Taliban fighters attacked an army outpost in Qaysar district, Faryab. Three soldiers were killed. Eleven Taliban were killed when the troops returned fire.", "2019-05-15", "2019-05-14", "AC", "Faryab", 14, 14, 14),
 ("sides", "wire-lead", "Nigeria", "MAIDUGURI, Nigeria — Gunmen believed to be from ISWAP raided a military base near Monguno on Saturday, killing five soldiers. A local official said nine of the attackers were also killed.", "2021-06-14", "wd:Sat", "AC", None, 14, 14, 14),
 ("sides", "wire-lead", "Somalia", "MOGADISHU — Al-Shabaab militants attacked a district headquarters in Lower Shabelle on Wednesday. Three government soldiers and a district official were killed, and residents said at least seven militants died in the fighting.", "2022-08-19", "wd:Wed", "AC", None, 11, 11, 11),
 ("sides", "coder-note", AF, "On 2 September 2020, clashes between ANA and Taliban in Nahr-e Saraj district (Helmand) left 6 ANA soldiers and 15 Taliban dead.", "2020-09-03", "2020-09-02", "AC", "Helmand", 21, 21, 21),
 ("sides", "coder-note", "Mali", "On 9 January 2021, JNIM militants ambushed a FAMa convoy near Boni (Douentza). Six soldiers were killed. The attackers lost about 20 fighters, according to local sources.", "2021-01-10", "2021-01-09", "AC", None, 26, 26, 26),
 # ---- suicide attacker counted ----
 ("suicide", "wire-lead", AF, "A suicide bomber blew himself up near a crowd of worshippers outside a mosque in Jalalabad city on Friday, killing 9 people, provincial officials said.", "2019-11-16", "wd:Fri", "SB", "Nangarhar", 10, 9, 10),
 ("suicide", "coder-note", "Pakistan", "On 12 March 2022, a suicide bomber struck a police truck in Quetta, killing 23 people, most of them policemen. The bomber also died.", "2022-03-13", "2022-03-12", "SB", None, 24, 24, 24),
 ("suicide", "press-release", AF, "Ministry of Interior: A car bomber targeted a police convoy in Pul-e Alam city of Logar this morning. Four police officers and two civilians were killed, and the attacker died in the blast. 17 people were wounded.", "2020-07-05", "2020-07-05", "SB", "Logar", 7, 7, 7),
 ("suicide", "wire-lead", "Somalia", "Two suicide bombers rammed explosives-laden vehicles into the gate of a hotel in Kismayo on Friday, killing 11 people, police said.", "2019-07-13", "wd:Fri", "SB", None, 13, 11, 13),
 # ---- coordinated victims ----
 ("coordinated", "coder-note", AF, "On 3 April 2020, unknown gunmen shot dead the district governor of Dand and his bodyguard in Kandahar city.", "2020-04-04", "2020-04-03", "ATT", "Kandahar", 2, 2, 2),
 ("coordinated", "wire-lead", AF, "The head of the provincial council and his driver were killed when a sticky bomb attached to their car exploded in Ghazni city on Monday, police said.", "2021-02-10", "wd:Mon", "IED", "Ghazni", 2, 2, 2),
 ("coordinated", "wire-lead", "Iraq", "A roadside bomb killed an Iraqi army officer and two of his guards near Tarmiyah on Sunday, security sources said.", "2021-05-04", "wd:Sun", "IED", None, 3, 3, 3),
 ("coordinated", "coder-note", AF, "On 19 June 2019, a prosecutor and his son were shot and killed by gunmen on motorcycles in Mazar-e Sharif city (Balkh).", "2019-06-20", "2019-06-19", "ATT", "Balkh", 2, 2, 2),
 ("coordinated", "coder-note", AF, "On 28 July 2021, a magnetic bomb killed a journalist and his brother in Lashkar Gah (Helmand).", "2021-07-29", "2021-07-28", "IED", "Helmand", 2, 2, 2),
 # ---- lists ----
 ("list", "coder-note", AF, "On 7 October 2020, Taliban attacks on checkpoints in Shahrak district, Ghor, killed 4 police officers, 2 local militia members and 1 soldier.", "2020-10-08", "2020-10-07", "AC", "Ghor", 7, 7, 7),
 ("list", "wire-lead", AF, "Eight security personnel - five soldiers, two police officers and an intelligence operative - were killed in a Taliban ambush in Baghlan-e Jadid district late Thursday, officials said.", "2020-10-24", "wd:Thu", "AC", "Baghlan", 8, 8, 8),
 ("list", "coder-note", "Burkina Faso", "On 4 June 2021, militants attacked Solhan village (Yagha), killing 3 VDP volunteers, 40 civilians and a gendarme.", "2021-06-05", "2021-06-04", None, None, 44, 44, 44),
 ("list", "wire-lead", "Syria", "Turkish drone strikes on Qamishli on Tuesday killed two SDF fighters, a child and three other civilians, the monitor said.", "2022-11-24", "wd:Tue", "AIR", None, 6, 6, 6),
 # ---- breakdowns ----
 ("breakdown", "coder-note", AF, "On 11 August 2019, a mortar round hit a house in Chaharbolak district (Balkh), killing 6 civilians (3 men, 2 women and a child).", "2019-08-12", "2019-08-11", "SH", "Balkh", 6, 6, 6),
 ("breakdown", "wire-lead", AF, "Nine people, including four children, died when a roadside bomb struck a minibus in Gereshk on Sunday, a provincial spokesman said.", "2019-07-30", "wd:Sun", "IED", "Helmand", 9, 9, 9),
 ("breakdown", "coder-note", "Nigeria", "On 28 November 2020, Boko Haram fighters killed 43 farm workers (38 of them labourers from Sokoto) in rice fields at Koshobe, Jere LGA.", "2020-11-29", "2020-11-28", "ATT", None, 43, 43, 43),
 ("breakdown", "wire-lead", "Yemen", "Houthi shelling on a residential area of Taiz on Saturday killed five civilians - two women and three children - and wounded eleven, local health officials said.", "2021-09-20", "wd:Sat", "SH", None, 5, 5, 5),
 # ---- participles ----
 ("participle", "wire-lead", AF, "Afghan forces clashed with Taliban fighters in Chak district of Wardak on Sunday, killing at least 17 insurgents, local residents said.", "2020-05-12", "wd:Sun", "AC", "Wardak", 17, 17, 17),
 ("participle", "coder-note", "Mozambique", "On 5 August 2020, security forces repelled an attack on a base near Mocimboa da Praia, killing 8 insurgents, a local official said.", "2020-08-06", "2020-08-05", "AC", None, 8, 8, 8),
 ("participle", "coder-note", AF, "On 21 October 2019, Afghan forces carried out an air strike on a Taliban gathering in Nad Ali district (Helmand), killing 5 militants and wounding 3.", "2019-10-22", "2019-10-21", "AIR", "Helmand", 5, 5, 5),
 ("participle", "wire-lead", "Somalia", "US forces conducted an airstrike near Jilib in Middle Juba on Thursday, killing four al-Shabaab fighters, residents said.", "2020-02-28", "wd:Thu", "AIR", None, 4, 4, 4),
 # ---- "N fighters including a commander" ----
 ("including", "coder-note", AF, "On 16 February 2020, 12 Taliban fighters including a local commander were killed in a clash with ANA troops in Dasht-e Archi district, Kunduz.", "2020-02-17", "2020-02-16", "AC", "Kunduz", 12, 12, 12),
 ("including", "wire-lead", "Somalia", "Seven al-Shabaab militants, among them a senior commander, were killed in fighting with Jubaland forces near Afmadow on Monday, local elders said.", "2021-04-07", "wd:Mon", "AC", None, 7, 7, 7),
 ("including", "coder-note", "Iraq", "On 3 March 2021, security forces killed 5 IS militants, including a local leader, in an ambush in the Hamrin mountains.", "2021-03-04", "2021-03-03", "AC", None, 5, 5, 5),
 # ---- shot and killed, abducted and killed ----
 ("two-verbs", "coder-note", AF, "On 9 December 2019, three health workers were shot and killed by gunmen in Jalalabad city, Nangarhar.", "2019-12-10", "2019-12-09", "ATT", "Nangarhar", 3, 3, 3),
 ("two-verbs", "coder-note", AF, "On 25 July 2020, four road construction workers were abducted and later killed by Taliban militants in Bala Buluk district, Farah.", "2020-07-26", "2020-07-25", "VAC", "Farah", 4, 4, 4),
 ("two-verbs", "coder-note", "Nigeria", "On 16 February 2021, bandits abducted and killed three farmers in Kaura Namoda LGA, Zamfara.", "2021-02-17", "2021-02-16", "VAC", None, 3, 3, 3),
 ("two-verbs", "wire-lead", "Democratic Republic of the Congo", "Five civilians were hacked to death by ADF rebels in Beni territory on Sunday night, a local civil society leader said.", "2020-12-15", "wd:Sun", "ATT", None, 5, 5, 5),
 # ---- ranges ----
 ("range", "coder-note", AF, "On 3 June 2020, 11-12 militants were killed in an ANA operation in Zhari district, Kandahar.", "2020-06-04", "2020-06-03", "AC", "Kandahar", 11, 11, 12),
 ("range", "wire-lead", "Pakistan", "Between six and nine soldiers were killed when militants attacked a checkpost in North Waziristan on Wednesday, officials said.", "2021-11-05", "wd:Wed", "AC", None, 6, 6, 9),
 ("range", "coder-note", "Myanmar", "On 2 May 2021, clashes between the KIA and the Myanmar army near Momauk left 10 to 15 soldiers dead, local media reported.", "2021-05-03", "2021-05-02", "AC", None, 10, 10, 15),
 ("range", "wire-lead", AF, "Eleven to thirteen people were killed when a bomb exploded at a wedding hall in Kabul on Saturday, police said.", "2019-08-19", "wd:Sat", "IED", "Kabul", 11, 11, 13),
 # ---- claims by a party ----
 ("claim", "wire-lead", AF, "Taliban spokesman Zabihullah Mujahid said the group's fighters killed 25 soldiers in an attack on a base in Khanabad district of Kunduz on Monday.", "2020-09-23", "wd:Mon", "AC", "Kunduz", 0, 0, 25),
 ("claim", "press-release", AF, "Ministry of Defense: In an ANDSF operation in Andar district of Ghazni on Saturday, 32 Taliban terrorists were killed and 14 others wounded.", "2020-04-19", "wd:Sat", "AC", "Ghazni", 0, 0, 32),
 ("claim", "wire-lead", AF, "According to the Taliban, 18 Afghan commandos were killed in fighting in Shindand district of Herat on Thursday. The Defense Ministry did not comment.", "2021-01-23", "wd:Thu", "AC", "Herat", 0, 0, 18),
 ("claim", "wire-lead", "Somalia", "Al-Shabaab said on its Radio Andalus that its fighters killed 30 Ethiopian soldiers in an attack on a base near Halgan in Hiiraan region on Tuesday.", "2022-05-05", "wd:Tue", "AC", None, 0, 0, 30),
 ("claim", "press-release", "Nigeria", "The Nigerian Army said troops of Operation Hadin Kai neutralised 21 terrorists in Bama LGA of Borno on Sunday.", "2022-03-15", "wd:Sun", "AC", None, 0, 0, 21),
 ("claim", "wire-lead", AF, "Four civilians were killed in a Taliban rocket attack on Lashkar Gah city on Sunday, a spokesman for the provincial governor said.", "2021-05-18", "wd:Sun", "SH", "Helmand", 4, 4, 4),
 ("claim", "wire-lead", AF, "The Ministry of Defense said 40 Taliban were killed in clashes in Arghandab district of Kandahar on Tuesday, and admitted that three soldiers died. The Taliban said they killed 20 soldiers.", "2020-10-16", "wd:Tue", "AC", "Kandahar", 3, 3, 60),
 ("claim", "wire-lead", AF, "The Islamic State group claimed through its Amaq agency that its fighters killed 12 Taliban members in an attack in Jalalabad on Sunday.", "2021-10-05", "wd:Sun", None, "Nangarhar", 0, 0, 12),
 ("claim", "wire-lead", "Myanmar", "The People's Defence Force in Sagaing said its fighters had killed 14 junta soldiers in an ambush near Kani on Friday; the military did not comment.", "2021-09-27", "wd:Fri", "AC", None, 0, 0, 14),
 ("claim", "press-release", AF, "Mujahideen of the Islamic Emirate attacked enemy posts in Zurmat district of Paktia last night. 13 puppet soldiers were killed and their weapons seized; two mujahideen were martyred.", "2020-08-06", "-1", "AC", "Paktia", 2, 2, 15),
 # ---- headline grammar ----
 ("headline", "headline", AF, "Blast kills 4 troops in Helmand", "2020-06-01", None, "IED", "Helmand", 4, 4, 4),
 ("headline", "headline", AF, "Afghan official: 19 police dead in siege", "2020-06-01", None, "AC", None, 19, 19, 19),
 ("headline", "headline", AF, "70 militants, 15 police killed in fighting in southern Afghanistan", "2020-06-01", None, "AC", None, 85, 85, 85),
 ("headline", "headline", AF, "Taliban assault on police HQ kills 19", "2020-06-01", None, "AC", None, 19, 19, 19),
 ("headline", "headline", AF, "Roadside bomb kills 6 civilians in Ghazni", "2020-06-01", None, "IED", "Ghazni", 6, 6, 6),
 ("headline", "headline", "Somalia", "Car bomb kills 9 soldiers at Somali army base", "2020-06-01", None, "IED", None, 9, 9, 9),
 ("headline", "headline", "Nigeria", "Nigeria: Gunmen kill 12 villagers in Zamfara raid", "2020-06-01", None, "ATT", None, 12, 12, 12),
 ("headline", "headline", "Pakistan", "Pakistan: 5 soldiers, 3 militants dead in North Waziristan clash", "2020-06-01", None, "AC", None, 8, 8, 8),
 ("headline", "headline", AF, "Taliban overrun checkpoint in Baghlan, killing 7 police\nPUL-E KHUMRI, Afghanistan, March 3 (Wire) - Taliban fighters overran a police checkpoint in Baghlan province overnight, killing seven policemen, a provincial council member said on Tuesday.", "2020-03-03", "-1", "AC", "Baghlan", 7, 7, 7),
 ("headline", "headline", AF, "Air strike kills 10 civilians in Kunduz\nKUNDUZ, Afghanistan (Wire) — An air strike killed ten civilians, among them four children, in Imam Sahib district on Wednesday, residents said.", "2019-09-13", "wd:Wed", "AIR", "Kunduz", 10, 10, 10),
 ("headline", "headline", "Mali", "Mali: 11 soldiers killed in jihadist ambush near Boni", "2020-06-01", None, "AC", None, 11, 11, 11),
 ("headline", "headline", "Iraq", "Iraq: Two police officers killed in IS attack in Kirkuk", "2020-06-01", None, "AC", None, 2, 2, 2),
 ("headline", "headline", AF, "Gunmen kill district chief, bodyguard in Kunar", "2020-06-01", None, "ATT", "Kunar", 2, 2, 2),
 ("headline", "headline", AF, "Clashes in Faryab leave 23 dead", "2020-06-01", None, "AC", "Faryab", 23, 23, 23),
 ("headline", "headline", "Yemen", "Yemen: Houthi missile attack on Marib kills 8", "2020-06-01", None, "SH", None, 8, 8, 8),
 ("headline", "headline", AF, "Two Taliban commanders among 14 killed in Kandahar air strikes", "2020-06-01", None, "AIR", "Kandahar", 14, 14, 14),
]

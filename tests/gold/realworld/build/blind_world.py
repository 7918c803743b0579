N = None
G = {}
G["Nigeria"] = [
("W", "MAIDUGURI, Nigeria (AP) — Islamic State-linked fighters attacked a military base in Geidam in northeastern Yobe state on Friday, killing 7 soldiers and 3 members of a civilian militia, a security source said. Nine insurgents were also killed.",
 "2021-04-24", "wd:Fri", "=", "AC", "ISWAP", "MFN", "Yobe", "Geidam", "Geidam", 19, 19, 19, N),
("H", "Bandits abduct 73 students from Zamfara school",
 "2021-09-02", N, N, "ABD", "UAGN", "CIVN", "Zamfara", N, N, 0, 0, 0, N),
("C", "On 28 November 2020, Boko Haram (JAS) fighters killed at least 43 rice farmers in Koshobe (Jere LGA, Borno); some were tied up and their throats slit. Later reports put the toll at 76. Fatalities coded 43.",
 "2020-12-01", "2020-11-28", "=", "ATT", "BH", "CIVN", "Borno", "Jere", "Koshobe", 43, 43, 76, N),
("P", "Nigeria Police Force, Plateau State Command: On Saturday night, unknown gunmen attacked Kukawa community in Kanam LGA. Seven persons were killed and two injured. The Command has deployed operatives.",
 "2022-04-11", "wd:Sat", "=", "ATT", "UAGN", "CIVN", "Plateau", "Kanam", "Kukawa", 7, 7, 7, 2),
("H", "Nigerian jets kill scores of Boko Haram in Sambisa - army",
 "2019-08-27", N, N, "AIR", "MFN", "BH", "Borno", N, "Sambisa", N, N, N, N),
("W", "Gunmen killed 9 worshippers, including an imam, in a mosque in Mashegu area of Niger state during dawn prayers on Monday, a local official said.",
 "2021-08-17", "wd:Mon", "=", "ATT", "UAGN", "CIVN", "Niger", "Mashegu", "Mashegu", 9, 9, 9, N),
("C", "On 3 January 2021, Nigerian troops repelled an ISWAP attack on Marte (Borno). 5 soldiers and 1 CJTF member killed; 13 ISWAP fighters killed per army. Fatalities coded 19.",
 "2021-01-05", "2021-01-03", "=", "AC", "ISWAP", "MFN", "Borno", "Marte", "Marte", 19, 19, 19, N),
]
G["Somalia"] = [
("W", "MOGADISHU (Reuters) - Al Shabaab militants attacked a Somali army base in the town of Bulo Burde in central Somalia on Monday, setting off a car bomb before storming it, a military officer said. Eleven soldiers and 13 militants died in the fighting.",
 "2021-09-14", "wd:Mon", "=", "AC", "SHB", "MFS", "Hiiraan", "Bulo Burto", "Bulo Burde", 24, 24, 24, N),
("H", "Somali police: suicide bomber kills 6 at Mogadishu tea shop",
 "2022-07-09", N, N, "SB", N, "CIVS", "Banaadir", "Banadir", "Mogadishu", 7, 6, 7, N),
("P", "Al-Shabaab statement (radio Andalus): Mujahideen raided an apostate base in Gal'ad, Galgaduud, killing 40 soldiers and seizing vehicles.",
 "2022-02-21", N, N, "AC", "SHB", "MFS", "Galguduud", N, "Gal'ad", 0, 0, 40, N),
("C", "On 12 March 2021, Al Shabaab executed 2 men by firing squad in Jilib (Middle Juba) after convicting them of spying for the government.",
 "2021-03-15", "2021-03-12", "=", "ATT", "SHB", "CIVS", "Middle Juba", "Jilib", "Jilib", 2, 2, 2, N),
("H", "US airstrike kills 5 al-Shabaab fighters near Kurtunwarey",
 "2019-11-26", N, N, "AIR", "USF2", "SHB", "Lower Shabeelle", "Kurtunwaarey", "Kurtunwaarey", 5, 5, 5, N),
("W", "A landmine blast killed at least 9 passengers when their minibus struck the device on the road between Baidoa and Buur Hakaba in southwestern Somalia on Thursday, a district official said. Four were injured.",
 "2020-08-15", "wd:Thu", "=", "IED", N, "CIVS", "Bay", "Buur Hakaba", N, 9, 9, 9, 4),
]
G["Mali"] = [
("C", "On 1 November 2019, armed men attacked the military post of Indelimane (Menaka). 53 soldiers and 1 civilian were killed. ISGS claimed the attack.",
 "2019-11-04", "2019-11-01", "=", "AC", "ISGS", "MFM", "Menaka", "Cercle de Menaka", "Indelimane", 54, 54, 54, N),
("H", "Mali: 6 soldiers killed as IED hits convoy near Boni",
 "2021-09-04", N, N, "IED", N, "MFM21", "Mopti", "Douentza Cercle", "Boni", 6, 6, 6, N),
("W", "BAMAKO (AFP) - Gunmen killed 14 civilians in an attack on the village of Dinangourou in central Mali's Koro circle on Sunday evening, local officials said on Monday, blaming jihadists.",
 "2020-05-25", "wd:Sun", "=", "ATT", N, "CIVM", "Mopti", "Koro Cercle", "Dinangourou", 14, 14, 14, N),
("P", "Malian Armed Forces (FAMa) communique: On 29 March 2022, FAMa neutralised 11 terrorists and arrested 5 others during an offensive reconnaissance mission near Dioura (Segou region). No losses on the friendly side.",
 "2022-03-31", "2022-03-29", "=", "AC", "MFM21", N, "Segou", N, "Dioura", 0, 0, 11, N),
]
G["Burkina Faso"] = [
("H", "Jihadists kill 20 VDP volunteers and 5 civilians in Centre-Nord ambush",
 "2022-04-02", N, N, "AC", N, "VDP", "Centre-Nord", N, N, 25, 25, 25, N),
("C", "On 21 January 2021, unidentified gunmen abducted 4 traders near Sebba (Yagha province, Sahel); 3 bodies found 2 days later. Coded attack; 3 fatalities.",
 "2021-01-25", "2021-01-21", "=", "ATT", N, "CIVB", "Sahel", "Province du Yagha", "Sebba", 3, 3, 3, N),
("W", "OUAGADOUGOU (Reuters) - At least 11 people were killed when gunmen attacked a mining convoy in eastern Burkina Faso on Wednesday, the regional governor said, the second attack on the route in a year.",
 "2019-11-08", "wd:Wed", "=", "ATT", N, "CIVB", "Est", N, N, 11, 11, 11, N),
("P", "Burkina Faso Armed Forces: An offensive by the Ouagadougou-based Anti-Terrorism Group near Arbinda (Soum) on 12 June 2020 neutralised about thirty terrorists. Two soldiers lost their lives.",
 "2020-06-14", "2020-06-12", "=", "AC", "MFB", N, "Sahel", "Province du Soum", "Arbinda", 2, 2, 32, N),
]
G["Syria"] = [
("W", "BEIRUT (AP) — Turkish drone strikes killed 4 fighters of the U.S.-backed Syrian Democratic Forces near the northern town of Qamishli on Tuesday, a war monitor said.",
 "2022-08-18", "wd:Tue", "=", "AIR", "TUR", "SDF", "Al-Hasakah", "Al-Qamishli District", "Qamishli", 4, 4, 4, N),
("C", "On 9 August 2020, HTS fighters and regime forces exchanged fire near Kafranbel (Idlib). 3 regime soldiers and 2 HTS fighters killed per SOHR.",
 "2020-08-11", "2020-08-09", "=", "AC", "HTS", "MFSY", "Idlib", "Maarrat al-Nu'man District", "Kafranbel", 5, 5, 5, N),
("H", "Landmine left by IS kills 6 truffle hunters in Hama desert",
 "2021-03-04", N, N, "IED", "ISSY", "CIVSY", "Hama", N, N, 6, 6, 6, N),
("P", "Syrian Arab News Agency (SANA): Terrorist organizations fired rocket shells on residential neighborhoods in Aleppo city, causing the martyrdom of 2 civilians and the injury of 7 others.",
 "2019-12-03", N, N, "SH", N, "CIVSY", "Aleppo", "Mount Simeon District", "Aleppo", 2, 2, 2, 7),
]
G["Iraq"] = [
("W", "An explosive device killed 3 members of the Popular Mobilisation Forces and wounded 2 others when it targeted their vehicle in the Al-Mutaibija area of Salahuddin province late on Sunday, security sources said.",
 "2020-10-19", "wd:Sun", "=", "IED", "ISI", "PMF", "Salah ad Din", N, "Al-Mutaibija", 3, 3, 3, 2),
("H", "Suicide bomber kills 35 at Sadr City market on eve of Eid",
 "2021-07-20", N, N, "SB", N, "CIVI", "Baghdad", "Sadr", "Sadr City", 36, 35, 36, N),
("C", "On 24 March 2021, IS militants abducted 3 shepherds near Hatra (Ninewa); they were released after ransom the following week.",
 "2021-04-02", "2021-03-24", "=", "ABD", "ISI", "CIVI", "Nineveh", "Hatra District", "Hatra", 0, 0, 0, N),
]
G["Yemen"] = [
("C", "On 29 August 2021, a Houthi ballistic missile and drone attack on Al-Anad air base (Lahij) killed 30 soldiers and wounded 65.",
 "2021-08-31", "2021-08-29", "=", "SH", "HOU", "MFY", "Lahij", N, "Al-Anad", 30, 30, 30, 65),
("W", "SANAA (Reuters) - A Saudi-led coalition air strike on a detention centre in the northern Yemeni city of Saada killed at least 70 people, Doctors Without Borders said on Saturday. The strike took place on Friday.",
 "2022-01-22", "wd:Fri", "=", "AIR", "ORH", "CIVY", "Sa'dah", N, "Saada", 70, 70, 70, N),
("H", "AQAP gunmen kill 4 southern separatist troops in Abyan's Mudiyah",
 "2022-09-07", N, N, "AC", "AQAP", "STC", "Abyan", "Mudiyah", "Mudiyah", 4, 4, 4, N),
("P", "Saudi-led coalition statement: 95 Houthi militants killed and 11 military vehicles destroyed in 32 targeting operations in Marib and Al-Bayda over the past 24 hours.",
 "2021-11-03", "-1", "0", "AIR", "ORH", "HOU", N, N, N, 0, 0, 95, N),
]
G["Pakistan"] = [
("C", "On 14 April 2022, TTP militants ambushed a military convoy in Isham area, North Waziristan; 7 soldiers killed. Militants' losses unknown.",
 "2022-04-16", "2022-04-14", "=", "AC", "TTP", "MFP", "Khyber Pakhtunkhwa", "North Waziristan District", "Isham", 7, 7, 7, N),
("W", "QUETTA, Pakistan (Reuters) - Gunmen killed 11 coal miners from the Shi'ite Hazara community after abducting them near the town of Machh in Balochistan province on Sunday, officials said.",
 "2021-01-04", "wd:Sun", "=", "ATT", N, "CIVP", "Balochistan", "Kachhi District", "Machh", 11, 11, 11, N),
("H", "Blast at Lahore's Anarkali market kills 3, wounds over 20",
 "2022-01-21", N, N, "IED", N, "CIVP", "Punjab", N, "Lahore", 3, 3, 3, 20),
("P", "ISPR: Security forces conducted an intelligence-based operation in Datta Khel on 2 June 2021. During intense exchange of fire, 5 terrorists were killed. Sepoy Imran Khan embraced shahadat.",
 "2021-06-03", "2021-06-02", "=", "AC", "MFP", N, "Khyber Pakhtunkhwa", "North Waziristan District", "Datta Khel", 1, 1, 6, N),
]
G["Democratic Republic of the Congo"] = [
("W", "BUNIA, Congo (Reuters) - Militiamen killed 18 people in an overnight raid on a village in Djugu territory of Ituri province, a local civil society leader said on Monday, blaming the CODECO militia.",
 "2020-05-18", "-1", "=", "ATT", "CODECO", "CIVC", "Ituri", "Djugu", N, 18, 18, 18, N),
("H", "ADF rebels kill 11 in Irumu raid; 7 abducted",
 "2021-06-15", N, N, "ATT", "ADF", "CIVC", "Ituri", "Irumu", "Irumu", 11, 11, 11, N),
("C", "Between 29 and 31 May 2022, fighting between M23 and FARDC around Kibumba (Nyiragongo, North Kivu). Local sources: 4 soldiers and 'several' M23 fighters killed; 2 civilians killed by stray shells. Fatalities coded 6.",
 "2022-06-02", "2022-05-29", "2022-05-31", "AC", "M23", "FARDC", "Nord Kivu", "Nyirangongo", "Kibumba", 6, 6, 6, N),
]
G["Mozambique"] = [
("H", "Mozambique: 12 beheaded bodies found near Palma hotel after insurgent attack",
 "2021-04-04", N, N, "ATT", N, "CIVMZ", "Cabo Delgado", "Circunscricao de Palma", "Palma", 12, 12, 12, N),
("C", "On 23 May 2020, insurgents attacked Macomia town (Cabo Delgado), burning houses and looting food stores. 2 civilians killed; security forces recaptured the town after 2 days.",
 "2020-05-27", "2020-05-23", "=", "ATT", "ASWJ", "CIVMZ", "Cabo Delgado", "Circunscricao de Macomia", "Macomia", 2, 2, 2, N),
("W", "Rwandan and Mozambican troops killed 18 insurgents in clashes near Mbau in Mocimboa da Praia district on Wednesday, Rwanda's army claimed in a statement, adding that one Rwandan soldier was injured.",
 "2021-09-24", "wd:Wed", "=", "AC", "RWA", "ASWJ", "Cabo Delgado", "Mocimboa da Praia", "Mbau", 0, 0, 18, 1),
]
G["Myanmar"] = [
("W", "Myanmar security forces killed at least 82 people in the town of Bago on Friday, a monitoring group said, as troops used rifle grenades against protesters' barricades.",
 "2021-04-11", "wd:Fri", "=", "EF", "MFMM", "PROTMM", "Bago", N, "Bago", 82, 82, 82, N),
("H", "Junta air strike on Sagaing school kills 11 children – UNICEF",
 "2022-09-20", N, N, "AIR", "MFMM", "CIVMM", "Sagain", N, N, 11, 11, 11, N),
("C", "On 2 July 2021, clashes between PDF and military in Depayin township (Sagaing). Local media: 25 PDF members killed; military statement said 'terrorists' killed without figure. Fatalities coded 25.",
 "2021-07-04", "2021-07-02", "=", "AC", "MFMM", "PDF", "Sagain", "Shwebo District", "Depayin", 25, 25, 25, N),
]
G["Ethiopia"] = [
("W", "Gunmen killed at least 34 passengers on a bus in Ethiopia's Benishangul-Gumuz region on Saturday night, the state human rights commission said on Sunday, adding that the toll could rise.",
 "2020-11-15", "wd:Sat", "=", "ATT", N, "CIVE", "Binshangul Gumuz", N, N, 34, 34, 34, N),
("H", "Ethiopian drone strike on Dedebit IDP camp kills 56 – aid workers",
 "2022-01-09", N, N, "AIR", "ENDF", "CIVE", "Tigray", "North Western Tigray", "Dedebit", 56, 56, 56, N),
("P", "Government Communication Service: ENDF and Amhara special forces freed Lalibela town from the TPLF terrorist group on 1 December 2021. The enemy suffered heavy losses.",
 "2021-12-02", "2021-12-01", "=", "GRT", "ENDF", "TPLF", "Amhara", "North Wollo Zone", "Lalibela", 0, 0, N, N),
]
G["Cameroon"] = [
("W", "YAOUNDE (Reuters) - Gunmen killed 7 children and wounded 12 when they attacked a school in Kumba in Cameroon's Southwest region on Saturday, the government said, blaming separatists.",
 "2020-10-25", "wd:Sat", "=", "ATT", "AMB", "CIVCM", "South-West", "Meme Division", "Kumba", 7, 7, 7, 12),
]
G["Niger"] = [
("C", "On 2 January 2021, gunmen attacked the villages of Tchoma Bangou and Zaroumadareye (Tillaberi). 100 civilians killed (70 + 30). No claim.",
 "2021-01-04", "2021-01-02", "=", "ATT", N, "CIVNE", "Tillaberi", "Departement de Ouallam", "Tchoma Bangou", 100, 100, 100, N),
]
G["Nigeria"] += [
("P", "Kaduna State Government, Ministry of Internal Security: Security agencies reported that bandits attacked Ungwan Gaiya village, Kajuru LGA, on Tuesday night, killing 3 residents, namely a farmer, his wife and their son. Two others were injured.",
 "2021-03-11", "wd:Tue", "=", "ATT", "UAGN", "CIVN", "Kaduna", "Kajuru", "Ungwan Gaiya", 3, 3, 3, 2),
]
G["Somalia"] += [
("P", "Somali Police Force statement: A hand grenade was thrown at a police station in Hodan district, Mogadishu, this evening. One officer was martyred and two civilians were wounded. Investigations are ongoing.",
 "2020-12-19", "0", "=", "GR", N, "PFS", "Banaadir", "Hodan", "Mogadishu", 1, 1, 1, 2),
]
G["Iraq"] += [
("P", "Kurdistan Region Counter-Terrorism Department: Two ISIS terrorists were arrested yesterday in the Makhmour area while planning attacks on Peshmerga positions.",
 "2021-05-06", "-1", "=", "ARR", N, "ISI", "Arbil", N, "Makhmour", 0, 0, 0, N),
]
G["Pakistan"] += [
("P", "Khyber Pakhtunkhwa Police spokesman: Terrorists attacked a police checkpost in Lakki Marwat late last night. Two constables embraced martyrdom while the attackers escaped under cover of darkness.",
 "2022-09-22", "-1", "=", "AC", N, "PFP", "Khyber Pakhtunkhwa", "Lakki Marwat District", "Lakki Marwat", 2, 2, 2, N),
]
G["Democratic Republic of the Congo"] += [
("P", "FARDC spokesman for Operations Sokola 1 Grand Nord: On Thursday our forces attacked an ADF position near Mwalika (Beni territory) and neutralised 9 terrorists. Two soldiers were slightly wounded.",
 "2021-10-16", "wd:Thu", "=", "AC", "FARDC", "ADF", "Nord Kivu", "Beni", "Mwalika", 0, 0, 9, 2),
]
G["Myanmar"] += [
("P", "National Unity Government, Ministry of Defence: On 15 March 2022, PDF battalion 3 ambushed a junta column near Gangaw, killing 14 soldiers. One PDF comrade fell.",
 "2022-03-17", "2022-03-15", "=", "AC", "PDF", "MFMM", "Magway", "Gangaw District", "Gangaw", 1, 1, 15, N),
]

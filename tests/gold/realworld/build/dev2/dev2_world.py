# Cases outside Afghanistan for dev2 (hand-written, 2026-12-06). Tuple format: see common.py.
N = None
G = {}
G["Syria"] = [
("P", "SANA: Army units on Tuesday repelled an attack by terrorist groups affiliated with Jabhat al-Nusra on military points near Kafr Nabl in the southern countryside of Idlib, killing a number of the terrorists and destroying their vehicles.",
 "2020-01-16", "wd:Tue", "=", "AC", "MFSY", "HTS", "Idlib", "Maarrat al-Nu'man District", "Kafr Nabl", 0, 0, N, N),
("W", "BEIRUT (AP) — A car bomb exploded in a busy market in the northern Syrian town of Azaz on Saturday, killing at least 13 people, including three children, and wounding more than 30, the Syrian Civil Defense said. No group claimed the attack.",
 "2020-09-20", "wd:Sat", "=", "IED", "UAGSY", "CIVSY", "Aleppo", "Azaz District", "Azaz", 13, 13, 13, 30),
("C", "On 9 March 2021, a Turkish drone struck an SDF vehicle near Ain Issa (Raqqa governorate). The SDF said 3 of its fighters were killed; SOHR reported 4. Fatalities coded as 3.",
 "2021-03-11", "2021-03-09", "=", "AIR", "TUR", "SDF", "Ar-Raqqah", "Tell Abyad District", "Ain Issa", 3, 3, 4, N),
("H", "SOHR: nine SDF fighters killed in ISIS ambush in eastern Deir ez-Zor countryside",
 "2021-07-14", N, N, "AC", "ISSY", "SDF", "Deir ez-Zor", N, N, 9, 9, 9, N),
("P", "SDF General Command: On 3 March 2022 our forces, in coordination with the International Coalition, raided a hideout in Thiban town in the eastern Deir ez-Zor countryside, capturing two members of an ISIS cell. One terrorist was killed while resisting arrest.",
 "2022-03-04", "2022-03-03", "=", "AC", "SDF", "ISSY", "Deir ez-Zor", "Mayadin District", "Thiban", 0, 0, 1, N),
]
G["Iraq"] = [
("W", "BAGHDAD (Reuters) - A suicide bomber wearing an explosive vest blew himself up at a checkpoint outside a Shi'ite mosque in Baghdad's Sadr City on Monday evening, killing four people and wounding 15, security sources said. The bomber was among the dead, a police officer said.",
 "2019-06-12", "wd:Mon", "=", "SB", "UAGI", "CIVI", "Baghdad", "Sadr", "Sadr City", 4, 4, 4, 15),
("P", "Iraqi Security Media Cell: On Wednesday, army aviation helicopters bombed a cave used by ISIS remnants in the Hamrin mountains, Salah ad-Din province. Six terrorists were killed.",
 "2021-04-09", "wd:Wed", "=", "AIR", "MFI", "ISI", "Salah ad Din", N, "Hamrin mountains", 0, 0, 6, N),
("C", "On 1 October 2019, security forces used live ammunition and tear gas against protesters in Tahrir Square, Baghdad. 2 protesters killed, over 200 injured. Fatalities coded as 2.",
 "2019-10-03", "2019-10-01", "=", "EF", "PFI", "PROTI", "Baghdad", "Al Rusafa", "Baghdad", 2, 2, 2, 200),
("H", "Explosive-laden drone hits Erbil airport compound, causing damage but no casualties – Kurdistan counter-terrorism service",
 "2021-04-15", N, N, "AIR", N, N, "Arbil", N, "Erbil", 0, 0, 0, 0),
("H", "IS ambush kills federal police officer, four policemen near Rashad, south of Kirkuk – security officials",
 "2020-11-30", N, N, "AC", "ISI", "PFI", "Kirkuk", N, "Rashad", 5, 5, 5, N),
]
G["Yemen"] = [
("P", "Saba (Sanaa): US-Saudi aggression aircraft launched 12 raids on Sirwah district of Marib on Monday. A farmer and his son were martyred when a raid hit their farm.",
 "2021-02-17", "wd:Mon", "=", "AIR", "ORH", "CIVY", "Ma'rib", "Sirwah", "Sirwah", 0, 0, 2, N),
("W", "ADEN (Reuters) - Gunmen on a motorbike shot dead a prominent imam, Sheikh Abdulrahman al-Adeni, outside his mosque in Aden's Sheikh Othman district on Sunday and wounded a passer-by, security sources said. No group claimed the killing.",
 "2021-11-14", "wd:Sun", "=", "ATT", "UAGY", "CIVY", "Aden", "Ash Shaikh Outhman", "Sheikh Othman", 1, 1, 1, 1),
("C", "On 3 April 2021, a Houthi ballistic missile struck a petrol station in Marib city. 5 civilians killed, including a child; 11 injured.",
 "2021-04-05", "2021-04-03", "=", "SH", "HOU", "CIVY", "Ma'rib", "Marib City", "Marib", 5, 5, 5, 11),
("H", "Saudi-led coalition says 'over 90 Houthis killed' in Marib air strikes in past 24 hours",
 "2021-11-02", "-1", "0", "AIR", "ORH", "HOU", "Ma'rib", N, N, 0, 0, 90, N),
("P", "Taiz governorate media office: Houthi sniper fire and shelling killed a woman and two children in the besieged city of Taiz between Friday and Sunday. The governorate condemns these crimes against civilians.",
 "2020-05-25", "wd:Fri", "wd:Sun", "SH", "HOU", "CIVY", "Ta'izz", N, "Taiz", 3, 3, 3, N),
]
G["Somalia"] = [
("W", "MOGADISHU (Reuters) - A suicide car bomber blew up his vehicle at the gate of a beachfront hotel in Mogadishu late on Friday and gunmen stormed the building, killing at least 16 civilians and a police officer, police said on Saturday. Security forces ended the siege after nine hours, killing all four gunmen. Al Shabaab claimed the attack.",
 "2020-08-15", "-1", "=", "SB", "SHB", "CIVS", "Banaadir", "Banadir", "Mogadishu", 22, 21, 22, N),
("P", "Al-Shabaab statement via Radio Andalus: The mujahideen stormed the base of the apostate Somali army in Awdheegle this morning, killing 23 soldiers and seizing two technicals. Three mujahideen attained martyrdom.",
 "2021-04-05", "0", "=", "AC", "SHB", "MFS", "Lower Shabeelle", N, "Awdheegle", 3, 3, 26, N),
("C", "On 4 April 2019, a US airstrike near Toratorow, Lower Shabelle, killed 3 Al Shabaab militants according to AFRICOM. No independent confirmation. Fatalities coded as 0.",
 "2019-04-06", "2019-04-04", "=", "AIR", "USF2", "SHB", "Lower Shabeelle", N, "Toratorow", 0, 0, 3, N),
("H", "Roadside bomb kills four soldiers in Somalia's Lower Shabelle — Garowe Online",
 "2020-07-07", N, N, "IED", "UAGS", "MFS", "Lower Shabeelle", N, N, 4, 4, 4, N),
("C", "On 12 June 2021, an Al Shabaab suicide bomber blew himself up among recruits queuing outside the General Dhagabadan military training camp in Hodan district, Mogadishu. 15 killed (including the bomber) and 20 injured. Fatalities coded as 15.",
 "2021-06-14", "2021-06-12", "=", "SB", "SHB", "MFS", "Banaadir", "Hodan", "Mogadishu", 15, 15, 15, 20),
("W", "BAIDOA, Somalia — Mortar rounds fired by suspected al-Shabaab fighters landed near the airport in Baidoa on Tuesday evening, wounding three civilians and a soldier, a regional official said. There were no deaths.",
 "2022-03-09", "wd:Tue", "=", "SH", "SHB", N, "Bay", "Baidoa", "Baidoa", 0, 0, 0, 4),
]
G["Nigeria"] = [
("P", "Nigerian Army: Troops of 25 Task Force Brigade on Friday repelled an attack by Boko Haram/ISWAP terrorists on Damboa, neutralising 17 of the criminals. Regrettably, one soldier paid the supreme price while three others were wounded in action.",
 "2020-09-14", "wd:Fri", "=", "AC", "MFN", N, "Borno", "Damboa", "Damboa", 1, 1, 18, 3),
("W", "KANO, Nigeria (Reuters) - Gunmen abducted 73 students from a government secondary school in Kaya, in the Maradun local government area of Zamfara state, on Wednesday, police said.",
 "2021-09-02", "wd:Wed", "=", "ABD", "UAGN", "CIVN", "Zamfara", "Maradun", "Kaya", 0, 0, 0, N),
("C", "On 23 December 2021 (approx.), armed herders attacked Tse-Abo village (Guma LGA, Benue). Between 7 and 10 farmers killed; houses burned. Attribution: Fulani militia per residents.",
 "2021-12-27", "2021-12-23", "=", "ATT", "FUL", "CIVN", "Benue", "Guma", "Tse-Abo", 7, 7, 10, N),
("H", "Female suicide bomber kills three at Gamboru market; bomber among the dead",
 "2019-08-20", N, N, "SB", "UAGN", "CIVN", "Borno", "Ngala", "Gamboru", 3, 3, 3, N),
("W", "ABUJA, Nigeria (AP) — Police in Nigeria's Katsina state said they killed 12 bandits in a gunfight on Sunday after the gunmen attacked a police patrol near Dutsin-Ma. One officer was wounded.",
 "2020-05-05", "wd:Sun", "=", "AC", "PFN", "UAGN", "Katsina", "Dutsin Ma", "Dutsin-Ma", 12, 12, 12, 1),
("P", "Nigerian Air Force: NAF aircraft of Operation Hadarin Daji on 17 May 2022 struck a bandits' enclave in Gebe forest, Zamfara State, destroying their structures and logistics.",
 "2022-05-19", "2022-05-17", "=", "AIR", "MFN", "UAGN", "Zamfara", N, "Gebe forest", 0, 0, 0, N),
]
G["Mali"] = [
("W", "BAMAKO (Reuters) - Gunmen on motorbikes attacked the Dogon village of Tille near Bankass in central Mali on Sunday, killing at least 38 people, a local official said, in the latest outbreak of ethnic violence in the Mopti region.",
 "2019-06-18", "wd:Sun", "=", "ATT", N, "CIVM", "Mopti", "Bankass Cercle", "Tille", 38, 38, 38, N),
("P", "FAMa communique: On 16 October 2021 FAMa units intercepted terrorists near Dinangourou (Koro circle). Toll: on the friendly side, 3 soldiers killed and 5 wounded; on the enemy side, 15 terrorists neutralised and several motorcycles recovered.",
 "2021-10-18", "2021-10-16", "=", "AC", "MFM21", N, "Mopti", "Koro Cercle", "Dinangourou", 3, 3, 18, 5),
("C", "On 26 January 2021, an IED struck a MINUSMA convoy near Tessit (Ansongo cercle, Gao). 1 Togolese peacekeeper killed, 3 injured. JNIM claimed the attack.",
 "2021-01-28", "2021-01-26", "=", "IED", "JNIM", "MIN", "Gao", "Ansongo Cercle", "Tessit", 1, 1, 1, 3),
("H", "Mali army says it 'neutralised' 57 terrorists near Mourdiah",
 "2022-03-08", N, N, "AC", "MFM21", N, "Koulikoro", "Nara Cercle", "Mourdiah", 0, 0, 57, N),
]
G["Burkina Faso"] = [
("W", "OUAGADOUGOU (Reuters) - Suspected jihadists killed at least 19 people at an artisanal gold-mining site near Gorom-Gorom in Burkina Faso's Oudalan province on Saturday, a government spokesman said on Monday.",
 "2021-02-15", "wd:Sat", "=", "ATT", N, "CIVB", "Sahel", "Oudalan", "Gorom-Gorom", 19, 19, 19, N),
("P", "Armed Forces General Staff: An army unit escorting a supply convoy came under an IED and small-arms attack near Djibo on 26 September 2022. Provisional toll: 11 soldiers killed and 28 injured; around fifty civilians are missing.",
 "2022-09-27", "2022-09-26", "=", "AC", N, "MFB", "Sahel", "Province du Soum", "Djibo", 11, 11, 11, 28),
("C", "On 12 May 2019, unidentified gunmen attacked worshippers during Sunday mass at the church in Dablo (Sanmatenga), killing 6 including the priest. Fatalities coded as 6.",
 "2019-05-14", "2019-05-12", "=", "ATT", N, "CIVB", "Centre-Nord", "Province du Sanmatenga", "Dablo", 6, 6, 6, N),
("H", "Burkina: seven VDP volunteers killed in ambush near Tougan",
 "2022-04-11", N, N, "AC", N, "VDP", "Boucle du Mouhoun", "Province du Sourou", "Tougan", 7, 7, 7, N),
]
G["Democratic Republic of the Congo"] = [
("W", "BUTEMBO, Congo (Reuters) - Suspected ADF rebels killed between 14 and 17 civilians in an overnight raid on the village of Mamove in Beni territory, a local civil society leader said on Friday.",
 "2020-11-13", "-1", "=", "ATT", "ADF", "CIVC", "Nord Kivu", "Beni", "Mamove", 14, 14, 17, N),
("P", "FARDC Sokola 1 spokesman: Our forces neutralised eight ADF terrorists and freed 12 hostages in an operation in the Mwalika valley, Beni territory, on Monday. One FARDC soldier was lightly injured.",
 "2021-03-10", "wd:Mon", "=", "AC", "FARDC", "ADF", "Nord Kivu", "Beni", "Mwalika", 0, 0, 8, 1),
("C", "On 1 February 2020, CODECO militiamen attacked villages near Bule in Djugu territory (Ituri); 10 civilians killed. Fatalities coded as 10.",
 "2020-02-03", "2020-02-01", "=", "ATT", "CODECO", "CIVC", "Ituri", "Djugu", "Bule", 10, 10, 10, N),
("H", "M23 claims control of Bunagana after fierce fighting with FARDC",
 "2022-06-13", N, N, "NSO", "M23", "FARDC", "Nord Kivu", "Rutshuru Territory", "Bunagana", N, N, N, N),
]
G["Myanmar"] = [
("W", "YANGON (Reuters) - Security forces opened fire on protesters in the central town of Monywa on Saturday, killing at least eight people, witnesses and local media said.",
 "2021-03-28", "wd:Sat", "=", "EF", "MFMM", "PROTMM", "Sagain", "Monywa", "Monywa", 8, 8, 8, N),
("P", "NUG Ministry of Defence: On 5 June 2022, PDF forces ambushed a junta military column near Kani township, Sagaing Region. 14 terrorist soldiers were killed. Two of our comrades sacrificed their lives.",
 "2022-06-07", "2022-06-05", "=", "AC", "PDF", "MFMM", "Sagain", "Yinmabin", "Kani", 2, 2, 16, N),
("C", "On 7 December 2021, military troops raided Done Taw village (Myaung township, Sagaing region), tied up and burned to death 11 villagers, five of them teenagers. Fatalities coded as 11.",
 "2021-12-09", "2021-12-07", "=", "ATT", "MFMM", "CIVMM", "Sagain", "Sagaing District", "Done Taw", 11, 11, 11, N),
("H", "Arakan Army says it killed 20 Tatmadaw troops in Rathedaung clashes; military silent",
 "2020-03-20", N, N, "AC", "AA", "MFMM16", "Rakhine", "Sittwe District", "Rathedaung", 0, 0, 20, N),
]
G["Ukraine"] = [
("W", "KYIV, Ukraine (AP) — A Russian missile struck an apartment building in the southern city of Odesa early Saturday, killing at least 21 people, including a child, regional officials said. Another 38 people were wounded.",
 "2022-07-02", "wd:Sat", "=", "SH", "RUS", "CIVUA", "Odessa", N, "Odesa", 21, 21, 21, 38),
("P", "General Staff of the Armed Forces of Ukraine: Over the past day the enemy violated the ceasefire 7 times, shelling positions of the Joint Forces near Avdiivka and Pisky with mortars and grenade launchers. One Ukrainian serviceman was killed and two were wounded.",
 "2021-04-06", "-1", "0", "SH", "DPR", "UAF", "Donetsk", N, N, 1, 1, 1, 2),
("C", "On 16 March 2022, a Russian airstrike hit the Drama Theatre in Mariupol (Donetsk), where hundreds of civilians were sheltering. Casualties initially unknown; city authorities later estimated around 300 dead. Fatalities coded as 300.",
 "2022-03-26", "2022-03-16", "=", "AIR", "RUS", "CIVUA", "Donetsk", "Mariupolskyi Raion", "Mariupol", 300, 300, 300, N),
("H", "Russian shelling of Kharkiv's Saltivka district kills 3, wounds 12 – regional governor",
 "2022-05-20", N, N, "SH", "RUS", "CIVUA", "Kharkiv", "Kharkiv City Council", "Kharkiv", 3, 3, 3, 12),
]
G["Ethiopia"] = [
("W", "ADDIS ABABA (Reuters) - An air strike hit a camp for displaced people in the town of Dedebit in northwestern Tigray on Friday, killing 56 people, two aid workers said. The government did not comment.",
 "2022-01-09", "wd:Fri", "=", "AIR", "ENDF", "CIVE", "Tigray", "North Western Tigray", "Dedebit", 56, 56, 56, N),
("C", "On 18 June 2022, OLA gunmen attacked Amhara villagers in Gimbi woreda (West Wellega, Oromia). Estimates range from 230 (witnesses) to over 400 (local sources); OLA denied and blamed government-aligned militia. Fatalities coded as 230.",
 "2022-06-22", "2022-06-18", "=", "ATT", "OLA", "CIVE", "Oromiya", "West Wellega Zone", "Gimbi", 230, 230, 400, N),
("H", "Residents: Tigrayan forces enter Lalibela without a fight as federal troops pull out",
 "2021-08-06", N, N, "NVT", "TPLF", "ENDF", "Amhara", N, "Lalibela", 0, 0, 0, N),
]
G["Mozambique"] = [
("W", "MAPUTO (Reuters) - Islamist insurgents beheaded at least 10 people, including two children, in raids on two villages in Meluco district of Mozambique's Cabo Delgado province over the weekend, a local church official said on Monday.",
 "2020-04-13", "wd:Sat", "wd:Sun", "ATT", N, "CIVMZ", "Cabo Delgado", "Meluco", "Meluco", 10, 10, 10, N),
("P", "FDS (Mozambique Defence and Security Forces) statement: On Tuesday our forces clashed with terrorists near Mbau, Mocimboa da Praia district, neutralising 8 of them. Two of our soldiers lost their lives and four were injured.",
 "2021-01-21", "wd:Tue", "=", "AC", "MFMZ", N, "Cabo Delgado", "Mocimboa da Praia", "Mbau", 2, 2, 10, 4),
("H", "Insurgents torch 40 homes in Macomia's Chai village; no casualties reported",
 "2020-06-02", N, N, "LOOT", N, "CIVMZ", "Cabo Delgado", "Circunscricao de Macomia", "Chai", 0, 0, 0, 0),
]
G["Pakistan"] = [
("P", "ISPR: Terrorists attacked a Frontier Corps post in Kech district, Balochistan, last night. Troops responded swiftly and all 5 terrorists were killed. During the intense exchange of fire, 3 soldiers embraced shahadat.",
 "2021-12-28", "-1", "=", "AC", "MFP", N, "Balochistan", "Kech District", "Kech", 3, 3, 8, N),
("W", "QUETTA, Pakistan (AP) — A suicide bomber struck a Shiite mosque during Friday prayers in Quetta's Hazara Town, killing 11 worshippers and wounding nearly 30, police said. The Islamic State group claimed responsibility.",
 "2020-10-11", "wd:Fri", "=", "SB", "ISP", "CIVP", "Balochistan", "Quetta District", "Hazara Town", 12, 11, 12, 30),
("C", "On 11 July 2019, a landmine blast hit a military vehicle in the Datta Khel area of North Waziristan (KP), killing 2 soldiers (a captain and a sepoy). No claim; TTP suspected.",
 "2019-07-13", "2019-07-11", "=", "IED", "UAGP", "MFP", "Khyber Pakhtunkhwa", "North Waziristan District", "Datta Khel", 2, 2, 2, N),
("H", "BLA claims suicide bombing at Karachi University that killed three Chinese teachers and their Pakistani driver",
 "2022-04-27", N, N, "SB", "BLA", N, "Sindh", "Karachi East District", "Karachi", 5, 4, 5, N),
]
G["Colombia"] = [
("W", "BOGOTA (Reuters) - A car bomb exploded at a police academy in Bogota on Thursday, killing 21 people including the attacker, Colombia's defense minister said, blaming the ELN guerrilla group.",
 "2019-01-18", "wd:Thu", "=", "SB", "ELN", "PFCO", "Bogota D.C.", N, "Bogota", 21, 21, 21, N),
("C", "On 28 September 2020, unidentified gunmen shot dead a social leader in El Tambo (Cauca). Fatalities coded as 1.",
 "2020-09-30", "2020-09-28", "=", "ATT", N, "CIVCO", "Cauca", "El Tambo", "El Tambo", 1, 1, 1, N),
]
G["Mexico"] = [
("P", "Michoacan state security secretariat: On Monday, a convoy of state police officers was ambushed by members of the Jalisco New Generation Cartel in El Aguaje, municipality of Aguililla. Thirteen officers lost their lives in the line of duty.",
 "2019-10-15", "wd:Mon", "=", "AC", "CJNG", "PFMX", "Michoacan", "Aguililla", "El Aguaje", 13, 13, 13, N),
]

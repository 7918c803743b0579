# Cases outside Afghanistan for dev5 (hand-written, 2026-12-06). Tuple format: see common.py.
N = None
G = {}
G["Nigeria"] = [
("P", "Katsina State Police Command, press statement: On 11 June 2020 about seventy bandits on motorcycles invaded Kadisau village in Faskari LGA, killing twenty villagers and carting away livestock. Tactical teams of the command have since been deployed to the area.",
 "2020-06-12", "2020-06-11", "=", "ATT", "UAGN", "CIVN", "Katsina", "Faskari", "Kadisau", 20, 20, 20, N),
("W", "DAMATURU, Nigeria (AFP) - Jihadists from the Islamic State West Africa Province stormed the town of Geidam in Yobe state on Friday evening, killing at least eleven residents and forcing thousands to flee, a local official said.",
 "2021-04-25", "wd:Fri", "=", "ATT", "ISWAP", "CIVN", "Yobe", "Geidam", "Geidam", 11, 11, 11, N),
("C", "On 20 May 2021, armed bandits abducted an estimated 24 people, including a village head, in Shiroro LGA (Niger state). No fatalities reported.",
 "2021-05-22", "2021-05-20", "=", "ABD", "UAGN", "CIVN", "Niger", "Shiroro", "Shiroro", 0, 0, 0, N),
("H", "Plateau: 9 killed as gunmen invade Bassa community overnight - Punch",
 "2021-11-08", "-1", "=", "ATT", "UAGN", "CIVN", "Plateau", "Bassa", "Bassa", 9, 9, 9, N),
("P", "Nigerian Army, 7 Division: Boko Haram terrorists who tried to infiltrate our location in Konduga on Saturday were driven back with heavy fire and 13 of them were neutralised. We lost one soldier; two others are receiving treatment for injuries.",
 "2020-09-28", "wd:Sat", "=", "AC", "MFN", N, "Borno", "Konduga", "Konduga", 1, 1, 14, 2),
]
G["Somalia"] = [
("W", "BELEDWEYNE, Somalia (Reuters) - An explosives-laden car driven by a suicide attacker rammed into a restaurant popular with soldiers in the central Somali town on Saturday, killing at least 13 people, a police commander said. Al Shabaab said it carried out the attack.",
 "2021-06-20", "wd:Sat", "=", "SB", "SHB", N, "Hiiraan", "Belet Weyne", "Beledweyne", 14, 13, 14, N),
("P", "Radio Andalus: Last night the mujahideen overran a position of the apostate militia in Afgooye district, killing eleven of them and carrying off their ammunition as spoils. All the mujahideen came back unharmed.",
 "2019-07-08", "-1", "=", "AC", "SHB", "MFS", "Lower Shabeelle", "Afgooye", "Afgooye", 0, 0, 11, 0),
("C", "On 5 February 2022, a roadside IED hit a minibus on the road between Baidoa and Buur Hakaba (Bay), killing 4 passengers.",
 "2022-02-07", "2022-02-05", "=", "IED", "UAGS", "CIVS", "Bay", N, N, 4, 4, 4, N),
("H", "Galkayo: gunmen kill clan elder near mosque, police say",
 "2020-02-10", N, N, "ATT", "UAGS", "CIVS", "Mudug", "Gaalkacyo", "Galkayo", 1, 1, 1, N),
]
G["Burkina Faso"] = [
("P", "General Staff of the Armed Forces, communique: On 4 May 2022 a unit of the Madjoari detachment, Kompienga province, fell into an ambush. Eleven soldiers lost their lives. About fifteen assailants were neutralised in the riposte.",
 "2022-05-06", "2022-05-04", "=", "AC", "MFB", N, "Est", "Province de la Kompienga", "Madjoari", 11, 11, 26, N),
("W", "FADA N'GOURMA, Burkina Faso (Reuters) - Assailants on motorbikes shot dead 15 traders travelling to a weekly market in Tapoa province in eastern Burkina Faso on Saturday, two security sources said.",
 "2021-03-29", "wd:Sat", "=", "ATT", N, "CIVB", "Est", "Province de la Tapoa", N, 15, 15, 15, N),
("C", "On 3 October 2020, presumed jihadists stopped a convoy of displaced people near Pissila (Sanmatenga, Centre-Nord), separated 25 men and executed them, local officials said.",
 "2020-10-05", "2020-10-03", "=", "ATT", N, "CIVB", "Centre-Nord", "Province du Sanmatenga", "Pissila", 25, 25, 25, N),
("H", "Titao: seven defence volunteers die as their convoy is ambushed - Burkina24",
 "2021-12-02", N, N, "AC", N, "VDP", "Nord", "Province du Loroum", "Titao", 7, 7, 7, N),
]
G["Democratic Republic of the Congo"] = [
("P", "FARDC, spokesman of Sokola 1 operations: In the night from Tuesday to Wednesday our forces dislodged ADF terrorists from their stronghold at Mwalika, Beni territory. Twelve terrorists were neutralised. One of our soldiers was wounded.",
 "2021-02-12", "wd:Tue", "wd:Wed", "GRT", "FARDC", "ADF", "Nord Kivu", "Beni", "Mwalika", 0, 0, 12, 1),
("W", "BUNIA, Congo (AP) - Suspected CODECO fighters attacked a site sheltering displaced families in Djugu territory overnight, killing 18 people with machetes and bullets, a local civil society leader said on Thursday.",
 "2021-11-25", "-1", "=", "ATT", "CODECO", "CIVC", "Ituri", "Djugu", "Djugu", 18, 18, 18, N),
("C", "On 23 May 2022, M23 attacked FARDC positions at Kibumba (Nyiragongo territory, North Kivu). FARDC reported 3 soldiers killed and claimed 15 M23 dead. Fatalities coded as 3.",
 "2022-05-25", "2022-05-23", "=", "AC", "M23", "FARDC", "Nord Kivu", "Nyirangongo", "Kibumba", 3, 3, 18, N),
("H", "South Kivu: four civilians killed in raid on Kalehe village, rebels blamed",
 "2020-12-12", N, N, "ATT", N, "CIVC", "South Kivu", "Kalehe", N, 4, 4, 4, N),
]
G["Iraq"] = [
("P", "Security Media Cell: Remnants of Daesh attacked a Federal Police checkpoint in Daquq district, Kirkuk, late on Sunday. Two members of the Federal Police were martyred and one was wounded; the attackers fled towards the Zarga valley.",
 "2020-12-01", "wd:Sun", "=", "AC", "ISI", "PFI", "Kirkuk", "Daquq District", "Daquq", 2, 2, 2, 1),
("W", "BAGHDAD (Reuters) - A roadside bomb killed three Iraqi soldiers on patrol near Samarra on Thursday, security sources said. Two more were wounded.",
 "2021-04-24", "wd:Thu", "=", "IED", "UAGI", "MFI", "Salah ad Din", "Qada' Samarra'", "Samarra", 3, 3, 3, 2),
("C", "On 2 October 2019, protesters in Nasiriyah (Dhi Qar) set fire to party offices; security forces fired live rounds. 4 protesters killed, 50 wounded.",
 "2019-10-04", "2019-10-02", "=", "EF", "PFI", "PROTI", "Dhi Qar", "Nassriya District", "Nasiriyah", 4, 4, 4, 50),
("H", "Diyala: IS gunmen kill 3 shepherds in Muqdadiya orchards, police source",
 "2021-06-15", N, N, "ATT", "ISI", "CIVI", "Diyala", "Al-Muqdadiya District", "Muqdadiya", 3, 3, 3, N),
]
G["Mali"] = [
("P", "FAMa General Staff: On 8 June 2021 a logistics convoy struck an explosive device near Kokry in the Macina cercle. Two soldiers were killed and three injured; the convoy went on to its destination.",
 "2021-06-09", "2021-06-08", "=", "IED", N, "MFM21", "Segou", "Cercle de Macina", "Kokry", 2, 2, 2, 3),
("W", "BAMAKO (AFP) - Suspected jihadists killed eight villagers and burned granaries in a raid on a Dogon village in central Mali's Bandiagara area on Sunday, a local official said.",
 "2020-08-25", "wd:Sun", "=", "ATT", N, "CIVM", "Mopti", "Bandiagara Cercle", N, 8, 8, 8, N),
("C", "On 7 August 2022, Islamic State Sahel fighters attacked the FAMa camp at Tessit (Ansongo cercle, Gao). The government said 42 soldiers were killed and 22 wounded, and claimed 37 assailants neutralised.",
 "2022-08-10", "2022-08-07", "=", "AC", "ISSAH", "MFM21", "Gao", "Ansongo Cercle", "Tessit", 42, 42, 79, 22),
("H", "Two peacekeepers killed as mine hits convoy near Douentza, MINUSMA says",
 "2021-10-05", N, N, "IED", N, "MIN", "Mopti", "Douentza Cercle", "Douentza", 2, 2, 2, N),
]
G["Myanmar"] = [
("P", "National Unity Government, Ministry of Defence: On 14 December 2021 PDF forces attacked a junta column near Kani in Sagaing region and killed around 20 soldiers. Two of our comrades fell.",
 "2021-12-16", "2021-12-14", "=", "AC", "PDF", "MFMM", "Sagain", "Yinmabin", "Kani", 2, 2, 22, N),
("W", "(Reuters) - Fires set by Myanmar's army destroyed scores of houses in Thantlang, a town in western Chin state, on Friday, residents and a local resistance group said. No casualties were reported.",
 "2021-10-31", "wd:Fri", "=", "LOOT", "MFMM", "CIVMM", "Chin", "Hakha", "Thantlang", 0, 0, 0, 0),
("C", "On 28 March 2021, soldiers and police fired on anti-coup demonstrators in Pakokku (Magway region), killing 2 and injuring several.",
 "2021-03-30", "2021-03-28", "=", "EF", "MFMM", "PROTMM", "Magway", "Pakokku District", "Pakokku", 2, 2, 2, N),
("H", "Kayah: junta air strike hits displacement camp near Demoso, 3 dead",
 "2022-01-20", N, N, "AIR", "MFMM", "CIVMM", "Kayah", "Loikaw District", "Demoso", 3, 3, 3, N),
]
G["Pakistan"] = [
("P", "Inter-Services Public Relations: This morning terrorists attacked a check post near Spinwam, North Waziristan. Troops responded effectively and two terrorists were sent to hell. During the intense firing Naik Fazal, age 29, embraced shahadat.",
 "2021-09-13", "0", "=", "AC", "MFP", N, "Khyber Pakhtunkhwa", "North Waziristan District", "Spinwam", 1, 1, 3, N),
("W", "TURBAT, Pakistan (AFP) - Separatist gunmen ambushed a paramilitary convoy in Kech district of Balochistan on Wednesday, killing four Frontier Corps troops, officials said. The Balochistan Liberation Army claimed responsibility.",
 "2021-12-16", "wd:Wed", "=", "AC", "BLA", "MFP", "Balochistan", "Kech District", N, 4, 4, 4, N),
("C", "On 10 October 2020, TTP militants attacked a police station in Lakki Marwat; 2 policemen and 3 militants killed.",
 "2020-10-12", "2020-10-10", "=", "AC", "TTP", "PFP", "Khyber Pakhtunkhwa", "Lakki Marwat District", "Lakki Marwat", 5, 5, 5, N),
("H", "Hand grenade hurled at shop on Quetta's Sariab Road injures seven",
 "2019-11-20", N, N, "GR", "UAGP", "CIVP", "Balochistan", "Quetta District", "Quetta", 0, 0, 0, 7),
]
G["Syria"] = [
("P", "SANA: Two civilians were martyred and six others injured on Tuesday when terrorist groups fired rocket shells on al-Hamdaniya neighbourhood of Aleppo city.",
 "2019-12-04", "wd:Tue", "=", "SH", N, "CIVSY", "Aleppo", "Mount Simeon District", "Aleppo", 2, 2, 2, 6),
("W", "BEIRUT (AP) - Russian warplanes pounded the village of Maarat Misrin north of Idlib city on Sunday, killing seven civilians including a child, the Syrian Civil Defense, known as the White Helmets, said.",
 "2021-01-26", "wd:Sun", "=", "AIR", "RUS", "CIVSY", "Idlib", "Idlib District", "Maarat Misrin", 7, 7, 7, N),
("C", "On 9 September 2021, unknown gunmen assassinated a former opposition commander who had joined the reconciliation deal, in Inkhil (Al-Sanamayn district, Daraa).",
 "2021-09-11", "2021-09-09", "=", "ATT", "UAGSY", N, "Daraa", "Al-Sanamayn District", "Inkhil", 1, 1, 1, N),
("H", "SDF says it captured 6 IS cell members in Diban raid, Deir ez-Zor countryside; no casualties",
 "2022-03-11", N, N, "ARR", "SDF", "ISSY", "Deir ez-Zor", N, "Diban", 0, 0, 0, 0),
]
G["Yemen"] = [
("P", "Saba (Sanaa): The mercenaries of the aggression yesterday shelled homes in Hays district of Hodeidah with artillery, martyring a woman and wounding two children.",
 "2020-03-12", "-1", "=", "SH", "MFY", "CIVY", "Al Hudaydah", "Hays", "Hays", 0, 0, 1, 2),
("W", "SANAA (Reuters) - Houthi fighters blew up the homes of three tribal leaders in the Qaifa area of Rada'a district in Al Bayda province on Thursday after days of fighting, tribal sources said. No one was hurt.",
 "2020-07-04", "wd:Thu", "=", "LOOT", "HOU", "CIVY", "Al Bayda", "Rada'", "Qaifa", 0, 0, 0, 0),
("C", "Between 1 and 3 January 2022, the Giants Brigades (pro-government) recaptured Usaylan district (Shabwah) from Houthi forces; at least 30 fighters from both sides killed.",
 "2022-01-05", "2022-01-01", "2022-01-03", "GRT", N, "HOU", "Shabwah", "Usaylan", "Usaylan", 30, 30, 30, N),
]
G["Ethiopia"] = [
("P", "Government Communication Service: On Saturday the terrorist Shene group massacred 15 civilians, among them women and the elderly, in Kiremu district of East Wellega zone.",
 "2021-11-30", "wd:Sat", "=", "ATT", "OLA", "CIVE", "Oromiya", "East Wellega Zone", "Kiremu", 15, 15, 15, N),
("W", "DESSIE, Ethiopia (AFP) - Tigrayan rebel fighters shot dead at least 20 farmers in a village near Kobo in Amhara's North Wollo zone on Wednesday, residents and a local official said.",
 "2021-09-10", "wd:Wed", "=", "ATT", "TPLF", "CIVE", "Amhara", "North Wollo Zone", "Kobo", 20, 20, 20, N),
("H", "Gunmen ambush minibus in Benishangul's Kamashi zone, killing four - Addis Standard",
 "2022-01-09", N, N, "ATT", N, "CIVE", "Binshangul Gumuz", "Kamashi Zone", N, 4, 4, 4, N),
]
G["Mozambique"] = [
("P", "Ministry of National Defence: On Sunday the Defence and Security Forces dislodged insurgents from a base in Muidumbe district, killing ten terrorists and seizing weapons. Our forces suffered no casualties.",
 "2020-11-18", "wd:Sun", "=", "GRT", "MFMZ", N, "Cabo Delgado", "Muidumbe", "Muidumbe", 0, 0, 10, 0),
("W", "MAPUTO (Reuters) - Islamic State-linked militants killed at least seven civilians in raids on villages in Ancuabe district of Cabo Delgado province on Tuesday and Wednesday, local sources said.",
 "2022-06-10", "wd:Tue", "wd:Wed", "ATT", "ISMZ", "CIVMZ", "Cabo Delgado", "Ancuabe District", N, 7, 7, 7, N),
("C", "On 29 October 2021, Rwandan soldiers and ISMZ fighters exchanged fire close to Diaca, Mocimboa da Praia district. Fatalities coded as 0 (RDF reported 4 militants killed).",
 "2021-10-31", "2021-10-29", "=", "AC", "RWA", "ISMZ", "Cabo Delgado", "Mocimboa da Praia", "Diaca", 0, 0, 4, N),
]
G["Niger"] = [
("P", "Niger Ministry of the Interior, communique: On Tuesday armed men on motorcycles killed 11 civilians in two villages of Ouallam department near the Malian border. Reinforcements have been sent.",
 "2022-03-17", "wd:Tue", "=", "ATT", N, "CIVNE", "Tillaberi", "Departement de Ouallam", N, 11, 11, 11, N),
("P", "Ministry of National Defence: On 21 June 2021 Boko Haram elements attacked a position of the Defence and Security Forces at Diffa. Three of our soldiers died; seventeen terrorists were neutralised.",
 "2021-06-23", "2021-06-21", "=", "AC", "MFNE", N, "Diffa", "Departement de Diffa", "Diffa", 3, 3, 20, N),
]
G["Cameroon"] = [
("C", "On 12 January 2021, Ambazonian separatists detonated an IED against a military convoy in Bui division (North-West); 2 soldiers killed.",
 "2021-01-14", "2021-01-12", "=", "IED", "AMB", "MFCM", "North-West", "Bui Division", N, 2, 2, 2, N),
("H", "Far North: suicide attack in Mayo-Sava leaves 4 civilians and the bomber dead",
 "2020-08-04", N, N, "SB", N, "CIVCM", "Far North", "Mayo-Sava", N, 5, 5, 5, N),
]

# Cases outside Afghanistan for dev6 (hand-written, 2026-12-06). Tuple format: see ../case_tuples.py.
N = None
G = {}
G["Syria"] = [
("P", "SANA: Terrorist groups positioned in the Idlib countryside fired several rocket shells at the town of Suqaylabiyah on Thursday evening, killing a woman and her daughter and injuring five other civilians, a police source said.",
 "2019-05-24", "wd:Thu", "=", "SH", N, "CIVSY", "Hama", "Al-Suqaylabiyah District", "Suqaylabiyah", 2, 2, 2, 5),
("C", "On 14 March 2021, ISIS cells ambushed a bus carrying Syrian army soldiers on the Palmyra-Deir ez-Zor road near Kabajib (Deir ez-Zor). 9 soldiers killed, 6 wounded.",
 "2021-03-17", "2021-03-14", "=", "AC", "ISSY", "MFSY", "Deir ez-Zor", N, "Kabajib", 9, 9, 9, 6),
("W", "AFRIN, Syria (Reuters) - A fuel tanker packed with explosives detonated amid shoppers in Afrin on Tuesday, killing at least 40 people, including 11 children, Turkey's defence ministry and local medics said. No group claimed the blast.",
 "2020-04-29", "wd:Tue", "=", "IED", "UAGSY", "CIVSY", "Aleppo", "Afrin District", "Afrin", 40, 40, 40, N),
("H", "Idlib: two children among 5 dead as government shells Ariha - SOHR | White Helmets: shells hit homes in Ariha",
 "2020-01-16", N, N, "SH", "MFSY", "CIVSY", "Idlib", "Ariha District", "Ariha", 5, 5, 5, N),
]
G["Iraq"] = [
("P", "Security Media Cell: Acting on intelligence, army aviation bombed caves sheltering Daesh remnants in the Hamrin mountains near Tuz Khurmatu on Saturday. Five terrorists were killed; our forces suffered no losses.",
 "2021-09-27", "wd:Sat", "=", "AIR", "MFI", "ISI", "Salah ad Din", N, "Hamrin mountains", 0, 0, 5, 0),
("C", "On 7 June 2020, unidentified gunmen attacked a village near Muqdadiyah (Diyala) at night, killing 3 farmers and wounding 2. IS suspected.",
 "2020-06-10", "2020-06-07", "=", "ATT", "UAGI", "CIVI", "Diyala", N, "Muqdadiyah", 3, 3, 3, 2),
("W", "BAGHDAD (AP) - Security forces fired live rounds and tear gas at anti-government protesters on the Sinak bridge in central Baghdad on Monday, killing at least four and wounding more than 100, medical and security officials said.",
 "2019-11-11", "wd:Mon", "=", "EF", "PROTI", "PFI", "Baghdad", "Al Rusafa", "Baghdad", 4, 4, 4, 100),
("H", "Two policemen killed, three hurt in IS attack on checkpoint near Baiji - Rudaw",
 "2020-02-16", N, N, "AC", "ISI", "PFI", "Salah ad Din", "Baiji District", "Baiji", 2, 2, 2, 3),
]
G["Yemen"] = [
("P", "Saba (Houthi-run): Aggression warplanes launched three raids on a fuel station in Al-Jubah district of Marib province on Sunday, martyring six citizens and wounding four.",
 "2020-10-13", "wd:Sun", "=", "AIR", "ORH", "CIVY", "Ma'rib", "Al Jubah", "Al-Jubah", 0, 0, 6, 4),
("C", "On 28 August 2019, a Houthi sniper shot dead a 12-year-old girl in Salh district, Taiz city (Taizz). Fatalities: 1.",
 "2019-09-01", "2019-08-28", "=", "ATT", "HOU", "CIVY", "Ta'izz", "Salh", "Taizz", 1, 1, 1, N),
("W", "MARIB, Yemen (Reuters) - Clashes west of Marib city on Saturday and Sunday left 65 Houthi and pro-government fighters dead, military sources said, as coalition jets pounded Houthi positions. The toll could not be independently confirmed.",
 "2021-02-22", "wd:Sat", "wd:Sun", "AC", "HOU", "MFY", "Ma'rib", "Marib", "Marib", 65, 65, 65, N),
("H", "Hodeidah: Houthi landmine kills three fishermen on way to sea in At-Tuhayta - Al-Masdar Online",
 "2021-07-19", N, N, "IED", "HOU", "CIVY", "Al Hudaydah", "At Tuhayat", "At-Tuhayta", 3, 3, 3, N),
]
G["Somalia"] = [
("P", "Somali National Army: Our forces, backed by local militia, repelled an al-Shabaab attack on the Bulo Burte base on Tuesday. Thirty militants were killed; three of our soldiers were martyred and five injured.",
 "2022-03-10", "wd:Tue", "=", "AC", "MFS", "SHB", "Hiiraan", "Bulo Burto", "Bulo Burte", 3, 3, 33, 5),
("C", "On 2 January 2020, Al Shabaab militants abducted 6 aid workers from a clinic in Wanla Weyn town (Lower Shabelle). No fatalities.",
 "2020-01-06", "2020-01-02", "=", "ABD", "SHB", "CIVS", "Lower Shabeelle", "Wanla Weyn", "Wanla Weyn", 0, 0, 0, N),
("W", "MOGADISHU (Reuters) - An attacker wearing a suicide vest detonated it in a crowded tea shop close to a police station in Hodan, a district of the Somali capital, on Wednesday evening, killing five people besides himself and wounding nine, police said. Al Shabaab claimed the attack.",
 "2021-11-25", "wd:Wed", "=", "SB", "SHB", N, "Banaadir", "Hodan", "Mogadishu", 6, 6, 6, 9),
("H", "Kismayo: grenade hurled into khat market wounds 7 | Garowe Online",
 "2019-12-30", N, N, "GR", "UAGS", "CIVS", "Lower Juba", "Kismaayo", "Kismayo", 0, 0, 0, 7),
]
G["Nigeria"] = [
("P", "Defence Headquarters: On Sunday ISWAP fighters who tried to overrun Damboa were routed by our troops; 17 of them were killed and two gun trucks captured. We regret that two soldiers died, while four others were evacuated with injuries.",
 "2021-11-17", "wd:Sun", "=", "AC", "MFN", "ISWAP", "Borno", "Damboa", "Damboa", 2, 2, 19, 4),
("C", "On 15 February 2021, armed bandits attacked Kurya village in Maradun LGA (Zamfara), killing 10 villagers; 4 bandits were killed by local vigilantes. Around 30 residents were abducted.",
 "2021-02-18", "2021-02-15", "=", "ATT", "UAGN", "CIVN", "Zamfara", "Maradun", "Kurya", 14, 14, 14, N),
("W", "KADUNA, Nigeria (AFP) - Attackers on motorcycles killed 23 people as they went from house to house in three villages of Kajuru overnight, Kaduna state's commissioner for internal security told reporters on Saturday.",
 "2020-05-16", "-1", "=", "ATT", "UAGN", "CIVN", "Kaduna", "Kajuru", "Kajuru", 23, 23, 23, N),
("H", "Borno: ISWAP fighters seize Marte town, soldiers retreat - HumAngle; Nigeria army says it will retake Marte (Premium Times)",
 "2021-04-20", N, N, "NSO", "ISWAP", "MFN", "Borno", "Marte", "Marte", N, N, N, N),
("H", "#EndSARS: Police teargas protesters at Lekki toll gate as demonstrations enter 7th day | Punch | 14 October 2020",
 "2020-10-15", N, N, "PI", "PROTN", "PFN", "Lagos", "Eti Osa", "Lekki", 0, 0, 0, N),
]
G["Mali"] = [
("P", "FAMa General Staff, communique: On 3 December 2021 a FAMa escort protecting a column of lorries came under attack near Mondoro. Our losses: six soldiers dead and nine wounded. Eighteen attackers were neutralised and their motorbikes destroyed.",
 "2021-12-05", "2021-12-03", "=", "AC", "MFM21", N, "Mopti", "Douentza Cercle", "Mondoro", 6, 6, 24, 9),
("C", "On 16 July 2022, suspected JNIM militants attacked the village of Kani in Bankass cercle (Mopti), killing 6 civilians and burning granaries. Several others missing.",
 "2022-07-19", "2022-07-16", "=", "ATT", "JNIM", "CIVM", "Mopti", "Bankass Cercle", "Kani", 6, 6, 6, N),
("W", "MENAKA, Mali (Reuters) - Islamic State fighters killed around 30 civilians in attacks on two nomad camps east of the town of Menaka on Monday and Tuesday, a local official and a member of a self-defence group said on Wednesday.",
 "2022-03-10", "wd:Mon", "wd:Tue", "ATT", "ISSAH", "CIVM", "Menaka", "Cercle de Menaka", "Menaka", 30, 30, 30, N),
("H", "Mali: Niono peace deal under strain as jihadists besiege Farabougou - RFI; Segou region: villagers say two men killed fetching water (Studio Tamani)",
 "2020-10-21", N, N, "ATT", N, "CIVM", "Segou", "Cercle de Niono", "Farabougou", 2, 2, 2, N),
]
G["Burkina Faso"] = [
("P", "Government of Burkina Faso, communique: On 8 March 2022 armed individuals attacked civilians at a water point near Seytenga, Seno province, killing thirteen people. Search operations are continuing.",
 "2022-03-10", "2022-03-08", "=", "ATT", N, "CIVB", "Sahel", "Province du Seno", "Seytenga", 13, 13, 13, N),
("C", "On 22 August 2020, VDP members and presumed JNIM militants clashed near Pissila (Sanmatenga, Centre-Nord). 5 VDP and around 10 militants killed.",
 "2020-08-25", "2020-08-22", "=", "AC", "VDP", N, "Centre-Nord", "Province du Sanmatenga", "Pissila", 15, 15, 15, N),
("W", "DORI, Burkina Faso (AFP) - Gunmen killed 11 gold miners at an artisanal mine near Gorom-Gorom in Oudalan province on Thursday, a regional official said on Friday. Several miners were still unaccounted for.",
 "2022-01-14", "wd:Thu", "=", "ATT", N, "CIVB", "Sahel", "Oudalan", "Gorom-Gorom", 11, 11, 11, N),
]
G["Democratic Republic of the Congo"] = [
("P", "FARDC, Operation Sokola 1: On Friday our forces stormed an ADF camp near Kainama in Beni territory, neutralising eleven rebels and freeing six captives. We lost one soldier.",
 "2021-01-25", "wd:Fri", "=", "GRT", "FARDC", "ADF", "Nord Kivu", "Beni", "Kainama", 1, 1, 12, N),
("C", "On 17 March 2022, CODECO militiamen ambushed three traders on the Bunia-Mahagi road near Lopa (Djugu, Ituri), killing 2; the third was taken away.",
 "2022-03-21", "2022-03-17", "=", "ATT", "CODECO", "CIVC", "Ituri", "Djugu", "Lopa", 2, 2, 2, N),
("W", "BENI, Congo (Reuters) - Suspected ADF rebels hacked to death between 9 and 13 villagers overnight in Oicha, local civil society said on Thursday, while the army put the toll at seven. The attackers also torched a health centre.",
 "2020-08-13", "-1", "=", "ATT", "ADF", "CIVC", "Nord Kivu", "Oicha", "Oicha", 7, 7, 13, N),
("H", "RDC: des miliciens incendient 40 maisons a Mambasa, pas de victimes - Radio Okapi (12 juin 2021)",
 "2021-06-13", N, N, "LOOT", N, "CIVC", "Ituri", "Mambasa", "Mambasa", 0, 0, 0, 0),
]
G["Myanmar"] = [
("P", "National Unity Government, Ministry of Defence: PDF units ambushed a junta convoy near Gangaw, Magway Region, on 21 October 2021, killing fourteen soldiers. We lost two comrades and one was wounded.",
 "2021-10-23", "2021-10-21", "=", "AC", "PDF", "MFMM", "Magway", "Gangaw District", "Gangaw", 2, 2, 16, 1),
("C", "On 5 May 2022, PDF fighters shot dead 3 men they suspected of informing for the military in a village of Pale township (Sagaing).",
 "2022-05-09", "2022-05-05", "=", "ATT", "PDF", "CIVMM", "Sagain", "Yinmabin", "Pale", 3, 3, 3, N),
("W", "YANGON (Reuters) - Soldiers and police shot dead at least 22 anti-coup demonstrators in Yangon's Hlaing Tharyar township on Sunday, a rights group said, after Chinese-owned factories there were set ablaze.",
 "2021-03-15", "wd:Sun", "=", "EF", "PROTMM", "MFMM", "Yangon", N, "Hlaing Tharyar", 22, 22, 22, N),
("H", "Arakan Army, Tatmadaw clash near Mrauk-U; 3 civilians hit by shelling die - The Irrawaddy / Rakhine: villagers flee fighting (RFA)",
 "2020-01-27", N, N, "SH", N, "CIVMM", "Rakhine", "Mrauk-U", "Mrauk-U", 3, 3, 3, N),
]
G["Ethiopia"] = [
("P", "Ethiopian National Defense Force: Units of the army foiled an infiltration attempt by TPLF forces on the Alamata front on Wednesday, killing more than 50 of the junta's fighters and capturing 27. The army did not report its own losses.",
 "2021-10-29", "wd:Wed", "=", "AC", "ENDF", "TPLF", "Tigray", "Southern Tigray Zone", "Alamata", 0, 0, 50, N),
("C", "On 18 August 2021, OLA militants raided Gida Kiremu area (East Wellega, Oromia) and killed 30 Amhara civilians, according to residents. Government officials put the toll at 18. Fatalities coded as 18.",
 "2021-08-22", "2021-08-18", "=", "ATT", "OLA", "CIVE", "Oromiya", "East Wellega Zone", "Gida Kiremu", 18, 18, 30, N),
("W", "ADDIS ABABA (AFP) - An air strike on a market in the town of Togoga in Tigray killed at least 51 people and wounded dozens on Tuesday, health workers said. The military said it had targeted rebel fighters, not civilians.",
 "2021-06-25", "wd:Tue", "=", "AIR", "ENDF", "CIVE", "Tigray", "Central Tigray Zone", "Togoga", 51, 51, 51, N),
]
G["Mozambique"] = [
("P", "Mozambique Ministry of National Defence: The Defence and Security Forces repelled an insurgent attack on the Nangade district headquarters on Tuesday, killing eight insurgents. Two members of the FDS lost their lives.",
 "2021-04-16", "wd:Tue", "=", "AC", "MFMZ", N, "Cabo Delgado", "Nangade", "Nangade", 2, 2, 10, N),
("C", "On 9 April 2020, insurgents attacked Xitaxi village (Muidumbe, Cabo Delgado) and killed 52 young men who refused to join them, according to police. Fatalities coded as 52.",
 "2020-04-23", "2020-04-09", "=", "ATT", N, "CIVMZ", "Cabo Delgado", "Muidumbe", "Xitaxi", 52, 52, 52, N),
("W", "PEMBA, Mozambique (Reuters) - Islamist militants beheaded a village chief and kidnapped three women in the Meluco district on Friday, two residents told Reuters. There was no comment from the police.",
 "2021-12-12", "wd:Fri", "=", "ATT", "ISMZ", "CIVMZ", "Cabo Delgado", "Meluco", "Meluco", 1, 1, 1, N),
]
G["Pakistan"] = [
("P", "ISPR: On 7 February 2022 terrorists fired from within Afghanistan on a Pakistani military post in Kurram district. Five soldiers were martyred while responding. Own troops retaliated befittingly and the terrorists suffered heavy losses.",
 "2022-02-08", "2022-02-07", "=", "AC", "MFP", N, "Khyber Pakhtunkhwa", "Kurram District", "Kurram", 5, 5, 5, N),
("C", "On 26 April 2022, a female suicide bomber of the BLA blew herself up next to a van carrying Chinese teachers at Karachi University (Sindh), killing 3 Chinese nationals and their Pakistani driver and wounding 4.",
 "2022-04-28", "2022-04-26", "=", "SB", "BLA", "CIVP", "Sindh", N, "Karachi", 5, 4, 5, 4),
("W", "QUETTA, Pakistan (AP) - Gunmen stormed a coal mine near Mach in Balochistan's Bolan district before dawn on Sunday, rounding up 11 Hazara miners and shooting them dead, officials said. Islamic State later said its fighters did it.",
 "2021-01-04", "wd:Sun", "=", "ATT", "ISP", "CIVP", "Balochistan", "Kachhi District", "Mach", 11, 11, 11, N),
("H", "North Waziristan: Two soldiers martyred, 3 terrorists killed in Mir Ali IBO - Dawn",
 "2021-03-22", N, N, "AC", "MFP", N, "Khyber Pakhtunkhwa", "North Waziristan District", "Mir Ali", 5, 5, 5, N),
]
G["Niger"] = [
("P", "Niger Ministry of Defence: Our defence and security forces were attacked on Monday at Tera by heavily armed terrorists on motorbikes. Our toll is 5 dead and 8 wounded. Around forty assailants were neutralised.",
 "2022-06-30", "wd:Mon", "=", "AC", "MFNE", N, "Tillaberi", "Tera Department", "Tera", 5, 5, 45, 8),
("H", "Niger: Boko Haram kills 9 in raid on Toumour village near Bosso - ActuNiger",
 "2020-12-14", N, N, "ATT", "BH", "CIVNE", "Diffa", "Bosso", "Toumour", 9, 9, 9, N),
]
G["Cameroon"] = [
("P", "Cameroon Ministry of Defence: On Thursday elite forces of the army launched an operation against secessionist terrorists in Ndop, Ngo-Ketunjia division. Seven terrorists were neutralised and weapons seized; no losses on our side.",
 "2021-05-22", "wd:Thu", "=", "AC", "MFCM", "AMB", "North-West", "Ngo-Ketunjia", "Ndop", 0, 0, 7, 0),
("W", "BUEA, Cameroon (AFP) - Separatist fighters kidnapped a local chief and four council workers in Muyuka in Cameroon's Southwest region on Friday and demanded a ransom, local officials said.",
 "2020-09-07", "wd:Fri", "=", "ABD", "AMB", "CIVCM", "South-West", "Fako Division", "Muyuka", 0, 0, 0, N),
]
G["Sudan"] = [
("W", "KHARTOUM (Reuters) - Tens of thousands of Sudanese marched in Khartoum and Omdurman on Thursday to demand a civilian government, the latest protest against last month's military takeover. Security forces fired tear gas near the presidential palace; medics reported no deaths.",
 "2021-11-26", "wd:Thu", "=", "PI", "PROTSD", N, "Khartoum", "Khartoum", "Khartoum", 0, 0, 0, N),
("H", "Sudan: 3 protesters shot dead in Khartoum North march against coup, doctors' committee says - Sudan Tribune",
 "2022-01-18", N, N, "EF", "PROTSD", N, "Khartoum", "Khartoum North", "Khartoum North", 3, 3, 3, N),
]
G["Libya"] = [
("C", "On 22 May 2020, shelling by unidentified forces hit a residential area of the Salah al-Din district, Tripoli, killing 2 civilians and wounding 4.",
 "2020-05-25", "2020-05-22", "=", "SH", N, "CIVLY", "Tripoli", N, "Tripoli", 2, 2, 2, 4),
]
G["Philippines"] = [
("P", "AFP Eastern Mindanao Command: Soldiers of the 36IB encountered an NPA band in the hinterlands of Lianga, Surigao del Sur on Wednesday. After a 30-minute firefight three rebels lay dead and high-powered firearms were recovered. One soldier was wounded.",
 "2020-07-10", "wd:Wed", "=", "AC", "MFPH", "NPA", "Caraga", "Province of Surigao del Sur", "Lianga", 0, 0, 3, 1),
]
G["Colombia"] = [
("H", "Arauca: ELN explosivo en Saravena deja un soldado muerto y 3 heridos - El Tiempo / ELN claims Saravena attack",
 "2022-01-21", N, N, "IED", "ELN", "MFCO", "Departamento de Arauca", "Saravena", "Saravena", 1, 1, 1, 3),
]

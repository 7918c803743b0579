"""Helper for writing gold cases by hand (no extractor code consulted), shared by dev2-dev7.
Grew from build/dev2/common.py: dev3 added actors for its countries; dev4-dev6 used it unchanged; dev7 added actors (new keys only).

A case is a tuple:
 (style, text, ref, ds, de, et, a1, a2, adm1, adm2, loc, best, low, high, inj[, country])
ds/de: ISO date, None, or relative: "wd:Tue" (latest such weekday on/before ref),
       "-1" (ref minus one day), "0" (ref). de "=" means same as ds.
"""
import datetime

ET = {
 "AC": ("Battles", "Armed clash"),
 "GRT": ("Battles", "Government regains territory"),
 "NSO": ("Battles", "Non-state actor overtakes territory"),
 "AIR": ("Explosions/Remote violence", "Air/drone strike"),
 "SB": ("Explosions/Remote violence", "Suicide bomb"),
 "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
 "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
 "GR": ("Explosions/Remote violence", "Grenade"),
 "ATT": ("Violence against civilians", "Attack"),
 "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
 "PP": ("Protests", "Peaceful protest"),
 "PI": ("Protests", "Protest with intervention"),
 "EF": ("Protests", "Excessive force against protesters"),
 "VD": ("Riots", "Violent demonstration"),
 "ARR": ("Strategic developments", "Arrests"),
 "LOOT": ("Strategic developments", "Looting/property destruction"),
 "DWU": ("Strategic developments", "Disrupted weapons use"),
 "NVT": ("Strategic developments", "Non-violent transfer of territory"),
}

A = {
 "MFA": "Military Forces of Afghanistan (2014-2021)",
 "PFA": "Police Forces of Afghanistan (2014-2021)",
 "TAL": "Taliban",
 "ISK": "Islamic State (Afghanistan)",
 "CIV": "Civilians (Afghanistan)",
 "UAG": "Unidentified Armed Group (Afghanistan)",
 "USF": "Military Forces of the United States (2017-2021)",
 "MFA21": "Military Forces of Afghanistan (2021-)",
 "NRF": "NRF: National Resistance Front",
 "PROT": "Protesters (Afghanistan)",
 "MFP": "Military Forces of Pakistan (2018-2022)",
 "MFN": "Military Forces of Nigeria (2015-2023)",
 "PFN": "Police Forces of Nigeria (2015-2023)",
 "BH": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
 "ISWAP": "Islamic State West Africa Province",
 "CIVN": "Civilians (Nigeria)",
 "UAGN": "Unidentified Armed Group (Nigeria)",
 "FUL": "Fulani Ethnic Militia (Nigeria)",
 "SHB": "Al Shabaab",
 "MFS": "Military Forces of Somalia (2017-2022)",
 "CIVS": "Civilians (Somalia)",
 "UAGS": "Unidentified Armed Group (Somalia)",
 "USF2": "Military Forces of the United States (2017-2021)",
 "JNIM": "JNIM: Group for Support of Islam and Muslims",
 "MFM21": "Military Forces of Mali (2021-)",
 "CIVM": "Civilians (Mali)",
 "MIN": "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)",
 "MFB": "Military Forces of Burkina Faso (2015-2022)",
 "CIVB": "Civilians (Burkina Faso)",
 "VDP": "VDP: Volunteers for the Defense of the Homeland",
 "MFSY": "Military Forces of Syria (2000-2024)",
 "HTS": "Hayat Tahrir al Sham",
 "ISSY": "Islamic State (Syria)",
 "SDF": "SDF: Syrian Democratic Forces",
 "TUR": "Military Forces of Turkey (2016-)",
 "RUS": "Military Forces of Russia (2000-)",
 "CIVSY": "Civilians (Syria)",
 "UAGSY": "Unidentified Armed Group (Syria)",
 "MFI": "Military Forces of Iraq (2014-)",
 "PFI": "Police Forces of Iraq (2014-)",
 "ISI": "Islamic State (Iraq)",
 "CIVI": "Civilians (Iraq)",
 "UAGI": "Unidentified Armed Group (Iraq)",
 "PROTI": "Protesters (Iraq)",
 "HOU": "Military Forces of Yemen (2016-) Supreme Political Council",
 "MFY": "Military Forces of Yemen (2012-)",
 "ORH": "Operation Restoring Hope",
 "CIVY": "Civilians (Yemen)",
 "UAGY": "Unidentified Armed Group (Yemen)",
 "ADF": "ADF: Allied Democratic Forces",
 "FARDC": "Military Forces of the Democratic Republic of Congo (2019-)",
 "CODECO": "CODECO: Cooperative for Development of Congo",
 "CIVC": "Civilians (Democratic Republic of Congo)",
 "M23": "M23: March 23 Movement",
 "MFMZ": "Military Forces of Mozambique (1975-)",
 "RWA": "Military Forces of Rwanda (2000-)",
 "CIVMZ": "Civilians (Mozambique)",
 "MFMM": "Military Forces of Myanmar (2021-)",
 "MFMM16": "Military Forces of Myanmar (2016-2021)",
 "PDF": "PDF: People's Defense Force",
 "AA": "AA: Arakan Army",
 "CIVMM": "Civilians (Myanmar)",
 "PROTMM": "Protesters (Myanmar)",
 "ENDF": "Military Forces of Ethiopia (2018-)",
 "TPLF": "TPLF: Tigray People's Liberation Front",
 "OLA": "OLA: Oromo Liberation Army",
 "CIVE": "Civilians (Ethiopia)",
 "BLA": "BLA: Balochistan Liberation Army",
 "ISP": "Islamic State (Pakistan)",
 "CIVP": "Civilians (Pakistan)",
 "UAGP": "Unidentified Armed Group (Pakistan)",
 "RUS": "Military Forces of Russia (2000-)",
 "UAF": "Military Forces of Ukraine (2019-)",
 "DPR": "DPR: Donetsk People's Republic",
 "CIVUA": "Civilians (Ukraine)",
 "ELN": "ELN: National Liberation Army",
 "PFCO": "Police Forces of Colombia (2018-2022)",
 "CIVCO": "Civilians (Colombia)",
 "CJNG": "CJNG: Jalisco New Generation Cartel",
 "PFMX": "Police Forces of Mexico (2018-2024)",
 "RIOT": "Rioters (Afghanistan)",
 "AMISOM": "AMISOM: African Union Mission in Somalia (2007-2022)",
 "ISSAH": "Islamic State (Sahel)",
 "MFNE": "Military Forces of Niger (2021-2023)",
 "CIVNE": "Civilians (Niger)",
 "PROTN": "Protesters (Nigeria)",
 "ISMZ": "Islamic State (Mozambique)",
 "TTP": "TTP: Tehreek-i-Taliban Pakistan",
 "PFP": "Police Forces of Pakistan (2018-2022)",
 "MFCM": "Military Forces of Cameroon (1982-)",
 "AMB": "Ambazonian Separatists",
 "CIVCM": "Civilians (Cameroon)",
 "PROTSD": "Protesters (Sudan)",
 "CIVSD": "Civilians (Sudan)",
 "CIVLY": "Civilians (Libya)",
 "MFPH": "Military Forces of the Philippines (2016-2022)",
 "NPA": "NPA: New People's Army",
 "CIVPH": "Civilians (Philippines)",
 "MFCO": "Military Forces of Colombia (2018-2022)",
 # added for dev7 (new keys only; earlier sets unchanged)
 "MFCAR": "Military Forces of the Central African Republic (2016-)",
 "3R": "3R: Return, Reclamation, Rehabilitation",
 "UPC": "UPC: Union for Peace in the Central African Republic",
 "CPC": "CPC: Coalition of Patriots for Change",
 "CIVCAR": "Civilians (Central African Republic)",
 "MFTD": "Military Forces of Chad (2021-)",
 "CIVKE": "Civilians (Kenya)",
 "PFKE": "Police Forces of Kenya (2013-2022)",
 "MFSS": "Military Forces of South Sudan (2011-)",
 "NAS": "NAS: National Salvation Front",
 "CIVSS": "Civilians (South Sudan)",
 "MFIN": "Military Forces of India (2014-)",
 "PFIN": "Police Forces of India (2014-)",
 "CPIM": "CPI (Maoist): Communist Party of India (Maoist)",
 "UAGMX": "Unidentified Armed Group (Mexico)",
 "CIVMX": "Civilians (Mexico)",
 "BIFF": "BIFF: Bangsamoro Islamic Freedom Fighters",
 "RSF": "RSF: Rapid Support Forces",
 "KNDF": "KNDF: Karenni Nationalities Defense Force",
}

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
STYLE = {"C": "coder-note", "H": "headline", "W": "wire-lead", "P": "press-release"}


def resolve(d, ref):
    if d is None:
        return None
    r = datetime.date.fromisoformat(ref)
    if d.startswith("wd:"):
        x = r
        while x.weekday() != WD[d[3:]]:
            x -= datetime.timedelta(days=1)
        return x.isoformat()
    if d.lstrip("-").isdigit():
        return (r + datetime.timedelta(days=int(d))).isoformat()
    datetime.date.fromisoformat(d)
    return d


def build(prefix, rows):
    out = []
    for i, row in enumerate(rows):
        (style, text, ref, ds, de, et, a1, a2, adm1, adm2, loc, best, low, high, inj, country) = row
        style = STYLE[style]
        s = resolve(ds, ref)
        e = s if de == "=" else resolve(de, ref)
        if s or e:
            assert s and e and s <= e <= ref, (text[:60], s, e, ref)
        etype, sub = ET[et] if et else (None, None)
        if best is not None:
            assert (low is None or low <= best) and (high is None or best <= high), text[:60]
        else:
            assert low is None, text[:60]
        g = {"date_start": s, "date_end": e, "event_type": etype, "sub_event_type": sub,
             "actor1": A[a1] if a1 else None, "actor2": A[a2] if a2 else None,
             "country": country, "admin1": adm1, "admin2": adm2, "location": loc,
             "fatalities_best": best, "fatalities_low": low, "fatalities_high": high,
             "injuries": inj}
        out.append({"id": "%s-%04d" % (prefix, i + 1), "style": style, "country": country,
                    "text": text, "reference_date": ref, "reference_date_kind": "published",
                    "gold": g})
    return out

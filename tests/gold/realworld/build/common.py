"""Helper for writing gold cases by hand (no extractor code consulted).

A case is written as a tuple:
 (style, text, ref, ds, de, et, a1, a2, adm1, adm2, loc, best, low, high, inj)
ds/de: ISO date, None, or relative: "wd:Tue" (latest such weekday on/before ref),
       "-1" (ref minus one day), "0" (ref), "wdp:Tue" (strictly before ref).
de "=" means same as ds.
"""
import datetime, json

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
 "SEX": ("Violence against civilians", "Sexual violence"),
 "PP": ("Protests", "Peaceful protest"),
 "PI": ("Protests", "Protest with intervention"),
 "EF": ("Protests", "Excessive force against protesters"),
 "VD": ("Riots", "Violent demonstration"),
 "MOB": ("Riots", "Mob violence"),
 "ARR": ("Strategic developments", "Arrests"),
 "LOOT": ("Strategic developments", "Looting/property destruction"),
 "DWU": ("Strategic developments", "Disrupted weapons use"),
 "AGR": ("Strategic developments", "Agreement"),
 "NVT": ("Strategic developments", "Non-violent transfer of territory"),
 "OTH": ("Strategic developments", "Other"),
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
 "PFA21": "Police Forces of Afghanistan (2021-)",
 "NRF": "NRF: National Resistance Front",
 "PROT": "Protesters (Afghanistan)",
 # Nigeria
 "MFN": "Military Forces of Nigeria (2015-2023)",
 "PFN": "Police Forces of Nigeria (2015-2023)",
 "BH": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
 "ISWAP": "Islamic State West Africa Province",
 "CIVN": "Civilians (Nigeria)",
 "UAGN": "Unidentified Armed Group (Nigeria)",
 "CJTF": "CJTF: Civilian Joint Task Force",
 "FUL": "Fulani Ethnic Militia (Nigeria)",
 # Somalia
 "SHB": "Al Shabaab",
 "MFS": "Military Forces of Somalia (2017-2022)",
 "PFS": "Police Forces of Somalia (2017-2022)",
 "CIVS": "Civilians (Somalia)",
 "AMI": "AMISOM: African Union Mission in Somalia (2007-2022)",
 "USF2": "Military Forces of the United States (2017-2021)",
 "USF3": "Military Forces of the United States (2021-)",
 # Mali / Burkina / Niger
 "JNIM": "JNIM: Group for Support of Islam and Muslims",
 "ISGS": "Islamic State (Greater Sahara)",
 "MFM": "Military Forces of Mali (2013-2020)",
 "MFM21": "Military Forces of Mali (2021-)",
 "CIVM": "Civilians (Mali)",
 "DNA": "Dan Na Ambassagou",
 "MFB": "Military Forces of Burkina Faso (2015-2022)",
 "CIVB": "Civilians (Burkina Faso)",
 "VDP": "VDP: Volunteers for the Defense of the Homeland",
 "MFNE": "Military Forces of Niger (2021-2023)",
 "CIVNE": "Civilians (Niger)",
 # Syria / Iraq
 "MFSY": "Military Forces of Syria (2000-2024)",
 "HTS": "Hayat Tahrir al Sham",
 "ISSY": "Islamic State (Syria)",
 "SDF": "SDF: Syrian Democratic Forces",
 "RUS": "Military Forces of Russia (2000-)",
 "TUR": "Military Forces of Turkey (2016-)",
 "CIVSY": "Civilians (Syria)",
 "MFI": "Military Forces of Iraq (2014-)",
 "ISI": "Islamic State (Iraq)",
 "PMF": "PMF: Popular Mobilization Forces",
 "CIVI": "Civilians (Iraq)",
 "UAGI": "Unidentified Armed Group (Iraq)",
 # Yemen
 "HOU": "Military Forces of Yemen (2016-) Supreme Political Council",
 "MFY": "Military Forces of Yemen (2012-)",
 "ORH": "Operation Restoring Hope",
 "AQAP": "AQAP: Al Qaeda in the Arabian Peninsula",
 "CIVY": "Civilians (Yemen)",
 "STC": "STC: Southern Transitional Council",
 # Pakistan
 "TTP": "TTP: Tehreek-i-Taliban Pakistan",
 "MFP": "Military Forces of Pakistan (2018-2022)",
 "PFP": "Police Forces of Pakistan (2018-2022)",
 "BLA": "BLA: Balochistan Liberation Army",
 "CIVP": "Civilians (Pakistan)",
 "UAGP": "Unidentified Armed Group (Pakistan)",
 # DR Congo
 "ADF": "ADF: Allied Democratic Forces",
 "FARDC": "Military Forces of the Democratic Republic of Congo (2019-)",
 "CODECO": "CODECO: Cooperative for Development of Congo",
 "CIVC": "Civilians (Democratic Republic of Congo)",
 "M23": "M23: March 23 Movement",
 # Mozambique
 "ASWJ": "Ahlu Sunnah Wa-Jamo",
 "ISM": "Islamic State (Mozambique)",
 "MFMZ": "Military Forces of Mozambique (1975-)",
 "RWA": "Military Forces of Rwanda (2000-)",
 "CIVMZ": "Civilians (Mozambique)",
 # Myanmar
 "MFMM": "Military Forces of Myanmar (2021-)",
 "PDF": "PDF: People's Defense Force",
 "KIA": "KIA: Kachin Independence Army",
 "AA": "AA: Arakan Army",
 "CIVMM": "Civilians (Myanmar)",
 "PROTMM": "Protesters (Myanmar)",
 "MFMM16": "Military Forces of Myanmar (2016-2021)",
 # Ethiopia
 "TPLF": "TPLF: Tigray People's Liberation Front",
 "ENDF": "Military Forces of Ethiopia (2018-)",
 "OLA": "OLA: Oromo Liberation Army",
 "CIVE": "Civilians (Ethiopia)",
 "FANO": "Fano Militia",
 "ERI": "Military Forces of Eritrea (1993-)",
 # Cameroon
 "AMB": "Ambazonian Separatists",
 "MFC": "Military Forces of Cameroon (1982-)",
 "CIVCM": "Civilians (Cameroon)",
 "PFCM": "Police Forces of Cameroon (1982-)",
 "FRA": "Military Forces of France (2017-2022)",
 "PFI": "Police Forces of Iraq (2014-)",
 "PROTI": "Protesters (Iraq)",
 "PFMM16": "Police Forces of Myanmar (2016-2021)",
 "MFNE11": "Military Forces of Niger (2011-2021)",
 "UAGS": "Unidentified Armed Group (Somalia)",
 "UAGSY": "Unidentified Armed Group (Syria)",
 "MIN": "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)",
}

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def resolve(d, ref):
    if d is None:
        return None
    r = datetime.date.fromisoformat(ref)
    if d.startswith("wd:") or d.startswith("wdp:"):
        k, w = d.split(":")
        x = r if k == "wd" else r - datetime.timedelta(days=1)
        while x.weekday() != WD[w]:
            x -= datetime.timedelta(days=1)
        return x.isoformat()
    if d.lstrip("-").isdigit():
        return (r + datetime.timedelta(days=int(d))).isoformat()
    datetime.date.fromisoformat(d)
    return d


def build(prefix, rows, country_default="Afghanistan", start=1):
    out = []
    for i, row in enumerate(rows):
        if len(row) == 16:
            country = row[15]
            row = row[:15]
        else:
            country = country_default
        (style, text, ref, ds, de, et, a1, a2, adm1, adm2, loc, best, low, high, inj) = row
        style = {"C": "coder-note", "H": "headline", "W": "wire-lead", "P": "press-release"}.get(style, style)
        assert style in ("coder-note", "headline", "wire-lead", "press-release"), style
        s = resolve(ds, ref)
        e = s if de == "=" else resolve(de, ref)
        if s and e:
            assert s <= e <= ref, (text, s, e, ref)
        etype, sub = ET[et] if et else (None, None)
        if best is not None:
            assert (low is None or low <= best) and (high is None or best <= high), text
        g = {"date_start": s, "date_end": e, "event_type": etype, "sub_event_type": sub,
             "actor1": A.get(a1, a1) if a1 else None, "actor2": A.get(a2, a2) if a2 else None,
             "country": country, "admin1": adm1, "admin2": adm2, "location": loc,
             "fatalities_best": best, "fatalities_low": low, "fatalities_high": high,
             "injuries": inj}
        for k in ("actor1", "actor2"):
            v = g[k]
            if v and v not in A.values():
                raise SystemExit("unknown actor %r in %s" % (v, text[:60]))
        out.append({"id": "%s-%04d" % (prefix, start + i), "style": style, "country": country,
                    "text": text, "reference_date": ref, "reference_date_kind": "published",
                    "gold": g})
    return out

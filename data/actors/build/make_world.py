#!/usr/bin/env python3
"""Write data/actors/world.tsv: state forces and armed groups that ACLED and UCDP code in
2019-2022 outside Afghanistan, in the format of actors.tsv (see ../README.md).

    python3 data/actors/build/make_world.py

States are listed once (states.tsv beside this script: ACLED country name, demonym, ISO code,
ACLED period of the forces); their government, military and police rows and the spellings
the press uses ("Nigerian troops", "Malian army") are generated from it. Armed groups are
hand-written in groups.tsv. The output is deterministic.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "world.tsv")


def rows_of(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def existing_stems():
    """ACLED names of actors.tsv without their period ("Government of Pakistan") -> id: not generated twice."""
    stems = {}
    with open(os.path.join(os.path.dirname(HERE), "actors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if c[2]:
                stems.setdefault(c[2].split(" (")[0], c[0])
    return stems


def existing_aliases():
    names = set()
    with open(os.path.join(os.path.dirname(HERE), "actors.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            for a in c[6].split("|") + (c[7].split("|") if len(c) > 7 else []):
                if a:
                    names.add(a.lstrip("^").lower())
    return names


def existing_ids():
    with open(os.path.join(os.path.dirname(HERE), "actors.tsv"), encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}


def main():
    out = []
    stems = existing_stems()
    for row in rows_of("states.tsv"):
        country, demonym, code, military_period, police_period, gov_period, air = row[:7]
        inter = row[7] if len(row) > 7 and row[7] else "1"
        c = code.lower()
        the = "the " if country.startswith(("Democratic Republic", "United", "Central African", "Philippines")) else ""
        dem = [d for d in demonym.split("|") if d]
        gov_acled = f"Government of {the}{country} ({gov_period})"
        mil_acled = f"Military Forces of {the}{country} ({military_period})"
        pol_acled = f"Police Forces of {the}{country} ({police_period})"
        gov_alias = [f"Government of {the}{country}", f"government of {the}{country}", f"Government of {country}"]
        mil_alias = [f"Military Forces of {the}{country}", f"Military Forces of {country}"]
        pol_alias = [f"Police Forces of {the}{country}", f"Police Forces of {country}"]
        for d in dem:
            gov_alias += [f"{d} government", f"{d} Government", f"{d} authorities", f"{d} officials"]
            mil_alias += [f"{d} {w}" for w in ("troops", "soldiers", "soldier", "army", "Army", "military", "forces",
                                               "security forces", "armed forces", "Armed Forces", "air force",
                                               "Air Force", "warplanes", "jets", "aircraft", "drone", "drones",
                                               "special forces", "commandos", "government forces", "army troops")]
            pol_alias += [f"{d} {w}" for w in ("police", "Police", "policemen", "police officers", "police forces")]
        mil_alias += [a for a in air.split("|") if a]
        gov = stems.get(f"Government of {the}{country}", f"gov_{c}")
        mil = stems.get(f"Military Forces of {the}{country}", f"military_{c}")
        if gov == f"gov_{c}":
            out.append([gov, f"Government of {the}{country}", gov_acled, inter, country, "", "|".join(gov_alias), "", mil])
        if mil == f"military_{c}":
            out.append([mil, f"Military Forces of {the}{country}", mil_acled, inter, country, gov, "|".join(mil_alias), "", ""])
        if f"Police Forces of {the}{country}" not in stems:
            out.append([f"police_{c}", f"Police Forces of {the}{country}", pol_acled, "1", country, gov, "|".join(pol_alias), "", ""])
        civ = [f"{d} civilians" for d in dem] + [f"{d} villagers" for d in dem]
        out.append([f"civilians_{c}", "Civilians", f"Civilians ({country})", "7", country, "", "|".join(civ), "", ""])
    for r in rows_of("groups.tsv"):
        r += [""] * (9 - len(r))
        out.append(r[:9])
    # an alias actors.tsv already gives another actor stays that actor's ("Turkish soldiers" in
    # Afghanistan served with NATO): one spelling, one actor
    taken = existing_aliases()
    for r in out:
        r[6] = "|".join(a for a in r[6].split("|") if a.lstrip("^").lower() not in taken)
    ids = [r[0] for r in out]
    assert len(ids) == len(set(ids)), "duplicate actor ids"
    known = set(ids) | existing_ids()
    for r in out:
        assert not r[5] or r[5] in known, f"{r[0]}: unknown parent {r[5]}"
    # one spelling, one actor: ids, ACLED names and aliases are looked up case-insensitively
    # (ActorDictionary.Resolve); display names may repeat ("Civilians") but must not hide an alias
    owner, names = {}, {}
    for r in out:
        for a in {r[0], r[2], *r[6].split("|")}:
            key = a.lstrip("^").lower()
            if key:
                other = owner.setdefault(key, r[0])
                assert other == r[0], f"{a!r} of {r[0]} is already {other}'s"
        names.setdefault(r[1].lower(), r[0])
    for r in out:
        for a in r[6].split("|"):
            other = names.get(a.lstrip("^").lower())
            assert other in (None, r[0]), f"alias {a!r} of {r[0]} is the name of {other}"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sitrep actors outside Afghanistan, generated by data/actors/build/make_world.py from states.tsv and groups.tsv.\n")
        f.write("# id\tname\tacled_name\tinter\tcountry\tparent\taliases\tgeneric\tarmed_wing\n")
        for r in out:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()

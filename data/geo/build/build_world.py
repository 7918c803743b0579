#!/usr/bin/env python3
"""Build data/geo/world/places.tsv: the administrative units and towns of every country but
Afghanistan, from GeoNames (CC BY 4.0), for Sitrep's gazetteer.

    python3 data/geo/build/build_world.py [path/to/shared/data/world]

Inputs (read at build time only; Sitrep never reads them at run time): admin1CodesASCII.txt,
admin2Codes.txt and cities15000.zip. Output: the places.tsv format of data/geo/README.md, kept
compact: a unit's or town's admin1/admin2 *names*, and a unit's own id in its admin column, are
left blank and filled in by the loader (Sitrep.Geo.PlaceRows), and coordinates carry 2 decimals (about 1 km; the tool package has a size cap).

Rows:
  * admin1 units: id "CC.a1" (GeoNames code), kind Province;
  * admin2 units: id "CC.a1.a2", kind District;
  * towns of 15,000+ people and seats of government: id "GN:n", kind PopulatedPlace. Towns that
    data/geo/places.tsv already has (world cities, towns of the neighbours) are written too, with
    their admin codes only: the loader merges them into the earlier row.
A unit's point is its seat (the PPLA/PPLA2 town with the same codes), else the population-weighted
mean of its towns (source "...:mean"), else blank. Aliases: the UTF-8 name when it differs from the
ASCII one, and the name without its generic words ("Province du Soum" -> "Soum", "Bankass Cercle"
-> "Bankass", "Central Tigray Zone" -> "Central Tigray"; the list is build/world_unit_words.tsv), and the
press's variants of build/world_spelling_variants.tsv ("Al-Muqdadiya" -> "Muqdadiya", "Afgooye" -> "Afgoye").
Beside it: admin1_names.txt and place_names.txt, the folded names whose mention makes the annotator
load the world file (see data/geo/world/README.md).
The output is deterministic (rows sorted by id within each kind).
"""
import csv
import io
import os
import sys
import unicodedata
import zipfile

from build_gazetteer import load_stoplist  # one reading of the shared stop list

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.dirname(HERE)
DEFAULT_SRC = os.path.normpath(os.path.join(GEO, "..", "..", "..", "shared", "data", "world"))
OUT = os.path.join(GEO, "world", "places.tsv")
SKIP_COUNTRIES = {"AF"}  # Afghanistan has its own, finer gazetteer (places.tsv)
MAX_TOWN_ALIASES = 2


def clean(s):
    return " ".join((s or "").replace("\t", " ").replace("|", " ").split())


def is_latin(s):
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF or c in "\u2019\u02bc\u02bb" for c in s)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c.isalnum())


def coord(x):
    return f"{x:.2f}"


def load_words():
    prefixes, suffixes = [], []
    with open(os.path.join(HERE, "world_unit_words.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            where, words = line.rstrip("\n").split("\t")
            (prefixes if where == "prefix" else suffixes).append(words)
    # longest first, so "Province de la " is tried before "Province de "
    return sorted(prefixes, key=len, reverse=True), sorted(suffixes, key=len, reverse=True)


def existing_ids():
    ids = set()
    with open(os.path.join(GEO, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and not line.startswith("id\t"):
                ids.add(line.split("\t", 1)[0])
    return ids


def bare(name, prefixes, suffixes):
    """The name without one generic prefix and one generic suffix, if that leaves a name."""
    out = name
    for p in prefixes:
        if out.lower().startswith(p.lower()) and len(out) > len(p):
            out = out[len(p):]
            break
    for s in suffixes:
        if out.lower().endswith(s.lower()) and len(out) > len(s):
            out = out[: -len(s)]
            break
    out = out.strip(" -,")
    return out if len(fold(out)) >= 3 and out != name else None


def load_variants():
    """Arabic articles and doubled vowels the press leaves out (world_spelling_variants.tsv)."""
    articles, collapse = [], []
    with open(os.path.join(HERE, "world_spelling_variants.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            kind, value = line.rstrip("\n").split("\t")
            (articles if kind == "article" else collapse).append(value)
    return sorted(articles, key=len, reverse=True), collapse


ARTICLES, COLLAPSE = load_variants()


def variants(name):
    """Press spellings of a name: without its leading Arabic article, and with doubled vowels single."""
    out = []
    for a in ARTICLES:
        if name.startswith(a) and len(fold(name[len(a):])) >= 4 and name[len(a):][:1].isupper():
            out.append(name[len(a):])
            break
    for n in [name] + out:
        c = n
        for pair in COLLAPSE:
            c = c.replace(pair, pair[0])
        if c != n and len(fold(c)) >= 5:
            out.append(c)
    return out


def load_hand_aliases():
    """(country, GeoNames admin1 name) -> press spellings, from world_aliases.tsv."""
    out = {}
    with open(os.path.join(HERE, "world_aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cc, name, aliases = line.rstrip("\n").split("\t")
                out[(cc, name)] = aliases.split("|")
    return out


def near_spelling(a, b):
    """Within one letter edit ("Sagain", seat "Sagaing"): the seat's spelling is the unit's too."""
    a, b = fold(a), fold(b)
    if a == b or len(a) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    s, t = (a, b) if len(a) < len(b) else (b, a)
    return any(s == t[:i] + t[i + 1:] for i in range(len(t)))


def aliases_of(name, ascii_name, extra, stop, exclude=()):
    seen = {fold(ascii_name)} | {fold(e) for e in exclude}
    out = []
    for a in [name] + extra:
        a = clean(a)
        # a press-style name: capitalised, with lower case (no codes such as "MZB")
        if (not a or not is_latin(a) or fold(a) in seen or a.lower() in stop or not a[0].isupper()
                or not any(c.islower() for c in a)):
            continue
        seen.add(fold(a))
        out.append(a)
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    prefixes, suffixes = load_words()
    stop = load_stoplist()
    known = existing_ids()

    def read(name):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]

    admin1 = {r[0]: r for r in read("admin1CodesASCII.txt") if r[0][:2] not in SKIP_COUNTRIES}
    admin2 = {r[0]: r for r in read("admin2Codes.txt") if r[0][:2] not in SKIP_COUNTRIES}
    with zipfile.ZipFile(os.path.join(src, "cities15000.zip")) as z:
        text = z.read("cities15000.txt").decode("utf-8")
    towns = []
    for r in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(r) < 15 or r[8] in SKIP_COUNTRIES:
            continue
        towns.append(r)

    # --- unit points: the seat town, else the population-weighted mean of the unit's towns
    seat, members, seat_name, seat_id = {}, {}, {}, {}
    for r in towns:
        cc, a1, a2, code, pop = r[8], r[10], r[11], r[7], int(r[14] or 0)
        lat, lon = float(r[4]), float(r[5])
        k1 = f"{cc}.{a1}"
        k2 = f"{cc}.{a1}.{a2}"
        if code in ("PPLA", "PPLC") and k1 in admin1 and (k1 not in seat or code == "PPLA"):
            seat[k1] = (lat, lon)
            seat_name[k1] = clean(r[2])
            seat_id[k1] = "GN:" + r[0]
        if code in ("PPLA2", "PPLA") and k2 in admin2 and k2 not in seat:
            seat[k2] = (lat, lon)
            seat_name[k2] = clean(r[2])
        for k in (k1, k2):
            members.setdefault(k, []).append((lat, lon, max(pop, 1)))

    def point(k):
        if k in seat:
            return seat[k], "seat"
        if k in members:
            w = sum(m[2] for m in members[k])
            return (sum(m[0] * m[2] for m in members[k]) / w, sum(m[1] * m[2] for m in members[k]) / w), "mean"
        return None, ""

    hand = load_hand_aliases()

    def seat_spelling(k, name):
        s = seat_name.get(k)
        return [s] if s and near_spelling(s, bare(name, prefixes, suffixes) or name) else []

    rows = []
    for k in sorted(admin1):
        r = admin1[k]
        name = clean(r[2]) or clean(r[1])
        b = bare(name, prefixes, suffixes)
        al = aliases_of(r[1], name, ([b] if b else []) + seat_spelling(k, name) + variants(name) + (variants(b) if b else []), stop)
        # hand-written spellings are taken as written (acronyms such as "KP" included)
        al += [h for h in hand.get((k[:2], name), []) if fold(h) not in {fold(x) for x in al + [name]}]
        pt, how = point(k)
        # the seat town is the unit's capital: "in Basra" is the city, "the provincial capital" points to it
        rows.append([k, "Province", name, k[:2], "", "", "", "", coord(pt[0]) if pt else "", coord(pt[1]) if pt else "",
                     "0", "geonames-world:ADM1" + (":" + how if how else ""), "", "|".join(al), "", seat_id.get(k, "")])
    for k in sorted(admin2):
        r = admin2[k]
        a1 = k.rsplit(".", 1)[0]
        if a1 not in admin1:
            continue
        name = clean(r[2]) or clean(r[1])
        b = bare(name, prefixes, suffixes)
        al = aliases_of(r[1], name, ([b] if b else []) + seat_spelling(k, name) + variants(name) + (variants(b) if b else []), stop)
        pt, how = point(k)
        rows.append([k, "District", name, k[:2], a1, "", "", "", coord(pt[0]) if pt else "", coord(pt[1]) if pt else "",
                     "0", "geonames-world:ADM2" + (":" + how if how else ""), "", "|".join(al), "", ""])
    # a town whose admin2 code GeoNames leaves out lies in the unit of its own name, if its admin1 has one
    unit_by_name = {}
    for k in admin2:
        a1 = k.rsplit(".", 1)[0]
        for n in (clean(admin2[k][2]), bare(clean(admin2[k][2]), prefixes, suffixes)):
            if n:
                unit_by_name.setdefault((a1, fold(n)), k)

    town_rows = []
    for r in towns:
        gid, name, ascii_name, alts = r[0], clean(r[1]), clean(r[2]), r[3]
        cc, a1, a2 = r[8], r[10], r[11]
        k1 = f"{cc}.{a1}" if f"{cc}.{a1}" in admin1 else ""
        k2 = f"{cc}.{a1}.{a2}" if k1 and f"{cc}.{a1}.{a2}" in admin2 else ""
        if k1 and not k2:
            k2 = unit_by_name.get((k1, fold(ascii_name or name)), "")
        rid = "GN:" + gid
        if rid in known:
            # already in places.tsv: only the admin codes, for the loader to merge
            town_rows.append((int(gid), [rid, "PopulatedPlace", ascii_name or name, cc, k1, "", k2, "", "", "", "0",
                                         "geonames-world:merge", "", "", "", ""]))
            continue
        extra = [a for a in alts.split(",") if a and " " not in a[:1]][:MAX_TOWN_ALIASES]
        al = aliases_of(name, ascii_name or name, extra + variants(ascii_name or name), stop)
        town_rows.append((int(gid), [rid, "PopulatedPlace", ascii_name or name, cc, k1, "", k2, "",
                                     coord(float(r[4])), coord(float(r[5])), r[14] or "0", "geonames-world:" + r[7],
                                     "", "|".join(al), "", ""]))
    rows += [r for _, r in sorted(town_rows)]

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sitrep world gazetteer, generated by data/geo/build/build_world.py from GeoNames (CC BY 4.0); "
                "see data/geo/world/README.md\n")
        f.write("\t".join(["id", "kind", "name", "country", "admin1_id", "admin1", "admin2_id", "admin2", "lat", "lon",
                           "population", "source", "codes", "aliases", "demonyms", "capital_id"]) + "\n")
        for r in rows:
            f.write("\t".join(clean(x) if i != 13 else x for i, x in enumerate(r)) + "\n")
    # The admin1 names alone (folded, one a line), small enough to load always: a text that names one
    # ("Cabo Delgado", "Borno") makes the annotator load the world file (Sitrep.Geo.WorldCues).
    names = set()
    for r in rows:
        if r[1] == "Province":
            for n in [r[2]] + [a for a in r[13].split("|") if a]:
                f = " ".join(fold(w) for w in n.replace("-", " ").split() if fold(w))
                if (" " in f or len(f) >= 6) and f not in stop:
                    names.add(f)
    with open(os.path.join(os.path.dirname(OUT), "admin1_names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Folded admin1 names and aliases of world/places.tsv (two words or six letters at least), generated by build_world.py\n")
        for n in sorted(names):
            f.write(n + "\n")
    write_place_names(rows, stop)
    units1 = sum(1 for r in rows if r[1] == "Province")
    units2 = sum(1 for r in rows if r[1] == "District")
    print(f"{OUT}: {len(rows)} rows: {units1} admin1, {units2} admin2, {len(town_rows)} towns", file=sys.stderr)


def afghan_names():
    """Folded names and aliases of data/geo/places.tsv, which the Afghan reading finds itself."""
    found = set()
    with open(os.path.join(GEO, "places.tsv"), encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        name, aliases = header.index("name"), header.index("aliases")
        for r in rows:
            for n in [r[name]] + [a for a in r[aliases].split("|") if a]:
                found.add(folded_phrase(n))
    return found


def folded_phrase(name):
    return " ".join(fold(w) for w in name.replace("-", " ").split() if fold(w))


def write_place_names(rows, stop):
    """The names of world towns and admin1 units that lie in one country only, the Afghan file lacks and are
    no ordinary word (five letters at least), one a line: a text naming one where an event happens
    ("near Tikrit", "Kismayo: ...") makes the annotator load the world file (Sitrep.Geo.WorldNames)."""
    countries, listed = {}, set()
    for r in rows:
        for n in [r[2]] + [a for a in r[13].split("|") if a]:
            countries.setdefault(folded_phrase(n), set()).add(r[3])
            if r[1] in ("PopulatedPlace", "Province") and not r[11].endswith(":merge"):
                listed.add(folded_phrase(n))
    afghan = afghan_names()
    names = sorted(n for n in listed
                   if len(countries[n]) == 1 and len(n.replace(" ", "")) >= 5 and n not in stop and n not in afghan
)
    with open(os.path.join(os.path.dirname(OUT), "place_names.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Folded names of world towns and admin1 units of one country only, absent from the Afghan places.tsv, "
                "generated by build_world.py\n")
        for n in names:
            f.write(n + "\n")


if __name__ == "__main__":
    main()

"""Build one of the later real-world sets (dev3, dev4, dev5) from its hand-written tuples, byte-identical on re-run.

Each build/devN/make.py calls make() with its name, shuffle seed, tuples and the earlier sets.
Checks: every line parses; dates not after reference_date and start <= end; low <= best <= high;
every Afghan admin1/admin2 resolves in data/geo/places.tsv (name or alias, Province/District);
every other admin1/admin2 is a GeoNames name (name or ASCII name) of that country
(admin2 under the gold admin1) in shared/data/world/; no text repeats; no text repeats an
earlier set's text, and cases that share a date and a place (or, undated, a place and a toll) or a
6-word run with one are listed for a person to check that they tell different incidents.
"""
import collections, json, os, random, sys
from case_tuples import build

HERE = os.path.dirname(os.path.abspath(__file__))  # build/
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # the project root
PLACES = os.path.join(ROOT, "data", "geo", "places.tsv")
WORLD = os.path.join(ROOT, "..", "shared", "data", "world")  # beside the project root; only this check reads it
CC = {"Syria": "SY", "Iraq": "IQ", "Yemen": "YE", "Somalia": "SO", "Nigeria": "NG", "Mali": "ML",
      "Burkina Faso": "BF", "Democratic Republic of the Congo": "CD", "Myanmar": "MM",
      "Ukraine": "UA", "Ethiopia": "ET", "Mozambique": "MZ", "Pakistan": "PK", "Colombia": "CO",
      "Mexico": "MX", "Niger": "NE", "Cameroon": "CM", "Sudan": "SD", "Libya": "LY",
      "Philippines": "PH",
      # added for dev7
      "Central African Republic": "CF", "Chad": "TD", "Kenya": "KE", "South Sudan": "SS",
      "India": "IN"}


def norm(s):
    return s.lower().replace("\u2019", "'").strip()


def af_gazetteer():
    prov, dist = {}, collections.defaultdict(set)
    for line in open(PLACES, encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        f = line.rstrip("\n").split("\t")
        kind, name, admin1, aliases = f[1], f[2], f[5], f[13]
        names = [name] + [a for a in aliases.split("|") if a]
        if kind == "Province":
            for n in names:
                prov[norm(n)] = name
        elif kind == "District":
            for n in names:
                dist[norm(n)].add(admin1)
    return prov, dist


def world_gazetteer():
    a1 = {}   # (cc, norm name) -> code
    for line in open(os.path.join(WORLD, "admin1CodesASCII.txt"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        cc, code = f[0].split(".")
        for n in (f[1], f[2]):
            a1[(cc, norm(n))] = code
    a2 = set()  # (cc, admin1 code, norm name)
    for line in open(os.path.join(WORLD, "admin2Codes.txt"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        p = f[0].split(".")
        for n in (f[1], f[2]):
            a2.add((p[0], p[1], norm(n)))
    return a1, a2


def check_places(cases):
    prov, dist = af_gazetteer()
    a1, a2 = world_gazetteer()
    bad = []
    for c in cases:
        g = c["gold"]
        if c["country"] == "Afghanistan":
            p = prov.get(norm(g["admin1"])) if g["admin1"] else None
            if g["admin1"] and not p:
                bad.append((c["id"], "admin1", g["admin1"]))
            if g["admin2"] and p not in dist.get(norm(g["admin2"]), ()):
                bad.append((c["id"], "admin2", g["admin2"], p))
        else:
            cc = CC[c["country"]]
            code = a1.get((cc, norm(g["admin1"]))) if g["admin1"] else None
            if g["admin1"] and not code:
                bad.append((c["id"], "admin1", g["admin1"]))
            if g["admin2"] and (cc, code, norm(g["admin2"])) not in a2:
                bad.append((c["id"], "admin2", g["admin2"]))
    return bad


def words(t):
    return [w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in t).split()]


def runs(t, n=6):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def overlap_with_earlier(cases, earlier_sets):
    """Exact repeats of an earlier set's text fail; same date and place, or a shared 6-word run, is listed."""
    earlier = []
    for name in earlier_sets:
        for line in open(os.path.join(HERE, "..", name), encoding="utf-8"):
            earlier.append(json.loads(line))
    texts = {e["text"] for e in earlier}
    assert not [c for c in cases if c["text"] in texts], "text repeats an earlier set"
    flagged = []
    for c in cases:
        g, r = c["gold"], runs(c["text"])
        for e in earlier:
            h = e["gold"] or {}
            same_place = g["admin2"] and g["admin2"] == h.get("admin2") and g["admin1"] == h.get("admin1")
            same_day = g["date_start"] and g["date_start"] == h.get("date_start")
            shared = r & runs(e["text"])
            undated_same_toll = (not g["date_start"] or not h.get("date_start")) and \
                g["fatalities_best"] == h.get("fatalities_best")
            if (same_place and (same_day or undated_same_toll)) or shared:
                flagged.append((c["id"], e["id"], sorted(shared)[:2]))
    return flagged


def make(name, seed, af_rows, world_groups, earlier_sets):
    """Write tests/gold/realworld/<name>.jsonl from the Afghan rows and the other countries' groups."""
    rows = [tuple(r) + ("Afghanistan",) for r in af_rows]
    for country, rs in world_groups.items():
        rows += [tuple(r) + (country,) for r in rs]
    random.Random(seed).shuffle(rows)
    cases = build("rw-" + name, rows)
    bad = check_places(cases)
    if bad:
        for b in bad:
            print("UNRESOLVED", b)
        sys.exit(1)
    for f in overlap_with_earlier(cases, earlier_sets):
        print("CHECK", f)
    texts = [c["text"] for c in cases]
    assert len(set(texts)) == len(texts), "duplicate text"
    path = os.path.join(HERE, "..", name + ".jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    n = 0
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        g = c["gold"]
        for k in ("date_start", "date_end"):
            assert g[k] is None or g[k] <= c["reference_date"]
        n += 1
    print(path, n)
    print(collections.Counter(c["style"] for c in cases).most_common())
    print(collections.Counter(c["country"] for c in cases).most_common())

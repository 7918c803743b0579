"""Build tests/gold/realworld/dev2.jsonl from the hand-written tuples (byte-identical on re-run).

Checks: every line parses; dates not after reference_date and start <= end; low <= best <= high;
every Afghan admin1/admin2 resolves in data/geo/places.tsv (name or alias, Province/District);
every other admin1/admin2 is a GeoNames name (name or ASCII name) of that country
(admin2 under the gold admin1) in shared/data/world/.
"""
import collections, json, os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from case_tuples import build  # noqa: E402 (shared by dev2-dev5)
import dev2_af, dev2_world

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))  # the project root
PLACES = os.path.join(ROOT, "data", "geo", "places.tsv")
WORLD = os.path.join(ROOT, "..", "shared", "data", "world")  # beside the project root; only this check reads it
CC = {"Syria": "SY", "Iraq": "IQ", "Yemen": "YE", "Somalia": "SO", "Nigeria": "NG", "Mali": "ML",
      "Burkina Faso": "BF", "Democratic Republic of the Congo": "CD", "Myanmar": "MM",
      "Ukraine": "UA", "Ethiopia": "ET", "Mozambique": "MZ", "Pakistan": "PK", "Colombia": "CO",
      "Mexico": "MX"}


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


def main():
    rows = [tuple(r) + ("Afghanistan",) for r in dev2_af.ROWS]
    for country, rs in dev2_world.G.items():
        rows += [tuple(r) + (country,) for r in rs]
    random.Random(2026).shuffle(rows)
    cases = build("rw-dev2", rows)
    bad = check_places(cases)
    if bad:
        for b in bad:
            print("UNRESOLVED", b)
        sys.exit(1)
    texts = [c["text"] for c in cases]
    assert len(set(texts)) == len(texts), "duplicate text"
    path = os.path.join(HERE, "..", "..", "dev2.jsonl")
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


if __name__ == "__main__":
    main()

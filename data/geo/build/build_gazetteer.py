#!/usr/bin/env python3
"""Derive Sitrep's shipped gazetteer (data/geo/) from the raw material in ../shared/data/gazetteer.

Run from the repository root or anywhere:  python3 data/geo/build/build_gazetteer.py [SHARED_GAZETTEER_DIR]

Reads the raw TSV/GeoJSON files at build time only; Sitrep never reads them at run time.
Standard library only; the output is deterministic (sorted, fixed rounding).

Licence rules applied here (see data/geo/README.md):
* OCHA/AGCHO district points are NOT shipped: district coordinates come from the GeoNames seat
  (CC BY 4.0) when it lies in the district, else from the geoBoundaries (CC BY 4.0) polygon point,
  unless that point lies more than 20 km from the abubaker47 (MIT) point of the district, when the
  2014 polygon no longer fits the 2018 district and the abubaker47 point is used.
  OCHA P-codes are kept only as identifiers.
* No AGCHO geometry is shipped; shapes are geoBoundaries ADM1/ADM2, simplified again.
"""
import csv
import json
import math
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.dirname(HERE)
DEFAULT_SRC = os.path.normpath(os.path.join(GEO, "..", "..", "..", "shared", "data", "gazetteer"))

# Non-Afghan places kept: big cities, capitals, and towns of the neighbours that border Afghanistan.
NEIGHBOURS = {"PK", "IR", "TJ", "UZ", "TM"}
WORLD_MIN_POP = 100_000
NEIGHBOUR_MIN_POP = 10_000


def read_tsv(src, name):
    with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


def clean(s):
    return " ".join((s or "").replace("\t", " ").split())


def is_latin(s):
    return all(ord(c) < 0x250 or c in "\u1e00\u1eff" or 0x1E00 <= ord(c) <= 0x1EFF or c in "\u2019\u02bc\u02bb"
               for c in s)


def coord(x):
    return "" if x in (None, "") else f"{float(x):.5f}"


def load_stoplist():
    words = set()
    with open(os.path.join(GEO, "stoplist.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.lower())
    return words


def looks_like_name(n):
    """A press-style alias: starts upper case, has lower case (drops codes like KBL and pinyin)."""
    return n[0].isupper() and any(c.islower() for c in n) and " - " not in n and "(" not in n


def consonants(name):
    """A spelling's consonant skeleton ("Sarobi" and "Surobi" -> "srb"): for spotting romanisation variants."""
    folded = unicodedata.normalize("NFKD", name.lower())
    letters = [c for c in folded if "a" <= c <= "z" and c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def uniq(names, exclude=()):
    seen = {e.lower() for e in exclude if e}
    out = []
    for n in names:
        n = clean(n)
        if not n or n.lower() in seen or not is_latin(n):
            continue
        seen.add(n.lower())
        out.append(n)
    return out


# ---------------------------------------------------------------- geometry (stdlib)

def point_in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    return geom["coordinates"]


def point_in_geom(x, y, geom):
    for poly in polygons_of(geom):
        if point_in_ring(x, y, poly[0]) and not any(point_in_ring(x, y, h) for h in poly[1:]):
            return True
    return False


def bbox(geom):
    xs, ys = [], []
    for poly in polygons_of(geom):
        for x, y in poly[0]:
            xs.append(x)
            ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def dp(points, eps):
    """Douglas-Peucker on an open polyline."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = math.hypot(px - ax, py - ay) if norm == 0 else abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, idx = d, i
        if best > eps:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, eps, digits):
    pts = dp(ring, eps)
    pts = [[round(x, digits), round(y, digits)] for x, y in pts]
    out = []
    for p in pts:
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def simplify(geom, eps, digits):
    polys = []
    for poly in polygons_of(geom):
        rings = [simplify_ring(r, eps, digits) for r in poly]
        if rings[0] is None:
            continue
        polys.append([r for r in rings if r is not None])
    if not polys:  # too small to survive: keep the original rounded
        return {"type": geom["type"], "coordinates": geom["coordinates"]}
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


# ---------------------------------------------------------------- build

def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s or "")
    return "".join(c for c in s.lower() if c.isalnum() and ord(c) < 128)


POLYGON_MISFIT_KM = 20


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, [a[0], a[1], b[0], b[1]])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def name_skeleton(s):
    """Consonants that survive romanisation: "Nawa-I-Barakzayi" and "Nawa-e-Barakzaiy" agree."""
    out = []
    for c in fold(s):
        if c.isalpha() and c not in "aeiouywh" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def district_centre(d, abubaker_districts):
    """The abubaker47 point of a district: same province, same name skeleton, and a point that
    lies in the district (its P-code at the point). None when no single row agrees."""
    names = {name_skeleton(n) for n in [d["name"], d["geoboundaries_2014_name"]] + d["alt_names"].split("|") if n}
    names.discard("")
    rows = [a for a in abubaker_districts
            if a["province_iso"] == d["province_iso"] and a["ocha_pcode_at_point"] == d["ocha_pcode"]
            and a["lat"] and a["lon"] and name_skeleton(a["name"]) in names]
    if len(rows) != 1:
        return None
    return float(rows[0]["lat"]), float(rows[0]["lon"])


def join_2014_to_2018(props, districts):
    """The 2018 (AGCHO) district a 2014 (AIMS) polygon stands for: by name within the province
    first (a city district's interior point can fall in the district around it), else the
    district containing the polygon's interior point."""
    name = fold(props["name"])
    same_prov = [d for d in districts if d["province_iso"] == props["province_iso"]]
    for d in same_prov:
        names = [d["name"]] + d["alt_names"].split("|")
        if name in {fold(n) for n in names if n}:
            return d["ocha_pcode"]
    named = [d for d in same_prov if fold(d["geoboundaries_2014_name"]) == name]
    if len(named) == 1:
        return named[0]["ocha_pcode"]
    return props.get("ocha_pcode_at_point") or ""


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    stop = load_stoplist()

    provinces = read_tsv(src, "af_provinces.tsv")
    districts = read_tsv(src, "af_districts.tsv")
    gn_places = read_tsv(src, "af_places_geonames.tsv")
    villages = read_tsv(src, "af_villages_abubaker.tsv")
    curated = read_tsv(src, "af_aliases_curated.tsv")
    abubaker_districts = read_tsv(src, "af_districts_abubaker492.tsv")
    countries = read_tsv(src, "countries.tsv")
    world = read_tsv(src, "world_cities.tsv")
    with open(os.path.join(src, "af_provinces.geojson"), encoding="utf-8") as f:
        adm1 = json.load(f)
    with open(os.path.join(src, "af_districts_2014.geojson"), encoding="utf-8") as f:
        adm2 = json.load(f)

    def good_aliases(names, exclude=()):
        # A lone ordinary English word ("Centre") is no useful alias of a district.
        return [n for n in uniq(names, exclude) if n.lower() not in stop and looks_like_name(n)]

    rows = []  # id kind name country admin1_id admin1 admin2_id admin2 lat lon population source codes aliases demonyms capital_id
    prov_name = {p["iso3166_2"]: p["name"] for p in provinces}
    dist_by_pcode = {d["ocha_pcode"]: d for d in districts}
    gn_by_id = {g["geonameid"]: g for g in gn_places}

    # --- provinces: coordinates are the provincial capital (GeoNames), as event coders use it
    for p in provinces:
        aliases = good_aliases(p["alt_names"].split("|") + [p["name"] + " Province"], [p["name"]])
        rows.append([p["iso3166_2"], "Province", p["name"], "AF", p["iso3166_2"], p["name"], "", "",
                     coord(p["capital_lat"] or p["lat"]), coord(p["capital_lon"] or p["lon"]), "0",
                     "geonames+geoboundaries", "|".join(x for x in [p["ocha_pcode"], "GA1:" + p["geonames_admin1"]] if x),
                     "|".join(aliases), "", "GN:" + p["capital_geonameid"] if p["capital_geonameid"] else ""])

    # --- districts: AGCHO 2018 frame as ids; coordinates never from the OCHA points
    join_2014 = {}
    for f in adm2["features"]:
        pr = f["properties"]
        pr["pcode_2018"] = join_2014_to_2018(pr, districts)
        join_2014[id(f)] = pr["pcode_2018"]
    gb_by_pcode, gb_by_name = {}, {}
    for f in adm2["features"]:
        pr = f["properties"]
        if pr["pcode_2018"]:
            gb_by_pcode.setdefault(pr["pcode_2018"], pr)
        gb_by_name.setdefault((pr["province_iso"], pr["name"].lower()), pr)
    curated_by_pcode = {}
    for c in curated:
        for pc in c["target_ocha_pcode"].split("|"):
            if pc:
                curated_by_pcode.setdefault(pc, []).append(c["name"])
    coord_source = {"seat": 0, "centre": 0, "geoboundaries": 0, "geoboundaries-name": 0, "province": 0}
    for d in districts:
        lat = lon = None
        seat = gn_by_id.get(d["seat_geonameid"])
        centre = district_centre(d, abubaker_districts)
        polygon = gb_by_pcode.get(d["ocha_pcode"])
        if seat and seat["ocha_district_pcode"] == d["ocha_pcode"] and seat["feature_code"] in ("PPLA2", "PPLA", "PPLC"):
            lat, lon, how = seat["lat"], seat["lon"], "seat"
        elif centre and (not polygon or km(centre, (float(polygon["lat"]), float(polygon["lon"]))) > POLYGON_MISFIT_KM):
            # The 2014 polygon no longer fits the 2018 district when its point lies far from the
            # district's own point (Nawa-e-Barakzaiy lost its desert west): take the district's point.
            lat, lon, how = centre[0], centre[1], "centre"
        elif d["ocha_pcode"] in gb_by_pcode:
            g = gb_by_pcode[d["ocha_pcode"]]
            lat, lon, how = g["lat"], g["lon"], "geoboundaries"
        elif (d["province_iso"], d["geoboundaries_2014_name"].lower()) in gb_by_name:
            g = gb_by_name[(d["province_iso"], d["geoboundaries_2014_name"].lower())]
            lat, lon, how = g["lat"], g["lon"], "geoboundaries-name"
        else:
            p = next(x for x in provinces if x["iso3166_2"] == d["province_iso"])
            lat, lon, how = p["lat"], p["lon"], "province"
        coord_source[how] += 1
        names = d["alt_names"].split("|") + [d["geoboundaries_2014_name"]] + curated_by_pcode.get(d["ocha_pcode"], [])
        if how == "seat" and consonants(seat["asciiname"]) == consonants(d["name"]):
            # The district is named after its seat town in the press: the town's spelling ("Sarobi"
            # for Kabul's Surobi) is the district's too, so that neither spelling favours a namesake
            # district elsewhere that happens to carry it as its own alias.
            names.append(seat["asciiname"])
        aliases = good_aliases(names, [d["name"]])
        codes = ["GA2:" + c for c in d["geonames_admin2"].split("|") if c]
        rows.append([d["ocha_pcode"], "District", d["name"], "AF", d["province_iso"], prov_name[d["province_iso"]],
                     d["ocha_pcode"], d["name"], coord(lat), coord(lon), "0", "agcho-id+" + how, "|".join(codes),
                     "|".join(aliases), "", "GN:" + d["seat_geonameid"] if d["seat_geonameid"] else ""])

    # --- GeoNames populated places of Afghanistan
    for g in gn_places:
        alts = [a for a in g["alternatenames"].split(",")]
        aliases = good_aliases([g["name"]] + alts, [g["asciiname"]])
        pc = g["ocha_district_pcode"]
        dname = dist_by_pcode[pc]["name"] if pc in dist_by_pcode else ""
        rows.append(["GN:" + g["geonameid"], "PopulatedPlace", g["asciiname"], "AF", g["province_iso"],
                     prov_name.get(g["province_iso"], ""), pc, dname, coord(g["lat"]), coord(g["lon"]),
                     g["population"] or "0", "geonames:" + g["feature_code"], "", "|".join(aliases), "", ""])

    # --- curated sites (no district or point when no open source gives one)
    sites = {}
    for c in curated:
        if c["target_type"] == "site":
            sites.setdefault(c["note"].split(";")[0], []).append(c)
    for n, (_, group) in enumerate(sorted(sites.items())):
        first = group[0]
        rows.append([f"S:{n + 1}", "Site", first["name"], "AF", first["province_iso"], prov_name.get(first["province_iso"], ""),
                     "", "", coord(first["lat"]), coord(first["lon"]), "0", "curated", "",
                     "|".join(uniq([c["name"] for c in group[1:]], [first["name"]])), "", ""])

    # --- villages (lower confidence: the annotator wants a "village" cue for these)
    shapes = [(bbox(f["geometry"]), f) for f in adm2["features"]]
    for v in villages:
        name = clean(v["name"])
        if not name or not v["lat"] or not is_latin(name) or name.lower() in stop or len(name) < 3:
            continue
        x, y = float(v["lon"]), float(v["lat"])
        pc = ""
        for (x0, y0, x1, y1), f in shapes:
            if x0 <= x <= x1 and y0 <= y <= y1 and point_in_geom(x, y, f["geometry"]):
                pc = f["properties"]["pcode_2018"] or ""
                break
        dname = dist_by_pcode[pc]["name"] if pc in dist_by_pcode else ""
        if pc and dist_by_pcode[pc]["province_iso"] != v["province_iso"]:
            pc, dname = "", ""  # shapes and source disagree; keep only the province the source gives
        display = name if not name.islower() else name.title()
        rows.append(["AV:" + v["src_no"], "PopulatedPlace", display, "AF", v["province_iso"],
                     prov_name.get(v["province_iso"], ""), pc, dname, coord(v["lat"]), coord(v["lon"]), "0",
                     "abubaker47:village", "", "", "", ""])

    # --- regions (hand-written)
    capital_pt = {p["iso3166_2"]: (float(p["capital_lat"]), float(p["capital_lon"])) for p in provinces}
    with open(os.path.join(HERE, "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rid, name, aliases, members = line.rstrip("\n").split("\t")
            pts = [capital_pt[m] for m in members.split("|")]
            rows.append([rid, "Region", name, "AF", "", "", "", "", coord(sum(p[0] for p in pts) / len(pts)),
                         coord(sum(p[1] for p in pts) / len(pts)), "0", "hand-written", "members:" + members.replace("|", ","),
                         aliases, "", ""])

    # --- countries
    for c in countries:
        aliases = uniq([c["official_name"]] + c["alt_spellings"].split("|"), [c["name"]])
        # All-caps acronyms (US, UAE) stay: the matcher takes them only in that exact case.
        aliases = [a for a in aliases if len(a) >= 2 and (a.isupper() or a.lower() not in stop)]
        dem = uniq([c["demonym_m"], c["demonym_f"]])
        rows.append([c["iso2"], "Country", c["name"], c["iso2"], "", "", "", "", coord(c["lat"]), coord(c["lon"]), "0",
                     "world-countries", c["iso3"], "|".join(aliases), "|".join(dem),
                     "GN:" + c["capital_geonameid"] if c["capital_geonameid"] else ""])

    # --- world cities
    capital_ids = {c["capital_geonameid"] for c in countries if c["capital_geonameid"]}
    for w in world:
        pop = int(w["population"] or 0)
        keep = (pop >= WORLD_MIN_POP or w["geonameid"] in capital_ids or w["feature_code"] == "PPLC"
                or (w["country_code"] in NEIGHBOURS and pop >= NEIGHBOUR_MIN_POP))
        if not keep:
            continue
        alts = [a for a in w["alternatenames_latin"].split(",") if a and a[0].isupper() and " " not in a[:1]]
        aliases = good_aliases([w["asciiname"]] + alts[:3], [w["name"]])
        rows.append(["GN:" + w["geonameid"], "PopulatedPlace", w["name"], w["country_code"], "", "", "", "",
                     coord(w["lat"]), coord(w["lon"]), str(pop), "geonames:" + w["feature_code"], "", "|".join(aliases), "", ""])

    extra = {}
    with open(os.path.join(HERE, "extra_aliases.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                pid, names = line.rstrip("\n").split("\t")
                extra[pid] = names.split("|")
    for r in rows:
        if r[0] in extra:
            r[13] = "|".join(uniq(r[13].split("|") + extra[r[0]], [r[2]]))

    header = ["id", "kind", "name", "country", "admin1_id", "admin1", "admin2_id", "admin2", "lat", "lon",
              "population", "source", "codes", "aliases", "demonyms", "capital_id"]
    with open(os.path.join(GEO, "places.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sitrep gazetteer, generated by data/geo/build/build_gazetteer.py; see data/geo/README.md (format, licences)\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(clean(x) for x in r) + "\n")

    # --- shapes for point-in-polygon (geoBoundaries, simplified again)
    def write_shapes(path, feats):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write('{"type":"FeatureCollection","features":[\n')
            f.write(",\n".join(json.dumps(x, separators=(",", ":"), sort_keys=True) for x in feats))
            f.write("\n]}\n")

    write_shapes(os.path.join(GEO, "provinces.geojson"), [
        {"type": "Feature", "properties": {"id": f["properties"]["iso3166_2"], "name": f["properties"]["name"]},
         "geometry": simplify(f["geometry"], 0.005, 3)} for f in adm1["features"]])
    write_shapes(os.path.join(GEO, "districts.geojson"), [
        {"type": "Feature", "properties": {"id": f["properties"]["pcode_2018"] or "",
                                           "name": f["properties"]["name"], "province": f["properties"]["province_iso"]},
         "geometry": simplify(f["geometry"], 0.008, 3)} for f in adm2["features"]])

    print(f"places.tsv: {len(rows)} rows; district coordinates from {coord_source}", file=sys.stderr)


if __name__ == "__main__":
    main()

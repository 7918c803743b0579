"""Builds tests/gold/totals/{dev,blind}.jsonl from the hand-written cases in dev_cases.py and
blind_cases.py (run from any folder; output is byte-identical on every run).

A case is a tuple:
 (category, style, country, text, ref, date, type, admin1, best, low, high)
date: ISO date, None (not scored), "wd:Tue" (latest such weekday on or before ref) or "-1" (ref minus one day).
type: a key of ET below, or None (not scored).
"""
import datetime, json, os, sys

ET = {
 "AC": ("Battles", "Armed clash"),
 "AIR": ("Explosions/Remote violence", "Air/drone strike"),
 "SB": ("Explosions/Remote violence", "Suicide bomb"),
 "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
 "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
 "ATT": ("Violence against civilians", "Attack"),
 "VAC": ("Violence against civilians", None),
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def resolve(ref, d):
    r = datetime.date.fromisoformat(ref)
    if d is None or len(d) == 10:
        return d
    if d == "-1":
        return (r - datetime.timedelta(days=1)).isoformat()
    if d.startswith("wd:"):
        back = (r.weekday() - DAYS.index(d[3:])) % 7
        return (r - datetime.timedelta(days=back)).isoformat()
    raise ValueError(d)


def build(name, cases, prefix):
    lines = []
    for n, (cat, style, country, text, ref, date, et, adm1, best, low, high) in enumerate(cases, 1):
        assert low <= best <= high, (n, text)
        day = resolve(ref, date)
        assert day is None or day <= ref, (n, text)
        gold = {"date_start": day, "date_end": day}
        if et:
            gold["event_type"], gold["sub_event_type"] = ET[et]
        gold["country"] = country
        if adm1:
            gold["admin1"] = adm1
        gold.update({"fatalities_best": best, "fatalities_low": low, "fatalities_high": high})
        gold = {k: v for k, v in gold.items() if v is not None}
        lines.append(json.dumps({"id": f"{prefix}-{n:03d}", "category": cat, "style": style, "country": country,
                                 "text": text, "reference_date": ref, "reference_date_kind": "published",
                                 "gold": gold}, ensure_ascii=False))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", name)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(name, len(lines))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    which = sys.argv[1:] or ["dev", "blind"]
    if "dev" in which:
        import dev_cases
        build("dev.jsonl", dev_cases.CASES, "tot-dev")
    if "blind" in which:
        import blind_cases
        build("blind.jsonl", blind_cases.CASES, "tot-blind")

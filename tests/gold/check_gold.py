#!/usr/bin/env python3
"""Sanity check for gold files in the EVAL_FORMAT.md layout.

Usage: python3 tests/gold/check_gold.py tests/gold/dev.jsonl
       python3 tests/gold/check_gold.py tests/gold/heldout.jsonl --min-per-province 0
Checks: one JSON object per line, required fields, ISO dates (start <= end), ACLED event and
sub-event type pairs, fatality ranges (low <= best <= high), coordinates inside Afghanistan's
bounding box, unique ids, and that every one of the 34 provinces has at least 3 cases
(`--min-per-province N` changes that minimum; 0 turns the check off, e.g. for a smaller held-out set).
Exit code 1 and one message per problem when something is wrong.
"""
import datetime, json, sys
from collections import Counter

TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"},
}
PROVINCES = {"Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni",
    "Ghor", "Helmand", "Hirat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman",
    "Logar", "Nangarhar", "Nimruz", "Nuristan", "Paktika", "Paktya", "Panjshir", "Parwan", "Samangan",
    "Sar-e-Pul", "Takhar", "Uruzgan", "Wardak", "Zabul"}
GOLD_FIELDS = ["date_start", "date_end", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "admin2", "location", "latitude", "longitude", "fatalities_best", "fatalities_low", "fatalities_high", "injuries"]
MIN_PER_PROVINCE = 3


def day(value):
    return datetime.date.fromisoformat(value) if value is not None else None


def check_case(case):
    problems = []
    for key in ("id", "text", "reference_date", "reference_date_kind", "gold"):
        if key not in case:
            problems.append(f"missing field {key}")
    if problems:
        return problems
    if case["reference_date_kind"] not in ("published", "event"):
        problems.append("reference_date_kind must be published or event")
    gold = case["gold"]
    missing = [f for f in GOLD_FIELDS if f not in gold]
    if missing:
        problems.append(f"gold lacks {missing}")
        return problems
    try:
        ref, start, end = day(case["reference_date"]), day(gold["date_start"]), day(gold["date_end"])
        if start and end and start > end:
            problems.append("date_start after date_end")
        if start and start > ref:
            problems.append("event after reference date")
    except ValueError as error:
        problems.append(f"bad date: {error}")
    subs = TYPES.get(gold["event_type"])
    if subs is None or gold["sub_event_type"] not in subs:
        problems.append(f"bad type pair {gold['event_type']} / {gold['sub_event_type']}")
    if gold["country"] == "Afghanistan":
        if gold["admin1"] not in PROVINCES:
            problems.append(f"unknown province {gold['admin1']}")
        lat, lon = gold["latitude"], gold["longitude"]
        if lat is None or not (29.3 <= lat <= 38.5 and 60.4 <= lon <= 75.0):
            problems.append(f"coordinates outside Afghanistan: {lat}, {lon}")
    low, best, high = gold["fatalities_low"], gold["fatalities_best"], gold["fatalities_high"]
    if best is not None and ((low is not None and low > best) or (high is not None and high < best)):
        problems.append(f"fatalities not ordered low <= best <= high: {low} {best} {high}")
    return problems


def main(path, min_per_province=MIN_PER_PROVINCE):
    errors, ids, provinces = [], Counter(), Counter()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as error:
                errors.append(f"line {number}: not JSON ({error})")
                continue
            ids[case.get("id")] += 1
            provinces[case.get("gold", {}).get("admin1")] += 1
            errors += [f"line {number} ({case.get('id')}): {p}" for p in check_case(case)]
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    errors += [f"province {p} has {provinces[p]} cases (< {min_per_province})"
               for p in sorted(PROVINCES) if provinces[p] < min_per_province]
    for error in errors:
        print(error)
    print(f"{sum(ids.values())} cases, {len(PROVINCES & set(provinces))}/34 provinces, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="Sanity check for gold files (EVAL_FORMAT.md layout).")
    parser.add_argument("path", nargs="?", default="tests/gold/dev.jsonl")
    parser.add_argument("--min-per-province", type=int, default=MIN_PER_PROVINCE, metavar="N",
                        help=f"minimum number of cases per province (default {MIN_PER_PROVINCE}; 0 = no check)")
    arguments = parser.parse_args()
    sys.exit(main(arguments.path, arguments.min_per_province))

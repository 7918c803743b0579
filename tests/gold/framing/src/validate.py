"""Independent checks of dev.jsonl / blind.jsonl (does not trust build.py)."""
import json, os, re, sys, glob, pathlib, collections
OUT = pathlib.Path(__file__).resolve().parent.parent
TECH = {"Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Flag-Waving",
        "Appeal_to_fear-prejudice", "Doubt", "Slogans", "Repetition", "Causal_Oversimplification",
        "Appeal_to_Authority", "Black-and-White_Fallacy", "Thought-terminating_Cliches",
        "Whataboutism,Straw_Men,Red_Herring", "Bandwagon,Reductio_ad_hitlerum"}
STYLES = {"wire", "partisan-commentary", "insurgent-statement", "ministry"}
errors, texts, ids = [], {}, set()
def shingles(t, n=7):
    w = re.findall(r"[a-z0-9']+", t.lower()); return {" ".join(w[i:i+n]) for i in range(len(w)-n+1)}
seed = set()
for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../shared/seeds/*.txt")):
    seed |= shingles(open(f, encoding="utf-8", errors="replace").read())
for name in ("dev", "blind"):
    for ln, line in enumerate(open(OUT / f"{name}.jsonl", encoding="utf-8"), 1):
        where = f"{name}.jsonl:{ln}"
        try: o = json.loads(line)
        except Exception as e: errors.append(f"{where}: parse {e}"); continue
        if set(o) != {"id", "style", "text", "spans"}: errors.append(f"{where}: keys {sorted(o)}")
        if o["id"] in ids: errors.append(f"{where}: dup id")
        ids.add(o["id"])
        if o["style"] not in STYLES: errors.append(f"{where}: style")
        t = o["text"]; u = t.encode("utf-16-le"); n16 = len(u)//2
        if t in texts: errors.append(f"{where}: duplicate text of {texts[t]}")
        texts[t] = o["id"]
        ns = len(re.findall(r"[.!?](?:\"|”)?(?=\s|$)", t))
        if not 1 <= ns <= 5: errors.append(f"{where}: {ns} sentences")
        if shingles(t) & seed: errors.append(f"{where}: shares 7-word run with a seed")
        for sp in o["spans"]:
            if set(sp) != {"start", "end", "technique", "speaker"}: errors.append(f"{where}: span keys")
            if sp["technique"] not in TECH: errors.append(f"{where}: technique {sp['technique']}")
            if sp["speaker"] not in ("outlet", "quoted"): errors.append(f"{where}: speaker")
            if not (0 <= sp["start"] < sp["end"] <= n16): errors.append(f"{where}: bounds {sp}")
            s = u[sp["start"]*2:sp["end"]*2].decode("utf-16-le")
            if s != s.strip() or not s: errors.append(f"{where}: span edge whitespace {s!r}")
print("\n".join(errors) or f"OK: {len(ids)} passages, all checks passed")
sys.exit(1 if errors else 0)

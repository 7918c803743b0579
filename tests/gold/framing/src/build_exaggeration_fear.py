"""Build ../dev_exaggeration_fear.jsonl from exaggeration_fear.txt, with the markup and offsets of build.py
(UTF-16 code units, end exclusive, computed from the markup, never typed)."""
import json, re, sys, pathlib
HERE = pathlib.Path(__file__).resolve().parent
CODES = {"LL": "Loaded_Language", "NC": "Name_Calling,Labeling", "EM": "Exaggeration,Minimisation",
         "FW": "Flag-Waving", "AF": "Appeal_to_fear-prejudice", "DB": "Doubt", "SL": "Slogans"}
SPEAKERS = {"o": "outlet", "q": "quoted"}
STYLES = {"wire", "partisan-commentary", "insurgent-statement", "ministry"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]{2})\|([oq])\}\}")
def u16(s): return len(s.encode("utf-16-le")) // 2
rows = []
for line in (HERE / "exaggeration_fear.txt").read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"): continue
    style, marked = line.split("\t", 1)
    assert style in STYLES, style
    text, spans, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = u16(text)
        spans.append({"start": start, "end": start + u16(m.group(1)), "technique": CODES[m.group(2)], "speaker": SPEAKERS[m.group(3)]})
        text += m.group(1); pos = m.end()
    text += marked[pos:]
    if "{{" in text or "}}" in text: sys.exit("unparsed markup: " + marked)
    rows.append({"id": f"fr-ef-{len(rows)+1:03d}", "style": style, "text": text, "spans": spans})
with open(HERE.parent / "dev_exaggeration_fear.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("exaggeration_fear", len(rows))

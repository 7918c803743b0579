"""Build dev.jsonl / blind.jsonl from src/passages.txt.

Offsets are computed from the {{phrase|CODE|speaker}} markup, never typed by hand,
and are counted in UTF-16 code units (C# string indices), end exclusive.
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
CODES = {"LL": "Loaded_Language", "NC": "Name_Calling,Labeling",
         "EM": "Exaggeration,Minimisation", "FW": "Flag-Waving",
         "AF": "Appeal_to_fear-prejudice", "DB": "Doubt", "SL": "Slogans"}
SPEAKERS = {"o": "outlet", "q": "quoted"}
STYLES = {"wire", "partisan-commentary", "insurgent-statement", "ministry"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]{2})\|([oq])\}\}")

def u16(s):
    return len(s.encode("utf-16-le")) // 2

def parse(marked):
    text, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        before = "".join(text)
        phrase = m.group(1)
        start = u16(before)
        spans.append({"start": start, "end": start + u16(phrase),
                      "technique": CODES[m.group(2)], "speaker": SPEAKERS[m.group(3)],
                      "_phrase": phrase})
        text.append(phrase)
        pos = m.end()
    text.append(marked[pos:])
    t = "".join(text)
    if "{{" in t or "}}" in t:
        sys.exit(f"unparsed markup: {marked}")
    return t, spans

sets, cur = {"dev": [], "blind": []}, None
for line in (HERE / "passages.txt").read_text(encoding="utf-8").splitlines():
    if line.startswith("## "):
        cur = line[3:].strip(); continue
    if not line.strip() or line.startswith("#"):
        continue
    style, marked = line.split("\t", 1)
    assert style in STYLES, style
    sets[cur].append((style, marked))

for name, rows in sets.items():
    with open(OUT / f"{name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, (style, marked) in enumerate(rows, 1):
            text, spans = parse(marked)
            for sp in spans:  # check text[start:end] in UTF-16 units is the phrase
                b = text.encode("utf-16-le")
                got = b[sp["start"]*2:sp["end"]*2].decode("utf-16-le")
                assert got == sp.pop("_phrase"), (got, marked)
            obj = {"id": f"fr-{name}-{i:03d}", "style": style, "text": text, "spans": spans}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(name, len(rows))

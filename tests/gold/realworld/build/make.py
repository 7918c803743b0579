import json, sys, collections
from common import build
import dev_af, dev_world

def world_rows(G):
    rows = []
    for country, rs in G.items():
        for r in rs:
            rows.append(tuple(r) + (country,))
    return rows

def write(path, cases):
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # validate
    n = 0
    for line in open(path, encoding="utf-8"):
        json.loads(line); n += 1
    print(path, n, collections.Counter(c["style"] for c in cases), collections.Counter(c["country"] for c in cases).most_common())

if __name__ == "__main__":
    which = sys.argv[1]
    if which == "dev":
        import random
        rows = list(dev_af.ROWS) + world_rows(dev_world.G)
        random.Random(7).shuffle(rows)
        write("../dev.jsonl", build("rw-dev", rows))
    else:
        import blind_af, blind_world
        rows = list(blind_af.ROWS) + world_rows(blind_world.G)
        import random
        random.Random(11).shuffle(rows)
        write("../blind.jsonl", build("rw-blind", rows))

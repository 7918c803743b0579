#!/usr/bin/env python3
"""Score the demo corpus against the answer key in samples/README.md.

Usage: sitrep events --db sitrep-demo.db --all --limit 10000 --format json > events.jsonl
       python3 samples/score_demo.py events.jsonl [-v]

A key event is matched by a counted ACLED event (political interactions are not in the key) of the
same article and sub-event type, on a day within one day of the key dates, in the same province.
On the matched events it also scores actor1, actor2 and the killed count where the key gives them
(the key's abbreviations are read from the README).
-v lists the key events missed, the counted events that match nothing, and the matched events
whose actors or killed count differ from the key."""
import json, re, sys, glob, os, datetime as dt
S = os.path.dirname(os.path.abspath(__file__))
ALIAS = {'hirat':'herat','wardak':'maidanwardak','paktya':'paktia','uruzgan':'urozgan','sarepul':'sarepul','jawzjan':'jowzjan','sarepol':'sarepul','nimruz':'nimroz'}
def norm(p):
    k = re.sub(r'[^a-z]', '', (p or '').lower())
    return ALIAS.get(k, k)
urls = {}
for f in sorted(glob.glob(S+'/*.json')):
    urls[json.load(open(f))['url']] = os.path.basename(f)[:2]
for f in sorted(glob.glob(S+'/*.html')):
    m = re.search(r'og:url" content="([^"]+)"', open(f).read()); urls[m.group(1)] = os.path.basename(f)[:2]
for i, line in enumerate(open(S+'/wire.jsonl')):
    urls[json.loads(line)['url']] = 'W%d' % (i+1)
readme = open(S+'/README.md').read()
legend = ' '.join(readme[readme.index('Actor abbreviations:') + len('Actor abbreviations:'):].split('\n\n')[0].split()).rstrip('.')
abbrev = dict(re.match(r'\s*\*\*([A-Z]+)\*\* (.+)', part).groups() for part in legend.split(';'))
def actor(cell):
    first = cell.split('(')[0].strip().split(' ')[0]
    return None if first in ('–', '-', '') else abbrev.get(first, first)
def killed(cell):
    m = re.match(r'\s*(\d+)', cell)
    return int(m.group(1)) if m else None
key = []
art = None
for line in open(S+'/README.md'):
    m = re.match(r'### (\d\d) ', line)
    if m: art = m.group(1); continue
    if line.startswith('### wire'): art = 'W'; continue
    if not line.startswith('| ') or art is None: continue
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) < 8 or cells[0] in ('#', 'line') or cells[0].startswith('---'): continue
    a = art if art != 'W' else re.match(r'W\d', cells[0]).group(0)
    typ = cells[1].split('(')[0].strip()
    et, st = [x.strip() for x in typ.split(' / ', 1)]
    dates = re.findall(r'\d{4}-\d\d-\d\d', cells[2])
    prov = cells[3].split('/')[0].split('(')[0].split(':')[0].strip()
    if 'nationwide' in cells[3]: prov = 'Kabul'
    if cells[3].startswith('Qatar'): prov = 'Qatar'
    key.append(dict(art=a, id=cells[0], et=et, st=st, d0=dates[0], d1=dates[-1], prov=prov, a1=actor(cells[4]), a2=actor(cells[5]), killed=killed(cells[6])))
evs = [json.loads(l) for l in open(sys.argv[1])]
for e in evs: e['art'] = urls.get(e.get('url'), '?')
def d(s): return dt.date.fromisoformat(s)
def match(k, e, loose=False):
    if e['art'] != k['art']: return False
    if not loose and (e.get('subEventType') != k['st']): return False
    ds, de = d(e['dateStart']), d(e.get('dateEnd') or e['dateStart'])
    if ds > d(k['d1']) + dt.timedelta(1) or de < d(k['d0']) - dt.timedelta(1): return False
    pe = norm(e.get('admin1') or e.get('location'))
    if k['prov']=='Qatar': return 'qatar' in norm(e.get('location')) or 'doha' in norm(e.get('location')) or norm(e.get('country'))=='qa'
    return pe == norm(k['prov'])
counted = [e for e in evs if e.get('counts') and e.get('eventType') != 'Political interaction']
used = set(); hit = 0; missed = []
for k in key:
    m = [e for e in counted if match(k, e) and e['id'] not in used]
    if m: used.add(m[0]['id']); hit += 1; k['ev'] = m[0]
    else: missed.append(k)
tp = len(used)
print(f"key {len(key)}  counted {len(counted)}  matched {hit}  precision {100*tp/max(1,len(counted)):.1f}%  recall {100*hit/len(key):.1f}%")
def value(e, field):
    # an event with no casualty figure reports none: ACLED codes 0
    return (e.get(field) or 0) if field == 'fatalities' else e.get(field)
def agree(field, gold, got):
    return [k for k in key if 'ev' in k and k[gold] is not None and k[gold] != value(k['ev'], field)]
scored = {f: [k for k in key if 'ev' in k and k[g] is not None] for f, g in (('actor1', 'a1'), ('actor2', 'a2'), ('fatalities', 'killed'))}
wrong = {'actor1': agree('actor1', 'a1', None), 'actor2': agree('actor2', 'a2', None), 'fatalities': agree('fatalities', 'killed', None)}
print('  '.join(f"{f} {len(scored[f]) - len(wrong[f])}/{len(scored[f])}" for f in scored))
verbose = '-v' in sys.argv
if verbose:
    print('\n== MISSED (key events with no counted match)')
    for k in missed:
        near = [e for e in evs if match(k, e, loose=True)]
        print(f"{k['art']}#{k['id']} {k['st']} {k['d0']} {k['prov']} | near: " + '; '.join(f"{e['subEventType']} {e['dateStart']} {e['admin1'] if 'admin1' in e else e.get('location')} {e['modality']} counts={e['counts']} '{e.get('triggerText')}'" for e in near))
    print('\n== EXTRA (counted events matching nothing)')
    for e in counted:
        if e['id'] in used: continue
        print(f"{e['art']} {e['id']} {e.get('subEventType')} {e['dateStart']} {e.get('admin1') or e.get('location')} {e.get('actor1','')}/{e.get('actor2','')} {e['modality']} '{e.get('triggerText')}' src={e.get('dateSource')}")
    print('\n== MATCHED WITH DIFFERENCES')
    for f, g in (('actor1', 'a1'), ('actor2', 'a2'), ('fatalities', 'killed')):
        for k in wrong[f]:
            print(f"{k['art']}#{k['id']} {f}: key {k[g]} | got {k['ev'].get(f)} ('{k['ev'].get('triggerText')}')")

#!/usr/bin/env python3
"""What changed between two prediction files, judged against gold at 0.3 (v2).
usage: diff_predictions.py GOLD BASE NEW
Prints predictions only in BASE (-) or only in NEW (+), each marked TP/FP (paired with a gold statement or not)
and, when paired, whether its resolved speaker is right; a changed speaker shows as a - and a + on one span, and ~
marks a prediction in both whose pairing changed."""
import os
import sys

# The reference scorer's own pairing (score.py), from ../shared/eval next to a checkout unless SCORER_DIR says.
sys.path.insert(0, os.environ.get('SCORER_DIR', os.path.join(os.path.dirname(__file__), '../../../shared/eval')))
import score as S
gold, base, new = S.load(sys.argv[1]), S.load(sys.argv[2]), S.load(sys.argv[3])
def key(p):
    sp = p.get('span') or {}
    return (sp.get('start'), sp.get('end'))
def status(gd, ps):
    gs = gd.get('statements', [])
    pairs = S.match_v2(gs, ps, 0.3, gd.get('text') or '')
    inv = {j: i for i, j in pairs.items()}
    out = {}
    for j, p in enumerate(ps):
        i = inv.get(j)
        g = gs[i] if i is not None else None
        res = None
        if g is not None:
            gc, pc = S.words(g.get('speaker_resolved') or g.get('speaker')), S.words(p.get('speaker'))
            res = bool(gc & pc) or (not gc and not pc)
        out[key(p) + (p.get('speaker'),)] = ('TP' if g is not None else 'FP', res, g)
    return out
for did, gd in gold.items():
    b = status(gd, base.get(did, {}).get('statements', []))
    n = status(gd, new.get(did, {}).get('statements', []))
    bp = {key(p) + (p.get('speaker'),): p for p in base.get(did, {}).get('statements', [])}
    np_ = {key(p) + (p.get('speaker'),): p for p in new.get(did, {}).get('statements', [])}
    for k in bp.keys() - np_.keys():
        p = bp[k]; st = b[k]
        print(f"- {did} {st[0]} res={st[1]} [{p.get('speaker')}|{p.get('cue')}] «{p.get('content')[:160]}»" + (f"  gold[{st[2].get('speaker_resolved') or st[2].get('speaker')}]" if st[2] else ''))
    for k in np_.keys() - bp.keys():
        p = np_[k]; st = n[k]
        print(f"+ {did} {st[0]} res={st[1]} [{p.get('speaker')}|{p.get('cue')}] «{p.get('content')[:160]}»" + (f"  gold[{st[2].get('speaker_resolved') or st[2].get('speaker')}]" if st[2] else ''))
    for k in bp.keys() & np_.keys():
        if b[k][0] != n[k][0]:
            print(f"~ {did} {b[k][0]}->{n[k][0]} «{bp[k].get('content')[:160]}»")

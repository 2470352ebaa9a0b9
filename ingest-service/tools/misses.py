#!/usr/bin/env python3
"""Misses at threshold 0.3 (v2 pairing).
usage: misses.py GOLD PRED [fn|fp|spk|res|all] [--grep REGEX] [--limit N]
fn: gold statements with no prediction; fp: predictions with no gold; spk/res: matched pairs whose
speaker (mention) / resolved speaker is wrong. Each line shows the document id and a text window."""
import os
import re
import sys

# The reference scorer's own pairing (score.py), from ../shared/eval next to a checkout unless SCORER_DIR says.
sys.path.insert(0, os.environ.get('SCORER_DIR', os.path.join(os.path.dirname(__file__), '../../../shared/eval')))
import score as S
a = [x for x in sys.argv[1:] if not x.startswith('--')]
opts = dict(zip(sys.argv[1:], sys.argv[2:]))
gold, pred = S.load(a[0]), S.load(a[1])
kind = a[2] if len(a) > 2 else 'all'
rx = re.compile(opts['--grep'], re.I) if '--grep' in opts else None
limit = int(opts.get('--limit', 10**9))
n = 0
def ctx(text, start, end, w=160):
    s, e = max(0, start - w), min(len(text), end + 60)
    return text[s:e].replace('\n', ' ¶ ')
def show(line):
    global n
    if rx and not rx.search(line):
        return
    n += 1
    if n <= limit:
        print(line)
for did, gd in gold.items():
    text = gd.get('text') or ''
    gs = gd.get('statements', [])
    ps = pred.get(did, {}).get('statements', [])
    pairs = S.match_v2(gs, ps, 0.3, text)
    used = set(pairs.values())
    if kind in ('fn', 'all'):
        for i, g in enumerate(gs):
            if g.get('nested') or i in pairs:
                continue
            pl = S.gold_places(text, g)
            st, en = (pl[0] if pl else (0, 0))
            show(f"FN {did} [{g.get('speaker')}|{g.get('cue')}] «{g.get('content')[:200]}» :: {ctx(text, st, en)}")
    if kind in ('fp', 'all'):
        for j, p in enumerate(ps):
            if j in used:
                continue
            sp = p.get('span') or {}
            show(f"FP {did} [{p.get('speaker')}|{p.get('speaker_mention')}|{p.get('cue')}|{p.get('confidence','')}] «{p.get('content')[:200]}» :: {ctx(text, sp.get('start', 0), sp.get('end', 0))}")
    if kind in ('spk', 'res', 'all'):
        for i, j in pairs.items():
            g, p = gs[i], ps[j]
            if g.get('nested'):
                continue
            if kind in ('spk', 'all'):
                ok = (S.words(g.get('speaker'), g.get('speaker_mention'), g.get('speaker_resolved')) & S.words(p.get('speaker'), p.get('speaker_mention')))
                if not ok and (S.words(g.get('speaker'), g.get('speaker_mention'), g.get('speaker_resolved')) or S.words(p.get('speaker'), p.get('speaker_mention'))):
                    show(f"SPK {did} gold[{g.get('speaker')}|{g.get('speaker_resolved','')}] pred[{p.get('speaker')}|{p.get('speaker_mention')}] «{p.get('content')[:150]}»")
            if kind in ('res', 'all'):
                gc, pc = S.words(g.get('speaker_resolved') or g.get('speaker')), S.words(p.get('speaker'))
                if not (gc & pc) and (gc or pc):
                    show(f"RES {did} gold[{g.get('speaker_resolved') or g.get('speaker')}] pred[{p.get('speaker')}|{p.get('speaker_mention')}] «{p.get('content')[:150]}»")
print(f"-- {n} lines", file=sys.stderr)

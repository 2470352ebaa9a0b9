#!/usr/bin/env python3
"""Fit or check the extractor's calibration table (src/main/resources/calibration.tsv).

usage: calibrate.py fit   GOLD.jsonl PRED.jsonl > ../src/main/resources/calibration.tsv
       calibrate.py check GOLD.jsonl PRED.jsonl          (reliability table, markdown)

PRED comes from the eval tool (exec:java@eval), which writes each statement's source, speaker_class and
confidence. A prediction counts as right when the reference scorer (score.py, v2, threshold 0.3) pairs it
with a gold statement, or when it is one part of a gold statement the annotators gave several spans
("A," she said. "B." is one statement there and two under our guideline). The table holds, per pattern
(source), kind of cue and kind of speaker, the smoothed share of right predictions: a few numbers per rule, fitted on
counts, nothing learned over words. Cells with fewer than MIN statements fall back to the pattern and cue's row,
then to the pattern's.
"""
import collections
import os
import sys

sys.path.insert(0, os.environ.get('SCORER_DIR', os.path.join(os.path.dirname(__file__), '../../../shared/eval')))
import score  # noqa: E402  the reference scorer

# Fewest statements a cell needs of its own. Chosen on train alone: fitted on one half of train and checked on the
# other (5 random splits), 200 gave the smallest worst bucket gap (0.062; 30 gave 0.24, 100 gave 0.09).
MIN = 200
BUCKETS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]


def judged(gold_path, pred_path):
    """(prediction, right) for every prediction."""
    gold, pred = score.load(gold_path), score.load(pred_path)
    out = []
    for did, gd in gold.items():
        gs, ps, text = gd.get('statements', []), pred.get(did, {}).get('statements', []), gd.get('text') or ''
        matched = set(score.match_v2(gs, ps, 0.3, text).values())
        parts = [sp for g in gs for sp in [g.get('content_spans') or []] if len(sp) > 1]
        for j, p in enumerate(ps):
            s, e = p['span']['start'], p['span']['end']
            part = any(a <= s and e <= b + 1 for sp in parts for a, b in sp)
            out.append((p, j in matched or part))
    return out


def fit(rows):
    cells = collections.defaultdict(list)
    for p, right in rows:
        for key in ((p['source'], '*', '*'), (p['source'], p['cue_class'], '*'),
                    (p['source'], p['cue_class'], p['speaker_class'])):
            cells[key].append(right)
    print('# source\tcue class\tspeaker class\tprobability right\tstatements fitted on (PolNeAR train); '
          'refit with tools/calibrate.py')
    for key, rs in sorted(cells.items()):
        if len(rs) >= MIN or key[1] == '*':
            print('\t'.join(key) + f'\t{(sum(rs) + 1) / (len(rs) + 2):.3f}\t{len(rs)}')


def check(rows):
    print('| stated confidence | statements | mean confidence | measured precision | gap |')
    print('|---|---|---|---|---|')
    for lo, hi in zip(BUCKETS, BUCKETS[1:]):
        b = [(p['confidence'], r) for p, r in rows if lo <= p['confidence'] < hi]
        if not b:
            continue
        mean = sum(c for c, _ in b) / len(b)
        prec = sum(r for _, r in b) / len(b)
        print(f'| {lo:.1f}–{min(hi, 1.0):.1f} | {len(b)} | {mean:.3f} | {prec:.3f} | {prec - mean:+.3f} |')


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('fit', 'check'):
        sys.exit(__doc__)
    (fit if sys.argv[1] == 'fit' else check)(judged(sys.argv[2], sys.argv[3]))

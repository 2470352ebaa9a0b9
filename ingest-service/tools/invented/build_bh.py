#!/usr/bin/env python3
"""Builds invented set BH: a held-back set of round 56 (issues 9 and 10), written unseen by "writer2" and kept out of
every other worktree. Five wire stories, six government texts, five North American newspaper articles
(ids bhNN-kind-..., 01-05 wires, 06-11 government texts, 12-16 newspapers), dated 2039; the documents are in three
modules, one per kind (build_bh_wire.py, build_bh_gov.py, build_bh_paper.py; each module's statements carry the
shapes, and the README's "Round 56, writer2" section lists them per document).

All invented: places, bodies, outlets, companies and people, dated 2039. Annotated by hand by
/work/shared/eval/GUIDELINES.md and the README's settled conventions, and committed before the extractor first ran on
the texts (it has not run on them: the set is held back for the lead).
"""
import build_bh_wire  # noqa: F401  (each module adds its documents)
import build_bh_gov  # noqa: F401
import build_bh_paper  # noqa: F401
from invented_common import write

write('invented_bh_gold.jsonl', per_document=True)

#!/usr/bin/env python3
"""Builds invented set BJ (docstring written below)."""
import build_bj_wire  # noqa: F401  (each module adds its documents)
import build_bj_gov  # noqa: F401
import build_bj_paper  # noqa: F401
from invented_common import write

write('invented_bj_gold.jsonl', per_document=True)

#!/usr/bin/env python3
"""Builds invented set BN (docstring written below)."""
import build_bn_wire  # noqa: F401  (each module adds its documents)
import build_bn_gov  # noqa: F401
import build_bn_paper  # noqa: F401
from invented_common import write

write('invented_bn_gold.jsonl', per_document=True)

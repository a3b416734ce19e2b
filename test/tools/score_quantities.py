#!/usr/bin/env python3
"""Score speech_quantities() against the "quantities" lists of ../shared/gold/*.json.

A gold quantity is found when a row has the same raw text, the same value
(compared as decimals), the same unit and the same qualifier (none = NULL).
The gold lists are partial (annotators listed clear cases), so this measures
recall only; precision is guarded by the regression tests.

Usage: PSQL="psql -X -d DB" score_quantities.py [-v] SHARED_DIR
Prints one line per gold file and a summary line:
  quantities: found F of G, recall R
Exit status 0; the caller applies the bar.
"""
import glob
import json
import os
import shlex
import subprocess
import sys
from decimal import Decimal

verbose = "-v" in sys.argv
args = [a for a in sys.argv[1:] if a != "-v"]
shared = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
psql = shlex.split(os.environ.get("PSQL", "psql -X"))

SQL = r"""
SELECT raw, coalesce(value::text, ''), coalesce(unit, ''), coalesce(qualifier, '')
  FROM speech_quantities(convert_from(decode('%s', 'base64'), 'UTF8'))
"""


def rows(path):
    import base64
    with open(path, "rb") as f:
        doc = base64.b64encode(f.read()).decode("ascii")
    out = subprocess.run(psql + ["-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"],
                         input=SQL % doc, capture_output=True, text=True, check=True).stdout
    got = set()
    for line in out.splitlines():
        raw, value, unit, qual = (line.split("\t") + ["", "", "", ""])[:4]
        got.add((raw, Decimal(value) if value else None, unit, qual))
    return got


total = found = 0
for gold_path in sorted(glob.glob(os.path.join(shared, "gold", "*.json"))):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    want = gold.get("quantities") or []
    if not want:
        continue
    got = rows(os.path.join(shared, gold["doc"]))
    hits = 0
    for q in want:
        key = (q["raw"], Decimal(str(q["value"])), q["unit"], q.get("qualifier") or "")
        if key in got:
            hits += 1
        elif verbose:
            near = sorted(g for g in got if g[0] and (g[0] in q["raw"] or q["raw"] in g[0]))
            print(f"  miss {q} near {near[:3]}")
    total += len(want)
    found += hits
    print(f"{os.path.basename(gold_path)}: found {hits} of {len(want)}")
print(f"quantities: found {found} of {total}, recall {found / total if total else 1.0:.4f}")

#!/usr/bin/env bash
# Accuracy of speech_outline() against the hand-made gold files in ../shared/gold,
# scored by ../shared/tools/score_outline.py.  Fails unless on the seed (the
# user's own sample speech, which must come out exact) every required heading
# is found with the right parent, with no false positive and no trap, and over
# all gold files (gold/*.json and gold/genres/*.json together) F1 >= 0.97 with
# no trap.  A trap is a line a gold file lists
# as looking like a heading without being one (an enumeration, a numbered
# slogan): taken for a heading it breaks the outline, so none is allowed
# anywhere, while a heading missed on a layout of another document costs a
# little F1.
#
# The genre documents (gold/genres/*.json: laws, Party regulations, plans,
# provincial work reports, Traditional Chinese, English) are also scored on
# their own and printed; a ratchet fails when their F1 falls below GENRES_F1_MIN or
# their trap hits exceed GENRES_TRAPS_MAX (0.97: the bar of the development
# gold; today 1.000 with 0 traps).  Raise them as the genres improve
# (the value reached minus 0.02; the traps reached); these two lines are the
# only place they are kept.
GENRES_F1_MIN=0.97
GENRES_TRAPS_MAX=0
. "$(dirname "$0")/lib.sh"
require_shared tools/score_outline.py
new_speech_db speech_score
# the gate: the development gold and the genre gold together
out=$(PSQL="psql -X -d $db" SHARED="$shared" python3 "$shared/tools/score_outline.py" "$shared"/gold/*.json "$shared"/gold/genres/*.json)
echo "$out"
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
bad = []
for line in out.splitlines():
    m = re.match(r"(\S+): tp (\d+) fp (\d+) gold (\d+) parent_ok (\d+)/(\d+) traps (\d+)", line)
    if m and m.group(1).startswith("000_"):
        tp, fp, gold, po, pn, tr = map(int, m.groups()[1:])
        if tp != gold or fp or tr or po != pn:
            bad.append("seed: " + line)
m = re.search(r"outline: precision ([\d.]+) recall ([\d.]+) f1 ([\d.]+) parent_ok (\d+)/(\d+) traps (\d+)", out)
if not m:
    bad.append("no summary line from the scorer")
else:
    f1, traps = float(m.group(3)), int(m.group(6))
    if f1 < 0.97: bad.append(f"f1 {f1} < 0.97")
    if traps: bad.append(f"{traps} traps hit")
if bad:
    print("FAIL score_outline: " + "; ".join(bad))
    sys.exit(1)
print("ok score_outline")
PY
genres=$(PSQL="psql -X -d $db" SHARED="$shared" python3 "$shared/tools/score_outline.py" "$shared"/gold/genres/*.json)
echo "$genres" | sed 's/^/genres: /'
python3 - "$genres" "$GENRES_F1_MIN" "$GENRES_TRAPS_MAX" <<'PY'
import re, sys
out, f1_min, traps_max = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
m = re.search(r"outline: precision ([\d.]+) recall ([\d.]+) f1 ([\d.]+) parent_ok (\d+)/(\d+) traps (\d+)", out)
if not m:
    print("FAIL score_outline genres: no summary line from the scorer")
    sys.exit(1)
f1, traps = float(m.group(3)), int(m.group(6))
bad = []
if f1 < f1_min: bad.append(f"genres f1 {f1} < {f1_min}")
if traps > traps_max: bad.append(f"genres traps {traps} > {traps_max}")
if bad:
    print("FAIL score_outline genres: " + "; ".join(bad))
    sys.exit(1)
print(f"ok score_outline genres (f1 {f1} >= {f1_min}, traps {traps} <= {traps_max})")
PY

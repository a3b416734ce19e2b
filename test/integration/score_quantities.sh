#!/usr/bin/env bash
# Recall of speech_quantities() against the "quantities" lists of the gold files
# in ../shared/gold: every quantity of the seed's list found exactly (the seed
# is the user's own sample speech, which must come out exact), and over all
# lists recall >= 0.95 (room for a miss on the other documents' wordings;
# today all are found).  The lists are partial, so precision is left to the
# regression tests.  Skips when ../shared is absent.
. "$(dirname "$0")/lib.sh"
require_shared 'gold/*.json'
hush_notices
new_speech_db speech_score_quantities
out=$(PSQL="psql -X -d $db" python3 "$root/test/tools/score_quantities.py" -v "$shared")
echo "$out"
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
bad = []
for line in out.splitlines():
    m = re.match(r"(000_\S+): found (\d+) of (\d+)", line)
    if m and m.group(2) != m.group(3):
        bad.append("seed: " + line)
m = re.search(r"quantities: found (\d+) of (\d+), recall ([\d.]+)", out)
if not m:
    bad.append("no summary line from the scorer")
elif float(m.group(3)) < 0.95:
    bad.append(f"recall {m.group(3)} < 0.95")
if bad:
    print("FAIL score_quantities: " + "; ".join(bad))
    sys.exit(1)
print("ok score_quantities")
PY

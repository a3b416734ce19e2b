#!/usr/bin/env bash
# Recall of speech_quantities() against the "quantities" lists of the gold files
# in ../shared/gold (issue 4): every quantity of the seed's list found exactly,
# and over all lists recall >= 0.95.  Skips when ../shared is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SPEECH_SHARED:-$root/../shared}
if ! ls "$shared"/gold/*.json >/dev/null 2>&1; then
	echo "skipped: no gold files in $shared/gold (they live outside the project)"
	exit 0
fi
db=speech_score_quantities
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
psql -X -q -d $db -c "CREATE EXTENSION speech" >/dev/null
out=$(PSQL="psql -X -d $db" python3 "$root/test/tools/score_quantities.py" -v "$shared")
echo "$out"
psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
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

#!/usr/bin/env bash
# Accuracy of speech_turns() against the hand-made speaker-turn gold of the
# development transcripts (../shared/gold/turns/*.json: 答记者问, interviews,
# White House gaggles, a moderated call, a joint press conference), scored by
# ../shared/tools/score_turns.py.  Fails unless, over all of them, turn
# F1 >= 0.97, role accuracy >= 0.95, reply_to accuracy >= 0.95 and no trap is
# hit (a trap is text where a turn must not start: a byline 作者：…, a time
# stamp, a stage direction).  These are the bars of issue 14; held-out
# transcripts of other sources are scored the same way (bar F1 >= 0.95).
# Skips when ../shared is absent.
. "$(dirname "$0")/lib.sh"
require_shared tools/score_turns.py "gold/turns/*.json"
new_speech_db speech_score_turns
out=$(PSQL="psql -X -d $db" SHARED="$shared" python3 "$shared/tools/score_turns.py" "$shared"/gold/turns/*.json)
echo "$out"
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
m = re.search(r"turns: precision ([\d.]+) recall ([\d.]+) f1 ([\d.]+) role_ok (\d+)/(\d+) "
              r"reply_ok (\d+)/(\d+) speaker_ok (\d+)/(\d+) traps (\d+)", out)
if not m:
    print("FAIL score_turns: no summary line from the scorer")
    sys.exit(1)
f1 = float(m.group(3))
ro, rn, po, pn, traps = int(m.group(4)), int(m.group(5)), int(m.group(6)), int(m.group(7)), int(m.group(10))
role = ro / rn if rn else 0.0
reply = po / pn if pn else 0.0
bad = []
if f1 < 0.97: bad.append(f"turn f1 {f1} < 0.97")
if role < 0.95: bad.append(f"role accuracy {role:.3f} < 0.95")
if reply < 0.95: bad.append(f"reply_to accuracy {reply:.3f} < 0.95")
if traps: bad.append(f"{traps} traps hit")
if bad:
    print("FAIL score_turns: " + "; ".join(bad))
    sys.exit(1)
print(f"ok score_turns (f1 {f1:.3f}, role {role:.3f}, reply_to {reply:.3f}, traps 0)")
PY

#!/usr/bin/env bash
# Title, salutation and announced points of speech_parse() against the gold files
# in ../shared/gold and ../shared/gold/genres (fields "title", "salutation",
# "announced_points", each where the gold file has it).  Titles are compared
# with white space folded.  Fails on any mismatch in gold/*.json; the genres
# set is reported per field (GENRES_STRICT=1 makes its mismatches fail too).
. "$(dirname "$0")/lib.sh"
require_shared gold
new_speech_db speech_parts
SHARED="$shared" DB="$db" python3 - <<'PY'
import glob, json, os, subprocess, sys
shared, db = os.environ["SHARED"], os.environ["DB"]
fold = lambda s: "".join((s or "").split())
strict = os.environ.get("GENRES_STRICT") == "1"
n = ok = 0
bad = []
soft = []
paths = sorted(glob.glob(os.path.join(shared, "gold", "*.json")))
genres = sorted(glob.glob(os.path.join(shared, "gold", "genres", "*.json")))
for path in paths + genres:
    gold = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(shared, gold["doc"]), encoding="utf-8").read()
    script = ("\\set ON_ERROR_STOP 1\nCREATE TEMP TABLE d(body text);\nCOPY d FROM STDIN;\n"
              + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
              + "\n\\.\nSELECT row_to_json(p) FROM d, speech_parse(d.body) p;\n")
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-d", db], input=script,
                         capture_output=True, text=True, check=True).stdout.strip()
    got = json.loads(out)
    for field in ("title", "salutation", "announced_points"):
        if field not in gold:
            continue
        n += 1
        g, p = gold.get(field), got.get(field)
        same = fold(g) == fold(p) if field == "title" else g == p
        ok += same
        if not same:
            line = f"{os.path.basename(path)} {field}: gold {g!r} got {p!r}"
            (soft if path in genres and not strict else bad).append(line)
print(f"parts: {ok}/{n} fields match (title, salutation, announced_points)")
for b in bad:
    print("  MISMATCH", b)
for b in soft:
    print("  MISMATCH (genres, reported)", b)
sys.exit(1 if bad else 0)
PY

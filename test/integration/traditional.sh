#!/usr/bin/env bash
# Traditional Chinese in speech_zh (issue 17), on test data made now with
# OpenCC's own tools from the shared corpus and the SIGHAN gold files (never
# kept):
#   1. the folding is OpenCC's: for every 2,000-character row of the corpus
#      converted with s2t, s2tw and s2hk, to_tsvector('speech_zh', row) equals
#      to_tsvector('speech_zh_exact', opencc -c t2s.json row) (the text folded by
#      OpenCC, cut as it is), and every token of
#      speech_tokens(row) is substr(row, pos, len);
#   2. retrieval (test/retrieval.py --traditional): Traditional rows with
#      Simplified queries and the other way round, recall >= 0.98, precision
#      >= 0.95, within 0.01 of the Simplified figure of the same run;
#   3. segmentation F1 on PKU and MSR converted to Traditional (s2t) within
#      0.02 of the Simplified F1;
#   4. to_tsvector speed on the s2t rows >= 0.8 x on the Simplified rows (best
#      of 5 interleaved rounds).
# Skips without ../shared or without the opencc command (Debian: opencc).
. "$(dirname "$0")/lib.sh"
require_shared corpus/docs tools/score_seg.py segmentation
command -v opencc >/dev/null || skip "the opencc command is not installed (Debian: apt-get install opencc)"
hush_notices
new_speech_db speech_traditional
new_work_dir 755
status=0

# ---- 1. the folding agrees with opencc -c t2s.json; tokens index the original
python3 - "$shared" "$work" <<'PY'
import glob, os, subprocess, sys
shared, work = sys.argv[1:3]
text = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(shared, "corpus/docs/*.txt")))]
rows = [t[i:i + 2000] for t in text for i in range(0, len(t), 2000)]
sep = "\n\u241e\n"
def cc(config, texts):
    out = subprocess.run(["opencc", "-c", config], input=sep.join(texts), capture_output=True, text=True, check=True).stdout.split(sep)
    assert len(out) == len(texts), config
    return out
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
with open(os.path.join(work, "rows.copy"), "w", encoding="utf-8") as f:
    for conf in ("s2t.json", "s2tw.json", "s2hk.json"):
        trad = cc(conf, rows)
        simp = cc("t2s.json", trad)
        for i, (a, b, c) in enumerate(zip(rows, trad, simp)):
            f.write("%s\t%d\t%s\t%s\t%s\n" % (conf, i, esc(a), esc(b), esc(c)))
PY
db_psql <<SQL
\set ON_ERROR_STOP 1
CREATE TABLE rows (conf text, id int, simp text, trad text, folded text);
\copy rows FROM '$work/rows.copy'
SQL
while IFS='|' read -r conf n changed same tokens_ok; do
	if [ "$same" = "$n" ] && [ "$tokens_ok" = "$n" ]; then
		echo "traditional: $conf: $n rows ($changed changed by it): to_tsvector equals that of opencc t2s in $same, tokens index the original in $tokens_ok  (ok)"
	else
		echo "traditional: $conf: $n rows: to_tsvector equals that of opencc t2s in $same, tokens index the original in $tokens_ok  (FAILED)"
		status=1
	fi
done < <(db_value "SELECT conf, count(*), count(*) FILTER (WHERE trad <> simp),
	count(*) FILTER (WHERE to_tsvector('speech_zh', trad) = to_tsvector('speech_zh_exact', folded)),
	count(*) FILTER (WHERE NOT EXISTS (SELECT FROM speech_tokens(trad) t WHERE substr(trad, t.pos, t.len) <> t.token))
	FROM rows GROUP BY conf ORDER BY conf")

# ---- 2. retrieval across the scripts
PSQL="psql -X -d $db" python3 "$root/test/retrieval.py" "$shared" --traditional --check || status=1

# ---- 3. segmentation F1 on Traditional PKU / MSR
for set in pku msr; do
	gold="$shared/segmentation/${set}_test_gold.utf8"
	opencc -c s2t.json -i "$gold" -o "$work/${set}_t.utf8"
	# the scorer compares character spans: the conversion must keep every line's length
	python3 - "$gold" "$work/${set}_t.utf8" <<'PY' || { echo "traditional: $set: OpenCC changed the length of a line"; status=1; continue; }
import sys
a = open(sys.argv[1], encoding="utf-8").read().splitlines()
b = open(sys.argv[2], encoding="utf-8").read().splitlines()
sys.exit(0 if len(a) == len(b) and all(len(x) == len(y) for x, y in zip(a, b)) else 1)
PY
	simp=$(PSQL="psql -X -d $db" python3 "$shared/tools/score_seg.py" speech_parser "$gold")
	trad=$(PSQL="psql -X -d $db" python3 "$shared/tools/score_seg.py" speech_parser "$work/${set}_t.utf8")
	f_s=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' <<<"$simp")
	f_t=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' <<<"$trad")
	if python3 -c "import sys; sys.exit(0 if $f_t >= $f_s - 0.02 else 1)"; then v=ok; else v=FAILED; status=1; fi
	echo "traditional: seg ${set^^} simplified F1 $f_s, s2t F1 $f_t: $trad  (bar: within 0.02: $v)"
done

# ---- 4. speed on Traditional rows against Simplified rows
ratio=$(db_value "
CREATE FUNCTION pg_temp.run(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz;
BEGIN t0 := clock_timestamp(); EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - t0); END \$\$;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE times (q text, secs float8);
DO \$\$ BEGIN FOR i IN 1..5 LOOP
	INSERT INTO times VALUES
	('simp', pg_temp.run(\$q\$SELECT count(*) FROM rows WHERE conf = 's2t.json' AND to_tsvector('speech_zh', simp) IS NOT NULL\$q\$)),
	('trad', pg_temp.run(\$q\$SELECT count(*) FROM rows WHERE conf = 's2t.json' AND to_tsvector('speech_zh', trad) IS NOT NULL\$q\$));
END LOOP; END \$\$;
SELECT format('%s %s %s', round((min(secs) FILTER (WHERE q = 'simp') / min(secs) FILTER (WHERE q = 'trad'))::numeric, 3),
	round(min(secs) FILTER (WHERE q = 'simp')::numeric, 3), round(min(secs) FILTER (WHERE q = 'trad')::numeric, 3)) FROM times" | tail -n 1)
read -r r ts tt <<<"$ratio"
if python3 -c "import sys; sys.exit(0 if $r >= 0.8 else 1)"; then v=ok; else v=FAILED; status=1; fi
echo "traditional: to_tsvector speed on s2t rows / Simplified rows: $r x (best of 5: $ts s Simplified, $tt s Traditional; bar >= 0.8: $v)"
exit $status

#!/usr/bin/env bash
# Accuracy and speed of speech_diff() on the benchmark test/bench/diff_bench.py
# builds from the work and congress reports of ../shared/corpus/series (known
# edits: deleted, inserted, reworded and moved sentences, moved with a small
# edit, a section inserted so that the headings after it are renumbered).
# Fails unless macro-F1 over the five ops >= 0.95 and moved F1 >= 0.90, on the
# standard set and on a harder one (--hard); prints
# Python difflib's figures on the same cases beside them.  Speed is printed,
# not asserted (a shared machine): the time per pair, and cr_19_2017 against
# cr_20_2022 (the 19th and 20th congress reports) with the number of each op.
MACRO_F1_MIN=0.95
MOVED_F1_MIN=0.90
. "$(dirname "$0")/lib.sh"
require_shared corpus/series/wr_national corpus/series/cr_national
new_speech_db speech_score_diff
new_work_dir 755
python3 test/bench/diff_bench.py --psql "psql -X -d $db" --json "$work/diff.json" "$shared/corpus/series"
# the harder set: rewordings of 1-3 edits, moves 3 or more units away, width changes
python3 test/bench/diff_bench.py --hard --psql "psql -X -d $db" --json "$work/hard.json" "$shared/corpus/series" |
	sed 's/^/hard: /'
for set in diff hard; do
python3 - "$work/$set.json" "$MACRO_F1_MIN" "$MOVED_F1_MIN" "$set" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
macro_min, moved_min = float(sys.argv[2]), float(sys.argv[3])
bad = []
if r["macro_f1"] < macro_min: bad.append(f"macro-F1 {r['macro_f1']:.3f} < {macro_min}")
if r["moved_f1"] < moved_min: bad.append(f"moved F1 {r['moved_f1']:.3f} < {moved_min}")
if bad:
    print(f"FAIL score_diff {sys.argv[4]}: " + "; ".join(bad))
    sys.exit(1)
print(f"ok score_diff {sys.argv[4]} (macro-F1 {r['macro_f1']:.3f} >= {macro_min}, moved F1 {r['moved_f1']:.3f} >= {moved_min}; "
      f"difflib {r['difflib_macro_f1']:.3f} / {r['difflib_moved_f1']:.3f})")
PY
done
if [ -r "$shared/corpus/docs/cr_19_2017.txt" ] && [ -r "$shared/corpus/docs/cr_20_2022.txt" ]; then
	db_psql -v old="$(cat "$shared/corpus/docs/cr_19_2017.txt")" -v new="$(cat "$shared/corpus/docs/cr_20_2022.txt")" <<'SQL'
\pset tuples_only on
\pset format unaligned
CREATE TEMP TABLE t (old text, new text);
INSERT INTO t VALUES (:'old', :'new');
CREATE TEMP TABLE ms (ms float8);
DO $$ DECLARE r t; t0 timestamptz; n int; BEGIN
	SELECT * INTO r FROM t;
	PERFORM count(*) FROM speech_diff(r.old, r.new);
	FOR k IN 1..5 LOOP
		t0 := clock_timestamp();
		SELECT count(*) INTO n FROM speech_diff(r.old, r.new);
		INSERT INTO ms VALUES (1000 * extract(epoch FROM clock_timestamp() - t0));
	END LOOP; END $$;
SELECT format('cr_19_2017 vs cr_20_2022 (%s and %s characters): %s ms (median of 5); %s',
			  length(old), length(new),
			  (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) FROM ms),
			  (SELECT string_agg(op || '=' || n, ' ' ORDER BY op) FROM
				 (SELECT op, count(*) AS n FROM speech_diff(old, new) GROUP BY op) c))
  FROM t;
SQL
fi

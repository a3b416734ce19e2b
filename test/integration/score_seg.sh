#!/usr/bin/env bash
# Word-segmentation accuracy of speech_parser on the SIGHAN 2005 PKU and MSR
# gold files, through SQL with ../shared/tools/score_seg.py.  Fails below
# F1 0.87 on PKU or 0.85 on MSR: a margin above the best other PostgreSQL
# parser, zhparser, at 0.861 / 0.836.  The gold files are for measuring only.
# Needs a running server (PGHOST/PGPORT/PGUSER, as test/run-tests.sh sets).
. "$(dirname "$0")/lib.sh"
require_shared tools/score_seg.py segmentation
hush_notices
new_speech_db speech_score_seg

status=0
for spec in pku:0.87 msr:0.85; do
	set="${spec%%:*}"
	bar="${spec#*:}"
	line=$(PSQL="psql -X -d $db" python3 "$shared/tools/score_seg.py" speech_parser "$shared/segmentation/${set}_test_gold.utf8")
	f1=$(sed -n 's/.* F1 \([0-9.]*\) .*/\1/p' <<<"$line")
	if python3 -c "import sys; sys.exit(0 if float('$f1') >= $bar else 1)"; then
		echo "score_seg ${set^^}: $line  (bar $bar: ok)"
	else
		echo "score_seg ${set^^}: $line  (bar $bar: FAILED)"
		status=1
	fi
done
exit $status

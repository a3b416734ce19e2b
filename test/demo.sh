#!/usr/bin/env bash
# make demo: parse the sample speech on a throwaway cluster and print its outline,
# then write its reading view (speech_html) and the diff of two corpus reports
# (speech_diff_html) to files and print their paths.
# The extension is already built and installed by the Makefile.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"

sample=${SPEECH_SAMPLE:-../shared/corpus/seed/000_3f41271ab36d6c34.txt}
if [ ! -f "$sample" ]; then
	echo "($sample not found: using the project's own sample speech)"
	sample=test/data/sample_speech.txt
fi

test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
createdb speech_demo
psql -X -q -v ON_ERROR_STOP=1 -d speech_demo -c 'CREATE EXTENSION speech'
psql -X -q -v ON_ERROR_STOP=1 -d speech_demo -v source="$sample" \
	-c "\\set body \`cat '$sample'\`" -f test/demo.sql

# a transcript's turns, when the corpus is there (../shared)
transcript=${SPEECH_TRANSCRIPT:-../shared/corpus/docs/pc_qa_2019_rural_party_regulations.txt}
if [ -f "$transcript" ]; then
	psql -X -q -v ON_ERROR_STOP=1 -d speech_demo -v source="$transcript" \
		-c "\\set body \`cat '$transcript'\`" -f test/demo_turns.sql
else
	echo "($transcript not found: no transcript to show; speech_turns is in doc/transcripts.md)"
fi
# the pages: the reading view of the sample (and, with speech_diff_html, the
# diff of two corpus reports), written to files to open in a browser
pages=test/out/demo
mkdir -p "$pages"
psql -X -q -At -v ON_ERROR_STOP=1 -d speech_demo -v body="$(cat "$sample")" \
	-o "$pages/reading.html" <<<"SELECT speech_html(:'body')"
echo
echo "reading view:  $root/$pages/reading.html"
diff_old=../shared/corpus/series/wr_national/2017.txt diff_new=../shared/corpus/series/wr_national/2018.txt
if [ -f "$diff_old" ] && [ -f "$diff_new" ]; then
	psql -X -q -At -v ON_ERROR_STOP=1 -d speech_demo -v old="$(cat "$diff_old")" -v new="$(cat "$diff_new")" \
		-o "$pages/diff.html" <<<"SELECT speech_diff_html(:'old', :'new')"
	echo "diff page:     $root/$pages/diff.html  (work reports 2017 -> 2018)"
fi

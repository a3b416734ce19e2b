#!/usr/bin/env bash
# Concurrency: pgbench with 8 clients runs a mix of speech functions and
# to_tsvector('speech_zh') over the corpus (2,000-character rows) while a ninth
# session adds and removes user-dictionary terms with speech_add_term and
# speech_remove_term.  Every transaction compares its result with a reference
# computed by a single client before the run (a mismatch divides by zero and
# aborts the client); functions that depend on the terms are compared only on
# rows where none of the churned terms occurs.  Passes when both pgbench runs
# end with zero errors.
#   SPEECH_PGBENCH_SECONDS (default 20; make concurrency runs 30)
#   SPEECH_PGBENCH_CLIENTS (default 8)
# Prints pgbench's summary of both runs; the last lines are written to
# test/out/concurrency.txt.
. "$(dirname "$0")/lib.sh"
secs=${SPEECH_PGBENCH_SECONDS:-20}
clients=${SPEECH_PGBENCH_CLIENTS:-8}
new_work_dir 755
mkdir -p test/out
new_speech_db speech_concurrency

# the rows: the shared corpus (else the sample speech) cut into 2,000-character pieces
SHARED="$shared" python3 - >"$work/rows.copy" <<'PY'
import glob, os
files = sorted(glob.glob(os.path.join(os.environ["SHARED"], "corpus", "docs", "*.txt"))) or ["test/data/sample_speech.txt"]
for f in files:
    t = open(f, encoding="utf-8").read()
    for i in range(0, len(t), 2000):
        piece = t[i:i + 2000]
        print(piece.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
PY
db_psql -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE docs (id serial PRIMARY KEY, body text NOT NULL);
\copy docs (body) FROM '$work/rows.copy'
-- the terms to churn: made-up words and four-character runs of Han taken from the corpus
CREATE TABLE churn (k serial PRIMARY KEY, term text UNIQUE);
INSERT INTO churn (term) VALUES ('清廉村居'), ('河湖长制'), ('数智治理'), ('共富工坊');
SELECT setseed(0.42) \g /dev/null
INSERT INTO churn (term)
SELECT DISTINCT w FROM (
	SELECT substr(body, 1 + (random() * 1900)::int, 4) AS w FROM docs ORDER BY id LIMIT 200) s
 WHERE w ~ '^[一-龥]{4}\$' LIMIT 16
ON CONFLICT DO NOTHING;
-- rows where no churned term occurs: the term-dependent results must not move there
CREATE TABLE stable AS
SELECT row_number() OVER (ORDER BY d.id) AS n, d.id FROM docs d
 WHERE NOT EXISTS (SELECT 1 FROM churn c WHERE strpos(d.body, c.term) > 0);
-- the single-client reference
CREATE TABLE ref AS
SELECT d.id,
	   md5(coalesce((SELECT string_agg(o::text, '|' ORDER BY o.id) FROM speech_outline(d.body) o), '')) AS outline,
	   md5(coalesce((SELECT string_agg(s::text, '|' ORDER BY s.id) FROM speech_sentences(d.body) s), '')) AS sentences,
	   md5(speech_parse_json(d.body)::text) AS parse,
	   md5(speech_metrics(d.body)::text) AS metrics,
	   md5(coalesce((SELECT string_agg(q::text, '|' ORDER BY q.id) FROM speech_quantities(d.body) q), '')) AS quantities,
	   md5(coalesce((SELECT string_agg(x::text, '|' ORDER BY x.id) FROM speech_diagnostics(d.body) x), '')) AS diagnostics,
	   md5(coalesce((SELECT string_agg(c::text, '|' ORDER BY c.category) FROM speech_lexicon_counts(d.body) c), '')) AS lexicon,
	   md5(to_tsvector('speech_zh', d.body)::text) AS tsv,
	   md5(speech_tsvector('speech_zh', d.body)::text) AS wtsv,
	   md5(coalesce((SELECT string_agg(t.token, '|' ORDER BY t.pos) FROM speech_tokens(d.body) t), '')) AS tokens
  FROM docs d;
ALTER TABLE ref ADD PRIMARY KEY (id);
SELECT count(*) AS rows, (SELECT count(*) FROM stable) AS rows_without_churned_terms,
	   (SELECT count(*) FROM churn) AS churned_terms FROM docs;
SQL
nrows=$(db_value "SELECT count(*) FROM docs")
nstable=$(db_value "SELECT count(*) FROM stable")
nterms=$(db_value "SELECT count(*) FROM churn")

# the readers: one script per function, all rows for functions that ignore the
# user's terms, the stable rows for those that use them
check() {	# check NAME COLUMN EXPRESSION ROWS
	local rows=$4
	if [ "$rows" = stable ]; then
		printf '\\set n random(1, %s)\nSELECT 1 / (%s = r.%s)::int FROM stable s JOIN docs d ON d.id = s.id JOIN ref r ON r.id = d.id WHERE s.n = :n;\n' \
			"$nstable" "$3" "$2" >"$work/$1.sql"
	else
		printf '\\set id random(1, %s)\nSELECT 1 / (%s = r.%s)::int FROM docs d JOIN ref r ON r.id = d.id WHERE d.id = :id;\n' \
			"$nrows" "$3" "$2" >"$work/$1.sql"
	fi
}
check outline outline "md5(coalesce((SELECT string_agg(o::text, '|' ORDER BY o.id) FROM speech_outline(d.body) o), ''))" all
check sentences sentences "md5(coalesce((SELECT string_agg(s::text, '|' ORDER BY s.id) FROM speech_sentences(d.body) s), ''))" all
check parse parse "md5(speech_parse_json(d.body)::text)" all
check metrics metrics "md5(speech_metrics(d.body)::text)" all
check quantities quantities "md5(coalesce((SELECT string_agg(q::text, '|' ORDER BY q.id) FROM speech_quantities(d.body) q), ''))" all
check diagnostics diagnostics "md5(coalesce((SELECT string_agg(x::text, '|' ORDER BY x.id) FROM speech_diagnostics(d.body) x), ''))" all
check lexicon lexicon "md5(coalesce((SELECT string_agg(c::text, '|' ORDER BY c.category) FROM speech_lexicon_counts(d.body) c), ''))" all
check tsv tsv "md5(to_tsvector('speech_zh', d.body)::text)" stable
check wtsv wtsv "md5(speech_tsvector('speech_zh', d.body)::text)" stable
check tokens tokens "md5(coalesce((SELECT string_agg(t.token, '|' ORDER BY t.pos) FROM speech_tokens(d.body) t), ''))" stable
# the writer: add a term, let the readers see it for a moment, remove it
printf '\\set k random(1, %s)\nSELECT speech_add_term(term, %s) FROM churn WHERE k = :k;\n\\sleep 20 ms\nSELECT speech_remove_term(term) FROM churn WHERE k = :k;\n' \
	"$nterms" "'churn'" >"$work/churn.sql"

echo "concurrency: $clients clients for ${secs}s over $nrows rows ($nstable without churned terms), one session churning $nterms terms"
set +e
pgbench -n -c "$clients" -j 2 -T "$secs" -P 10 \
	-f "$work/outline.sql@1" -f "$work/sentences.sql@1" -f "$work/parse.sql@1" -f "$work/metrics.sql@2" \
	-f "$work/quantities.sql@1" -f "$work/diagnostics.sql@1" -f "$work/lexicon.sql@1" \
	-f "$work/tsv.sql@3" -f "$work/wtsv.sql@1" -f "$work/tokens.sql@2" \
	$db >"$work/readers.log" 2>&1 &
readers=$!
pgbench -n -c 1 -T "$secs" -f "$work/churn.sql" $db >"$work/writer.log" 2>&1
writer_rc=$?
wait $readers
readers_rc=$?
set -e

summary() {	# the lines of pgbench's report worth quoting
	grep -E '^(number of clients|number of transactions actually processed|number of failed transactions|latency average|tps =)|aborted|ERROR' "$1" | sed 's/^/  /'
}
{
	echo "readers ($clients clients, mixed functions and to_tsvector('speech_zh'), ${secs}s):"
	summary "$work/readers.log"
	echo "writer (speech_add_term + speech_remove_term, 1 client):"
	summary "$work/writer.log"
} | tee test/out/concurrency.txt

# after the run: the terms are gone and a single client gets the reference again
db_psql -c "SELECT speech_remove_term(term) FROM churn" >/dev/null
after=$(db_value "
	SELECT count(*) FROM docs d JOIN ref r USING (id)
	 WHERE r.tsv <> md5(to_tsvector('speech_zh', d.body)::text) OR r.metrics <> md5(speech_metrics(d.body)::text)")
echo "concurrency: rows differing from the reference after the run: $after"
# the churn was real: a churned term changes the cut of a row that contains it
db_value "
	SELECT 'concurrency: churned term ' || c.term || ' found in ' || count(*) || ' rows' FROM churn c JOIN docs d ON strpos(d.body, c.term) > 0
	 GROUP BY c.term ORDER BY count(*) DESC, c.term LIMIT 1"

status=0
if [ "$readers_rc" -ne 0 ] || [ "$writer_rc" -ne 0 ] || grep -q 'aborted\|ERROR' "$work/readers.log" "$work/writer.log" || [ "$after" != 0 ]; then
	echo "FAIL concurrency: errors or mismatches (readers rc $readers_rc, writer rc $writer_rc)"
	grep -h 'ERROR\|aborted' "$work/readers.log" "$work/writer.log" | head -n 20
	status=1
fi
exit $status

#!/usr/bin/env bash
# pg_dump / pg_restore (custom format) of a database that uses speech: speech
# types in table columns, a stored generated tsvector column with a GIN index,
# an expression index on speech_tsvector, a materialised view over
# speech_metrics, a configuration and a dictionary made from the extension's,
# user-dictionary terms, user lexicon rows, an edited and a removed built-in
# lexicon row, and a grant on speech_terms.  The dump restores into a new
# database without an error or a warning, and the same queries give the same
# results in both databases, with the recipe of doc/text-search.md ("Dump and
# restore"): the schema, then the data of speech_terms alone, then the rest -
# here with pg_restore -j 4 (issue 13, item 3: the former recipe, the list
# reordered so speech_terms comes first, holds with -j 1 only; with -j 4 the
# tables load at the same time).  Also: a plain pg_restore -j 4 followed by
# the documented post-restore step (UPDATE ... WHERE tsv IS DISTINCT FROM
# to_tsvector(...), REINDEX) ends with the same results; the rows each way
# leaves stale before that step are printed.  Edited and removed built-in
# lexicon rows survive (issue 13, item 5: they came back as built in).
. "$(dirname "$0")/lib.sh"
src=speech_dump_src
dst=speech_dump_dst
plain=speech_dump_plain
new_work_dir 777
psql -X -q -d postgres -c "DROP ROLE IF EXISTS regress_speech_dump_editor" -c "CREATE ROLE regress_speech_dump_editor" 2>/dev/null >/dev/null || true
at_exit "psql -X -q -d postgres -c 'DROP ROLE regress_speech_dump_editor' >/dev/null"
new_db $src

# rows: the first pieces of the shared corpus (else the sample speech), with a
# user term in some of them
SHARED="$shared" python3 - >"$work/rows.copy" <<'PY'
import glob, os
files = sorted(glob.glob(os.path.join(os.environ["SHARED"], "corpus", "docs", "*.txt")))[:12] or ["test/data/sample_speech.txt"]
n = 0
for f in files:
    t = open(f, encoding="utf-8").read()
    for i in range(0, min(len(t), 12000), 3000):
        n += 1
        piece = t[i:i + 3000] + ("\n落实清廉村居建设，推进河湖长制。" if n % 3 == 0 else "")
        print(f"{n}\t" + piece.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
PY
psql -X -q -v ON_ERROR_STOP=1 -d $src >/dev/null <<SQL
CREATE EXTENSION speech;
-- the user's terms and lexicon rows, and a grant on the terms
SELECT speech_add_term('清廉村居', 'a local programme'), speech_add_term('河湖长制');
INSERT INTO speech_lexicon (category, term, weight) VALUES ('reform', '改革', 2), ('reform', '深化改革', 3);
-- an edited and a removed built-in row
UPDATE speech_lexicon SET weight = 99, note = 'edited' WHERE builtin AND term = '严禁';
DELETE FROM speech_lexicon WHERE builtin AND term = '鼓励';
GRANT INSERT, DELETE ON speech_terms TO regress_speech_dump_editor;
-- a table named to sort before speech_terms: its data is restored first
CREATE TABLE docs (
	id int PRIMARY KEY,
	body text NOT NULL,
	doc speech_document,
	outline speech_section[],
	metrics speech_metrics,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('speech_zh', body)) STORED
);
CREATE INDEX docs_tsv ON docs USING gin (tsv);
CREATE INDEX docs_weighted ON docs USING gin (speech_tsvector('speech_zh', body));
\copy docs (id, body) FROM '$work/rows.copy'
UPDATE docs SET doc = speech_parse(body), outline = ARRAY(SELECT o FROM speech_outline(body) o ORDER BY o.id),
	metrics = speech_metrics(body);
-- many small rows with a user term, so that tables load while the terms do
CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('speech_zh', body)) STORED);
INSERT INTO notes SELECT g, '第' || g || '条：各村要落实清廉村居建设，全面推行河湖长制，推进乡村振兴。' FROM generate_series(1, 3000) g;
CREATE TABLE sentences (doc_id int, s speech_sentence);
INSERT INTO sentences SELECT d.id, s FROM docs d, speech_sentences(d.body) s;
CREATE MATERIALIZED VIEW doc_stats AS
	SELECT d.id, m.characters, m.sentences, m.sections, m.quantities, m.directive_high, round(m.mattr::numeric, 4) AS mattr
	  FROM docs d, speech_metrics(d.body) m;
CREATE UNIQUE INDEX ON doc_stats (id);
-- a configuration and a dictionary of the user's, made from the extension's
CREATE TEXT SEARCH DICTIONARY han_whole (TEMPLATE = speech_han_template, StopWords = speech_zh, SubWords = false);
CREATE TEXT SEARCH CONFIGURATION mine (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION mine DROP MAPPING FOR hanchar;
ALTER TEXT SEARCH CONFIGURATION mine ALTER MAPPING FOR hanword, hannum, date WITH han_whole;
SQL

# the queries whose results must survive
cat >"$work/queries.sql" <<'SQL'
\pset footer off
SELECT extversion FROM pg_extension WHERE extname = 'speech';
SELECT id, md5(body), md5(doc::text), md5(outline::text), md5(metrics::text), md5(tsv::text) FROM docs ORDER BY id;
SELECT count(*), md5(string_agg(doc_id || ' ' || s::text, '|' ORDER BY doc_id, (s).id)) FROM sentences;
SELECT * FROM doc_stats ORDER BY id;
SELECT term, note FROM speech_terms ORDER BY term;
SELECT category, term, weight, builtin FROM speech_lexicon WHERE NOT builtin ORDER BY 1, 2;
SELECT count(*) AS builtin_rows FROM speech_lexicon WHERE builtin;
SELECT count(*), md5(string_agg(l::text, '|' ORDER BY category, term)) AS lexicon FROM speech_lexicon l;
SELECT category, term, weight, note FROM speech_lexicon WHERE term IN ('严禁', '鼓励') ORDER BY 1;
SELECT category, term FROM speech_lexicon_removed ORDER BY 1, 2;
SELECT relacl FROM pg_class WHERE oid = 'speech_terms'::regclass;
-- the stored tsvector is what the configuration gives now (terms included)
SELECT count(*) FILTER (WHERE tsv <> to_tsvector('speech_zh', body)) AS stale_tsv FROM docs;
SELECT count(*) FILTER (WHERE tsv <> to_tsvector('speech_zh', body)) AS stale_notes, md5(string_agg(tsv::text, '|' ORDER BY id)) FROM notes;
SET enable_seqscan = off;
SELECT id FROM docs WHERE tsv @@ plainto_tsquery('speech_zh', '清廉村居') ORDER BY id;
SELECT count(*) AS notes_found FROM notes WHERE tsv @@ to_tsquery('simple', '清廉村居');
SELECT id FROM docs WHERE speech_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '改革:A') ORDER BY id;
RESET enable_seqscan;
SELECT to_tsvector('mine', '落实清廉村居建设，构建和谐社会');
SELECT ts_lexize('han_whole', '中华人民共和国');
SELECT id, category, hits, weighted FROM docs, speech_lexicon_counts(body, ARRAY['reform', 'directive_high', 'directive_low']) ORDER BY 1, 2;
SELECT speech_dictionary_version() IS NOT NULL AS has_version;
SQL
psql -X -A -d $src -f "$work/queries.sql" >"$work/before.out" 2>&1

pg_dump -Fc -f "$work/dump.pgc" $src
status=0
check_log() {	# check_log DB: pg_restore reported nothing
	if [ -s "$work/restore-$1.log" ]; then
		echo "FAIL dump_restore: pg_restore into $1 reported:"
		head -n 20 "$work/restore-$1.log"
		status=1
	fi
}
pgr() {	# pgr DB ARGS...: pg_restore into DB, failing on any error or warning
	local d=$1
	shift
	pg_restore --exit-on-error "$@" -d "$d" "$work/dump.pgc" >>"$work/restore-$d.log" 2>&1 || status=1
}
stale() {	# stale DB: rows whose generated tsvector differs from what the terms give now
	psql -X -A -t -d "$1" -c "SELECT (SELECT count(*) FROM docs WHERE tsv IS DISTINCT FROM to_tsvector('speech_zh', body))
		+ (SELECT count(*) FROM notes WHERE tsv IS DISTINCT FROM to_tsvector('speech_zh', body))"
}
same() {	# same DB WHAT: the queries give in DB what they gave in the source
	psql -X -A -d "$1" -f "$work/queries.sql" >"$work/after-$1.out" 2>&1
	if diff -u "$work/before.out" "$work/after-$1.out" >"$work/diff-$1.out"; then
		echo "dump_restore: $(grep -c '' "$work/before.out") lines of query results identical after $2" \
			"($rows rows, $(du -k "$work/dump.pgc" | cut -f1) KB dump)"
	else
		echo "FAIL dump_restore: results differ after $2"
		head -n 40 "$work/diff-$1.out"
		status=1
	fi
}
rows=$(psql -X -A -t -d $src -c 'SELECT (SELECT count(*) FROM docs) + (SELECT count(*) FROM notes)')
pg_restore -l "$work/dump.pgc" >"$work/dump.list"

# the former recipe (the list reordered so the data of speech_terms comes
# first), with -j 4: informational, it is no longer documented
awk '/ TABLE DATA [^ ]+ speech_terms /{t=$0; next} {l[n++]=$0}
	END{for(i=0;i<n;i++){if(!d && l[i] ~ / TABLE DATA /){print t; d=1} print l[i]} if(!d) print t}' \
	"$work/dump.list" >"$work/dump.ordered"
old=speech_dump_old
new_db $old
pgr $old -j 4 -L "$work/dump.ordered"
echo "dump_restore: the former recipe (list reordered) with -j 4 leaves $(stale $old) of $rows generated tsvectors made without the terms"

# the recipe: the schema, the data of speech_terms alone (committed), the rest in parallel
new_db $dst
pgr $dst --section=pre-data
pgr $dst --data-only --table=speech_terms
grep -v ' TABLE DATA [^ ]* speech_terms ' "$work/dump.list" >"$work/dump.rest"
pgr $dst -j 4 --section=data --section=post-data -L "$work/dump.rest"
check_log $dst
same $dst "the recipe (schema; speech_terms data; the rest with -j 4)"

# a plain pg_restore -j 4, then the post-restore step
new_db $plain
pgr $plain -j 4
check_log $plain
echo "dump_restore: a plain pg_restore -j 4 leaves $(stale $plain) of $rows generated tsvectors made without the terms (the post-restore step fixes them)"
psql -X -q -v ON_ERROR_STOP=1 -d $plain >/dev/null <<'SQL'
UPDATE docs SET body = body WHERE tsv IS DISTINCT FROM to_tsvector('speech_zh', body);
UPDATE notes SET body = body WHERE tsv IS DISTINCT FROM to_tsvector('speech_zh', body);
REINDEX INDEX docs_weighted;
REFRESH MATERIALIZED VIEW doc_stats;
SQL
same $plain "a plain pg_restore -j 4 and the post-restore step"

if grep -q ERROR "$work/before.out"; then
	echo "FAIL dump_restore: the queries failed"
	grep ERROR "$work/before.out" | head
	status=1
fi
exit $status

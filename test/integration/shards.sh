#!/usr/bin/env bash
# A sharded corpus with postgres_fdw: three throwaway clusters on unix
# sockets (test/pgcluster.sh names coord, shard1, shard2), speech installed on
# all three, and on the coordinator a table speeches hash-partitioned by id whose
# partitions are foreign tables on the shards (servers with extensions 'speech'
# and async_capable 'true').  For each query below it checks, in EXPLAIN
# (VERBOSE), that the speech functions run on the shards (they are in the Remote
# SQL, no local Filter) under an Async Foreign Scan per shard, and that the
# answer equals the one the coordinator computes over a local copy of the same
# rows.  This is what a corpus too large for one server relies on: the
# functions are shipped to where the rows are, and splitting the rows does not
# change an answer.  Every cluster it started is stopped and removed, also on
# failure.
#
# Text: the shared corpus (../shared/corpus, or $SPEECH_SHARED/corpus; read by
# path) when present, else the project's sample speech loaded several times.
# Run by make test (test/run-tests.sh); alone:
#   PG_CONFIG=... test/integration/shards.sh
. "$(dirname "$0")/lib.sh"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
[ -f "$(pg_config --sharedir)/extension/postgres_fdw.control" ] ||
	skip "postgres_fdw is not installed in $(pg_config --sharedir)/extension"

nodes="coord shard1 shard2"
for n in $nodes; do
	at_exit "test/pgcluster.sh stop $n || true"
	test/pgcluster.sh stop "$n"
	test/pgcluster.sh start "$n"
done

db=speech_shards
# on NODE psql-arguments...: psql on that cluster's database
on() {
	local node=$1
	shift
	(eval "$(test/pgcluster.sh env "$node")" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@")
}
for n in $nodes; do
	(eval "$(test/pgcluster.sh env "$n")" && createdb "$db")
	on "$n" -c 'CREATE EXTENSION speech'
done

# ---- the shards: one partition each ----
parts=()
i=0
for n in shard1 shard2; do
	on "$n" -c "CREATE TABLE speeches_p$i (id int PRIMARY KEY, name text, kind text, body text)"
	parts+=("speeches_p$i")
	i=$((i + 1))
done
nparts=${#parts[@]}

# ---- the coordinator: servers, the partitioned table, a local copy ----
{
	echo "CREATE EXTENSION postgres_fdw;"
	for n in shard1 shard2; do
		eval "$(test/pgcluster.sh env "$n")"
		cat <<-EOF
		CREATE SERVER $n FOREIGN DATA WRAPPER postgres_fdw
			OPTIONS (host '$PGHOST', port '$PGPORT', dbname '$db', extensions 'speech', async_capable 'true');
		CREATE USER MAPPING FOR CURRENT_USER SERVER $n OPTIONS (user '$PGUSER');
		EOF
	done
	echo "CREATE TABLE speeches (id int NOT NULL, name text, kind text, body text) PARTITION BY HASH (id);"
	i=0
	for n in shard1 shard2; do
		echo "CREATE FOREIGN TABLE speeches_p$i PARTITION OF speeches"
		echo "	FOR VALUES WITH (MODULUS $nparts, REMAINDER $i) SERVER $n OPTIONS (table_name 'speeches_p$i');"
		i=$((i + 1))
	done
	echo "CREATE TABLE speeches_local (id serial PRIMARY KEY, name text, kind text, body text);"
} | on coord

if ls "$shared"/corpus/docs/*.txt >/dev/null 2>&1; then
	files=("$shared"/corpus/seed/*.txt "$shared"/corpus/docs/*.txt)
	echo "text: ${#files[@]} documents of $shared/corpus"
else
	files=(test/data/sample_speech.txt test/data/sample_speech.txt test/data/sample_speech.txt test/data/sample_speech.txt)
	echo "text: test/data/sample_speech.txt, ${#files[@]} times ($shared/corpus not found)"
fi
python3 test/tools/corpus_copy.py speeches_local "${files[@]}" | on coord
# INSERT into the partitioned table routes every row to its shard
on coord -c 'INSERT INTO speeches SELECT id, name, kind, body FROM speeches_local' -c 'ANALYZE speeches, speeches_local'
on coord -At -c "SELECT 'rows per shard: ' || string_agg(n::text, ', ' ORDER BY p) FROM
	(SELECT tableoid::regclass::text AS p, count(*) AS n FROM speeches GROUP BY 1) s"

status=0
fail() {
	echo "FAIL shards: $*"
	status=1
}

# check NAME QUERY LOCAL_QUERY PATTERN
#   QUERY runs on the sharded table, LOCAL_QUERY on speeches_local; PATTERN is a
#   regular expression every Remote SQL line must match (the speech call shipped)
check() {
	local name=$1 query=$2 local_query=$3 pattern=$4 plan got want
	plan=$(on coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) $query")
	echo "-- $name"
	echo "$query"
	grep -E 'Async Foreign Scan|Relations:|Remote SQL|Filter' <<<"$plan" | sed 's/^/  /'
	[ "$(grep -c 'Async Foreign Scan' <<<"$plan")" -eq "$nparts" ] ||
		fail "$name: not one Async Foreign Scan per shard"
	[ "$(grep 'Remote SQL' <<<"$plan" | grep -cE "$pattern")" -eq "$nparts" ] ||
		fail "$name: the Remote SQL does not carry $pattern"
	! grep -q 'Filter:' <<<"$plan" || fail "$name: a condition is evaluated on the coordinator"
	got=$(on coord -At -c "$query")
	want=$(on coord -At -c "$local_query")
	if [ "$got" = "$want" ]; then
		echo "  sharded = single node: $got"
	else
		fail "$name: sharded '$got' != single node '$want'"
	fi
}

# per-shard aggregates: postgres_fdw (PostgreSQL 15) ships an aggregate over one
# foreign table, not the partial aggregates of a partitioned one, so the query
# names the partitions in a UNION ALL (an Append: the shards work at once)
per_shard() {
	local select=$1 outer=$2 sql="" p
	for p in "${parts[@]}"; do
		sql+="${sql:+ UNION ALL }SELECT $select FROM $p"
	done
	echo "SELECT $outer FROM ($sql) per_shard"
}

# 1. a condition on the structure, shipped: the JSON form, because postgres_fdw
#    cannot ship the field of a composite ((speech_parse(body)).found_points)
where="speech_parse_json(body) @? '\$.found_points ? (@ >= 3)'"
check "structure filter" \
	"SELECT count(*), array_agg(id ORDER BY id) FROM speeches WHERE $where" \
	"SELECT count(*), array_agg(id ORDER BY id) FROM speeches_local WHERE $where" \
	'WHERE .*public\.speech_parse_json\(body\)'

# 2. corpus totals computed on the shards: outline, paragraphs, sentences, clean text
agg="count(*) AS docs,
	sum(int4(jsonb_path_query_first(speech_parse_json(body), '\$.found_points'))) AS points,
	sum(jsonb_array_length(jsonb_path_query_first(speech_parse_json(body), '\$.outline'))) AS top_sections,
	sum(int4(jsonb_path_query_first(speech_parse_json(body), '\$.paragraph_count'))) AS paragraphs,
	sum(int4(jsonb_path_query_first(speech_parse_json(body), '\$.sentence_count'))) AS sentences,
	sum(length(speech_clean(body))) AS clean_chars"
sums="sum(docs), sum(points), sum(top_sections), sum(paragraphs), sum(sentences), sum(clean_chars)"
check "corpus totals" \
	"$(per_shard "$agg" "$sums")" \
	"SELECT $sums FROM (SELECT $agg FROM speeches_local) one" \
	'SELECT count\(\*\), sum\(.*public\.speech_parse_json\(body\)'
on coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) $(per_shard "$agg" "$sums")" | grep -q 'public.speech_clean(body)' ||
	fail "corpus totals: speech_clean is not shipped"

# what postgres_fdw does not ship (shown, not failed): the field of a composite
echo "-- not shipped by postgres_fdw in PostgreSQL 15: the field of a composite result"
on coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM speeches WHERE (speech_parse(body)).found_points >= 3" |
	grep -E 'Filter|Remote SQL' | head -n 2 | sed 's/^/  /'

has() {
	[ "$(on coord -At -c "$1")" = t ]
}

# 3. metrics, through their JSON form (version 1.3)
if has "SELECT to_regprocedure('speech_metrics_json(text,boolean)') IS NOT NULL"; then
	m="speech_metrics_json(body)"
	check "metrics filter" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches WHERE $m @? '\$.directive_high ? (@ >= 20)'" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches_local WHERE $m @? '\$.directive_high ? (@ >= 20)'" \
		'WHERE .*public\.speech_metrics_json\(body, true\)'
	agg="count(*) AS docs,
	sum(int4(jsonb_path_query_first($m, '\$.sentences'))) AS sentences,
	sum(int4(jsonb_path_query_first($m, '\$.quantities'))) AS quantities,
	sum(jsonb_path_query_first($m, '\$.speaking_minutes')::numeric) AS minutes"
	sums="sum(docs), sum(sentences), sum(quantities), sum(minutes)"
	check "metrics totals" \
		"$(per_shard "$agg" "$sums")" \
		"SELECT $sums FROM (SELECT $agg FROM speeches_local) one" \
		'SELECT count\(\*\), sum\(.*public\.speech_metrics_json\(body, true\)'
else
	echo "-- metrics: skipped (speech_metrics_json is not installed)"
fi

# 4. text search with the speech_zh configuration (version 1.1).  to_tsquery()
#    of a constant is computed on the coordinator, to_tsvector() on the shards:
#    each cuts words with its own node's user terms (speech_terms), so a term
#    must be added on every node
if has "SELECT count(*) = 1 FROM pg_ts_config WHERE cfgname = 'speech_zh'"; then
	tsq="to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '改革 & 开放')"
	check "text search" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches WHERE $tsq" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches_local WHERE $tsq" \
		"to_tsvector\\('public\\.speech_zh'::regconfig, body\\) @@"
	term=新质生产力
	tsq="to_tsvector('speech_zh', body) @@ to_tsquery('speech_zh', '$term')"
	on coord -At -c "SELECT speech_add_term('$term')" >/dev/null
	echo "-- the user term $term on the coordinator only: sharded $(on coord -At -c "SELECT count(*) FROM speeches WHERE $tsq")," \
		"single node $(on coord -At -c "SELECT count(*) FROM speeches_local WHERE $tsq") (the shards cut the text without it)"
	for n in shard1 shard2; do
		on "$n" -At -c "SELECT speech_add_term('$term')" >/dev/null
	done
	check "user term on every node" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches WHERE $tsq" \
		"SELECT count(*), array_agg(id ORDER BY id) FROM speeches_local WHERE $tsq" \
		"to_tsvector\\('public\\.speech_zh'::regconfig, body\\) @@"
else
	echo "-- text search: skipped (the speech_zh configuration is not installed)"
fi

[ $status -eq 0 ] && echo "ok shards"
exit $status

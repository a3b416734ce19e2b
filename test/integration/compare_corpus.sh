#!/usr/bin/env bash
# Keyness and new formulations on the dated series of ../shared/corpus/series
# (national government work reports by year, Party congress reports cr_*):
# the queries of doc/comparing.md on real documents.  Prints a keyness table
# of the latest work report against all earlier ones, the new formulations of
# some years, and the first and last appearance of a few formulations; fails
# unless 全过程人民民主 is found new in the 20th congress report (2022, where
# it entered a congress report) without being in the lexicon, 高质量发展 first
# appears in 2017, and the top key word of 2025 is over-represented.
. "$(dirname "$0")/lib.sh"
require_shared corpus/series/MANIFEST.tsv
hush_notices
new_speech_db speech_compare
series=$shared/corpus/series

db_psql -c "CREATE TABLE docs (name text, kind text, body text, year int)"
python3 "$root/test/tools/corpus_copy.py" docs "$series"/wr_national/*.txt "$series"/cr_national/*.txt | db_psql
# work reports are named by year; congress reports by their number, held in
# 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022
db_psql <<'SQL'
UPDATE docs SET kind = CASE WHEN length(name) = 4 THEN 'wr' ELSE 'cr' END;
UPDATE docs SET year = CASE WHEN kind = 'wr' THEN name::int
  ELSE (ARRAY[1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022])[name::int - 8] END,
  name = CASE WHEN kind = 'cr' THEN 'cr_' || name ELSE 'wr_' || name END;
SQL
echo "$test_name: $(db_value "SELECT count(*) || ' documents, ' || sum(length(body)) || ' characters, ' || min(year) || '-' || max(year) FROM docs")"

start=$(date +%s%N)
db_psql <<'SQL'
CREATE TABLE words AS SELECT d.name, d.kind, d.year, w.word, w.n FROM docs d, speech_words(d.body) w;
CREATE TABLE grams AS SELECT d.name, d.year, g.ngram, g.n FROM docs d, speech_ngrams(d.body) g;
ANALYZE words; ANALYZE grams;
SQL
echo "$test_name: speech_words and speech_ngrams of every document: $(( ($(date +%s%N) - start) / 1000000 )) ms," \
	"$(db_value "SELECT count(*) FROM words") word rows, $(db_value "SELECT count(*) FROM grams") n-gram rows"

echo
echo "keyness: the 2025 work report against the work reports of 2015-2024 (top 12 by chi2, words of 2+ characters)"
db_psql <<'SQL'
WITH c AS (SELECT word, sum(n) FILTER (WHERE year = 2025)::bigint AS a,
                  sum(n) FILTER (WHERE year BETWEEN 2015 AND 2024)::bigint AS b
           FROM words WHERE kind = 'wr' AND year BETWEEN 2015 AND 2025 GROUP BY word),
     t AS (SELECT sum(a)::bigint AS ta, sum(b)::bigint AS tb FROM c)
SELECT word, coalesce(a, 0) AS n_target, coalesce(b, 0) AS n_reference,
       round(speech_keyness(coalesce(a, 0), coalesce(b, 0), ta, tb)::numeric, 2) AS chi2,
       round(speech_keyness(coalesce(a, 0), coalesce(b, 0), ta, tb, 'lr')::numeric, 2) AS g2,
       to_char(speech_keyness_p(coalesce(a, 0), coalesce(b, 0), ta, tb), '9.9EEEE') AS p
FROM c, t WHERE length(word) >= 2 ORDER BY 4 DESC, 1 LIMIT 12;
SQL

echo "new formulations: n-grams of 4-8 characters first seen that year (work and congress"
echo "reports together), at least 3 times in it, without digits, not inside a longer new one as frequent"
db_psql <<'SQL'
CREATE TABLE firsts AS SELECT ngram, min(year) AS first, max(year) AS last, count(DISTINCT year) AS years
  FROM grams GROUP BY ngram;
CREATE TABLE new_terms AS
WITH new AS (SELECT g.name, g.year, g.ngram, g.n FROM grams g JOIN firsts f USING (ngram)
             WHERE g.year = f.first AND g.year > (SELECT min(year) FROM docs)
               AND g.n >= 3 AND length(g.ngram) >= 4 AND g.ngram !~ '[0-9０-９]')
SELECT a.* FROM new a
WHERE NOT EXISTS (SELECT 1 FROM new b WHERE b.name = a.name AND b.n = a.n
                    AND length(b.ngram) > length(a.ngram) AND strpos(b.ngram, a.ngram) > 0);
SELECT name, string_agg(ngram || ' ' || n, '  ' ORDER BY n DESC, ngram) AS new_formulations
FROM (SELECT *, row_number() OVER (PARTITION BY name ORDER BY n DESC, ngram) AS r FROM new_terms) x
WHERE r <= 6 AND year IN (1992, 2002, 2012, 2014, 2016, 2017, 2021, 2022, 2025)
GROUP BY name, year ORDER BY year, name;
SELECT ngram, first, last, years FROM firsts
WHERE ngram IN ('全过程人民民主', '高质量发展', '小康社会', '新质生产力', '供给侧结构性改革', '科学发展观', '改革开放')
ORDER BY first, ngram;
SQL

fail=0
check() {
	local got
	got=$(db_value "$1")
	if [ "$got" != "$2" ]; then
		echo "$test_name: FAIL: $3: got '$got', want '$2'"
		fail=1
	fi
}
check "SELECT name FROM new_terms WHERE ngram = '全过程人民民主'" "cr_20" "全过程人民民主 new in the 20th congress report"
check "SELECT count(*) FROM speech_builtin_lexicon() WHERE term = '全过程人民民主'" "0" "全过程人民民主 is not a built-in term"
check "SELECT first FROM firsts WHERE ngram = '高质量发展'" "2017" "高质量发展 first appears in 2017"
check "WITH c AS (SELECT word, sum(n) FILTER (WHERE year = 2025)::bigint AS a, sum(n) FILTER (WHERE year BETWEEN 2015 AND 2024)::bigint AS b FROM words WHERE kind = 'wr' AND year BETWEEN 2015 AND 2025 GROUP BY word), t AS (SELECT sum(a)::bigint AS ta, sum(b)::bigint AS tb FROM c) SELECT bool_and(coalesce(a, 0)::float8 / ta > coalesce(b, 0)::float8 / tb) FROM (SELECT * FROM c, t ORDER BY speech_keyness(coalesce(a, 0), coalesce(b, 0), ta, tb) DESC LIMIT 10) x" "t" "the top key words of 2025 are over-represented"
[ $fail -eq 0 ] || exit 1
echo "$test_name: OK"

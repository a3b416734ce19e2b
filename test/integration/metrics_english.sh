#!/usr/bin/env bash
# metrics_english.sh - the measures of each language on the corpus, and the
# measured figures the documentation shows.
#
# Checks, on the documents of ../shared/corpus (skipped without them):
#   - cntext-compatible readability1 of the seed speech is 44.365 (what
#     cntext's readability() gives) and the corrected one 46.135;
#   - every English address, transcript and the English translation of the
#     2017 work report is measured as English (Flesch 0-100, grade 5-25,
#     MATTR 0.5-0.9), every Chinese document as Chinese (English measures NULL);
#   - the tables of README.md and doc/metrics-english.md that follow a line
#     <!-- measured: NAME (test/integration/metrics_english.sh) --> are what
#     the queries below give now (METRICS_ENGLISH_UPDATE=1 rewrites them).
. "$(dirname "$0")/lib.sh"
require_shared corpus/docs/en_sotu_2010_obama.txt corpus/docs/en_gwr_2017_official_translation.txt \
	corpus/series/wr_national/2017.txt corpus/seed/000_3f41271ab36d6c34.txt
new_speech_db speech_english
new_work_dir 755
db_psql -c "CREATE TABLE corpus (name text, kind text, body text)"
python3 test/tools/corpus_copy.py corpus "$shared"/corpus/docs/*.txt "$shared"/corpus/series/wr_national/2017.txt \
	"$shared"/corpus/seed/000_3f41271ab36d6c34.txt | db_psql >/dev/null
fail=0

seed=$(db_value "SELECT round(m.zh_chars_per_sentence_cntext::numeric, 3) || ' ' || round(m.zh_chars_per_sentence::numeric, 3)
  FROM corpus c, speech_metrics(c.body) m WHERE c.name = '000_3f41271ab36d6c34'")
echo "seed readability1: cntext-compatible, corrected = $seed"
[ "$seed" = "44.365 46.135" ] || { echo "FAIL: the seed's readability1 should be 44.365 (cntext) and 46.135"; fail=1; }

bad=$(db_value "SELECT string_agg(c.name || ' ' || coalesce(m.language, 'NULL'), ', ' ORDER BY c.name)
  FROM corpus c, speech_metrics(c.body, false) m
 WHERE CASE WHEN c.name ~ '^(en_|pc_en_)'
			THEN m.language IS DISTINCT FROM 'en' OR NOT (m.en_flesch_reading_ease BETWEEN 0 AND 100
				 AND m.en_flesch_kincaid_grade BETWEEN 5 AND 25 AND m.en_mattr BETWEEN 0.5 AND 0.9)
				 OR m.readability1 IS NOT NULL
			ELSE m.language IS DISTINCT FROM 'zh' OR m.en_words IS NOT NULL OR m.zh_chars_per_sentence IS NULL END")
n_en=$(db_value "SELECT count(*) FROM corpus WHERE name ~ '^(en_|pc_en_)'")
n_all=$(db_value "SELECT count(*) FROM corpus")
echo "languages: $n_en English and $((n_all - n_en)) Chinese documents"
[ -z "$bad" ] || { echo "FAIL: measured in the wrong language or out of range: $bad"; fail=1; }

# the queries behind the documentation's tables
mkdir -p "$work/q"
cat >"$work/q/addresses.sql" <<'SQL'
SELECT c.name AS document, m.language AS lang, m.sentences,
	   coalesce(m.en_words, m.words) AS words,
	   m.first_person_plural AS we, m.first_person_singular AS i,
	   round(1000.0 * m.directive_high / coalesce(m.en_words, m.words), 1) AS high_per_1kw,
	   round(1000.0 * m.directive_medium / coalesce(m.en_words, m.words), 1) AS medium_per_1kw,
	   round(1000.0 * m.directive_low / coalesce(m.en_words, m.words), 1) AS low_per_1kw,
	   m.money_amounts AS money, m.percentages AS pct, m.years
  FROM corpus c, LATERAL speech_metrics(c.body) m
 WHERE c.name ~ '^en_(sotu|sp)_' OR c.name IN ('wr_national_2008_txt', 'wr_national_2013_wikisource',
	   'wr_national_2016_txt', '2017', 'wr_national_2021_wikisource', 'wr_national_2025_wikisource')
 ORDER BY m.language, c.name;
SQL
cat >"$work/q/readability.sql" <<'SQL'
SELECT c.name AS document, m.language AS lang,
	   round(m.en_words_per_sentence::numeric, 1) AS words_per_sentence,
	   round(m.en_flesch_reading_ease::numeric, 1) AS flesch,
	   round(m.en_flesch_kincaid_grade::numeric, 1) AS fk_grade,
	   round(m.en_ari::numeric, 1) AS ari,
	   round(coalesce(m.en_mattr, m.mattr)::numeric, 3) AS mattr,
	   round(m.zh_chars_per_sentence::numeric, 2) AS zh_chars_per_sentence,
	   round(m.zh_chars_per_sentence_cntext::numeric, 2) AS cntext
  FROM corpus c, LATERAL speech_metrics(c.body) m
 WHERE c.name ~ '^en_(sotu|sp)_' OR c.name IN ('wr_national_2008_txt', 'wr_national_2013_wikisource',
	   'wr_national_2016_txt', '2017', 'wr_national_2021_wikisource', 'wr_national_2025_wikisource')
 ORDER BY m.language, c.name;
SQL
cat >"$work/q/report2017.sql" <<'SQL'
WITH zh AS (
  SELECT o.ordinal, o.heading, m.*
	FROM corpus c, speech_outline(c.body) o, LATERAL speech_metrics(substr(c.body, o.pos, o.len)) m
   WHERE c.name = '2017' AND o.marker ~ '^（'
), en AS (
  SELECT o.ordinal, o.heading, m.*
	FROM corpus c, speech_outline(c.body) o, LATERAL speech_metrics(substr(c.body, o.pos, o.len)) m
   WHERE c.name = 'en_gwr_2017_official_translation' AND o.level = 1 AND o.marker ~ '^[0-9]+\.$'
)
SELECT zh.ordinal AS n, left(en.heading, 34) AS task,
	   zh.characters AS zh_chars, en.en_words,
	   zh.first_person_plural AS zh_we, en.first_person_plural AS en_we,
	   zh.directive_high AS zh_high, en.directive_high AS en_high,
	   zh.quantities AS zh_qty, en.quantities AS en_qty,
	   zh.money_amounts AS zh_money, en.money_amounts AS en_money,
	   round(zh.zh_chars_per_sentence::numeric, 1) AS zh_chars_per_sent,
	   round(en.en_flesch_kincaid_grade::numeric, 1) AS en_fk_grade
  FROM zh JOIN en USING (ordinal)
 ORDER BY 1;
SQL
for q in "$work"/q/*.sql; do
	psql -X -q -d "$db" -P footer=off -f "$q" >"${q%.sql}.out"
done
python3 - "$work/q" README.md doc/metrics-english.md <<'PY' || fail=1
import os, re, sys
qdir, files = sys.argv[1], sys.argv[2:]
update = os.environ.get('METRICS_ENGLISH_UPDATE') == '1'
marker = re.compile(r'^<!-- measured: (\w+) \(test/integration/metrics_english\.sh\) -->$')
bad, seen = [], 0
for path in files:
    lines = open(path, encoding='utf-8').read().split('\n')
    out, i, changed = [], 0, False
    while i < len(lines):
        out.append(lines[i])
        m = marker.match(lines[i])
        if m and i + 1 < len(lines) and lines[i + 1] == '```text':
            end = lines.index('```', i + 2)
            have = [l.rstrip() for l in lines[i + 2:end]]
            want = [l.rstrip() for l in open(os.path.join(qdir, m.group(1) + '.out'), encoding='utf-8').read().rstrip('\n').split('\n')]
            seen += 1
            if have != want:
                if update:
                    changed = True
                else:
                    bad.append('%s:%d: table %s differs from what the query gives now:\n%s' % (path, i + 1, m.group(1), '\n'.join(want)))
            out.append('```text')
            out.extend(want if update else lines[i + 2:end])
            out.append('```')
            i = end + 1
            continue
        i += 1
    if changed:
        open(path, 'w', encoding='utf-8').write('\n'.join(out))
        print('rewrote the measured tables of', path)
print('measured tables checked:', seen)
if bad or seen == 0:
    print('FAIL:', '\n'.join(bad) if bad else 'no measured table found')
    sys.exit(1)
PY
[ "$fail" -eq 0 ] || exit 1
echo "ok metrics_english"

-- metrics_english: the language of a text and of each section, the English
-- measures on hand-counted passages, the Chinese measures beside them (the
-- corrected readability1 and cntext's), NULL where a measure does not apply,
-- and the speech_metrics type of 1.5 still filled by this library.
\pset null '(null)'

-- the language from the script: Han (x3) against Latin letters
SELECT t, (speech_metrics(t, false)).language
  FROM (VALUES ('The cat sat on the mat.'), ('我们要深化改革。'), ('GDP增长5%'),
			   ('Привет, мир'), (''), ('12:39 P.M.')) v(t);

-- "The cat sat on the mat.": 6 words, 6 syllables, 17 letters, 1 sentence
-- Flesch 206.835 - 1.015*6 - 84.6*6/6 = 116.145; grade 0.39*6 + 11.8 - 15.59 = -1.45;
-- ARI 4.71*17/6 + 0.5*6 - 21.43 = -5.085
SELECT m.language, m.sentences, m.en_words, m.en_syllables, m.en_words_per_sentence,
	   m.en_syllables_per_word, round(m.en_flesch_reading_ease::numeric, 3) AS flesch,
	   round(m.en_flesch_kincaid_grade::numeric, 3) AS grade, round(m.en_ari::numeric, 3) AS ari,
	   round(m.en_mattr::numeric, 4) AS mattr
  FROM speech_metrics('The cat sat on the mat.') m;

-- Wikipedia's example: 13 words, 24 syllables: grade 11.3, ease 37.5
SELECT m.en_words, m.en_syllables, round(m.en_flesch_kincaid_grade::numeric, 1) AS grade,
	   round(m.en_flesch_reading_ease::numeric, 1) AS ease
  FROM speech_metrics('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.') m;

-- first person, directive modals by strength, hedges (counted by hand in the comments)
-- we: We we our we us we We'll (not US) = 7; I: I I my I = 4
-- high: must, have to = 2; medium: should will 'll = 3; low: can May can't = 3 (not May 2010)
-- hedges: I think = 1
SELECT m.first_person_plural AS we, m.first_person_singular AS i,
	   m.directive_high AS high, m.directive_medium AS medium, m.directive_low AS low,
	   m.en_hedges AS hedges, m.first_person_institutional, m.authority_central,
	   m.readability1, m.readability2, m.readability3,
	   m.zh_chars_per_sentence, m.zh_chars_per_sentence_cntext
  FROM speech_metrics('We must act. I think we should help our people, and we can. The US will lead us. '
					  'May we never forget? In May 2010 I said: my job is to serve. We''ll have to try; '
					  'I can''t wait.') m;

-- MATTR over lower-cased words, numbers left out: 10 words, 7 types = 0.7
SELECT round(m.en_mattr::numeric, 4) AS mattr
  FROM speech_metrics('The cat and the dog. THE END, in 2010 and 3.5 percent.') m;
-- 150 words over 50 types: each window of 100 holds 50 types (MATTR 0.5, TTR 1/3)
SELECT round(m.en_mattr::numeric, 4) AS mattr
  FROM speech_metrics((SELECT string_agg('w' || chr(97 + (k % 50) / 10) || chr(97 + k % 10), ' ')
						 FROM generate_series(0, 149) k)) m;

-- Chinese text: the English measures are NULL, readability under its names;
-- cntext's readability1 drops the character after each 。 (你), the corrected one does not
SELECT m.language, m.readability1, m.zh_chars_per_sentence, m.zh_chars_per_sentence_cntext,
	   m.zh_adv_conj_ratio = m.readability2 AS r2_same, m.zh_readability = m.readability3 AS r3_same,
	   m.en_words, m.en_flesch_reading_ease, m.en_mattr, m.en_hedges
  FROM speech_metrics('我爱你。你好！') m;
-- cntext's passes by hand: 增长num% | 好 (3.5); 他说：“好 | 后走了。 (4.5); 好 | [end]] (3.5)
SELECT t, (speech_metrics(t, false)).zh_chars_per_sentence_cntext AS cntext,
	   (speech_metrics(t, false)).zh_chars_per_sentence AS corrected
  FROM (VALUES ('增长6.5%。很好'), ('他说：“好。”然后走了。'), ('好。”。好'), ('Hi!你好'), ('一。' || chr(10))) v(t);

-- segment => false: the word-based fields are NULL, the English measures need no segmentation
SELECT m.first_person_plural, m.directive_high, m.en_words, m.en_hedges,
	   round(m.en_flesch_reading_ease::numeric, 3) AS flesch
  FROM speech_metrics('We must act. I think we should help.', false) m;

-- per section: the language of each (speech_section_metrics keeps its 1.5 columns,
-- with the language-aware values; the new fields by speech_metrics of the section)
SELECT o.id, o.heading, m.language, m.first_person_plural, m.en_words, m.zh_chars_per_sentence
  FROM speech_outline(E'一、总体要求\n我们要深化改革。\n二、English summary\nWe must act now. We will.\n') o,
	   LATERAL speech_metrics(substr(E'一、总体要求\n我们要深化改革。\n二、English summary\nWe must act now. We will.\n', o.pos, o.len)) m
 ORDER BY o.id;
SELECT sm.section_id, sm.first_person_plural, sm.directive_high, sm.readability1, sm.authority_central
  FROM speech_section_metrics(E'一、总体要求\n我们要深化改革。\n二、English summary\nWe must act now. We will.\n') sm
 ORDER BY sm.section_id NULLS FIRST;

-- the JSON form carries the new keys
SELECT j->>'language' AS language, j->>'en_words' AS en_words, j ? 'zh_chars_per_sentence_cntext' AS has_cntext
  FROM speech_metrics_json('We must act.') j;

-- a database still on 1.5 (the library updated, ALTER EXTENSION UPDATE not run
-- yet): the type of 1.5 has 46 fields, and the library fills them
CREATE FUNCTION pg_temp.metrics_15(text) RETURNS record
	AS '$libdir/speech', 'speech_metrics' LANGUAGE C STRICT;
SELECT m.characters, m.sentences, m.first_person_plural, m.directive_high, m.readability1
  FROM pg_temp.metrics_15('We must act. 我们要改革。') AS m(
	characters int, han_characters int, distinct_han int, punctuation int, latin_words int,
	words int, distinct_words int, ttr float8, mattr float8, sentences int, clauses int,
	paragraphs int, sections int, sections_by_level int[], depth int, announced_points int,
	found_points int, mean_sentence_chars float8, max_sentence_chars int, questions int,
	exclamations int, quantities int, percentages int, money_amounts int, years int, dates int,
	quotes int, unclosed_quotes int, slogans int, directive_high int, directive_medium int,
	directive_low int, directive_high_per_1k float8, directive_medium_per_1k float8,
	directive_low_per_1k float8, first_person_plural int, first_person_singular int,
	first_person_institutional int, authority_central int, authority_province int,
	authority_city int, authority_county int, speaking_minutes float8, readability1 float8,
	readability2 float8, readability3 float8);

-- English quantities: raw as written (substr(body, pos, len) = raw), value in base units
SELECT q.raw, q.value, q.unit, q.qualifier, q.kind, substr(t, q.pos, q.len) = q.raw AS substr_ok
  FROM (VALUES ('On January 27, 2010, we proposed $30 billion for small business and 18 million jobs; '
				'about 65% agreed, one in ten did not, two million waited; the budget for fiscal year 2025 '
				'grew 3.5 percent, one in three said no, since 1990 over 10 years.')) v(t),
	   LATERAL speech_quantities(t) q
 ORDER BY q.id;
-- and the metrics count them
SELECT m.quantities, m.money_amounts, m.percentages, m.years, m.dates
  FROM speech_metrics('On January 27, 2010, we proposed $30 billion and 18 million jobs; about 65% agreed; '
					  'fiscal year 2025 grew 3.5 percent.') m;

-- the update from 1.5 adds the fields at the end of the type: a materialised
-- view of m.*, a view of fields and a table column of the type made under 1.5
-- keep working (the view keeps its 1.5 columns; the stored values read NULL
-- in the new fields until written again)
SELECT current_database() AS english_regress_db \gset
SET client_min_messages = warning;
DROP DATABASE IF EXISTS speech_english_walk;
RESET client_min_messages;
CREATE DATABASE speech_english_walk;
\c speech_english_walk
CREATE EXTENSION speech VERSION '1.5';
CREATE TABLE s (id int PRIMARY KEY, body text);
INSERT INTO s VALUES (1, 'We must act. 我们要改革。'), (2, 'We must act now.');
CREATE MATERIALIZED VIEW mv AS SELECT s.id, m.* FROM s, LATERAL speech_metrics(s.body) m;
CREATE VIEW v AS SELECT s.id, m.first_person_plural, m.readability1 FROM s, LATERAL speech_metrics(s.body) m;
CREATE TABLE keep (id int, m speech_metrics);
INSERT INTO keep SELECT id, speech_metrics(body) FROM s;
ALTER EXTENSION speech UPDATE;
REFRESH MATERIALIZED VIEW mv;
SELECT id, first_person_plural, directive_high, readability1 FROM mv ORDER BY id;
SELECT count(*) AS mv_columns FROM pg_attribute WHERE attrelid = 'mv'::regclass AND attnum > 0;
SELECT * FROM v ORDER BY id;
INSERT INTO keep SELECT id + 10, speech_metrics(body) FROM s;
SELECT id, (m).characters, (m).language, (m).en_words FROM keep ORDER BY id;
\c :english_regress_db
DROP DATABASE speech_english_walk;

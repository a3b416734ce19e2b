-- structure_corpus: the user's sample speech and real documents from ../shared
-- (read-only test data beside the project).  Without it the test says so and
-- passes (expected/structure_corpus_1.out).
\set have_shared `test -f ../shared/corpus/seed/000_3f41271ab36d6c34.txt && echo true || echo false`
\if :have_shared
\set seed `cat ../shared/corpus/seed/000_3f41271ab36d6c34.txt`
-- the seed: every heading, 0 false positives, no chunk number as a heading
SELECT id, parent_id, level, marker, ordinal, heading, pos, len FROM speech_outline(:'seed');
SELECT title, salutation, announced_points, found_points, paragraph_count, sentence_count, opening, closing
FROM speech_parse(:'seed');
-- positions work with substr() for every paragraph and sentence
SELECT (SELECT bool_and(substr(:'seed', pos, len) = text) FROM speech_paragraphs(:'seed')) AS paragraphs_ok,
       (SELECT bool_and(substr(:'seed', pos, len) = text) FROM speech_sentences(:'seed')) AS sentences_ok,
       (SELECT bool_and(substr(:'seed', pos, length(marker)) = marker) FROM speech_outline(:'seed')) AS markers_ok;
-- the truncated ending: the last sentence has no terminator
SELECT right(text, 12) AS last_words, terminator FROM speech_sentences(:'seed') ORDER BY id DESC LIMIT 1;

\set d `cat ../shared/corpus/docs/cr_19_2017.txt`
SELECT level, count(*), min(marker), max(ordinal) FROM speech_outline(:'d') GROUP BY level ORDER BY level;
SELECT title, salutation, found_points FROM speech_parse(:'d');
\set d `cat ../shared/corpus/docs/wr_national_1988_wikisource.txt`
SELECT id, parent_id, level, marker, left(heading, 12) AS heading FROM speech_outline(:'d');
\set d `cat ../shared/corpus/docs/wr_prov_2026_beijing.txt`
SELECT title, salutation, found_points, (SELECT count(*) FROM speech_outline(:'d') WHERE level = 2 AND marker LIKE '（%') AS paren_sections
FROM speech_parse(:'d');
\set d `cat ../shared/corpus/docs/en_sotu_2018_trump.txt`
SELECT (SELECT count(*) FROM speech_outline(:'d')) AS headings, (SELECT count(*) FROM speech_sentences(:'d')) AS sentences,
       (SELECT count(*) FROM speech_sentences(:'d') WHERE text ~ '(Mr|Mrs|Dr)\.$') AS cut_at_abbreviation;
\else
\echo 'skipped: ../shared/corpus not found (the corpus lives beside the project, not in it)'
\endif

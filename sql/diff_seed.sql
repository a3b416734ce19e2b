-- speech_diff on the sample speech (../shared/corpus/seed): its chunk numbers
-- ("N、" opening each line, mostly in the middle of a sentence) are noise, so
-- the speech against itself without them, or against speech_clean's text, is
-- the same unit for unit.  The text stays outside the project; without it
-- the test says so and stops.
\set seed_path '../shared/corpus/seed/000_3f41271ab36d6c34.txt'
\set have_seed `test -r ../shared/corpus/seed/000_3f41271ab36d6c34.txt && echo true || echo false`
\if :have_seed
\set seed `cat ../shared/corpus/seed/000_3f41271ab36d6c34.txt`
-- the chunk numbers dropped and their lines joined: every unit same, but
-- the title: its "1、" is noise only while the lines after it are numbered
SELECT op, count(*), min(similarity) FROM speech_diff(:'seed', regexp_replace(:'seed', E'\n[0-9]+、', '', 'g'))
 GROUP BY op ORDER BY op;
SELECT op, substr(:'seed', old_pos, old_len) AS old_text
  FROM speech_diff(:'seed', regexp_replace(:'seed', E'\n[0-9]+、', '', 'g')) WHERE op <> 'same';
SELECT op, count(*) FROM speech_diff(:'seed', speech_clean(:'seed')) GROUP BY op ORDER BY op;
-- speech_clean's text with five sentences (the 20th to the 24th) moved to
-- the end, each on a line of its own: they hold ten units (clauses ending at
-- ；: 二是…； 三是…；), so ten moved rows, similarity 1, and every other unit same
SELECT speech_clean(:'seed') AS clean \gset
SELECT string_agg(text, E'\n' ORDER BY CASE WHEN id BETWEEN 20 AND 24 THEN id + 10000 ELSE id END) AS moved
  FROM speech_sentences(:'clean') \gset
SELECT op, count(*), min(similarity) FROM speech_diff(:'clean', :'moved') GROUP BY op ORDER BY op;
SELECT id, op, old_pos, new_pos FROM speech_diff(:'clean', :'moved') WHERE op <> 'same' ORDER BY id;
\else
\echo 'skipped:' :seed_path 'not found (the sample speech lives outside the project)'
\endif

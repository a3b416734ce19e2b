-- The demo's transcript part: the speaker turns of one press conference.
-- Variables: body (the text), source (where it came from).
\echo
\echo :source
\echo turns (speech_turns: speaker as written, role, the question an answer replies to)
SELECT id, speaker, role, reply_to, len AS chars,
       left(regexp_replace(substr(:'body', pos, len), '\s+', ' ', 'g'), 36) AS starts
FROM speech_turns(:'body') ORDER BY id;
\echo answers per speaker (speech_turn_metrics)
SELECT speaker, count(*) AS answers, round(avg(characters)) AS mean_chars,
       sum(directive_high) AS directive_high, sum(first_person_plural) AS we
FROM speech_turn_metrics(:'body') WHERE role = 'answer' GROUP BY speaker ORDER BY speaker;

-- The demo: parse one speech and show, at a glance, whether the parse is right.
-- Variables: body (the text), source (where it came from).
\pset footer off
\pset tuples_only on
\pset format unaligned
SELECT speech_version();
SELECT 'source:      ' || :'source' || ' (' || length(:'body') || ' characters)';
SELECT unnest(ARRAY[
       'title:       ' || coalesce(title, '(none)'),
       'salutation:  ' || coalesce(salutation, '(none)'),
       'points:      announced ' || coalesce(announced_points::text, 'none') || ', found ' || found_points
         || CASE WHEN announced_points > found_points THEN '   <- fewer than announced: truncated text?'
                 WHEN announced_points < found_points THEN '   <- more than announced' ELSE '' END,
       'size:        ' || paragraph_count || ' paragraphs, ' || sentence_count || ' sentences, '
         || cardinality(sections) || ' sections'])
FROM speech_parse(:'body');
\pset format aligned
\pset tuples_only off
\echo
\echo outline (chars = size of the section, from its marker to the next section at its level)
SELECT repeat('    ', level - 1) || marker || ' ' || left(heading, 40)
         || CASE WHEN length(heading) > 40 THEN '…' ELSE '' END AS section,
       len AS chars, pos
FROM speech_outline(:'body') ORDER BY id;
\echo
\echo metrics (speech_metrics; doc/metrics.md defines every field)
SELECT x.metric, x.value
FROM speech_metrics(:'body') m,
     LATERAL (VALUES
       ('characters (Han)',          m.characters || ' (' || m.han_characters || ')'),
       ('words / distinct',          m.words || ' / ' || m.distinct_words
                                       || '   TTR ' || round(m.ttr::numeric, 3) || ', MATTR(100) ' || round(m.mattr::numeric, 3)),
       ('sentences / clauses',       m.sentences || ' / ' || m.clauses
                                       || '   mean ' || round(m.mean_sentence_chars::numeric, 1) || ' chars, max ' || m.max_sentence_chars),
       ('quantities',                m.quantities || ' (' || m.percentages || ' percentages, ' || m.money_amounts || ' money, '
                                       || m.years || ' years, ' || m.dates || ' dates)'),
       ('quotes / unclosed',         m.quotes || ' / ' || m.unclosed_quotes),
       ('numbered slogans',          m.slogans::text),
       ('directives high/med/low',   m.directive_high || ' / ' || m.directive_medium || ' / ' || m.directive_low
                                       || '   per 1,000 chars ' || round(m.directive_high_per_1k::numeric, 2) || ' / '
                                       || round(m.directive_medium_per_1k::numeric, 2) || ' / ' || round(m.directive_low_per_1k::numeric, 2)),
       ('我们 / 我 / 我区…',          m.first_person_plural || ' / ' || m.first_person_singular || ' / ' || m.first_person_institutional),
       ('中央 / 省 / 市 / 区县',      m.authority_central || ' / ' || m.authority_province || ' / ' || m.authority_city || ' / ' || m.authority_county),
       ('speaking time',             round(m.speaking_minutes::numeric, 1) || ' min at 180 Han characters a minute'),
       ('readability (徐巍 2021)',   round(m.readability1::numeric, 1) || ' chars/segment, ' || round(m.readability2::numeric, 3)
                                       || ' adverbs+conjunctions, index ' || round(m.readability3::numeric, 1))
     ) x(metric, value);
\echo
\echo quantities (8 of speech_quantities: the implausible ones first, then money, percentages, counts with a unit)
SELECT raw, value, unit, qualifier, coalesce(kind, 'suspect: digits merged?') AS kind
FROM speech_quantities(:'body')
WHERE suspect OR (unit IS NOT NULL AND kind IN ('money', 'percent', 'range', 'count'))
ORDER BY CASE WHEN suspect THEN 0 WHEN kind = 'money' THEN 1 WHEN kind = 'percent' THEN 2
              WHEN kind = 'range' THEN 3 ELSE 4 END, id
LIMIT 8;
\echo
\echo targets (speech_targets: goals for a coming period, first 8)
SELECT indicator, raw, value, unit, modifier, year FROM speech_targets(:'body') ORDER BY id LIMIT 8;
\echo
\echo problems (speech_diagnostics, by kind)
SELECT kind, count(*) AS n, min(detail) AS example FROM speech_diagnostics(:'body') GROUP BY kind ORDER BY kind;

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

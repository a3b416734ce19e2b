-- speech_html: the reading view; every character of the input is text (t:
-- the page without its own tags, the marks, which split the text)
\pset null '(null)'
\set hostile '<script>alert("x")</script>\n一、总体要求\n我们必须坚持“两个确立”，要做好“六稳”工作，投入516万元，增长5.2%。Tom & Jerry''s <b>bold</b> &amp; <!-- c --> <img src=x onerror=alert(1)>\n二、主要任务\n可以鼓励创新，应当确保安全。'
SELECT position('<script' IN h) AS script_tag, position('<img' IN h) AS img_tag,
       position('<b>bold' IN h) AS b_tag, position('<!-- c' IN h) AS comment,
       position('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' IN t) > 0 AS script_as_text,
       position('Tom &amp; Jerry&#39;s &lt;b&gt;bold&lt;/b&gt; &amp;amp; &lt;!-- c --&gt;' IN t) > 0 AS markup_as_text,
       position('&lt;img src=x onerror=alert(1)&gt;' IN t) > 0 AS img_as_text
FROM (SELECT h, regexp_replace(h, '<[^>]*>', '', 'g') AS t FROM speech_html(:'hostile') h) p;
-- the marks are the rows of the SQL functions: one element per row
WITH p AS (SELECT speech_html(:'hostile') AS h)
SELECT regexp_count(h, '<mark class="sp-m sp-quantity" data-id=') AS quantities,
       (SELECT count(*) FROM speech_quantities(:'hostile')) AS sql_quantities,
       regexp_count(h, '<mark class="sp-m sp-quote" data-id=') AS quotes,
       (SELECT count(*) FROM speech_quotes(:'hostile')) AS sql_quotes,
       regexp_count(h, '<mark class="sp-m sp-slogan" data-id=') AS slogans,
       (SELECT count(*) FROM speech_slogans(:'hostile')) AS sql_slogans,
       regexp_count(h, '<span class="sp-heading sp-lvl-[0-9]+" id="s-') AS headings,
       (SELECT count(*) FROM speech_outline(:'hostile')) AS sql_sections
FROM p;
WITH p AS (SELECT speech_html(:'hostile') AS h)
SELECT regexp_count(h, '<mark class="sp-m sp-directive-high" data-id=') AS high,
       regexp_count(h, '<mark class="sp-m sp-directive-medium" data-id=') AS medium,
       regexp_count(h, '<mark class="sp-m sp-directive-low" data-id=') AS low,
       m.directive_high, m.directive_medium, m.directive_low,
       regexp_count(h, '<li class="sp-diag-item"') AS diag_items,
       (SELECT count(*) FROM speech_diagnostics(:'hostile')) AS sql_diags,
       regexp_count(h, '<a class="sp-diag" id="dref-') AS diag_marks,
       (SELECT count(*) FROM speech_diagnostics(:'hostile') WHERE pos IS NOT NULL) AS sql_diag_pos
FROM p, speech_metrics(:'hostile') m;
-- the page is whole: one document, its own style sheet, no external asset
WITH p AS (SELECT speech_html(:'hostile') AS h)
SELECT left(h, 15) AS head, right(h, 8) AS tail, regexp_count(h, '<style>') AS styles,
       regexp_count(h, '(src|href)="(https?:)?//') AS external,
       regexp_count(h, '<mark') = regexp_count(h, '</mark>') AS marks_closed
FROM p;
-- invalid UTF-8 cannot reach a text value; the characters that are valid but
-- unsafe in a page (controls, U+FFFD) become U+FFFD references
SELECT position('&#xFFFD;' IN speech_html(E'\u4E00\u3001\u603B\u4F53 \x01\x7F end')) > 0 AS controls_replaced;
-- empty text, and a text without any structure
SELECT length(speech_html('')) > 1000 AS empty_page, position('(no sections)' IN speech_html('')) > 0 AS no_sections;
SELECT speech_html(NULL) IS NULL AS strict;

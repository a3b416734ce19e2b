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
-- speech_diff_html: the page of a diff; a row per speech_diff row, with its op
\set old '一、总体要求\n经济增长5%左右。物价基本稳定。城镇新增就业1200万人。\n二、主要任务\n扩大国内需求。'
\set new '一、总体要求\n扩大国内需求。经济增长５％左右。物价总体保持基本稳定。Tom & "Jerry" <img src=x onerror=alert(1)>\n二、科技创新\n发展新质生产力。\n三、主要任务'
WITH p AS (SELECT speech_diff_html(:'old', :'new') AS h)
SELECT d.op, count(*) AS sql_rows, min(regexp_count(p.h, 'data-op="' || d.op || '" id="r-')) AS page_rows
FROM speech_diff(:'old', :'new') d, p GROUP BY d.op ORDER BY d.op;
WITH p AS (SELECT speech_diff_html(:'old', :'new') AS h)
SELECT position('<img' IN h) AS img_tag, regexp_count(h, '<ins>') > 0 AS inserted_marked,
       regexp_count(h, '<del>') = regexp_count(h, '</del>') AS del_closed,
       position('sections added</span><span class="sp-count" data-op="section-added">1<' IN h) > 0 AS one_section_added,
       regexp_count(h, '(src|href)="(https?:)?//') AS external
FROM p;
SELECT speech_diff_html(NULL, 'x') IS NULL AS strict;

-- metrics: speech_metrics, per-section metrics, quantities, quotes, slogans,
-- KWIC, diagnostics and the lexicon, on short texts written for these tests.

-- every function is IMMUTABLE (or STABLE where it reads speech_lexicon), STRICT
-- where it is C, and PARALLEL SAFE
SELECT proname, provolatile, proisstrict, proparallel
  FROM pg_proc
 WHERE proname IN ('speech_metrics', 'speech_section_metrics', 'speech_quantities',
				   'speech_quotes', 'speech_slogans', 'speech_kwic', 'speech_diagnostics',
				   'speech_find_terms', 'speech_lexicon_match', 'speech_builtin_lexicon',
				   'speech_lexicon_hits', 'speech_lexicon_counts')
 ORDER BY proname;

-- NULL in, NULL out; '' gives zeros and no rows
SELECT speech_metrics(NULL) IS NULL AS metrics_null;
SELECT m.characters, m.words, m.sentences, m.sections, m.sections_by_level, m.announced_points,
	   m.ttr, m.readability3, m.speaking_minutes
  FROM speech_metrics('') m;
SELECT (SELECT count(*) FROM speech_quantities('')) AS q, (SELECT count(*) FROM speech_quotes('')) AS qt,
	   (SELECT count(*) FROM speech_slogans('')) AS sl, (SELECT count(*) FROM speech_diagnostics('')) AS d,
	   (SELECT count(*) FROM speech_section_metrics('')) AS sm, (SELECT count(*) FROM speech_kwic('', '要')) AS k;

-- a short speech: an announcement of three points, two of them delivered
\set s '同志们：下面我讲三点意见。\n一、提高认识，必须把思想统一到中央和省委的部署上来。我们要求各级干部要切实负起责任，这很重要！\n二、突出重点，确保今年全区GDP增长6.5%左右，新增就业1.2万人以上，落实资金516万元。我们要坚持“三个代表”重要思想，落实八项规定精神。可以鼓励基层大胆探索吗？\n'

SELECT m.characters, m.han_characters, m.sentences, m.clauses, m.paragraphs, m.sections,
	   m.sections_by_level, m.depth, m.announced_points, m.found_points,
	   m.questions, m.exclamations, m.quantities, m.percentages, m.money_amounts,
	   m.quotes, m.unclosed_quotes, m.slogans
  FROM speech_metrics(:'s') m;

-- directive markers are whole words: 要求 and 重要 are not 要
SELECT m.directive_high, m.directive_medium, m.directive_low,
	   round(m.directive_high_per_1k::numeric, 2) AS high_per_1k,
	   m.first_person_plural, m.first_person_singular, m.first_person_institutional,
	   m.authority_central, m.authority_province, m.authority_county
  FROM speech_metrics(:'s') m;
SELECT term, pos, len, substr(:'s', pos, len) = term AS substr_ok
  FROM speech_find_terms(:'s', ARRAY['要', '必须', '确保', '可以', '鼓励']) ORDER BY pos;

-- without segmentation the word-based fields are NULL, the others unchanged
SELECT m.words IS NULL AS words_null, m.directive_high IS NULL AS directives_null,
	   m.readability2 IS NULL AS r2_null, m.characters, m.quantities
  FROM speech_metrics(:'s', false) m;

-- per section: the text before 一、 (section_id NULL), then each section
SELECT section_id, characters, sentences, quantities, directive_high, slogans
  FROM speech_section_metrics(:'s');

-- quantities: value scaled, unit, qualifier, kind; positions work with substr()
SELECT id, section_id, sentence_id, raw, value, unit, qualifier, kind, high,
	   substr(:'s', pos, len) = raw AS substr_ok
  FROM speech_quantities(:'s');
-- a date has no unit: its ISO form is in date (1.6)
SELECT raw, value, unit, qualifier, kind, high, date
  FROM speech_quantities('国内生产总值五十四万亿元，贡献率超过百分之三十，粮食一万二千亿斤，提高一点二个百分点，九百六十多万平方公里，十三亿多人，１０９２０亿元，近１００亿美元，2800多亿元，3至5年，5%—6%，2020年3月6日，二〇一七年，用三个月时间讲四点意见，统一认识，第三批，5G基站');
-- a fraction of sixty zeros (fuzzing: it overflowed the value's buffer): at most 40 places
SELECT raw, value, unit FROM speech_quantities('增长0.' || repeat('0', 38) || '2%，减少0.' || repeat('0', 60) || '2万元');

-- quotes: closed and unclosed (a lost closing mark ends at clause punctuation)
SELECT id, pos, len, term, mark, closed, substr('坚持“两个毫不动摇”，学习《决定》，打造“一基地、两中心的目标。强化“窗口,作用', pos, len) = term AS substr_ok
  FROM speech_quotes('坚持“两个毫不动摇”，学习《决定》，打造“一基地、两中心的目标。强化“窗口,作用');

-- slogans: formulae, not ordinary counts or idioms
SELECT slogan, number FROM speech_slogans('坚持“三个代表”重要思想，推行一户一策，做到三严三实，用三个月时间，讲四点意见，五湖四海，落实“三个确保”');

-- KWIC with character positions
SELECT * FROM speech_kwic(:'s', '要', 4);
SELECT count(*) FROM speech_kwic(:'s', '重要', 0);
SELECT * FROM speech_kwic(:'s', '', 4);
SELECT * FROM speech_kwic(:'s', '要', -1);

-- diagnostics: two of three announced points, HTML remnants, garbled words, a
-- lost closing quote and a text that stops mid-sentence
SELECT id, section_id, pos, kind, detail
  FROM speech_diagnostics(E'同志们：\n下面我讲三点意见。\n一、提高认识<br>\n这是原那么问题，否那么不行。\n二、打造“窗口,做好效劳工作&nbsp;，今年要继续坚持');

-- the lexicon table starts as the compiled-in lists
SELECT category, count(*) AS terms, bool_and(builtin) AS builtin
  FROM speech_lexicon GROUP BY category ORDER BY category;
SELECT (SELECT count(*) FROM speech_lexicon) = (SELECT count(*) FROM speech_builtin_lexicon()) AS same_size,
	   NOT EXISTS (SELECT category, term, weight, note, whole_word FROM speech_builtin_lexicon()
				   EXCEPT SELECT category, term, weight, note, whole_word FROM speech_lexicon) AS same_rows;

-- a researcher adds a category without C
INSERT INTO speech_lexicon (category, term) VALUES ('growth', '增长'), ('growth', '新增');
SELECT category, term, pos FROM speech_lexicon_hits(:'s', ARRAY['growth', 'directive_high']);
SELECT category, hits, weighted, round(per_1k::numeric, 2) AS per_1k
  FROM speech_lexicon_counts(:'s', ARRAY['growth', 'directive_medium']);
DELETE FROM speech_lexicon WHERE category = 'growth';

-- categories: one as a plain string, several as an array (or an array
-- literal, as before); NULL is every category
SELECT category, hits FROM speech_lexicon_counts(:'s', 'directive_high');
SELECT category, hits FROM speech_lexicon_counts(:'s', '{directive_high,directive_medium}');
SELECT category, hits FROM speech_lexicon_counts(:'s', categories => 'directive_medium');
SELECT (SELECT count(*) FROM speech_lexicon_counts(:'s', NULL)) = (SELECT count(*) FROM speech_lexicon_counts(:'s'))
	   AND (SELECT count(*) FROM speech_lexicon_counts(:'s')) > 2 AS null_is_every_category;
SELECT category, term, pos FROM speech_lexicon_hits(:'s', 'directive_high') ORDER BY pos LIMIT 2;
-- a misspelt category, or one whose rows are gone, is an error naming it,
-- with the categories there are and the array form
SELECT * FROM speech_lexicon_counts(:'s', ARRAY['directve_high']);
SELECT * FROM speech_lexicon_counts(:'s', 'directve_high');
SELECT * FROM speech_lexicon_hits(:'s', ARRAY['directive_high', 'growth']);
SELECT * FROM speech_lexicon_counts(:'s', 'directive_high,slogan');
DO $$
BEGIN
	PERFORM * FROM speech_lexicon_counts('改革', 'nope');
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'invalid_parameter_value: %', SQLERRM;
END $$;
-- an empty array is no category (no rows); a NULL element is skipped
SELECT count(*) AS no_category FROM speech_lexicon_counts(:'s', ARRAY[]::text[]);
SELECT category FROM speech_lexicon_counts(:'s', ARRAY['directive_high', NULL]);

-- speech_lexicon_match, the engine of speech_lexicon_hits: lexicon rows as three
-- arrays of one length; a term of two rows gives two rows per occurrence, a
-- NULL term matches nothing, NULL category and weight come out NULL
SELECT category, term, weight, pos, len
  FROM speech_lexicon_match('要坚持改革，要深化改革。', ARRAY['改革', '坚持', NULL, '改革', '要'],
						   ARRAY['reform', 'stance', 'none', 'policy', NULL], ARRAY[1, 2, 3, NULL, 5])
 ORDER BY pos, category;
-- whole_words false finds 要 inside 要求 too
SELECT term, pos FROM speech_lexicon_match('要求要', ARRAY['要'], ARRAY['x'], ARRAY[1], false) ORDER BY pos;
SELECT term, pos FROM speech_lexicon_match('要求要', ARRAY['要'], ARRAY['x'], ARRAY[1]) ORDER BY pos;
-- a lexicon that changes from row to row is prepared again (kept only while equal)
SELECT v.r, m.category, m.term, m.pos
  FROM (VALUES (1, ARRAY['改革']), (2, ARRAY['深化']), (3, ARRAY['深化']), (4, ARRAY['改革'])) v(r, a),
	   speech_lexicon_match('深化改革', v.a, ARRAY['c' || v.r], ARRAY[v.r]) m
 ORDER BY v.r;
-- arrays of different lengths, or of two dimensions: errors that say so
SELECT * FROM speech_lexicon_match('改革', ARRAY['改革'], ARRAY['a', 'b'], ARRAY[1]);
SELECT * FROM speech_lexicon_match('改革', ARRAY[['改革']], ARRAY[['a']], ARRAY[[1]]);

-- a value is exact or NULL (with an inexact_number diagnostic), never another
-- number: every scale counts (10^24), every zero counts (10^40), and more
-- significant digits than 18 give NULL
SELECT raw, value, kind FROM speech_quantities('1亿亿亿元；10000000000000000000000000000000000000000元；123456789012345678901234567890元；123456789012345678元。') ORDER BY id;
SELECT kind, detail FROM speech_diagnostics('1亿亿亿元；123456789012345678901234567890元。') WHERE kind = 'inexact_number';

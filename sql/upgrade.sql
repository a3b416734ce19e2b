-- upgrade: install the oldest version (1.0) and walk ALTER EXTENSION speech
-- UPDATE one version at a time; after each step the extension's objects (with
-- their definitions, comments, privileges and dump settings) and a few query
-- results equal those of a fresh install of that version (sql/upgrade_step.psql).
-- User data added along the way (a term at 1.1, a lexicon row at 1.2, an
-- indexed table) survives every update.  A new version adds a step here and in
-- sql/setup.sql.

-- every version, and a path from the oldest to each
SELECT version FROM pg_available_extension_versions WHERE name = 'speech' ORDER BY 1;
SELECT target, path FROM pg_extension_update_paths('speech')
 WHERE source = '1.0' AND path IS NOT NULL ORDER BY 1;

SELECT current_database() AS regress_db \gset
SELECT E'全区工作会议讲话\n同志们：\n下面我讲两点意见。\n一、提高认识\n我们必须坚持改革，全年增长6.5%左右，新增就业1.2万人。\n（一）统一思想\n要落实“三个代表”重要思想。\n二、狠抓落实\n确保完成任务。\n谢谢大家！\n' AS s \gset

-- the extension's objects, one line each: description, comment, definition
-- (with privileges, the extension's rows of a table), initial privileges, uses
SELECT $q$
WITH ext AS (SELECT oid, extconfig, extcondition FROM pg_extension WHERE extname = 'speech'),
members AS (
	SELECT d.classid, d.objid, d.objsubid
	  FROM pg_depend d, ext
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e')
SELECT pg_describe_object(m.classid, m.objid, m.objsubid)
	|| coalesce(' | comment ' || obj_description(m.objid, m.classid::regclass::text), '')
	|| ' | ' || coalesce(CASE m.classid
	WHEN 'pg_proc'::regclass THEN (
		SELECT pg_get_functiondef(m.objid) || ' acl ' || coalesce(proacl::text, 'default') FROM pg_proc WHERE oid = m.objid)
	WHEN 'pg_type'::regclass THEN (
		SELECT t.typtype::text || ' ' || coalesce(string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum), '')
		  FROM pg_type t LEFT JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
		 WHERE t.oid = m.objid GROUP BY t.typtype)
	WHEN 'pg_class'::regclass THEN (
		SELECT string_agg(x, '; ' ORDER BY x) FROM (
			SELECT 'column ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
				   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
				   || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') AS x
			  FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
			 WHERE a.attrelid = m.objid AND a.attnum > 0 AND NOT a.attisdropped
			UNION ALL SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = m.objid
			UNION ALL SELECT 'index ' || pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = m.objid
			UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = m.objid AND NOT tgisinternal
			UNION ALL SELECT 'acl ' || coalesce(relacl::text, 'default') FROM pg_class WHERE oid = m.objid
			-- the extension's rows: all but those pg_dump keeps (pg_extension_config_dump)
			UNION ALL SELECT 'data ' || (xpath('/row/d/text()', query_to_xml(format(
					'SELECT count(*) || '' rows '' || md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS d FROM %s t WHERE (%s) IS NOT TRUE',
					m.objid::regclass,
					CASE WHEN u.w IS NULL THEN 'false'
						 ELSE coalesce(nullif(regexp_replace(u.w, '^\s*WHERE\s+', '', 'i'), ''), 'true') END),
					false, true, '')))[1]::text
			  FROM (SELECT (SELECT w FROM ext, unnest(ext.extconfig, ext.extcondition) AS c(c, w) WHERE c.c = m.objid) AS w) u
			  WHERE m.classid = 'pg_class'::regclass AND (SELECT relkind FROM pg_class WHERE oid = m.objid) = 'r') s)
	WHEN 'pg_ts_config'::regclass THEN (
		SELECT string_agg(mp.maptokentype || '.' || mp.mapseqno || '=' || mp.mapdict::regdictionary::text, ', '
						  ORDER BY mp.maptokentype, mp.mapseqno)
		  FROM pg_ts_config_map mp WHERE mp.mapcfg = m.objid)
	WHEN 'pg_ts_dict'::regclass THEN (
		SELECT t.tmplname || ' ' || coalesce(d.dictinitoption, '')
		  FROM pg_ts_dict d JOIN pg_ts_template t ON t.oid = d.dicttemplate WHERE d.oid = m.objid)
	WHEN 'pg_ts_parser'::regclass THEN (
		SELECT concat_ws(' ', prsstart::regproc, prstoken::regproc, prsend::regproc, prsheadline::regproc, prslextype::regproc)
		  FROM pg_ts_parser WHERE oid = m.objid)
	WHEN 'pg_ts_template'::regclass THEN (
		SELECT concat_ws(' ', tmplinit::regproc, tmpllexize::regproc) FROM pg_ts_template WHERE oid = m.objid)
	END, '')
	-- the privileges pg_dump takes as the extension's, and what each object uses
	|| coalesce(' | init privs ' || (SELECT string_agg(ip.objsubid || ' ' || ip.initprivs::text, ', ' ORDER BY ip.objsubid)
		  FROM pg_init_privs ip WHERE ip.classoid = m.classid AND ip.objoid = m.objid), '')
	|| coalesce(' | uses ' || (SELECT string_agg(pg_describe_object(d.refclassid, d.refobjid, d.refobjsubid), ', '
			ORDER BY pg_describe_object(d.refclassid, d.refobjid, d.refobjsubid))
		  FROM pg_depend d WHERE d.classid = m.classid AND d.objid = m.objid AND d.deptype = 'n'), '')
  FROM members m
UNION ALL
SELECT 'config dump ' || c::regclass::text || ' where ' || coalesce(w, '') FROM ext, unnest(ext.extconfig, ext.extcondition) AS u(c, w)
UNION ALL
SELECT 'extension relocatable ' || extrelocatable || ' schema ' || extnamespace::regnamespace FROM pg_extension WHERE extname = 'speech'
$q$ AS objects \gset

-- results, one line per function, for each version's functions
SELECT format($q$
SELECT 'outline ' || coalesce(string_agg(o::text, ' ' ORDER BY o.id), '') FROM speech_outline(%1$L) o
UNION ALL SELECT 'paragraphs ' || md5(string_agg(p::text, '|' ORDER BY p.id)) FROM speech_paragraphs(%1$L) p
UNION ALL SELECT 'sentences ' || md5(string_agg(x::text, '|' ORDER BY x.id)) FROM speech_sentences(%1$L) x
UNION ALL SELECT 'parse ' || md5(speech_parse_json(%1$L)::text)
UNION ALL SELECT 'clean ' || md5(speech_clean(%1$L))
$q$, :'s') AS results_10 \gset
SELECT :'results_10' || format($q$
UNION ALL SELECT 'tsvector ' || to_tsvector('speech_zh', %1$L)::text
UNION ALL SELECT 'tokens ' || md5(string_agg(t::text, '|' ORDER BY t.pos)) FROM speech_tokens(%1$L) t
UNION ALL SELECT 'weighted ' || speech_tsvector('speech_zh', %1$L)::text
UNION ALL SELECT 'lexize ' || ts_lexize('speech_han', '中华人民共和国')::text
$q$, :'s') AS results_11 \gset
SELECT :'results_11' || format($q$
UNION ALL SELECT 'metrics ' || speech_metrics(%1$L)::text
UNION ALL SELECT 'sections ' || md5(string_agg(m::text, '|' ORDER BY m.section_id NULLS FIRST)) FROM speech_section_metrics(%1$L) m
UNION ALL SELECT 'quantities ' || string_agg(q.raw || '=' || q.value || q.unit, ' ' ORDER BY q.id) FROM speech_quantities(%1$L) q
UNION ALL SELECT 'slogans ' || string_agg(g.slogan, ' ' ORDER BY g.id) FROM speech_slogans(%1$L) g
UNION ALL SELECT 'diagnostics ' || coalesce(string_agg(d.kind, ' ' ORDER BY d.id), '') FROM speech_diagnostics(%1$L) d
UNION ALL SELECT 'lexicon ' || string_agg(c.category || '=' || c.hits, ' ' ORDER BY c.category)
  FROM speech_lexicon_counts(%1$L, ARRAY['directive_high', 'directive_medium', 'authority_central']) c
$q$, :'s') AS results_12 \gset
SELECT :'results_12' || format($q$
UNION ALL SELECT 'metrics_json ' || md5(speech_metrics_json(%1$L)::text)
$q$, :'s') AS results_13 \gset
SELECT :'results_13' || format($q$
UNION ALL SELECT 'hits ' || md5(string_agg(h::text, '|' ORDER BY h.pos, h.category, h.term))
  FROM speech_lexicon_hits(%1$L, ARRAY['directive_high', 'directive_medium', 'authority_central', 'slogan']) h
UNION ALL SELECT 'match ' || string_agg(m.category || ':' || m.term || '@' || m.pos, ' ' ORDER BY m.pos, m.category)
  FROM speech_lexicon_match(%1$L, ARRAY['改革', '改革', '任务'], ARRAY['a', 'b', 'c'], ARRAY[1, 2, 3]) m
$q$, :'s') AS results_15 \gset
-- 1.6: what each new function of 1.6 returns (a line per function)
SELECT :'results_15' || format($q$
UNION ALL SELECT 'outline_unnumbered ' || coalesce(string_agg(o::text, ' ' ORDER BY o.id), '') FROM speech_outline(%1$L, true) o
UNION ALL SELECT 'metrics_language ' || concat_ws(' ', m.language, m.zh_chars_per_sentence, m.zh_chars_per_sentence_cntext, m.en_flesch_reading_ease)
  FROM speech_metrics(%1$L) m
UNION ALL SELECT 'keyness ' || speech_keyness(120, 300, 50000, 200000) || ' ' || speech_keyness_p(3, 7, 10, 9, 'lr')
UNION ALL SELECT 'words ' || md5(string_agg(w.word || ':' || w.n, ' ' ORDER BY w.n DESC, w.word)) FROM speech_words(%1$L) w
UNION ALL SELECT 'ngrams ' || md5(string_agg(g.ngram || ':' || g.n || '@' || g.pos, ' ' ORDER BY g.n DESC, g.ngram)) FROM speech_ngrams(%1$L) g
UNION ALL SELECT 'html ' || md5(speech_html(%1$L))
UNION ALL SELECT 'diff ' || md5(string_agg(d::text, '|' ORDER BY d.id))
  FROM speech_diff(%1$L, replace(replace(%1$L, '一、', '二、'), '。', '！')) d
UNION ALL SELECT 'diff_chars ' || string_agg(c::text, '|' ORDER BY c.id)
  FROM speech_diff_chars('今年增长5%%左右', '今年增长5.5%%左右') c
UNION ALL SELECT 'turns ' || string_agg(t::text, ' ' ORDER BY t.id) FROM speech_turns(%1$L) t
UNION ALL SELECT 'turn_metrics ' || md5(string_agg(m::text, '|' ORDER BY m.turn_id)) FROM speech_turn_metrics(%1$L) m
UNION ALL SELECT 'targets ' || coalesce(string_agg(t.raw || '=' || t.value || coalesce(t.unit, '') || ':' || t.modifier, ' ' ORDER BY t.id), '') FROM speech_targets(%1$L) t
UNION ALL SELECT 'passages ' || md5(string_agg(p::text, '|' ORDER BY p.id)) FROM speech_passages(%1$L, 200) p
UNION ALL SELECT 'positions_clamped ' || speech_positions_clamped(to_tsvector('simple', %1$L))
UNION ALL SELECT 'decode ' || md5(speech_decode(convert_to(%1$L, 'UTF8'), 'UTF-8'))
UNION ALL SELECT 'lexicon_string ' || string_agg(c.category || '=' || c.hits, ' ' ORDER BY c.category)
  FROM speech_lexicon_counts(%1$L, 'directive_high') c
UNION ALL SELECT 'hits_string ' || count(*) FROM speech_lexicon_hits(%1$L, 'directive_high')
UNION ALL SELECT 'lexicon_check ' || array_to_string(speech_lexicon_check(ARRAY['slogan', 'directive_high']), ',')
UNION ALL SELECT 'dictionary_version ' || (speech_dictionary_version() IS NOT NULL)::text
UNION ALL SELECT 'diff_html ' || md5(speech_diff_html(%1$L, replace(%1$L, '一、', '二、')))
UNION ALL SELECT 'exact ' || to_tsvector('speech_zh_exact', %1$L)::text || ' ' || to_tsvector('speech_zh_exact', '發展')::text
$q$, :'s') AS results_16 \gset

SET client_min_messages = warning;
DROP DATABASE IF EXISTS speech_walk;
RESET client_min_messages;
CREATE DATABASE speech_walk;
\c speech_walk
CREATE EXTENSION speech VERSION '1.0';
\set version '1.0'
\set results :results_10
\i sql/upgrade_step.psql

-- 1.1: text search; a user term and an indexed table before the next updates
ALTER EXTENSION speech UPDATE TO '1.1';
\set version '1.1'
\set results :results_11
\i sql/upgrade_step.psql
SELECT speech_add_term('清廉村居', 'added at 1.1');
CREATE TABLE docs (id int PRIMARY KEY, body text,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('speech_zh', body)) STORED);
CREATE INDEX docs_tsv ON docs USING gin (tsv);
INSERT INTO docs VALUES (1, '落实清廉村居建设'), (2, :'s');

-- 1.2: metrics; a user lexicon row
ALTER EXTENSION speech UPDATE TO '1.2';
\set version '1.2'
\set results :results_12
\i sql/upgrade_step.psql
INSERT INTO speech_lexicon (category, term) VALUES ('reform', '改革');

-- 1.3: scale (COSTs, speech_metrics_json)
ALTER EXTENSION speech UPDATE TO '1.3';
\set version '1.3'
\set results :results_13
\i sql/upgrade_step.psql

-- 1.4: hardening
ALTER EXTENSION speech UPDATE TO '1.4';
\set version '1.4'
\i sql/upgrade_step.psql

-- 1.5: speech_lexicon_hits through speech_lexicon_match; its answers (with
-- user rows: a term in two categories, a substring term) are those of 1.4.
-- The fresh install of 1.5 runs the full script speech--1.5.sql, not the
-- chain: this step shows that the two give the same extension.
INSERT INTO speech_lexicon (category, term, weight, whole_word)
	VALUES ('policy', '改革', 3, true), ('policy', '落实', 2, false), ('policy', '任务', 1, true);
SELECT string_agg(h::text, '|' ORDER BY h.pos, h.category, h.term) AS hits_14
  FROM speech_lexicon_hits(:'s') h \gset
SELECT string_agg(c::text, '|' ORDER BY c.category) AS counts_14 FROM speech_lexicon_counts(:'s') c \gset
ALTER EXTENSION speech UPDATE TO '1.5';
\set version '1.5'
\set results :results_15
\i sql/upgrade_step.psql
SELECT string_agg(h::text, '|' ORDER BY h.pos, h.category, h.term) = :'hits_14' AS same_hits,
	   count(*) AS hits FROM speech_lexicon_hits(:'s') h;
SELECT string_agg(c::text, '|' ORDER BY c.category) = :'counts_14' AS same_counts
  FROM speech_lexicon_counts(:'s') c;
SELECT category, hits, weighted FROM speech_lexicon_counts(:'s', ARRAY['policy']);
-- speech_quantities as 1.5 declares it, on the 1.6 library: its 11 columns,
-- a date's ISO form in unit, a kind for the implausible 202223年
SELECT raw, value, unit, kind FROM speech_quantities('2020年3月6日，202223年') ORDER BY id;

-- 1.6 (and any later version): its fresh install runs speech--1.6.sql
ALTER EXTENSION speech UPDATE;
SELECT extversion AS version FROM pg_extension WHERE extname = 'speech' \gset
\set results :results_16
\i sql/upgrade_step.psql
-- updated to 1.6: suspect and date at the end (the implausible number has no kind, the date no unit)
SELECT raw, value, unit, kind, suspect, date FROM speech_quantities('2020年3月6日，202223年') ORDER BY id;

-- the user's data came through every update
SELECT term, note FROM speech_terms;
SELECT category, term, builtin FROM speech_lexicon WHERE NOT builtin;
SELECT category, hits FROM speech_lexicon_counts(:'s', ARRAY['reform']);
SET enable_seqscan = off;
SELECT id FROM docs WHERE tsv @@ plainto_tsquery('speech_zh', '清廉村居') ORDER BY id;
SELECT id FROM docs WHERE tsv @@ plainto_tsquery('speech_zh', '改革') ORDER BY id;
RESET enable_seqscan;
SELECT bool_and(tsv = to_tsvector('speech_zh', body)) AS index_current FROM docs;

\c :regress_db
DROP DATABASE speech_walk;

/* speech--1.0.sql: the structure of a speech (outline, paragraphs, sentences) */

\echo Use "CREATE EXTENSION speech" to load this file. \quit

-- Positions (pos) are 1-based character positions and len a length in
-- characters, so substr(body, pos, len) is the unit itself.  Ids are 1-based
-- and in document order; section_id / parent_id refer to speech_outline().id.

CREATE TYPE speech_section AS (
	id int,				-- 1-based, document order
	parent_id int,		-- enclosing section, NULL at the top level
	level int,			-- 1 = top level of this document's own numbering
	marker text,		-- as written: yi + ideographic comma, (yi) in full-width brackets, di yi + comma, 1 + ideographic comma, 1. (1), circled 1, yi shi, shouxian + comma
	ordinal int,		-- the marker's number (san, three -> 3)
	heading text,		-- after the marker up to the heading's end
	pos int,			-- where the section starts (its marker)
	len int				-- up to the next section at the same or a higher level
);

CREATE TYPE speech_paragraph AS (
	id int,
	section_id int,		-- innermost section containing the paragraph's start
	pos int,
	len int,
	text text
);

CREATE TYPE speech_sentence AS (
	id int,
	paragraph_id int,
	section_id int,		-- innermost section containing the sentence's start
	pos int,
	len int,
	text text,			-- includes its terminator and closing quotes
	terminator text		-- the full stop, exclamation or question mark (full-width or ASCII) or the ellipsis as written; NULL if the sentence has none
);

CREATE TYPE speech_document AS (
	title text,				-- first title line(s) before the salutation, lines joined
	salutation text,		-- tongzhimen (comrades) / gewei daibiao (deputies) / Mr. Speaker (without punctuation)
	announced_points int,	-- jiang si dian yijian (four points) -> 4; NULL when none or unspecified (ji dian, several points)
	found_points int,		-- top-level points delivered (highest top-level ordinal)
	opening text,			-- after the salutation, before the first top-level section
	closing text,			-- xiexie dajia (thank you all) / tongzhimen, rang women ... (comrades, let us ...) paragraphs at the end, or NULL
	sections speech_section[],
	paragraph_count int,
	sentence_count int
);

-- All analysis functions are IMMUTABLE (the result depends only on the text:
-- no table, setting or locale is read), STRICT (NULL in, NULL out) and
-- PARALLEL SAFE.  COST reflects a full pass over the text (to_tsvector is 100).

CREATE FUNCTION speech_outline(body text) RETURNS SETOF speech_section
	AS 'MODULE_PATHNAME', 'speech_outline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 20;
COMMENT ON FUNCTION speech_outline(text) IS 'numbered headings of a speech with their nesting, positions and sizes';

CREATE FUNCTION speech_paragraphs(body text) RETURNS SETOF speech_paragraph
	AS 'MODULE_PATHNAME', 'speech_paragraphs'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 50;
COMMENT ON FUNCTION speech_paragraphs(text) IS 'paragraphs (robust to flattened breaks, wraps and chunk numbers) with their section';

CREATE FUNCTION speech_sentences(body text) RETURNS SETOF speech_sentence
	AS 'MODULE_PATHNAME', 'speech_sentences'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 200;
COMMENT ON FUNCTION speech_sentences(text) IS 'sentences with their terminator, paragraph and section';

CREATE FUNCTION speech_parse(body text) RETURNS speech_document
	AS 'MODULE_PATHNAME', 'speech_parse'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION speech_parse(text) IS 'title, salutation, announced and found points, opening, closing and outline of a speech';

CREATE FUNCTION speech_parse_json(body text) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'speech_parse_json'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION speech_parse_json(text) IS 'speech_parse() as JSON, with the outline nested (children)';

CREATE FUNCTION speech_clean(body text) RETURNS text
	AS 'MODULE_PATHNAME', 'speech_clean'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500;
COMMENT ON FUNCTION speech_clean(text) IS 'the text without chunk numbers and HTML entities, white space and Chinese punctuation width normalised';

-- STABLE, not IMMUTABLE: the answer names the ICU library the server loads,
-- which a system upgrade can change under a running installation.
CREATE FUNCTION speech_version() RETURNS text
	AS 'MODULE_PATHNAME', 'speech_version'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_version() IS 'speech library version with the ICU and Unicode versions it runs on';

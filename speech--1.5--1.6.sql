/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- ======== transcripts: speaker turns (1.6) ========
-- IMMUTABLE STRICT PARALLEL SAFE like the structure functions: the turns
-- depend on the text alone.  doc/transcripts.md gives the rules.
CREATE TYPE speech_turn AS (
	id int,					-- 1, 2, ... in document order
	speaker text,			-- the label as written (no colon, number or brackets); NULL unlabelled
	role text,				-- host, question, answer or statement
	reply_to int,			-- for an answer: the id of the question it answers
	pos int,				-- substr(body, pos, len) is the turn, label included,
	len int					-- up to the next turn
);
COMMENT ON TYPE speech_turn IS 'a speaker turn of a transcript: substr(body, pos, len) from its label to the next turn';

CREATE FUNCTION speech_turns(body text)
	RETURNS SETOF speech_turn
	AS 'MODULE_PATHNAME', 'speech_turns'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 500 ROWS 30;
COMMENT ON FUNCTION speech_turns(text) IS 'speaker turns of a transcript (press conference, briefing, interview): speaker label, role host/question/answer/statement, the question an answer replies to; a text that is not a transcript is one statement turn';

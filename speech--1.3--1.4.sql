/* speech--1.3--1.4.sql: hardening, no new functions: the SQL functions that run
   statements resolve names under a fixed search_path, and everyone may read the
   word lists of speech_lexicon (README.md, "Reliability and security") */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.4'" to load this file. \quit

-- speech_add_term and speech_remove_term have string bodies, parsed at each call
-- under the caller's search_path: a schema of look-alike operators or functions
-- put before pg_catalog (SET search_path = evil, pg_catalog, ...) would have
-- supplied their = and count().  Their tables are named with @extschema@ already;
-- now every other name resolves in pg_catalog.  (speech_lexicon_hits,
-- speech_lexicon_counts and speech_metrics_json have bodies parsed at creation:
-- their names were bound then.)
ALTER FUNCTION @extschema@.speech_add_term(text, text) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION @extschema@.speech_remove_term(text) SET search_path = pg_catalog, pg_temp;

-- speech_lexicon_hits and speech_lexicon_counts run with the caller's rights and
-- read speech_lexicon, which only its owner could read: everyone may read it now,
-- like speech_terms.  Changing either table (what segmentation and the lexicon
-- functions use for everyone) stays with the owner, the superuser who created the
-- extension, and the roles the owner grants INSERT, UPDATE or DELETE.
GRANT SELECT ON @extschema@.speech_lexicon TO PUBLIC;

-- speech_lexicon_counts computed speech_metrics(body, false) once per category
-- (the field selection sat in the grouped select list): on a 100 MB text, 121 s
-- instead of 31.  A scalar subquery of the argument alone runs once per call.
CREATE OR REPLACE FUNCTION @extschema@.speech_lexicon_counts(body text, categories text[] DEFAULT NULL)
	RETURNS TABLE (category text, hits bigint, weighted bigint, per_1k float8)
	LANGUAGE sql STABLE PARALLEL SAFE
	BEGIN ATOMIC
		SELECT h.category, count(*), sum(h.weight),
			   1000.0 * count(*) / nullif((SELECT (@extschema@.speech_metrics(body, false)).characters), 0)
		  FROM @extschema@.speech_lexicon_hits(body, categories) h
		 GROUP BY h.category
		 ORDER BY h.category;
	END;

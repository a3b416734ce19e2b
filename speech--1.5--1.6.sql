/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- ======== the dictionary guarantee (1.6, issue 13) ========
-- speech_dictionary_version(): a fingerprint of what decides the lexemes of
-- speech_parser in this session (the terms, speech.domain_terms, the general
-- lexicon); each lookup first reads the invalidations committed so far, so
-- a statement that starts after the commit of a change sees it.  STABLE.
CREATE FUNCTION speech_dictionary_version() RETURNS bigint
	AS 'MODULE_PATHNAME', 'speech_dictionary_version' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION speech_dictionary_version() IS 'fingerprint of the user terms, speech.domain_terms and the lexicon this session tokenizes with; equal on nodes that tokenize alike';

-- a logical-replication subscriber: the apply worker fires row triggers
-- enabled REPLICA (or ALWAYS) and no statement-level INSERT/UPDATE/DELETE
-- trigger; TRUNCATE fires the statement trigger when it is ALWAYS
CREATE TRIGGER speech_terms_replicated
	AFTER INSERT OR UPDATE OR DELETE ON speech_terms
	FOR EACH ROW EXECUTE FUNCTION speech_terms_changed();
ALTER TABLE speech_terms ENABLE REPLICA TRIGGER speech_terms_replicated;
ALTER TABLE speech_terms ENABLE ALWAYS TRIGGER speech_terms_changed;

-- built-in lexicon rows edited or removed survive pg_dump: an edited one is
-- dumped (the condition below) and restored by the BEFORE INSERT trigger as
-- an update of the row CREATE EXTENSION made; a removed one is recorded in
-- speech_lexicon_removed, which is dumped, and removed again when restored.
-- The trigger functions are SECURITY DEFINER (fixed search_path, callable
-- only as triggers of these tables): a role granted DELETE on speech_lexicon
-- needs no right on speech_lexicon_removed.
CREATE TABLE speech_lexicon_removed (
	category text NOT NULL,
	term text NOT NULL,
	removed timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (category, term)
);
COMMENT ON TABLE speech_lexicon_removed IS 'built-in speech_lexicon rows removed by the user; pg_dump keeps them, and a restore removes the rows again';
GRANT SELECT ON speech_lexicon_removed TO PUBLIC;
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon_removed', '');

CREATE FUNCTION speech_lexicon_track() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF TG_OP = 'INSERT' AND TG_WHEN = 'BEFORE' THEN
		-- a built-in row inserted again (pg_restore of an edited one): an update
		IF NEW.builtin THEN
			UPDATE @extschema@.speech_lexicon l
			   SET weight = NEW.weight, note = NEW.note, whole_word = NEW.whole_word
			 WHERE l.category = NEW.category AND l.term = NEW.term AND l.builtin;
			IF FOUND THEN
				RETURN NULL;
			END IF;
		END IF;
		RETURN NEW;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		IF OLD.builtin THEN
			IF TG_OP = 'DELETE' THEN
				INSERT INTO @extschema@.speech_lexicon_removed (category, term)
					VALUES (OLD.category, OLD.term) ON CONFLICT DO NOTHING;
			ELSIF (OLD.category, OLD.term) IS DISTINCT FROM (NEW.category, NEW.term) THEN
				INSERT INTO @extschema@.speech_lexicon_removed (category, term)
					VALUES (OLD.category, OLD.term) ON CONFLICT DO NOTHING;
			END IF;
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		DELETE FROM @extschema@.speech_lexicon_removed r
		 WHERE r.category = NEW.category AND r.term = NEW.term;
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION speech_lexicon_track() IS 'trigger of speech_lexicon: records removed built-in rows in speech_lexicon_removed and turns a restored built-in row into an update';
CREATE TRIGGER speech_lexicon_restore
	BEFORE INSERT ON speech_lexicon
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_track();
CREATE TRIGGER speech_lexicon_track
	AFTER INSERT OR UPDATE OR DELETE ON speech_lexicon
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_track();

CREATE FUNCTION speech_lexicon_removed_apply() RETURNS trigger
	LANGUAGE plpgsql SECURITY DEFINER
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	DELETE FROM @extschema@.speech_lexicon l
	 WHERE l.category = NEW.category AND l.term = NEW.term AND l.builtin;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION speech_lexicon_removed_apply() IS 'trigger of speech_lexicon_removed: a recorded removal (restored by pg_restore) removes the built-in row';
CREATE TRIGGER speech_lexicon_removed_apply
	AFTER INSERT ON speech_lexicon_removed
	FOR EACH ROW EXECUTE FUNCTION speech_lexicon_removed_apply();

-- removals made before 1.6 (none in a fresh install)
INSERT INTO speech_lexicon_removed (category, term)
	SELECT b.category, b.term FROM speech_builtin_lexicon() b
	 WHERE NOT EXISTS (SELECT 1 FROM speech_lexicon l WHERE l.category = b.category AND l.term = b.term);

-- dumped: the user's rows and the built-in rows that differ from the built-in value
SELECT pg_catalog.pg_extension_config_dump('speech_lexicon',
	'WHERE NOT builtin OR NOT EXISTS (SELECT 1 FROM @extschema@.speech_builtin_lexicon()'
	' AS b(b_category, b_term, b_weight, b_note, b_whole_word)'
	' WHERE b_category OPERATOR(pg_catalog.=) category AND b_term OPERATOR(pg_catalog.=) term'
	' AND b_weight OPERATOR(pg_catalog.=) weight AND b_note IS NOT DISTINCT FROM note'
	' AND b_whole_word OPERATOR(pg_catalog.=) whole_word)');

-- speech.domain_terms is set by superusers only (the library, whatever the
-- version): a database or role setting made before stays in force; list them
DO $do$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT coalesce(d.datname, '(all)') AS db, coalesce(a.rolname, '(all)') AS role, c.cfg
		  FROM pg_catalog.pg_db_role_setting s
		  LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
		  LEFT JOIN pg_catalog.pg_roles a ON a.oid = s.setrole,
		       pg_catalog.unnest(s.setconfig) AS c(cfg)
		 WHERE c.cfg LIKE 'speech.domain\_terms=%'
	LOOP
		RAISE WARNING 'speech.domain_terms is set for database % and role %: %', r.db, r.role, r.cfg
			USING HINT = 'Only a superuser sets it from speech 1.6 on; keep one value per database (ALTER DATABASE ... SET) and re-index text indexed under another.';
	END LOOP;
END
$do$;

/* speech--1.5--1.6.sql: the functions added in 1.6 (CHANGELOG.md, "1.6").
   Every change here is made in speech--1.6.sql as well; sql/upgrade.sql
   shows that the two give the same extension. */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.6'" to load this file. \quit

-- ======== comparing speeches: keyness (1.6) ========
-- quanteda's textstat_keyness on one term's 2x2 table (doc/comparing.md)
CREATE FUNCTION speech_keyness(target_count bigint, reference_count bigint, target_total bigint,
		reference_total bigint, measure text DEFAULT 'chi2') RETURNS double precision
	AS 'MODULE_PATHNAME', 'speech_keyness'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_keyness(bigint, bigint, bigint, bigint, text) IS 'keyness of a term in a target against a reference group, signed, as quanteda textstat_keyness computes it: chi2 (Yates under quanteda''s condition), chi2_none, lr, lr_none, lr_williams, pmi';
CREATE FUNCTION speech_keyness_p(target_count bigint, reference_count bigint, target_total bigint,
		reference_total bigint, measure text DEFAULT 'chi2') RETURNS double precision
	AS 'MODULE_PATHNAME', 'speech_keyness_p'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION speech_keyness_p(bigint, bigint, bigint, bigint, text) IS 'the p-value beside speech_keyness: 1 - pchisq(|stat|, 1), as quanteda reports it';

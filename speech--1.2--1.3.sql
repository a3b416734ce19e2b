/* speech--1.2--1.3.sql: scale (issue 6) - COST values that let the planner run
   the text-search and metrics functions in parallel, and a JSON form of
   speech_metrics that postgres_fdw can ship to a shard */

\echo Use "CREATE EXTENSION speech" or "ALTER EXTENSION speech UPDATE TO '1.3'" to load this file. \quit

-- ---- COST ----
-- COST is the planner's price of one call, in units of cpu_operator_cost.  The
-- structure functions cost 1000 (a pass over a typical speech); the others are
-- priced by their measured time per MB relative to speech_outline (README.md,
-- "Parallel query": make bench-parallel prints the times).  Without a COST a C
-- function costs 1, and the planner then never pays parallel_setup_cost for it:
-- a parallel plan needs rows * COST above about 700,000 with the default settings.
ALTER FUNCTION speech_metrics(text, boolean) COST 3000;
ALTER FUNCTION speech_section_metrics(text, boolean) COST 4000;
ALTER FUNCTION speech_quantities(text) COST 2000;
ALTER FUNCTION speech_quotes(text) COST 2000;
ALTER FUNCTION speech_slogans(text) COST 1000;
ALTER FUNCTION speech_kwic(text, text, int) COST 1000;
ALTER FUNCTION speech_diagnostics(text) COST 2000;
ALTER FUNCTION speech_find_terms(text, text[], boolean) COST 5000;
ALTER FUNCTION speech_tokens(text) COST 7000;
ALTER FUNCTION speech_tsvector(regconfig, text) COST 15000;

-- ---- speech_metrics as JSON ----
-- postgres_fdw sends a shard the functions of the extensions named in its
-- server's "extensions" option, but never a field of a composite value:
-- (speech_metrics(body)).sentences is computed on the coordinator after the
-- whole body has been fetched.  This form can be shipped with jsonpath, e.g.
--   WHERE speech_metrics_json(body) @? '$.sentences ? (@ > 100)'
--   sum(int4(jsonb_path_query_first(speech_metrics_json(body), '$.sentences')))
-- IMMUTABLE although to_jsonb is STABLE: to_jsonb depends on settings only for
-- dates and times (there are none here) and for extra_float_digits, which is
-- fixed for the call.  The SET clause also keeps the planner from inlining the
-- body, which would expose the STABLE to_jsonb and stop the shipping.
CREATE FUNCTION speech_metrics_json(body text, segment boolean DEFAULT true) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 3000
	SET extra_float_digits = 3
	RETURN to_jsonb(speech_metrics(body, segment));
COMMENT ON FUNCTION speech_metrics_json(text, boolean) IS 'speech_metrics as a JSON object (for jsonpath, and for postgres_fdw, which cannot ship a field of a composite)';

-- library_mismatch: SQL objects that do not match the library (an install
-- whose ALTER EXTENSION UPDATE was not run) get an error naming the object and
-- the command to run, never a crash or wrong columns.  Simulated with
-- functions on the library's entry points declared with other result types.
CREATE FUNCTION pg_temp.short_outline(text) RETURNS TABLE (id int, parent_id int)
	AS '$libdir/speech', 'speech_outline' LANGUAGE C STRICT;
SELECT * FROM pg_temp.short_outline('一、总体要求');
CREATE FUNCTION pg_temp.any_metrics(text) RETURNS record
	AS '$libdir/speech', 'speech_metrics' LANGUAGE C STRICT;
SELECT * FROM pg_temp.any_metrics('一、总体要求') AS m(characters int);
CREATE FUNCTION pg_temp.any_parse(text) RETURNS record
	AS '$libdir/speech', 'speech_parse' LANGUAGE C STRICT;
SELECT * FROM pg_temp.any_parse('一、总体要求') AS m(title text);
-- the same entry points with their own definitions still work
SELECT count(*) FROM speech_outline('一、总体要求');

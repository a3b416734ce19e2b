-- setup: install the oldest version and update step by step, as postgresql-hll's
-- setup test does, so every later test file runs in this database on an
-- upgraded install (sql/upgrade.sql shows that each step equals a fresh
-- install of its version, and a fresh install is what the other databases of
-- the tests get).
CREATE EXTENSION speech VERSION '1.0';
ALTER EXTENSION speech UPDATE TO '1.1';
ALTER EXTENSION speech UPDATE TO '1.2';
ALTER EXTENSION speech UPDATE TO '1.3';
ALTER EXTENSION speech UPDATE TO '1.4';
ALTER EXTENSION speech UPDATE TO '1.5';
ALTER EXTENSION speech UPDATE;
SELECT e.extversion = a.default_version AS at_default_version
  FROM pg_extension e JOIN pg_available_extensions a ON a.name = e.extname
 WHERE e.extname = 'speech';
-- the version names the ICU and Unicode data it runs on
SELECT speech_version() ~ '^speech 1\.\d+ \(ICU \d+(\.\d+)*(, built with ICU [\d.]+)?, Unicode \d+(\.\d+)*, OpenCC [\d.]+ t2s\.json, \d+ entries\)$' AS version_ok;
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'speech_version';

-- setup: install the extension; every later test file runs in this database.
CREATE EXTENSION speech;
-- the version names the ICU and Unicode data it runs on
SELECT speech_version() ~ '^speech 1\.\d+ \(ICU \d+(\.\d+)*(, built with ICU [\d.]+)?, Unicode \d+(\.\d+)*\)$' AS version_ok;
SELECT provolatile, proisstrict, proparallel FROM pg_proc WHERE proname = 'speech_version';

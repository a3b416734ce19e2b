-- metrics_reporting: the reporting examples of examples/reporting.sql, run as
-- written (the README shows the same file).
\i examples/reporting.sql
DROP SCHEMA speech_examples CASCADE;

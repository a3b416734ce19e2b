#!/usr/bin/env bash
# make sandbox: a throwaway cluster that stays running, with a database
# "speech" that has the extension and a table speeches(id, title, body) holding
# the sample speech; prints how to connect and how to stop it.
#   test/sandbox.sh start | stop
# It is the named cluster "sandbox" of test/pgcluster.sh (.pgcluster-sandbox/),
# so make demo and make test, which use the default one, leave it alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"

case "${1:-start}" in
stop)
	test/pgcluster.sh stop sandbox
	echo "speech sandbox: stopped and removed"
	exit 0 ;;
start) ;;
*) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

sample=${SPEECH_SAMPLE:-../shared/corpus/seed/000_3f41271ab36d6c34.txt}
[ -f "$sample" ] || sample=test/data/sample_speech.txt

test/pgcluster.sh start sandbox
env=$(test/pgcluster.sh env sandbox)
eval "$env"
if ! psql -X -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'speech'" | grep -q 1; then
	createdb speech
	psql -X -q -v ON_ERROR_STOP=1 -d speech -c 'CREATE EXTENSION speech' \
		-c 'CREATE TABLE speeches (id serial PRIMARY KEY, title text, body text NOT NULL)'
	printf '%s\n' "\\set body \`cat '$sample'\`" \
		"INSERT INTO speeches (title, body) SELECT (speech_parse(:'body')).title, :'body';" |
		psql -X -q -v ON_ERROR_STOP=1 -d speech
fi
cat <<MSG
speech sandbox: running (database "speech", table speeches with the sample speech)
  connect:  eval "\$(test/pgcluster.sh env sandbox)"; psql -d speech
  try:      SELECT level, marker, heading FROM speeches s, LATERAL speech_outline(s.body) o;
  stop:     make sandbox-stop
MSG

#!/usr/bin/env bash
# make sandbox: the cluster it leaves running has the database "speech" with
# the extension and the sample speech, a second start keeps it, and
# make sandbox-stop removes it (test/sandbox.sh).
. "$(dirname "$0")/lib.sh"
at_exit "test/sandbox.sh stop >/dev/null"
out=$(test/sandbox.sh start)
echo "$out" | head -n 1
n=$(eval "$(test/pgcluster.sh env sandbox)"; psql -X -q -d speech -tAc \
	"SELECT count(*) FROM speeches s, LATERAL speech_outline(s.body) o")
again=$(test/sandbox.sh start | head -n 1)
rows=$(eval "$(test/pgcluster.sh env sandbox)"; psql -X -q -d speech -tAc "SELECT count(*) FROM speeches")
echo "sandbox: $n sections in the sample, $rows row(s) after a second start"
[ "$n" -gt 0 ] && [ "$rows" = 1 ] && [ "$again" = "$(echo "$out" | head -n 1)" ]

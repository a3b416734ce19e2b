#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for demos and tests, reachable only on a unix
# socket.  initdb refuses to run as root, so as root the cluster runs as the
# Debian 'postgres' user.
#
#   pgcluster.sh start [NAME]   create (if needed) and start; prints nothing else
#   pgcluster.sh stop [NAME]    stop and remove it
#   pgcluster.sh env [NAME]     print PGHOST/PGPORT/PGUSER exports for a shell
#
# NAME (letters, digits, - and _) picks one of several clusters that can run at
# the same time (test/integration/shards.sh starts a coordinator and two shards);
# without it, the project's default cluster.  Location: $SPEECH_CLUSTER_DIR, else
# .pgcluster/ (.pgcluster-NAME/) in the project when the cluster's OS user can
# reach it, else a folder under /tmp.  Port: $SPEECH_PGPORT (default 54329; each
# cluster's socket is in its own folder, so the port only names the socket).
# SPEECH_POSTGRES: a postgres executable to run instead (test/valgrind.sh wraps it);
# SPEECH_PG_TIMEOUT: seconds to wait for the start (default 60); SPEECH_PG_OPTS:
# more server options ("-c wal_level=logical", test/integration/replication.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bindir=$("${PG_CONFIG:-pg_config}" --bindir)
port=${SPEECH_PGPORT:-54329}

as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

name=${2:-}
case "$name" in
*[!A-Za-z0-9_-]*) echo "$0: bad cluster name '$name'" >&2; exit 2 ;;
esac
dir=${SPEECH_CLUSTER_DIR:-}
if [ -z "$dir" ]; then
	dir="$root/.pgcluster${name:+-$name}"
	if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$root" 2>/dev/null; then
		dir="/tmp/speech-cluster-$(printf '%s' "$root" | cksum | cut -d' ' -f1)${name:+-$name}"
	fi
elif [ -n "$name" ]; then
	dir="$dir-$name"
fi
data="$dir/data"
user=$( [ "$(id -u)" -eq 0 ] && echo postgres || id -un )

case "${1:-}" in
start)
	mkdir -p "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
	if [ ! -f "$data/PG_VERSION" ]; then
		as_owner "$bindir/initdb" -D "$data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
			as_owner "$bindir/initdb" -D "$data" -U "$user" -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
			{ cat "$dir/initdb.log" >&2; exit 1; }
	fi
	if ! as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
		as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t "${SPEECH_PG_TIMEOUT:-60}" \
			${SPEECH_POSTGRES:+-p "$SPEECH_POSTGRES"} \
			-o "-k '$dir' -p $port -c listen_addresses='' -c fsync=off -c max_worker_processes=8 ${SPEECH_PG_OPTS:-}" \
			start >/dev/null || { tail -n 20 "$dir/server.log" >&2; exit 1; }
	fi
	;;
stop)
	if [ -f "$data/PG_VERSION" ]; then
		as_owner "$bindir/pg_ctl" -D "$data" -w -m fast stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	;;
env)
	echo "export PGHOST='$dir' PGPORT=$port PGUSER=$user"
	;;
*)
	echo "usage: $0 start|stop|env [NAME]" >&2
	exit 2
	;;
esac

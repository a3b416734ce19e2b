#!/usr/bin/env bash
# Logical replication of speech_terms (issue 13, item 2): on a subscriber, a
# session that is already open and has the terms cached sees a term the
# publisher adds, a term it removes and a TRUNCATE, from its next statement
# - as a session that opens afterwards does.  The apply worker fires no
# statement-level INSERT/UPDATE/DELETE triggers; the row-level trigger
# speech_terms_replicated (ENABLE REPLICA) and the statement trigger
# speech_terms_changed (ENABLE ALWAYS, for TRUNCATE) send the invalidation.
# Two throwaway clusters (test/pgcluster.sh names pub and sub, the publisher
# with wal_level=logical), stopped and removed at the end, also on failure.
. "$(dirname "$0")/lib.sh"
export PATH="$("${PG_CONFIG:-pg_config}" --bindir):$PATH"
new_work_dir 777
for n in pub sub; do
	at_exit "test/pgcluster.sh stop $n || true"
	test/pgcluster.sh stop "$n"
done
SPEECH_PG_OPTS="-c wal_level=logical" test/pgcluster.sh start pub
test/pgcluster.sh start sub
db=speech_repl
on() {	# on NODE psql-arguments...
	local node=$1
	shift
	(eval "$(test/pgcluster.sh env "$node")" && psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "$@")
}
for n in pub sub; do
	(eval "$(test/pgcluster.sh env "$n")" && createdb "$db")
	on "$n" -c 'CREATE EXTENSION speech'
done
pubconn=$(eval "$(test/pgcluster.sh env pub)" && echo "host=$PGHOST port=$PGPORT user=$PGUSER dbname=$db")
on pub -c "SELECT speech_add_term('骉猋犇')" -c "CREATE PUBLICATION speech_terms_pub FOR TABLE speech_terms" >/dev/null
on sub -c "CREATE SUBSCRIPTION speech_terms_sub CONNECTION '$pubconn' PUBLICATION speech_terms_pub" 2>&1 | grep -v NOTICE || true
at_exit "on sub -c 'DROP SUBSCRIPTION speech_terms_sub' >/dev/null 2>&1 || true"

# wait_sub SQL: until SQL is true on the subscriber (30 s at most)
wait_sub() {
	local i
	for i in $(seq 300); do
		if [ "$(on sub -c "$1")" = t ]; then
			# the rows are visible a moment (microseconds) before the apply
			# worker's commit has sent its invalidations (CommitTransaction:
			# ProcArrayEndTransaction, then AtEOXact_Inval)
			sleep 0.05
			return 0
		fi
		sleep 0.1
	done
	echo "FAIL replication: the subscriber never had: $1"
	exit 1
}
wait_sub "SELECT count(*) = 1 FROM speech_terms WHERE term = '骉猋犇'"

# the open session on the subscriber: psql reading a FIFO
mkfifo "$work/in"
(eval "$(test/pgcluster.sh env sub)" && exec psql -X -q -A -t -d "$db" <"$work/in" >"$work/out" 2>&1) &
psql_pid=$!
exec 3>"$work/in"
at_exit "exec 3>&-; wait $psql_pid 2>/dev/null || true"
mark=0
# ask SQL: the open session's answer in $answer (written to a file by \g,
# then a marker file; not run in a subshell, so that mark counts)
ask() {
	local i
	mark=$((mark + 1))
	printf '%s \\g %s\n\\! touch %s\n' "$1" "$work/ans$mark" "$work/done$mark" >&3
	for i in $(seq 300); do
		[ -e "$work/done$mark" ] && break
		sleep 0.1
	done
	answer=$(cat "$work/ans$mark" 2>/dev/null || true)
}
tokens="SELECT string_agg(token, '|') FROM ts_parse('speech_parser', '犇骉猋，骉猋犇')"
fresh() { on sub -c "$tokens"; }
status=0
check() {	# check WHAT EXPECTED: the open session and a new one both give EXPECTED
	local open new
	ask "$tokens"
	open=$answer
	new=$(fresh)
	if [ "$open" = "$2" ] && [ "$new" = "$2" ]; then
		echo "replication: $1: the open session and a new one give $open"
	else
		echo "FAIL replication: $1: open session $open, new session $new, expected $2"
		status=1
	fi
}
check "the initial copy" '犇|骉|猋|，|骉猋犇'
# INSERT
on pub -c "SELECT speech_add_term('犇骉猋')" >/dev/null
wait_sub "SELECT count(*) = 2 FROM speech_terms"
check "a term added on the publisher" '犇骉猋|，|骉猋犇'
# DELETE
on pub -c "SELECT speech_remove_term('骉猋犇')" >/dev/null
wait_sub "SELECT count(*) = 1 FROM speech_terms"
check "a term removed on the publisher" '犇骉猋|，|骉|猋|犇'
# UPDATE
on pub -c "UPDATE speech_terms SET term = '骉猋犇' WHERE term = '犇骉猋'" >/dev/null
wait_sub "SELECT count(*) = 1 FROM speech_terms WHERE term = '骉猋犇'"
check "a term changed on the publisher" '犇|骉|猋|，|骉猋犇'
# TRUNCATE
on pub -c "TRUNCATE speech_terms" >/dev/null
wait_sub "SELECT count(*) = 0 FROM speech_terms"
check "TRUNCATE on the publisher" '犇|骉|猋|，|骉|猋|犇'
# the fingerprint agrees across the nodes
on pub -c "SELECT speech_add_term('犇骉猋')" >/dev/null
wait_sub "SELECT count(*) = 1 FROM speech_terms"
p=$(on pub -c "SELECT speech_dictionary_version()")
ask "SELECT speech_dictionary_version()"
s=$answer
if [ "$p" = "$s" ]; then
	echo "replication: speech_dictionary_version() equal on the publisher and in the open session on the subscriber"
else
	echo "FAIL replication: speech_dictionary_version() $p on the publisher, $s on the subscriber"
	status=1
fi
if [ $status -ne 0 ]; then
	echo "-- the open session's output:"
	tail -n 20 "$work/out"
	echo "-- the subscriber's server log:"
	(eval "$(test/pgcluster.sh env sub)" && tail -n 30 "$PGHOST/server.log")
fi
exit $status

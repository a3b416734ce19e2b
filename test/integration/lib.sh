# test/integration/lib.sh - what every integration script shares; sourced by
# each of them (not run):
#
#   . "$(dirname "$0")/lib.sh"
#
# It sets -euo pipefail, moves to the project root ($root) and names the folder
# of the material kept outside the project ($shared: $SPEECH_SHARED, else
# ../shared beside the project).  The scripts expect the running throwaway
# cluster of test/run-tests.sh (PGHOST, PGPORT, PGUSER and PATH set).
#
#   skip REASON                  print "NAME: SKIPPED: REASON", exit 0
#   require_shared PATTERN...    skip unless each $shared/PATTERN exists
#   hush_notices                 client_min_messages = warning for every psql
#   at_exit COMMAND              run COMMAND when the script ends, however it ends
#   new_db NAME                  a new empty database, dropped at the end
#   new_speech_db NAME           the same with speech created, named $db
#   db_psql ARGS...              psql -X -q on $db
#   db_value SQL                 the value(s) SQL gives on $db, unaligned
#   new_work_dir MODE            a scratch folder ($work), removed at the end
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
shared=${SPEECH_SHARED:-$root/../shared}
test_name=$(basename "$0" .sh)

skip() {
	echo "$test_name: SKIPPED: $*"
	exit 0
}

# a user's clone has no ../shared: the scripts that need it skip, they do not fail
require_shared() {
	local p
	for p in "$@"; do
		compgen -G "$shared/$p" >/dev/null ||
			skip "$shared/$p not found (the corpus, gold files and scorers live outside the project; SPEECH_SHARED names their folder)"
	done
}

hush_notices() {
	export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
}

# the commands run in reverse order; one that fails makes a passing script fail
_at_exit=()
_run_at_exit() {
	local rc=$? i
	for ((i = ${#_at_exit[@]} - 1; i >= 0; i--)); do
		eval "${_at_exit[i]}" || { [ "$rc" -ne 0 ] || rc=1; }
	done
	exit "$rc"
}
at_exit() {
	_at_exit+=("$1")
	trap _run_at_exit EXIT
}

new_db() {
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres \
		-c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
	at_exit "psql -X -q -d postgres -c 'DROP DATABASE $1' >/dev/null"
}

new_speech_db() {
	db=$1
	new_db "$db"
	db_psql -c "CREATE EXTENSION speech" >/dev/null
}

db_psql() {
	psql -X -q -d "$db" "$@"
}

db_value() {
	psql -X -A -t -d "$db" -c "$1"
}

# MODE: the permissions the server's OS user needs on it (it may not be ours)
new_work_dir() {
	work=$(mktemp -d)
	chmod "$1" "$work"
	at_exit "rm -rf '$work'"
}

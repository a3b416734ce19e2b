#!/usr/bin/env bash
# Retrieval of speech_zh against LIKE on the shared corpus (test/retrieval.py):
# fails below mean per-term recall 0.99 or precision 0.95.  Skips without
# ../shared.  Needs a running server (PGHOST/PGPORT/PGUSER).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SPEECH_SHARED:-$root/../shared}
if [ ! -d "$shared/corpus/docs" ]; then
	echo "retrieval: SKIPPED: $shared/corpus/docs not found (a user's clone has no ../shared)"
	exit 0
fi
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
db=speech_retrieval
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"' EXIT
psql -X -q -d "$db" -c "CREATE EXTENSION speech"
PSQL="psql -X -d $db" python3 "$root/test/retrieval.py" "$shared" --check

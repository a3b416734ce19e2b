#!/usr/bin/env bash
# Retrieval of speech_zh against LIKE on the shared corpus (test/retrieval.py):
# fails below mean per-term recall 0.99 or precision 0.95.  Skips without
# ../shared.  Needs a running server (PGHOST/PGPORT/PGUSER).
. "$(dirname "$0")/lib.sh"
require_shared corpus/docs
hush_notices
new_speech_db speech_retrieval
PSQL="psql -X -d $db" python3 "$root/test/retrieval.py" "$shared" --check

#!/usr/bin/env bash
# Copy the system's PostgreSQL installation (binaries, share, headers) into a
# private, relocated tree, so that a second checkout can `make install` and run
# its tests without touching the system installation:
#   test/make-private-pg.sh /opt/pg-mine
#   export PG_CONFIG=/opt/pg-mine/usr/lib/postgresql/15/bin/pg_config
#   make test
# PostgreSQL finds its share and lib folders relative to its binaries.
set -euo pipefail
dest=${1:?usage: $0 DEST}
major=${PG_MAJOR:-$(ls /usr/lib/postgresql | sort -n | tail -n 1)}
mkdir -p "$dest/usr/lib/postgresql" "$dest/usr/share/postgresql" "$dest/usr/include"
cp -a "/usr/lib/postgresql/$major" "$dest/usr/lib/postgresql/"
cp -a "/usr/share/postgresql/$major" "$dest/usr/share/postgresql/"
cp -a /usr/include/postgresql "$dest/usr/include/"
rm -f "$dest/usr/lib/postgresql/$major/lib/speech.so" "$dest/usr/share/postgresql/$major/extension/speech"*
echo "export PG_CONFIG=$dest/usr/lib/postgresql/$major/bin/pg_config"

#!/usr/bin/env bash
# The pg_regress suite with every backend under valgrind memcheck (make valgrind).
# A wrapper stands in for the postgres binary, so the postmaster and each backend
# it forks run under memcheck; errors are reported per process in
# .valgrind/pg-<pid>.log and summarised at the end (errors whose stack passes
# through speech.so are ours; others are listed apart).  PostgreSQL's own
# suppressions are not installed by Debian, so a small suppression file for
# known-benign libc/ICU startup reports lives in test/valgrind.supp.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bindir=$("${PG_CONFIG:-pg_config}" --bindir)
export PATH="$bindir:$PATH"
out="$root/.valgrind"
rm -rf "$out"
mkdir -p "$out/bin"
chmod 777 "$out"
# the wrapper pg_ctl starts instead of postgres
cat > "$out/bin/postgres" <<WRAP
#!/bin/sh
exec valgrind --quiet --tool=memcheck --trace-children=yes --track-origins=no \
	--error-limit=no --num-callers=30 --suppressions=$root/test/valgrind.supp \
	--log-file=$out/pg-%p.log "$bindir/postgres" "\$@"
WRAP
chmod +x "$out/bin/postgres"

export SPEECH_CLUSTER_DIR="$out/cluster"
start=$(date +%s)
test/pgcluster.sh stop
trap 'test/pgcluster.sh stop' EXIT
SPEECH_POSTGRES="$out/bin/postgres" SPEECH_PG_TIMEOUT=600 test/pgcluster.sh start
eval "$(test/pgcluster.sh env)"
status=0
${MAKE:-make} --no-print-directory installcheck || status=1
test/pgcluster.sh stop
trap - EXIT
echo "valgrind: pg_regress took $(( $(date +%s) - start )) s"
# memcheck error kinds; with --quiet a clean process leaves an empty log
kinds='^==[0-9]*== \(Invalid\|Conditional\|Use of uninit\|Syscall param\|Mismatched\|Source and destination\)'
all=$(cat "$out"/pg-*.log 2>/dev/null | grep -c "$kinds" || true)
ours=0
for log in "$out"/pg-*.log; do
	if grep -q 'speech\.so' "$log" 2>/dev/null; then
		ours=$((ours + $(grep -c "$kinds" "$log" || true)))
	fi
done
echo "valgrind: $(ls "$out"/pg-*.log | wc -l) processes, $ours errors with speech.so on the stack, $all errors in all (logs in .valgrind/)"
[ "$ours" -eq 0 ] || status=1
exit $status

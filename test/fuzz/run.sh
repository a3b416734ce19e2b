#!/usr/bin/env bash
# Build and run every libFuzzer target (test/fuzz/fuzz_*.c) with ASan + UBSan.
#
#   test/fuzz/run.sh [SECONDS_PER_TARGET]           (default 60; make fuzz FUZZ_SECONDS=N)
#   test/fuzz/run.sh --campaign [SECONDS_PER_TARGET] (make fuzz-campaign FUZZ_SECONDS=N)
#
# A plain run fuzzes each target with inputs up to 64 KB for the given time.
# A campaign spends 80% of each target's time on inputs up to FUZZ_SMALL_LEN
# bytes (default 256: several times more executions a second) and the rest on inputs
# up to 64 KB.  FUZZ_JOBS=N runs N targets at a time (default 1);
# FUZZ_TARGETS="fuzz_clean fuzz_terms" runs some only.
#
# Timeouts: libFuzzer's -timeout is wall-clock time, FUZZ_TIMEOUT seconds
# (default 1; make test passes 5, since a busy CI machine can stretch a
# 0.2 s input past 1 s).  The replay measures CPU time and fails any input
# over 1 s whatever FUZZ_TIMEOUT is: that is the check of the 1 s bound.
#
# Seeds: ../shared/corpus (2 KB pieces and three whole documents cut at
# 64 KB) when present, the project's sample speech, and pathological 64 KB
# inputs (test/fuzz/stress_inputs.py).  An input over 1 s is a failure
# (see Timeouts).  After fuzzing, every target replays its seeds and the corpus
# it grew, timing each input (test/fuzz/replay.c): the slowest input is the
# "longest run".  Crash reproducers land in test/fuzz/build/<target>.artifacts/;
# every bug found becomes a unit test.
#
# Prints per target: executions, executions a second, slowest input, peak RSS,
# crashes, leaks, timeouts; then the totals.  The same numbers are written to
# test/fuzz/build/summary.json (and summary.tsv) for quoting.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
campaign=0
if [ "${1:-}" = "--campaign" ]; then
	campaign=1
	shift
fi
secs=${1:-${FUZZ_SECONDS:-60}}
small_len=${FUZZ_SMALL_LEN:-256}
jobs=${FUZZ_JOBS:-1}
timeout=${FUZZ_TIMEOUT:-1}
cc=${FUZZ_CC:-clang}
build=test/fuzz/build
mkdir -p "$build"
icu="$(pkg-config --libs icu-uc icu-i18n) -lm"	# -lm: sp_keyness
core=$(ls src/core/*.c)
targets=${FUZZ_TARGETS:-$(ls test/fuzz/fuzz_*.c | xargs -n1 basename | sed 's/\.c$//')}

seeds="$build/seeds"
if [ ! -d "$seeds" ]; then
	mkdir -p "$seeds.tmp"
	if [ -d ../shared/corpus ]; then
		# small pieces (whole lines, about 2 KB) keep executions fast; a few whole
		# documents cut at 64 KB exercise long inputs
		for f in ../shared/corpus/seed/*.txt ../shared/corpus/docs/*.txt; do
			split -C 2048 -d -a 3 "$f" "$seeds.tmp/$(basename "$f" .txt)."
		done
		for f in ../shared/corpus/docs/cr_19_2017.txt ../shared/corpus/docs/en_sotu_2010_obama.txt \
			../shared/corpus/docs/cr_zhejiang_prov_15th_2022_html.txt; do
			head -c 65536 "$f" >"$seeds.tmp/whole.$(basename "$f")"
		done
	else
		echo "fuzz: ../shared/corpus not found; seeding from test/data only"
	fi
	cp test/data/*.txt "$seeds.tmp/"
	mv "$seeds.tmp" "$seeds"
fi
rm -rf "$build/stress"
python3 test/fuzz/stress_inputs.py "$build/stress"

# the core once (instrumented for libFuzzer), then each target twice: with
# libFuzzer's main, and with replay.c's
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined -Isrc/core -Itest/fuzz"
rm -rf "$build/obj"
mkdir -p "$build/obj"
for c in $core; do echo "$c"; done |
	xargs -P 2 -I{} sh -c '$0 $1 -fsanitize=fuzzer-no-link -c -o "$2/$(basename {} .c).o" {}' "$cc" "$flags" "$build/obj"
objs=$(ls "$build"/obj/*.o)
for name in $targets; do
	$cc $flags -fsanitize=fuzzer -o "$build/$name" "test/fuzz/$name.c" $objs $icu
	$cc $flags -fsanitize=fuzzer-no-link -o "$build/$name.replay" test/fuzz/replay.c "test/fuzz/$name.c" $objs $icu
done

# one libFuzzer session: fuzz_session NAME SECONDS MAX_LEN LOG
fuzz_session() {
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
		"$build/$1" -max_total_time="$2" -max_len="$3" -timeout="$timeout" -rss_limit_mb=2048 \
		-artifact_prefix="$build/$1.artifacts/" -print_final_stats=1 \
		"$build/$1.corpus" "$seeds" "$build/stress" >"$4" 2>&1
}

# one target, fuzzing then replay; leaves $build/NAME.result (a TSV row)
run_target() {
	local name=$1 status=0 logs execs=0 peak=0 crashes=0 leaks=0 timeouts=0 ooms=0 e p replay
	mkdir -p "$build/$name.corpus" "$build/$name.artifacts"
	rm -f "$build/$name".log*
	if [ "$campaign" -eq 1 ]; then
		local long=$((secs / 5)) short
		[ "$long" -ge 1 ] || long=1
		short=$((secs - long))
		[ "$short" -ge 1 ] || short=1
		fuzz_session "$name" "$short" "$small_len" "$build/$name.log.small" || status=1
		[ "$status" -ne 0 ] || fuzz_session "$name" "$long" 65536 "$build/$name.log" || status=1
	else
		fuzz_session "$name" "$secs" 65536 "$build/$name.log" || status=1
	fi
	logs=$(ls "$build/$name".log* 2>/dev/null)
	for log in $logs; do
		e=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
		if [ -z "$e" ]; then
			# a session stopped by a finding prints no final stats: its last status line
			e=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#' || true)
		fi
		execs=$((execs + ${e:-0}))
		p=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
		[ "${p:-0}" -le "$peak" ] || peak=$p
		if grep -q 'ERROR: libFuzzer: timeout' "$log"; then
			timeouts=$((timeouts + 1))
		elif grep -q 'ERROR: LeakSanitizer' "$log"; then
			leaks=$((leaks + 1))
		elif grep -q 'ERROR: libFuzzer: out-of-memory' "$log"; then
			ooms=$((ooms + 1))
		elif grep -q 'ERROR: AddressSanitizer\|runtime error:\|ERROR: libFuzzer: deadly signal\|invariant failed' "$log"; then
			crashes=$((crashes + 1))
		fi
	done
	if [ "$status" -ne 0 ]; then
		echo "FAIL $name: see $logs"
		tail -n 40 $logs
	fi
	local limit_ms=1000
	replay=$("$build/$name.replay" "$limit_ms" "$seeds" "$build/stress" "$build/$name.corpus" 2>"$build/$name.replay.log") || status=1
	echo "$replay" >>"$build/$name.replay.log"
	local slow_ms slow_bytes slow_n corpus
	slow_ms=$(sed -n 's/.* slowest \([0-9.]*\) ms.*/\1/p' <<<"$replay")
	slow_bytes=$(sed -n 's/.*, \([0-9]*\) bytes).*/\1/p' <<<"$replay")
	slow_n=$(sed -n 's/.*), \([0-9]*\) over.*/\1/p' <<<"$replay")
	corpus=$(ls "$build/$name.corpus" | wc -l)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$status" "$secs" "$execs" \
		"$corpus" "$peak" "$crashes" "$leaks" "$timeouts" "$ooms" "${slow_ms:-0}" "${slow_bytes:-0}" \
		>"$build/$name.result"
	printf 'fuzz %s: %s executions in %ss (%s/s), slowest input %s ms (%s bytes), peak rss %s MB, corpus %s, crashes %s, leaks %s, timeouts %s, ooms %s%s\n' \
		"$name" "$execs" "$secs" "$((execs / (secs > 0 ? secs : 1)))" "${slow_ms:-?}" "${slow_bytes:-?}" \
		"$peak" "$corpus" "$crashes" "$leaks" "$timeouts" "$ooms" \
		"$([ "${slow_n:-0}" -eq 0 ] || echo ", $slow_n inputs over $((limit_ms / 1000)) s")"
	return $status
}

status=0
start=$(date +%s)
if [ "$jobs" -gt 1 ]; then
	pids=()
	for name in $targets; do
		while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || status=1; done
		run_target "$name" &
		pids+=($!)
	done
	for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
	for name in $targets; do
		run_target "$name" || status=1
	done
fi
wall=$(( $(date +%s) - start ))

# the summary: a TSV and a JSON with the totals
{
	printf 'target\tstatus\tseconds\texecutions\tcorpus\tpeak_rss_mb\tcrashes\tleaks\ttimeouts\tooms\tslowest_ms\tslowest_bytes\n'
	for name in $targets; do cat "$build/$name.result"; done
} >"$build/summary.tsv"
python3 - "$build/summary.tsv" "$build/summary.json" "$campaign" "$small_len" "$wall" "$timeout" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for r in rows:
    for k in r:
        if k not in ("target",):
            r[k] = float(r[k]) if k == "slowest_ms" else int(r[k])
total = {k: sum(r[k] for r in rows) for k in ("executions", "crashes", "leaks", "timeouts", "ooms")}
slow = max(rows, key=lambda r: r["slowest_ms"]) if rows else None
summary = {
    "mode": "campaign" if sys.argv[3] == "1" else "plain",
    "small_max_len": int(sys.argv[4]) if sys.argv[3] == "1" else None,
    "max_len": 65536, "libfuzzer_timeout_s": int(sys.argv[6]), "replay_limit_cpu_ms": 1000,
    "wall_seconds": int(sys.argv[5]),
    "targets": rows, "total": total,
    "longest_run": {"target": slow["target"], "ms": slow["slowest_ms"], "bytes": slow["slowest_bytes"]} if slow else None,
    "ok": all(r["status"] == 0 for r in rows),
}
json.dump(summary, open(sys.argv[2], "w"), indent=1)
t = total
print(f"fuzz total: {t['executions']} executions over {len(rows)} targets in {sys.argv[5]} s; "
      f"crashes {t['crashes']}, leaks {t['leaks']}, timeouts {t['timeouts']}, ooms {t['ooms']}; "
      f"longest run {slow['slowest_ms']:.1f} ms ({slow['target']}, {slow['slowest_bytes']} bytes)" if slow else "fuzz: no targets")
PY
echo "fuzz summary: $build/summary.json"
exit $status

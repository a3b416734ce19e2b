#!/usr/bin/env bash
# Build and run every libFuzzer target (test/fuzz/fuzz_*.c) with ASan + UBSan.
#   test/fuzz/run.sh [SECONDS_PER_TARGET]      (default 60; make fuzz FUZZ_SECONDS=N)
# Seeds: ../shared/corpus (split into 64 KB pieces) when present, else the
# project's sample speech.  Inputs up to 64 KB; a run over 1 s is a failure
# (-timeout=1).  Crash reproducers land in test/fuzz/build/<target>/; every bug
# found becomes a unit test.  Prints executions per target and the total.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
secs=${1:-${FUZZ_SECONDS:-60}}
cc=${FUZZ_CC:-clang}
build=test/fuzz/build
mkdir -p "$build"
icu=$(pkg-config --libs icu-uc icu-i18n)
core=$(ls src/core/*.c)

seeds="$build/seeds"
if [ ! -d "$seeds" ]; then
	mkdir -p "$seeds"
	if [ -d ../shared/corpus ]; then
		# small pieces (whole lines, about 2 KB) keep executions fast; a few whole
		# documents cut at 64 KB exercise long inputs
		for f in ../shared/corpus/seed/*.txt ../shared/corpus/docs/*.txt; do
			split -C 2048 -d -a 3 "$f" "$seeds/$(basename "$f" .txt)."
		done
		for f in ../shared/corpus/docs/cr_19_2017.txt ../shared/corpus/docs/en_sotu_2010_obama.txt \
			../shared/corpus/docs/cr_zhejiang_prov_15th_2022_html.txt; do
			head -c 65536 "$f" >"$seeds/whole.$(basename "$f")"
		done
	fi
	cp test/data/*.txt "$seeds/"
fi

total=0
status=0
for src in test/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	bin="$build/$name"
	$cc -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-Isrc/core -o "$bin" "$src" $core $icu
	mkdir -p "$build/$name.corpus" "$build/$name.artifacts"
	log="$build/$name.log"
	if ! UBSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
		"$bin" -max_total_time="$secs" -max_len=65536 -timeout=1 -rss_limit_mb=2048 \
		-artifact_prefix="$build/$name.artifacts/" -print_final_stats=1 \
		"$build/$name.corpus" "$seeds" >"$log" 2>&1; then
		echo "FAIL $name: see $log"; tail -n 30 "$log"; status=1
	fi
	execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
	peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
	echo "fuzz $name: $execs executions in ${secs}s, peak rss ${peak} MB"
	total=$((total + execs))
done
echo "fuzz total: $total executions"
exit $status

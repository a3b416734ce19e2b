#!/usr/bin/env bash
# Install the Debian packages speech needs to build and test, if any are missing.
# Runs apt-get only as root and only when something is missing; otherwise it
# prints the command to run.  Extra packages: SPEECH_EXTRA_DEPS="pkg ...".
set -euo pipefail

major=${PG_MAJOR:-}
if [ -z "$major" ]; then
	# the newest installed server, else 15 (Debian 12's PostgreSQL)
	major=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
	major=${major:-15}
fi

# clang and its runtime: the libFuzzer targets that make test runs briefly;
# python3-jieba: the word list the text-search lexicon is built from;
# chromium and a Chinese font (fonts-wqy-microhei): the browser test of the
# pages (test/integration/pages.sh) and their screenshots;
# libopencc-dev, libopencc-data, g++: Traditional to Simplified folding (OpenCC,
# read by src/spg_opencc.cpp); opencc: its command line, which makes the
# Traditional test data of test/integration/traditional.sh; python3-psycopg
# (psycopg 3): the README's Python recipe for loading a corpus
# (test/integration/load_recipes.sh)
want=(postgresql-$major postgresql-server-dev-$major libicu-dev pkg-config make gcc python3
	clang libclang-rt-dev python3-jieba chromium fonts-wqy-microhei libopencc-dev libopencc-data g++ opencc
	python3-psycopg ${SPEECH_EXTRA_DEPS:-})
missing=()
for p in "${want[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "speech: installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	echo "speech: not root; run:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "speech: installed ${missing[*]}"

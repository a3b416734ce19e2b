#!/usr/bin/env bash
# load_recipes.sh - the recipes for loading a corpus in the documentation are
# run as written, and the rows they load are checked.
#
# The convention: a fenced block whose info string is "LANG recipe NAME"
# (```sql recipe copy-tsv, ```python recipe psycopg) is a recipe; it may live
# in README.md or any doc/*.md (it is found by its name, so moving a section
# does not break this test; a recipe found twice, or not at all, fails).
# doc_examples.sh leaves these blocks alone.  Each recipe runs in a database
# `mine` (as the README names it) made with the `sql setup` blocks of its file
# that come before it (the `corpus` table), emptied first, from a scratch
# folder holding:
#   corpus/                 the files of test/data/corpus_mixed (GB18030,
#                           UTF-16 with a BOM, UTF-8 with a BOM, Big5)
#   speeches.tsv            two of them as COPY text (name TAB body), UTF-8
#   speeches_gb18030.tsv    the other two, encoded in GB18030
#   sql recipes run through psql -X -v ON_ERROR_STOP=1, python ones through a
#   python3 that has psycopg 3 (skipped, with a message, when there is none).
# Every recipe must load the four files, each body equal to speech_decode of
# the file read on the server.  The GB18030 file is also loaded without its
# ENCODING, which must fail (the clause is what makes it work).
#
#   test/integration/load_recipes.sh
# Expects the running cluster of test/run-tests.sh.
. "$(dirname "$0")/lib.sh"

new_work_dir 755
export PGCLIENTENCODING=UTF8
hush_notices
corpus_dir=$root/test/data/corpus_mixed

# the recipes: $work/NAME.{lang,where,setup.sql,body}
python3 - "$work" README.md doc/*.md <<'PY'
import os, sys

sys.path.insert(0, os.path.join(os.getcwd(), 'test/integration'))
from md_blocks import blocks

work, files = sys.argv[1], sys.argv[2:]
found = {}
for path in files:
	setup = []
	for line, info, text, _, _ in blocks(path)[0]:
		info = info.split()
		text += '\n'
		if info == ['sql', 'setup']:
			setup.append(text)
		elif len(info) == 3 and info[1] == 'recipe':
			name = info[2]
			where = '%s:%d' % (path, line)
			if name in found:
				sys.exit('load_recipes: recipe %s found twice: %s and %s' % (name, found[name], where))
			found[name] = where
			for ext, content in (('lang', info[0]), ('where', where), ('setup.sql', ''.join(setup)), ('body', text)):
				open(os.path.join(work, name + '.' + ext), 'w', encoding='utf-8').write(content)
PY

# the scratch folder the recipes run in
mkdir "$work/run" "$work/run/corpus"
cp "$corpus_dir"/*.txt "$work/run/corpus/"
python3 - "$corpus_dir" "$work/run" <<'PY'
import os, sys

src, out = sys.argv[1:]
codecs = {'2021_safety_gb18030.txt': 'gb18030', '2022_safety_utf16.txt': 'utf-16',
          '2023_safety_utf8bom.txt': 'utf-8-sig', '2024_report_big5.txt': 'big5'}


def row(name):
	with open(os.path.join(src, name), encoding=codecs[name], newline='') as f:
		body = f.read()
	esc = body.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')
	return name + '\t' + esc + '\n'


names = sorted(codecs)
with open(os.path.join(out, 'speeches.tsv'), 'w', encoding='utf-8', newline='') as f:
	f.writelines(row(n) for n in names[:2])
with open(os.path.join(out, 'speeches_gb18030.tsv'), 'w', encoding='gb18030', newline='') as f:
	f.writelines(row(n) for n in names[2:])
PY

# a fresh database for each recipe
db=mine
fresh_db() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
	db_psql -c "CREATE EXTENSION speech" >/dev/null
}
at_exit "psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS $db' >/dev/null"

# find a python3 with psycopg 3 (Debian's python3-psycopg is in /usr/bin's)
python=
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null && "$p" -c 'import psycopg' 2>/dev/null; then
		python=$p
		break
	fi
done

failed=0 ran=0
fail() {
	echo "$where: FAILED: $*"
	failed=$((failed + 1))
}

# the rows a recipe loaded: "rows|equal to speech_decode of the file"
loaded() {
	psql -X -A -t -d "$db" -v dir="$corpus_dir" <<'SQL'
SELECT count(*) || '|' || count(*) FILTER (WHERE c.body = speech_decode(pg_read_binary_file(:'dir' || '/' || c.name)))
FROM corpus c;
SQL
}

for name in copy-tsv psycopg; do
	if [ ! -f "$work/$name.body" ]; then
		echo "load_recipes: FAILED: no block marked \"recipe $name\" in README.md or doc/*.md"
		failed=$((failed + 1))
		continue
	fi
	where=$(cat "$work/$name.where")
	lang=$(cat "$work/$name.lang")
	if [ "$lang" = python ] && [ -z "$python" ]; then
		echo "$where: recipe $name SKIPPED: no python3 with psycopg 3 (Debian: apt-get install python3-psycopg)"
		continue
	fi
	# the setup blocks before it (run from the project root, as doc_examples.sh does), then empty
	fresh_db
	if ! db_psql -v ON_ERROR_STOP=1 -f "$work/$name.setup.sql" >"$work/$name.setup.out" 2>&1 ||
		! db_psql -c 'TRUNCATE corpus' >>"$work/$name.setup.out" 2>&1; then
		fail "the setup blocks before recipe $name fail:"
		cat "$work/$name.setup.out"
		continue
	fi
	ran=$((ran + 1))
	case $lang in
	sql) (cd "$work/run" && db_psql -v ON_ERROR_STOP=1 -f "$work/$name.body") >"$work/$name.out" 2>&1 ;;
	python) (cd "$work/run" && "$python" "$work/$name.body") >"$work/$name.out" 2>&1 ;;
	*) echo "unknown recipe language $lang" >"$work/$name.out"; false ;;
	esac || {
		fail "recipe $name fails:"
		cat "$work/$name.out"
		continue
	}
	got=$(loaded)
	[ "$got" = "4|4" ] || fail "recipe $name loaded rows|rows equal to speech_decode of the file: $got, not 4|4"
	echo "load_recipes: recipe $name ($where, $lang) loaded $got"
done

# without ENCODING, the GB18030 file is refused
where="load_recipes"
db_psql -c 'TRUNCATE corpus' >/dev/null 2>&1 || true
if (cd "$work/run" && db_psql -v ON_ERROR_STOP=1 -c "\\copy corpus (name, body) FROM 'speeches_gb18030.tsv'") >"$work/noenc.out" 2>&1; then
	fail "speeches_gb18030.tsv loaded without ENCODING 'GB18030'"
elif ! grep -q 'invalid byte sequence for encoding "UTF8"' "$work/noenc.out"; then
	fail "speeches_gb18030.tsv without ENCODING: not the expected error:"
	cat "$work/noenc.out"
fi

echo "load_recipes: $ran recipes run, $failed failed"
[ "$failed" -eq 0 ]

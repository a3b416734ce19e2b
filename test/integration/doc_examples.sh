#!/usr/bin/env bash
# doc_examples.sh - every SQL example with its output in README.md and
# doc/*.md is run and its output compared, so a wrong example fails the tests.
#
# The convention (README.md, "Contributing"):
#   ```sql            an SQL block directly followed (blank lines allowed) by
#   ...               a plain block (``` with no language) is an example: the
#   ```               SQL runs through psql -X -q in a fresh database with the
#   ```               extension, and psql's output (stdout and stderr, with the
#   ...               "psql:<stdin>:N: " prefix of errors removed) must equal
#   ```               the plain block, trailing white space ignored;
#   ```sql setup      run, not compared, before every later example of the
#                     same file (a table such as `speeches`), in each one's
#                     fresh database;
#   ```output-varies  as an output block: the SQL runs and must not fail, but
#                     the output (timings, library versions) is not compared.
# An SQL block with no output block after it is a fragment and is not run.
#
#   test/integration/doc_examples.sh [FILE.md ...]   (default: README.md doc/*.md)
# Expects the running cluster of test/run-tests.sh.
. "$(dirname "$0")/lib.sh"

new_work_dir 755
export PGCLIENTENCODING=UTF8

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(README.md doc/*.md)

# one folder per example: setup.sql, example.sql, expected (or no expected
# when the output varies), where (file:line of the SQL block)
python3 - "$work" "${files[@]}" <<'PY'
import os, re, sys

sys.path.insert(0, os.path.join(os.getcwd(), 'test/integration'))
from md_blocks import blocks

work, files = sys.argv[1], sys.argv[2:]


def adjacent(lines, end, start):
	"""only blank lines between the end of one block and the start of the next"""
	return all(l.strip() == '' for l in lines[end + 1:start])


n = 0
for path in files:
	bs, lines = blocks(path)
	setup = []
	for k, (line, info, text, start, end) in enumerate(bs):
		if info == 'sql setup':
			setup.append(text)
			continue
		if info != 'sql' or k + 1 >= len(bs):
			continue
		nline, ninfo, ntext, nstart, nend = bs[k + 1]
		if ninfo not in ('', 'output-varies') or not adjacent(lines, end, nstart):
			continue
		n += 1
		d = os.path.join(work, '%04d' % n)
		os.mkdir(d)
		open(os.path.join(d, 'where'), 'w').write('%s:%d' % (path, line))
		open(os.path.join(d, 'setup.sql'), 'w').write('\n'.join(setup) + '\n')
		open(os.path.join(d, 'example.sql'), 'w').write(text + '\n')
		if ninfo == '':
			open(os.path.join(d, 'expected'), 'w').write(ntext + '\n')
PY

# the extension once, in a template each example's database is copied from
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS doc_examples_tpl" >/dev/null
psql -X -q -d postgres -c "CREATE DATABASE doc_examples_tpl" >/dev/null
at_exit "psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS doc_examples_tpl' >/dev/null"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d doc_examples_tpl \
	-c "CREATE EXTENSION speech" >/dev/null

# output as compared: trailing white space and trailing blank lines dropped
normalise() {
	sed -e 's/^psql:<stdin>:[0-9]*: //' -e 's/[[:space:]]*$//' "$1" |
		awk '{ l[NR] = $0 } NF { last = NR } END { for (i = 1; i <= last; i++) print l[i] }'
}

compared=0 varied=0 failed=0
for d in "$work"/*/; do
	[ -f "$d/example.sql" ] || continue
	where=$(cat "$d/where")
	db=doc_example
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE doc_examples_tpl" >/dev/null
	if ! PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
		-f "$d/setup.sql" >"$d/setup.out" 2>&1; then
		echo "$where: FAILED: its setup blocks fail:"
		cat "$d/setup.out"
		failed=$((failed + 1))
		continue
	fi
	psql -X -q -d "$db" -f - <"$d/example.sql" >"$d/actual" 2>&1 || true
	if [ -f "$d/expected" ]; then
		compared=$((compared + 1))
		if ! diff -u --label "$where (shown)" --label "$where (psql)" \
			<(normalise "$d/expected") <(normalise "$d/actual") >"$d/diff"; then
			echo "$where: FAILED: the output differs from the one shown:"
			cat "$d/diff"
			failed=$((failed + 1))
		fi
	else
		varied=$((varied + 1))
		if grep -q '^psql:<stdin>:[0-9]*: ERROR:' "$d/actual"; then
			echo "$where: FAILED: an example whose output varies fails:"
			cat "$d/actual"
			failed=$((failed + 1))
		fi
	fi
done
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS doc_example" >/dev/null

echo "doc_examples: $compared examples compared, $varied run without comparison (output-varies), $failed failed"
[ "$failed" -eq 0 ]

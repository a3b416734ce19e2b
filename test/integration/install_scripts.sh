#!/usr/bin/env bash
# Every install and update script (speech--*.sql) opens with the \echo ... \quit
# guard, so feeding one to psql by mistake creates nothing: checked by running
# each one through psql in an empty database.  And the default version has a
# full install script of its own (the SQL surface in one file), so the last
# step of sql/upgrade.sql compares that script with the update chain.
. "$(dirname "$0")/lib.sh"
db=speech_scripts
new_db $db
count() {
	db_value "SELECT (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace)
		+ (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace)
		+ (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace)"
}
before=$(count)
status=0
n=0
for f in speech--*.sql; do
	n=$((n + 1))
	# the first line that is not blank or a comment
	first=$(python3 -c 'import re, sys; t = re.sub(r"/\*.*?\*/", "", open(sys.argv[1]).read(), flags=re.S)
print(next((l.strip() for l in t.splitlines() if l.strip() and not l.strip().startswith("--")), ""))' "$f")
	case "$first" in
	'\echo Use "CREATE EXTENSION speech"'*'\quit') ;;
	*) echo "FAIL $f: the first statement is not the \\echo ... \\quit guard: $first"; status=1 ;;
	esac
	out=$(psql -X -d $db -f "$f" 2>&1 || true)
	if ! grep -q 'Use "CREATE EXTENSION speech"' <<<"$out"; then
		echo "FAIL $f: psql -f did not stop at the guard: $out" | head -n 5
		status=1
	fi
done
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" speech.control)
if [ ! -f "speech--$version.sql" ]; then
	echo "FAIL install scripts: no full install script speech--$version.sql for the default version $version"
	status=1
fi
after=$(count)
if [ "$before" != "$after" ]; then
	echo "FAIL install scripts: running them through psql created $((after - before)) objects"
	status=1
fi
[ $status -ne 0 ] || echo "install scripts: $n scripts open with the \\echo ... \\quit guard; psql -f creates nothing; speech--$version.sql installs the default version"
exit $status

#!/usr/bin/env bash
# The release checks (make package; .ci/run runs it last): as root on Debian 12,
#   1. META.json against the PGXN meta spec 1.0.0 (the keys it requires, the
#      version format, the provided file and version), and versions that agree
#      with speech.control and debian/changelog;
#   2. the Debian package of HEAD built from a `git archive` export in a temp
#      folder, without network when unshare(1) can cut it (Debian packages
#      alone), source and binary; `debian/rules clean` must leave the export as
#      it was;
#   3. lintian on the source and binary packages: no errors (the tags printed);
#   4. the package installed with dpkg -i into the system's PostgreSQL (it
#      replaces what `make install` put there: the same files), its files
#      checked with dpkg --verify, then CREATE EXTENSION speech and the
#      pg_regress suite (make installcheck) on a throwaway cluster, and the
#      autopkgtest of debian/tests (pg_buildext installcheck).
# The package stays installed.  SPEECH_PACKAGE_KEEP=1 keeps the temp folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)

step() { echo "== package: $*"; }
fail() { echo "package: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs the package with dpkg -i"
git rev-parse --verify -q HEAD >/dev/null || fail "not a git checkout"
[ -z "$(git status --porcelain --untracked-files=no)" ] ||
	echo "package: warning: uncommitted changes are not in the package (it is built from HEAD)" >&2
SPEECH_EXTRA_DEPS="dpkg-dev debhelper postgresql-server-dev-all postgresql-common lintian" ./test/deps.sh

# ---- 1. META.json ----
step "META.json (PGXN meta spec 1.0.0)"
python3 - <<'EOF'
import json, re, sys, os

def fail(msg):
    sys.exit("META.json: " + msg)

m = json.load(open("META.json"))
semver = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+)?$")
for key in ("name", "abstract", "version", "maintainer", "license", "provides", "meta-spec"):
    if key not in m:
        fail("required key %r missing" % key)
if m["meta-spec"].get("version") != "1.0.0":
    fail("meta-spec version is not 1.0.0")
if not re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]*$", m["name"]) or len(m["name"]) < 2:
    fail("bad name %r" % m["name"])
if not semver.match(m["version"]):
    fail("version %r is not a semantic version" % m["version"])
if not isinstance(m["maintainer"], (str, list)) or not m["maintainer"]:
    fail("maintainer must be a string or a non-empty list")
licences = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
            "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
            "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
            "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
            "restricted", "unrestricted", "unknown"}
lic = m["license"]
if isinstance(lic, str) and lic not in licences:
    fail("license %r is not one of the spec's names" % lic)
if not m["provides"]:
    fail("provides is empty")
for ext, p in m["provides"].items():
    for key in ("file", "version"):
        if key not in p:
            fail("provides.%s.%s missing" % (ext, key))
    if not semver.match(p["version"]):
        fail("provides.%s.version %r is not a semantic version" % (ext, p["version"]))
    for key in ("file", "docfile"):
        if key in p and not os.path.isfile(p[key]):
            fail("provides.%s.%s: no file %s" % (ext, key, p[key]))
for phase, rels in m.get("prereqs", {}).items():
    if phase not in ("configure", "build", "test", "runtime", "develop"):
        fail("unknown prereqs phase %r" % phase)
    for rel in rels:
        if rel not in ("requires", "recommends", "suggests", "conflicts"):
            fail("unknown prereqs relation %r" % rel)
for key in m.get("resources", {}):
    if key not in ("homepage", "bugtracker", "repository") and not key.startswith("x_"):
        fail("unknown resource %r" % key)

# the versions agree: speech.control X.Y = META.json X.Y.0 = provides X.Y.0 =
# the install script speech--X.Y.sql = debian/changelog X.Y-N
control = open("speech.control").read()
default = re.search(r"^default_version = '([^']*)'", control, re.M).group(1)
want = default + ".0" if default.count(".") == 1 else default
if m["version"] != want or m["provides"]["speech"]["version"] != want:
    fail("version %s / %s, speech.control says %s (%s)"
         % (m["version"], m["provides"]["speech"]["version"], default, want))
if m["provides"]["speech"]["file"] != "speech--%s.sql" % default:
    fail("provides.speech.file is not speech--%s.sql" % default)
first = open("debian/changelog").readline()
deb = re.match(r"^speech \(([^)-]+)-[^)]+\)", first)
if not deb or deb.group(1) != default:
    fail("debian/changelog's version %r does not start with %s-" % (first.strip(), default))
print("META.json: ok (%s %s, file %s)" % (m["name"], m["version"], m["provides"]["speech"]["file"]))
EOF

# ---- 2. build from an export of HEAD ----
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" speech.control)
debversion=$(sed -n '1s/^speech (\([^)]*\)).*/\1/p' debian/changelog)
major=$(grep -v '^#' debian/pgversions | head -n 1)
tmp=$(mktemp -d /tmp/speech-package.XXXXXX)
chmod 755 "$tmp"
cluster="$tmp/cluster"
pgc=/usr/lib/postgresql/$major/bin/pg_config
cleanup() {
	SPEECH_CLUSTER_DIR="$cluster" PG_CONFIG="$pgc" "$root/test/pgcluster.sh" stop >/dev/null 2>&1 || true
	if [ -n "${SPEECH_PACKAGE_KEEP:-}" ]; then
		echo "package: kept $tmp"
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT

step "export HEAD ($(git rev-parse --short HEAD)) to $tmp"
git archive --prefix="speech-$version/" HEAD | tar -x -C "$tmp"
git archive --prefix="speech-$version/" HEAD | gzip -n >"$tmp/speech_$version.orig.tar.gz"
src="$tmp/speech-$version"
(cd "$src" && find . -print | LC_ALL=C sort) >"$tmp/files.before"

offline=()
if unshare -n true 2>/dev/null; then
	offline=(unshare -n)
else
	echo "package: warning: unshare -n not available; the build runs with network" >&2
fi
step "dpkg-buildpackage -us -uc${offline:+ (offline: ${offline[*]})}"
t=$(date +%s)
(cd "$src" && "${offline[@]}" dpkg-buildpackage -us -uc) >"$tmp/build.log" 2>&1 ||
	{ tail -n 60 "$tmp/build.log"; fail "dpkg-buildpackage failed (log above)"; }
echo "   (build: $(( $(date +%s) - t )) s)"
deb="$tmp/postgresql-$major-speech_${debversion}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb"
dpkg -c "$deb" | awk '{print "   " $6}' | grep -E 'speech\.so|\.control|tsearch_data/.' || true

step "debian/rules clean leaves the export as it was"
(cd "$src" && debian/rules clean) >>"$tmp/build.log" 2>&1
(cd "$src" && find . -print | LC_ALL=C sort) >"$tmp/files.after"
diff "$tmp/files.before" "$tmp/files.after" || fail "the build or its clean left or removed the files above"

# ---- 3. lintian ----
step "lintian"
changes=$(ls "$tmp"/speech_"$debversion"_*.changes | grep -v _source | head -n 1)
lintian -I "$changes" >"$tmp/lintian.txt" 2>&1 || true
grep -E '^[EWIP]: ' "$tmp/lintian.txt" | sed 's/^/   /' || echo "   (no tags)"
if grep -q '^E: ' "$tmp/lintian.txt"; then
	fail "lintian reports errors"
fi

# ---- 4. install and test the installed package ----
step "dpkg -i $(basename "$deb")"
dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log"; fail "dpkg -i failed"; }
dpkg --verify "postgresql-$major-speech" || fail "installed files differ from the package's"
so=$(dpkg -L "postgresql-$major-speech" | grep '/speech\.so$')
[ "$so" = "$("$pgc" --pkglibdir)/speech.so" ] || fail "speech.so is at $so, not in pg_config --pkglibdir"

step "CREATE EXTENSION speech and pg_regress on a throwaway cluster"
export PG_CONFIG="$pgc" SPEECH_CLUSTER_DIR="$cluster"
export PATH="$("$pgc" --bindir):$PATH"
"$root/test/pgcluster.sh" start
eval "$("$root/test/pgcluster.sh" env)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE speech_package' >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d speech_package -At <<'SQL'
CREATE EXTENSION speech;
SELECT 'installed: ' || extversion FROM pg_extension WHERE extname = 'speech';
SELECT speech_version();
SELECT 'outline rows: ' || count(*) FROM speech_outline(E'一、总体要求\n坚持稳中求进。\n二、主要任务\n扩大内需。');
SQL
t=$(date +%s)
(cd "$src" && make --no-print-directory installcheck) >"$tmp/installcheck.log" 2>&1 ||
	{ tail -n 40 "$tmp/installcheck.log"; [ -f "$src/regression.diffs" ] && head -n 200 "$src/regression.diffs"; fail "pg_regress failed on the installed package"; }
grep -E 'tests passed|tests failed' "$tmp/installcheck.log" | sed 's/^/   /'
echo "   (pg_regress: $(( $(date +%s) - t )) s)"
"$root/test/pgcluster.sh" stop

step "autopkgtest: debian/tests/installcheck (pg_buildext installcheck)"
(cd "$src" && debian/tests/installcheck) >"$tmp/autopkgtest.log" 2>&1 ||
	{ tail -n 40 "$tmp/autopkgtest.log"; fail "debian/tests/installcheck failed"; }
grep -E 'tests passed|tests failed' "$tmp/autopkgtest.log" | sed 's/^/   /'

echo "package: ok: postgresql-$major-speech $debversion built, lintian clean of errors, installed, pg_regress passed ($(( $(date +%s) - started )) s)"

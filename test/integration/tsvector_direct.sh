#!/usr/bin/env bash
# speech_tsvector builds its tsvector from speech_parser's tokens itself, not
# through PostgreSQL's parse -> lexize -> sort pipeline (src/spg_tsvector.c).
# Its lexemes and positions must be to_tsvector's, to the position:
#   setweight(speech_tsvector(cfg, body), 'D') = to_tsvector(cfg, body)
# for every document of the corpus (docs and series, whole: long ones clamp
# at 16383), the PKU and MSR test texts in 2,000-character rows, the corpus
# converted to Traditional (opencc, when installed), with cfg speech_zh,
# speech_zh_exact and an altered copy of speech_zh, and again with user terms
# in speech_terms.  Skips without ../shared.
. "$(dirname "$0")/lib.sh"
require_shared corpus/docs segmentation/pku_test.utf8
hush_notices
new_speech_db speech_tsvector_direct
new_work_dir 755

python3 - "$shared" "$work" <<'PY'
import glob, os, shutil, subprocess, sys
shared, work = sys.argv[1:3]
docs = sorted(glob.glob(os.path.join(shared, "corpus/docs/*.txt")) + glob.glob(os.path.join(shared, "corpus/series/*/*.txt")))
rows = [("doc:" + os.path.basename(p), open(p, encoding="utf-8").read()) for p in docs]
for name in ("pku_test.utf8", "msr_test.utf8"):
    p = os.path.join(shared, "segmentation", name)
    if os.path.exists(p):
        t = open(p, encoding="utf-8").read()
        rows += [("%s:%d" % (name, i), t[i:i + 2000]) for i in range(0, len(t), 2000)]
if shutil.which("opencc"):
    sep = "\n\u241e\n"
    plain = [b for n, b in rows if n.startswith("doc:")][:80]
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=sep.join(plain), capture_output=True, text=True, check=True).stdout.split(sep)
    rows += [("s2t:%d" % i, t) for i, t in enumerate(out)]
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
with open(os.path.join(work, "rows.copy"), "w", encoding="utf-8") as f:
    for n, b in rows:
        f.write("%s\t%s\n" % (esc(n), esc(b)))
PY

db_psql <<SQL
CREATE TABLE t (name text PRIMARY KEY, body text);
\copy t FROM '$work/rows.copy'
CREATE TEXT SEARCH CONFIGURATION zh_altered (COPY = speech_zh);
ALTER TEXT SEARCH CONFIGURATION zh_altered ALTER MAPPING FOR hanchar WITH simple;
ALTER TEXT SEARCH CONFIGURATION zh_altered ALTER MAPPING FOR latin, alnum WITH simple;
ALTER TEXT SEARCH CONFIGURATION zh_altered DROP MAPPING FOR number;
SQL

compare() {
	db_value "SELECT c.cfg || ' ' || count(*) || ' rows, ' ||
		count(*) FILTER (WHERE setweight(speech_tsvector(c.cfg::regconfig, t.body), 'D') IS DISTINCT FROM to_tsvector(c.cfg::regconfig, t.body)) || ' differ'
		FROM t, (VALUES ('speech_zh'), ('speech_zh_exact'), ('zh_altered')) c(cfg) GROUP BY c.cfg ORDER BY c.cfg"
}
status=0
report=$(compare)
# user terms: words the parser cuts as one
db_psql -c "INSERT INTO speech_terms (term) VALUES ('全面从严治党'), ('高质量发展'), ('新质生产力'), ('双循环') ON CONFLICT DO NOTHING" >/dev/null
report="$report
$(compare | sed 's/$/ (with user terms)/')"
echo "$report" | sed "s/^/$test_name: /"
echo "$report" | grep -qv ' 0 differ' && status=1
db_value "SELECT count(*) FROM t" | grep -qx '0' && status=1
[ $status -eq 0 ] && echo "$test_name: ok" || echo "$test_name: FAILED"
exit $status

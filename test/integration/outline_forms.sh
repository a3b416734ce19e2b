#!/usr/bin/env bash
# The three forms of the outline agree on every document of ../shared/corpus:
# speech_outline's rows, the sections array of speech_parse and the nested
# "outline" of speech_parse_json (flattened) carry the same id, level, marker,
# ordinal, heading (denoised: no chunk number inside it), pos and len for every
# section.  Fails on any document where they differ.
# With the unnumbered headings (speech_outline(body, true)) the numbered rows
# keep their marker, ordinal, heading and position, and every section lies
# inside its parent one level below it.
. "$(dirname "$0")/lib.sh"
require_shared corpus
new_speech_db speech_outline_forms
db_psql -c "CREATE TABLE docs (name text, body text)"
SHARED="$shared" python3 - <<'PY' | db_psql -v ON_ERROR_STOP=1
import os, sys
shared = os.environ["SHARED"]
out = sys.stdout
out.write("COPY docs FROM STDIN;\n")
for d, _, files in sorted(os.walk(os.path.join(shared, "corpus"))):
    for f in sorted(files):
        if f.endswith(".txt"):
            text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read().replace("\0", "")
            esc = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
            out.write(os.path.relpath(os.path.join(d, f), shared) + "\t" + esc + "\n")
out.write("\\.\n")
# no corpus heading has a chunk number inside it today: one that has
out.write("INSERT INTO docs VALUES ('chunk number inside a heading', E'1、全区组织工作会议讲话 同志们: "
          "下面我讲两点意见。 一、着眼大局找准定位提高思想认\\n2、识到位 组织部门要及时转变工作理念。 "
          "二、关于工作的回顾 全区组织工作坚持以“三\\n3、个代表重要思想为指导。');\n")
PY
result=$(db_psql -A -t -v ON_ERROR_STOP=1 <<'SQL'
WITH o AS (
	SELECT d.name, jsonb_agg(jsonb_build_array(s.id, s.level, s.marker, s.ordinal, s.heading, s.pos, s.len) ORDER BY s.id) AS rows
	FROM docs d, speech_outline(d.body) s GROUP BY d.name),
p AS (
	SELECT d.name, jsonb_agg(jsonb_build_array(s.id, s.level, s.marker, s.ordinal, s.heading, s.pos, s.len) ORDER BY s.id) AS rows
	FROM docs d, speech_parse(d.body) x, unnest(x.sections) s GROUP BY d.name),
j AS (
	SELECT d.name, jsonb_agg(jsonb_build_array(s->'id', s->'level', s->'marker', s->'ordinal', s->'heading', s->'pos', s->'len')
							 ORDER BY (s->>'id')::int) AS rows
	FROM docs d, jsonb_path_query(speech_parse_json(d.body), 'strict $.outline.**{1 to last} ? (exists (@.id))') s
	GROUP BY d.name)
SELECT format('outline forms: %s documents, %s sections, %s differ',
			  (SELECT count(*) FROM docs),
			  (SELECT sum(jsonb_array_length(rows)) FROM o),
			  (SELECT count(*) FROM docs d
			   LEFT JOIN o USING (name) LEFT JOIN p USING (name) LEFT JOIN j USING (name)
			   WHERE o.rows IS DISTINCT FROM p.rows OR o.rows IS DISTINCT FROM j.rows));
SQL
)
echo "$result"
case "$result" in *" 0 differ") ;; *) exit 1 ;; esac

result=$(db_psql -A -t -v ON_ERROR_STOP=1 <<'SQL'
WITH u AS (SELECT d.name, s.* FROM docs d, speech_outline(d.body, true) s),
n AS (SELECT d.name, jsonb_agg(jsonb_build_array(s.marker, s.ordinal, s.heading, s.pos) ORDER BY s.id) AS rows
	  FROM docs d, speech_outline(d.body) s GROUP BY d.name),
un AS (SELECT name, jsonb_agg(jsonb_build_array(marker, ordinal, heading, pos) ORDER BY id) AS rows
	   FROM u WHERE marker IS NOT NULL GROUP BY name)
SELECT format('unnumbered headings: %s in %s documents; numbered rows changed in %s documents; %s sections outside their parent',
			  (SELECT count(*) FROM u WHERE marker IS NULL),
			  (SELECT count(DISTINCT name) FROM u WHERE marker IS NULL),
			  (SELECT count(*) FROM n FULL JOIN un USING (name) WHERE n.rows IS DISTINCT FROM un.rows),
			  (SELECT count(*) FROM u c JOIN u p ON p.name = c.name AND p.id = c.parent_id
			   WHERE c.pos < p.pos OR c.pos + c.len > p.pos + p.len OR c.level <> p.level + 1));
SQL
)
echo "$result"
case "$result" in *"changed in 0 documents; 0 sections outside their parent") ;; *) exit 1 ;; esac

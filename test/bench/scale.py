#!/usr/bin/env python3
"""The scale benchmark (make bench-parallel): parallel plans and the speed-up of
2 workers over 0, per-MB cost at 1 KB / 100 KB / 10 MB / 100 MB, backend memory
before and after 1 GB, and parallel index builds.

    test/bench/scale.sh [parallel] [linear] [memory] [index]   (default: all)

Runs against the database named by PGDATABASE (test/bench/scale.sh starts a
throwaway cluster and creates it).  The text comes from ../shared/corpus when it
is present (read by path, never copied), else test/data/sample_speech.txt.

Every number is measured in this run: a speed-up is the ratio of two timings
taken in turn, best of SPEECH_BENCH_ROUNDS (default 2) rounds during which no
other process kept a quarter of a core busy (up to four times as many rounds
are tried; the cores other processes use are printed); per-MB times are the
backend's CPU time, compared with each other, never with a stored figure.
Nothing here fails on a timing (another process's load moves it): the bars are
printed next to the measured values: 2 workers >= 1.7x as fast as 0 (the
functions must not serialise the workers), and per-MB cost max/min <= 1.5 from
1 KB to 100 MB (linear time).

Functions are listed once, in FUNCS; a row whose function or text-search
configuration is not installed (text search and metrics are later versions)
is skipped with a note.
"""
import glob
import math
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "test", "tools"))
from corpus_copy import escape  # noqa: E402  (COPY text format)
SHARED = os.environ.get("SPEECH_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
TARGET_MB = float(os.environ.get("SPEECH_BENCH_MB", "200"))
ROUNDS = int(os.environ.get("SPEECH_BENCH_ROUNDS", "2"))
QUIET = 0.25        # other processes' cores below which a timed round counts as quiet
MB = 1048576.0

# name, requirement (a regprocedure or cfg:<text search configuration> that must
# be installed), query over the table {t}, largest document it can take.  Each
# query reads every row of {t}; a cheap aggregate consumes the result.
TSV_MAX = 1024 * 1024     # a tsvector holds at most 1 MB
FUNCS = [
    ("speech_outline", "speech_outline(text)",
     "SELECT count(*) FROM {t} s, speech_outline(s.body) o", None),
    ("speech_paragraphs", "speech_paragraphs(text)",
     "SELECT count(*) FROM {t} s, speech_paragraphs(s.body) p", None),
    ("speech_sentences", "speech_sentences(text)",
     "SELECT count(*) FROM {t} s, speech_sentences(s.body) x", None),
    ("speech_parse", "speech_parse(text)",
     "SELECT sum((speech_parse(body)).sentence_count) FROM {t}", None),
    ("speech_parse_json", "speech_parse_json(text)",
     "SELECT sum(pg_column_size(speech_parse_json(body))) FROM {t}", None),
    ("speech_clean", "speech_clean(text)",
     "SELECT sum(length(speech_clean(body))) FROM {t}", None),
    ("speech_metrics", "speech_metrics(text,boolean)",
     "SELECT sum((speech_metrics(body)).sentences) FROM {t}", None),
    ("speech_section_metrics", "speech_section_metrics(text,boolean)",
     "SELECT count(*) FROM {t} s, speech_section_metrics(s.body) m", None),
    ("speech_quantities", "speech_quantities(text)",
     "SELECT count(*) FROM {t} s, speech_quantities(s.body) q", None),
    ("speech_quotes", "speech_quotes(text)",
     "SELECT count(*) FROM {t} s, speech_quotes(s.body) q", None),
    ("speech_slogans", "speech_slogans(text)",
     "SELECT count(*) FROM {t} s, speech_slogans(s.body) q", None),
    ("speech_kwic", "speech_kwic(text,text,integer)",
     "SELECT count(*) FROM {t} s, speech_kwic(s.body, '发展') k", None),
    ("speech_diagnostics", "speech_diagnostics(text)",
     "SELECT count(*) FROM {t} s, speech_diagnostics(s.body) d", None),
    ("speech_find_terms", "speech_find_terms(text,text[],boolean)",
     "SELECT count(*) FROM {t} s, speech_find_terms(s.body, ARRAY['改革', '发展', '人民']) f", None),
    ("speech_lexicon_counts", "speech_lexicon_counts(text,text[])",
     "SELECT count(*) FROM {t} s, speech_lexicon_counts(s.body) c", None),
    ("speech_tokens", "speech_tokens(text)",
     "SELECT count(*) FROM {t} s, speech_tokens(s.body) k", None),
    ("to_tsvector('speech_zh')", "cfg:speech_zh",
     "SELECT sum(length(to_tsvector('speech_zh', body))) FROM {t}", TSV_MAX),
    ("speech_tsvector", "speech_tsvector(regconfig,text)",
     "SELECT sum(length(speech_tsvector('speech_zh', body))) FROM {t}", TSV_MAX),
]
# the parallel section: the functions a corpus query spends its time in (the
# outline, the metrics and the two tsvectors; speech_parse stands in for
# speech_metrics where metrics is not installed)
PARALLEL = ["speech_outline", "speech_metrics", "to_tsvector('speech_zh')", "speech_tsvector"]
# SPEECH_BENCH_ONLY=name,name limits every section to those functions
ONLY = [x.strip() for x in os.environ.get("SPEECH_BENCH_ONLY", "").split(",") if x.strip()]


# ---------------------------------------------------------------- psql

def psql(sql, settings=(), timing=False, check=True):
    """Run sql in a fresh session; return (rows, seconds of the last statement)."""
    args = ["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"]
    script = "".join("SET %s;\n" % s for s in settings)
    if timing:
        script += "\\timing on\n"
    script += sql.rstrip().rstrip(";") + ";\n"
    p = subprocess.run(args, input=script, capture_output=True, text=True)
    if p.returncode != 0:
        if check:
            sys.exit("psql failed:\n%s\n%s" % (sql, p.stderr.strip()))
        return None, p.stderr.strip()
    rows, secs = [], None
    for line in p.stdout.splitlines():
        m = re.match(r"Time: ([\d.]+) ms", line)
        if m:
            secs = float(m.group(1)) / 1000.0
        elif line != "":
            rows.append(line.split("\t"))
    return rows, secs


class QueryError(Exception):
    pass


class Session:
    """One backend for a whole section: statements in order, each with its wall
    time and the CPU time the backend spent on it (from /proc, so that work by
    other processes on the machine does not count)."""

    def __init__(self, settings=()):
        self.p = subprocess.Popen(["psql", "-X", "-q", "-A", "-t", "-F", "\t"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.pid = int(self.run("SELECT pg_backend_pid()")[0][0])
        for s in settings:
            self.run("SET " + s)

    def run(self, sql):
        self.p.stdin.write(sql.rstrip().rstrip(";") + ";\n\\echo __done__\n")
        self.p.stdin.flush()
        rows, errors = [], []
        for line in self.p.stdout:
            line = line.rstrip("\n")
            if line == "__done__":
                break
            if "ERROR:" in line:
                errors.append(line.split("ERROR:", 1)[1].strip())
            elif line and not re.match(r"(psql:\S+ )?(DETAIL|HINT|CONTEXT):", line):
                rows.append(line.split("\t"))
        if errors:
            raise QueryError(errors[0])
        return rows

    def cpu(self):
        with open("/proc/%d/stat" % self.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / float(os.sysconf("SC_CLK_TCK"))

    def timed(self, sql):
        """(rows, wall seconds, backend CPU seconds)"""
        c0, t0 = self.cpu(), time.time()
        rows = self.run(sql)
        return rows, time.time() - t0, self.cpu() - c0

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def value(sql, settings=()):
    rows, _ = psql(sql, settings)
    return rows[0][0] if rows else None


def installed():
    """FUNCS entries whose function is installed (and chosen by SPEECH_BENCH_ONLY)"""
    return [f for f in FUNCS if (not ONLY or f[0] in ONLY) and available(f[1])]


def available(req):
    if req.startswith("cfg:"):
        return value("SELECT count(*) FROM pg_ts_config WHERE cfgname = '%s'" % req[4:]) == "1"
    return value("SELECT to_regprocedure('%s') IS NOT NULL" % req) == "t"


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return f.read().split()[0]
    except OSError:
        return "?"


def background_load(seconds=2.0):
    """Cores kept busy by other processes, measured while this benchmark waits
    (the load average also counts the benchmark's own backends and workers)."""
    def sample():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        idle = v[3] + v[4]
        return sum(v[:8]) - idle, sum(v[:8])
    try:
        b0, t0 = sample()
        time.sleep(seconds)
        b1, t1 = sample()
    except OSError:
        return float("nan")
    return (b1 - b0) / float(max(t1 - t0, 1)) * (os.cpu_count() or 1)


def table(headers, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: " | ".join(str(x).rjust(w) if i else str(x).ljust(w)
                                for i, (x, w) in enumerate(zip(r, widths)))
    print(line(headers))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def fmt_mb(nbytes):
    return "%.0f MB" % (nbytes / MB) if nbytes >= MB else "%.0f kB" % (nbytes / 1024.0)


# ---------------------------------------------------------------- text

def source_files():
    files = sorted(glob.glob(os.path.join(SHARED, "corpus", "seed", "*.txt")) +
                   glob.glob(os.path.join(SHARED, "corpus", "docs", "*.txt")))
    if files:
        print("text: %d documents of %s" % (len(files), os.path.join(SHARED, "corpus")))
        return files
    print("text: test/data/sample_speech.txt (%s not found: the numbers describe "
          "one sample speech, not a corpus)" % os.path.join(SHARED, "corpus"))
    return [os.path.join(ROOT, "test", "data", "sample_speech.txt")]


def copy_rows(table_name, columns, rows):
    data = "COPY %s (%s) FROM STDIN;\n" % (table_name, ", ".join(columns))
    data += "".join("\t".join(escape(str(x)) for x in r) + "\n" for r in rows) + "\\.\n"
    p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"], input=data,
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("COPY %s failed: %s" % (table_name, p.stderr.strip()))


def articles(docs, chars=700):
    """The documents cut at paragraph ends into pieces of about `chars` characters."""
    out = []
    for name, body in docs:
        piece, n = [], 0
        for para in body.split("\n"):
            piece.append(para)
            n += len(para)
            if n >= chars:
                out.append((name, "\n".join(piece)))
                piece, n = [], 0
        if n:
            out.append((name, "\n".join(piece)))
    return out


_docs = []


def read_docs():
    """[(name, body)] of the source files, read once."""
    if not _docs:
        for path in source_files():
            with open(path, encoding="utf-8") as f:
                _docs.append((os.path.basename(path)[:-4], f.read()))
    return _docs


def setup_tables():
    """corpus, speeches (whole documents) and articles (~2 KB pieces), ~TARGET_MB each,
    and speeches_warm (3 rows, for warming up a session)."""
    if value("SELECT to_regclass('speeches') IS NOT NULL") == "t":
        return
    docs = read_docs()
    psql("CREATE TABLE corpus (name text, body text); CREATE TABLE article_src (name text, body text)")
    copy_rows("corpus", ["name", "body"], docs)
    copy_rows("article_src", ["name", "body"], articles(docs))
    total = sum(len(b.encode("utf-8")) for _, b in docs)
    copies = max(1, int(round(TARGET_MB * MB / total)))
    # copies in blocks (g, then name), so every block of pages holds the whole mix
    for t, src in (("speeches", "corpus"), ("articles", "article_src")):
        psql("CREATE TABLE %s AS SELECT row_number() OVER (ORDER BY g, c.name, c.ctid)::int AS id, "
             "c.name, c.body FROM %s c, generate_series(1, %d) g ORDER BY g, c.name, c.ctid"
             % (t, src, copies))
        psql("VACUUM ANALYZE %s" % t)
    psql("CREATE TABLE speeches_warm AS SELECT * FROM speeches WHERE id <= 3")


def describe(t):
    r = psql("SELECT count(*), sum(octet_length(body)), pg_relation_size('%s'), "
             "pg_total_relation_size('%s') - pg_relation_size('%s') FROM %s" % (t, t, t, t))[0][0]
    return int(r[0]), int(r[1]), int(r[2]), int(r[3])


# ---------------------------------------------------------------- parallel

def plan_of(query, settings=()):
    rows, _ = psql("EXPLAIN (COSTS OFF) " + query, settings)
    text = "\n".join(r[0] for r in rows)
    m = re.search(r"Workers Planned: (\d+)", text)
    return (int(m.group(1)) if m else 0), text


def section_parallel():
    print("\n== 1. Parallel query: plans with the default cost settings, speed-up of 2 workers over 0")
    print("other load at start: %.2f cores (load average %s)" % (background_load(), load_average()))
    have = installed()
    funcs = [f for f in have if f[0] in PARALLEL]
    if not any(f[0] == "speech_metrics" for f in funcs):
        funcs[1:1] = [f for f in have if f[0] == "speech_parse"]
    missing = [n for n in PARALLEL if n not in [f[0] for f in funcs]]
    if missing:
        print("not installed or not chosen (skipped): %s" % ", ".join(missing))
    info = dict((t, describe(t)) for t in ("speeches", "articles"))
    for t in ("speeches", "articles"):
        rows, text, heap, toast = info[t]
        print("table %-8s: %6d documents, %s of text; heap %s, TOAST %s"
              % (t, rows, fmt_mb(text), fmt_mb(heap), fmt_mb(toast)))
    costs = dict(psql("SELECT p.oid::regprocedure::text, p.procost::int FROM pg_proc p "
                      "WHERE p.oid = ANY (ARRAY[%s]::regprocedure[])" %
                      ", ".join("'%s'" % (r if not r.startswith("cfg:") else "to_tsvector(regconfig,text)")
                                for n, r, q, m in funcs))[0])
    cost_of = lambda r: costs.get(r if not r.startswith("cfg:") else "to_tsvector(regconfig,text)", "?")

    psql("ALTER TABLE speeches RESET (parallel_workers)")
    before = dict((n, plan_of(q.format(t="speeches"))[0]) for n, r, q, m in funcs)
    psql("ALTER TABLE speeches SET (parallel_workers = 2)")
    plans = []
    for n, r, q, m in funcs:
        plans.append([n, cost_of(r), before[n], plan_of(q.format(t="speeches"))[0],
                      plan_of(q.format(t="articles"))[0]])
    print("\nWorkers Planned (0 = serial plan), every cost setting at its default:")
    table(["function", "COST", "speeches", "speeches, parallel_workers 2", "articles"], plans)
    print("speeches holds whole documents: the text is TOASTed, the heap is smaller than\n"
          "min_parallel_table_scan_size (%s), and the planner, which sizes a parallel scan\n"
          "from the heap alone, plans no worker whatever the functions cost.  The storage\n"
          "parameter parallel_workers (not a cost setting) gives it 2:\n"
          "  ALTER TABLE speeches SET (parallel_workers = 2);\n"
          "articles holds ~2 KB documents in the heap: nothing to set.  A serial plan left\n"
          "is a COST too low for the number of rows: rows x COST must exceed ~700,000\n"
          "(to_tsvector is PostgreSQL's, COST 100: parallel from ~7,000 documents)."
          % value("SHOW min_parallel_table_scan_size"))
    head = next((q for n, r, q, m in funcs if n in ("speech_metrics", "speech_parse")), None)
    if head is None:            # SPEECH_BENCH_ONLY left neither out
        head = funcs[0][2] if funcs else None
    if head:
        print("\nEXPLAIN %s" % head.format(t="speeches"))
        print(plan_of(head.format(t="speeches"))[1])

    print("\nspeed-up of 2 workers over 0 (max_parallel_workers_per_gather 0 vs its default 2),\n"
          "on the first table where the plan is parallel; best of %d quiet rounds; bar >= 1.7x:"
          % ROUNDS)
    results = []
    for n, r, q, m in funcs:
        t = next((t for t in ("speeches", "articles") if plan_of(q.format(t=t))[0] > 0), None)
        if t is None:
            results.append([n, "", "serial plan", "", "", "", ""])
            continue
        query = q.format(t=t)
        # a round: other load, 0 workers, 2 workers, other load; a round is
        # quiet when nothing else kept a quarter of a core busy on either side
        rounds, answers = [], {}
        for _ in range(ROUNDS * 4):
            before = background_load()
            secs = {}
            for w in (0, 2):
                answers[w], secs[w] = psql(query, ["max_parallel_workers_per_gather = %d" % w],
                                           timing=True)
            rounds.append((max(before, background_load()), secs[0], secs[2]))
            if sum(1 for r in rounds if r[0] < QUIET) >= ROUNDS:
                break
        quiet = [r for r in rounds if r[0] < QUIET] or rounds
        s0, s2 = min(r[1] for r in quiet), min(r[2] for r in quiet)
        results.append([n, t, "%.2f" % s0, "%.2f" % s2, "%.2fx" % (s0 / s2),
                        "%.1f" % (info[t][1] / MB / s2),
                        "same" if answers[0] == answers[2] else "DIFFERENT",
                        "%d/%d" % (sum(1 for r in rounds if r[0] < QUIET), len(rounds)),
                        "%.2f" % max(r[0] for r in quiet)])
    table(["function", "table", "0 workers s", "2 workers s", "speed-up", "MB/s", "answer",
           "quiet rounds", "other load"], results)
    print("other load: cores kept busy by other processes, measured for 2 s before and after\n"
          "each round (a round: 0 workers, then 2); the times are the best of the quiet rounds\n"
          "(other load under %.2f), else of all; under other load the speed-up is understated"
          % QUIET)
    print("other load at end: %.2f cores" % background_load())


# ---------------------------------------------------------------- linearity

SIZES = [("1 KB", 1024), ("100 KB", 100 * 1024), ("10 MB", 10 * 1024 * 1024),
         ("100 MB", 100 * 1024 * 1024)]
LINEAR_TOTAL = float(os.environ.get("SPEECH_BENCH_LINEAR_MB", "10")) * MB


def setup_linear():
    """lin_1k, lin_100k, lin_10m (LINEAR_TOTAL bytes each) and lin_100m (one document),
    all cut from the same text: the Chinese speeches and reports, repeated."""
    if value("SELECT to_regclass('lin_100m') IS NOT NULL") == "t":
        return
    docs = read_docs()
    zh = [b for n, b in docs if n.startswith(("000_", "sp_", "wr_"))] or [b for n, b in docs]
    text = "\n\n".join(zh)
    bpc = len(text.encode("utf-8")) / float(len(text))
    for label, size in SIZES:
        n = int(size / bpc)                 # characters per document
        count = max(1, int(round(LINEAR_TOTAL / size)))
        big = text * ((n * count) // len(text) + 1)
        t = "lin_" + label.replace(" ", "").lower().replace("kb", "k").replace("mb", "m")
        psql("CREATE TABLE %s (id int, body text)" % t)
        copy_rows(t, ["id", "body"], [(i + 1, big[i * n:(i + 1) * n]) for i in range(count)])
        psql("VACUUM ANALYZE %s" % t)
        del big


def section_linear():
    print("\n== 2. Cost grows linearly: time per MB at 1 KB, 100 KB, 10 MB and 100 MB documents")
    print("other load at start: %.2f cores (load average %s)" % (background_load(), load_average()))
    setup_linear()
    tables = ["lin_1k", "lin_100k", "lin_10m", "lin_100m"]
    sizes = dict((t, describe(t)) for t in tables)
    print("documents: " + ", ".join("%d x %s" % (sizes[t][0], fmt_mb(sizes[t][1] / sizes[t][0]))
                                     for t in tables))
    print("CPU ms of the backend per MB of text (serial plans; best of %d rounds, sizes alternating):"
          % ROUNDS)
    sess = Session(["max_parallel_workers_per_gather = 0"])
    rows = []
    for n, r, q, most in installed():
        best = dict((t, float("inf")) for t in tables)
        notes = []
        for t in tables:
            if most and sizes[t][1] / sizes[t][0] > most:
                best[t] = None
        if None in best.values():
            notes.append("larger documents: beyond the %s limit of a tsvector" % fmt_mb(most))
        for _ in range(ROUNDS):
            for t in tables:
                if best[t] is None:
                    continue
                try:
                    cpu = sess.timed(q.format(t=t))[2]
                except QueryError as e:
                    best[t] = None
                    notes.append("%s: %s" % (t[4:], e))
                    continue
                best[t] = min(best[t], cpu)
        per = [best[t] / (sizes[t][1] / MB) * 1000 if best[t] is not None else None for t in tables]
        ok = [x for x in per if x is not None]
        rows.append([n] + ["%.1f" % x if x is not None else "n/a" for x in per] +
                    ["%.2f" % (max(ok) / min(ok)) if ok else "", "; ".join(notes)])
    sess.close()
    table(["function", "1 KB", "100 KB", "10 MB", "100 MB", "max/min", "note"], rows)
    print("bar: max/min <= 1.5 for every function.  Other load at end: %.2f cores" % background_load())


# ---------------------------------------------------------------- memory

def contexts(sess):
    """{context name: (total bytes, count)} of this backend"""
    return dict((r[0], (int(r[1]), int(r[2]))) for r in sess.run(
        "SELECT name, sum(total_bytes), count(*) FROM pg_backend_memory_contexts GROUP BY name"))


def section_memory():
    print("\n== 5. Memory: the backend's memory contexts before and after 1 GB of text")
    funcs = [(n, q) for n, r, q, m in installed()
             if n in ("speech_outline", "speech_sentences", "speech_parse", "speech_clean",
                      "speech_metrics", "speech_quantities", "to_tsvector('speech_zh')")]
    text = describe("speeches")[1]
    sess = Session(["max_parallel_workers_per_gather = 0"])    # all the work in this backend
    # warm-up: every query once on a few rows, then one full pass (library, ICU,
    # lexicons, the relation and catalog caches of the tables read)
    for n, q in funcs:
        sess.run(q.format(t="speeches_warm"))
    sess.run(funcs[0][1].format(t="speeches"))
    before = contexts(sess)
    done, t0, i = 0, time.time(), 0
    while done < 1024 * MB:
        sess.run(funcs[i % len(funcs)][1].format(t="speeches"))
        done += text
        i += 1
    after = contexts(sess)
    sess.close()
    print("%d passes over speeches (%s each; %s) in one session, %.0f s: %s of text"
          % (i, fmt_mb(text), ", ".join(n for n, q in funcs[:i]), time.time() - t0, fmt_mb(done)))
    tb = sum(v[0] for v in before.values())
    ta = sum(v[0] for v in after.values())
    table(["pg_backend_memory_contexts", "total bytes", "contexts"],
          [["after the warm-up", tb, sum(v[1] for v in before.values())],
           ["after 1 GB more", ta, sum(v[1] for v in after.values())]])
    largest = sorted(before, key=lambda k: -before[k][0])[:5]
    print("largest contexts: " + ", ".join("%s %d" % (k, before[k][0]) for k in largest))
    for k in sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k)):
        print("changed: %-24s %s -> %s bytes%s" % (k, before.get(k, (0, 0))[0], after.get(k, (0, 0))[0],
              " (holds the statement being run)" if k == "MessageContext" else ""))
    print("difference: %+d bytes: %s" % (ta - tb, "no growth" if ta <= tb else "GROWTH"))


# ---------------------------------------------------------------- index

def section_index():
    print("\n== 1b. Parallel index builds")
    have = [n for n, r, q, m in installed()]
    expr = ("((speech_metrics(body)).sentences)" if "speech_metrics" in have
            else "((speech_parse(body)).found_points)")
    rows = []
    for w in (0, None):
        settings = ["max_parallel_maintenance_workers = %d" % w] if w is not None else []
        settings += ["trace_sort = on", "client_min_messages = log"]
        p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"], capture_output=True, text=True,
                           input="".join("SET %s;\n" % s for s in settings) +
                           "\\timing on\nCREATE INDEX speeches_expr ON speeches (%s);\n"
                           "DROP INDEX speeches_expr;\n" % expr)
        if p.returncode:
            sys.exit(p.stderr)
        secs = float(re.search(r"Time: ([\d.]+) ms", p.stdout).group(1)) / 1000
        sorters = sorted(set(re.findall(r"sort of worker (\d+) ended", p.stderr)))
        rows.append([w if w is not None else "%s (default)" % value("SHOW max_parallel_maintenance_workers"),
                     "%.2f" % secs, len(sorters)])
    print("CREATE INDEX ON speeches (%s): a btree, built in parallel since PostgreSQL 11" % expr)
    table(["max_parallel_maintenance_workers", "seconds", "processes sorting (trace_sort)"], rows)
    print("speed-up %.2fx (the leader sorts too: 2 workers + the leader = 3 processes)"
          % (float(rows[0][1]) / float(rows[1][1])))
    if "speech_tsvector" in have:
        print("\nA GIN index on a tsvector column is built by one process in PostgreSQL 15 (btree\n"
              "builds in parallel; BRIN from 17, GIN from 18).  The costly part, computing the\n"
              "tsvectors, is a query, and runs in parallel:")
        q = ("CREATE TABLE speeches_tsv AS SELECT id, speech_tsvector('speech_zh', body) AS tsv "
             "FROM speeches")
        print("EXPLAIN " + q)
        print(plan_of(q)[1])


def main():
    wanted = sys.argv[1:] or ["parallel", "linear", "memory", "index"]
    print("speech scale benchmark: %s" % value("SELECT speech_version()"))
    setup_tables()
    for name in wanted:
        {"parallel": section_parallel, "linear": section_linear,
         "memory": section_memory, "index": section_index}[name]()


if __name__ == "__main__":
    main()

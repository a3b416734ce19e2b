#!/usr/bin/env python3
"""Retrieval quality of speech_zh: its text search against substring search.

Usage: retrieval.py SHARED_DIR [--check] [--traditional]
Environment: PSQL (default "psql -X"), pointed at a database with speech.

The corpus (SHARED_DIR/corpus/docs/*.txt) is cut into 2,000-character rows.
300 terms are drawn (fixed seed) from the word list of python3-jieba, among
the words of two or more Han characters that occur in the corpus: 100 names
(tags nr*, ns, nt) and 200 other words.  Words of speech_zh's stop list
(tsearch_data/speech_zh.stop: 我们, 他们, 就是 ...) are not drawn: they are
left out of the index by design, as english_stem leaves out "we".  For every term, the rows found by
    tsv @@ plainto_tsquery('speech_zh', term)
are compared with the rows found by
    body LIKE '%' || term || '%'
giving per-term recall and precision; the means are printed per class.
With --check the exit status is 1 below recall 0.99 or precision 0.95: a
word search should find nearly every row that holds the term (it misses one
only where the text cuts the term differently in context), while a term the
query cuts into words also matches rows where those words stand apart, which
costs more precision than recall.

With --traditional (issue 17) the same rows and terms are measured five
ways in one run: as they are, then with the rows converted to Traditional by
OpenCC's own tools (opencc -c s2t.json, s2tw.json) and Simplified queries,
then Simplified rows with the queries converted to Traditional.  The truth is
always the Simplified row holding the Simplified term.  With --check the exit
status is 1 when a Traditional figure is below recall 0.98 or precision 0.95,
or more than 0.01 below the Simplified figure of the run.  The Traditional
text is made at test time and never kept.
"""
import glob
import os
import random
import shlex
import subprocess
import sys

JIEBA = "/usr/lib/python3/dist-packages/jieba/dict.txt"
ROW_CHARS = 2000


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def copy_escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def opencc(config, texts):
    """texts converted by the opencc command line, one call for all of them"""
    sep = "\n\u241e\n"
    out = subprocess.run(["opencc", "-c", config], input=sep.join(texts), capture_output=True,
                         text=True, check=True).stdout
    parts = out.split(sep)
    if len(parts) != len(texts):
        sys.exit("opencc -c %s: %d texts in, %d out" % (config, len(texts), len(parts)))
    return parts


def measure(psql, rows, tsv_rows, terms, query_terms):
    """per-class (n, recall sum, precision sum, never found) and the misses"""
    script = ["\\set ON_ERROR_STOP 1",
              "CREATE TEMP TABLE r (id int, body text, tbody text, tsv tsvector);",
              "COPY r (id, body, tbody) FROM STDIN;"]
    script += ["%d\t%s\t%s" % (i, copy_escape(b), copy_escape(t)) for i, (b, t) in enumerate(zip(rows, tsv_rows))]
    script += ["\\.",
               "UPDATE r SET tsv = to_tsvector('speech_zh', tbody);",
               "CREATE INDEX ON r USING gin (tsv);",
               "CREATE TEMP TABLE t (n int, class text, term text, query text);",
               "COPY t FROM STDIN;"]
    script += ["%d\t%s\t%s\t%s" % (i, c, w, q) for i, ((c, w), q) in enumerate(zip(terms, query_terms))]
    script += ["\\.",
               "SELECT t.n, t.class, t.term,"
               " (SELECT count(*) FROM r WHERE strpos(r.body, t.term) > 0),"
               " (SELECT count(*) FROM r WHERE r.tsv @@ plainto_tsquery('speech_zh', t.query)),"
               " (SELECT count(*) FROM r WHERE r.tsv @@ plainto_tsquery('speech_zh', t.query)"
               "   AND strpos(r.body, t.term) > 0)"
               " FROM t ORDER BY t.n;"]
    out = subprocess.run(psql + ["-q", "-A", "-t", "-F", "\t"], input="\n".join(script) + "\n",
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("psql failed: " + out.stderr.strip())
    stats = {}
    misses = []
    for line in out.stdout.splitlines():
        n, cls, term, like, ts, both = line.split("\t")
        like, ts, both = int(like), int(ts), int(both)
        recall = both / like if like else 1.0
        precision = both / ts if ts else 1.0
        for key in (cls, "all"):
            st = stats.setdefault(key, [0, 0.0, 0.0, 0])
            st[0] += 1
            st[1] += recall
            st[2] += precision
            st[3] += ts == 0
        if recall < 1.0 or precision < 0.9:
            misses.append((recall, precision, term, like, ts))
    return stats, misses


def traditional(psql, rows, terms, docs, check):
    modes = [("simplified rows, simplified queries", None, None),
             ("s2t rows, simplified queries", "s2t.json", None),
             ("s2tw rows, simplified queries", "s2tw.json", None),
             ("simplified rows, s2t queries", None, "s2t.json"),
             ("simplified rows, s2tw queries", None, "s2tw.json")]
    words = [w for _, w in terms]
    base = None
    failed = False
    print("retrieval traditional: %d rows of %d characters from %d documents, %d terms"
          % (len(rows), ROW_CHARS, len(docs), len(terms)))
    for name, rconf, qconf in modes:
        tsv_rows = opencc(rconf, rows) if rconf else rows
        queries = opencc(qconf, words) if qconf else words
        changed = sum(a != b for a, b in zip(rows, tsv_rows)) if rconf else sum(a != b for a, b in zip(words, queries))
        stats, misses = measure(psql, rows, tsv_rows, terms, queries)
        n, r, p, never = stats["all"]
        r, p = r / n, p / n
        verdict = ""
        if base is None:
            base = (r, p)
        else:
            ok = r >= 0.98 and p >= 0.95 and r >= base[0] - 0.01 and p >= base[1] - 0.01
            verdict = "  (bars: recall >= 0.98, precision >= 0.95, within 0.01 of simplified: %s)" % ("ok" if ok else "FAILED")
            failed |= not ok
        print("retrieval traditional %-36s recall %.3f  precision %.3f  (%d never found; %d %s converted)%s"
              % (name + ":", r, p, never, changed, "rows" if rconf else "terms", verdict))
        for recall, precision, term, like, ts in sorted(misses)[:5]:
            print("    %s: recall %.2f precision %.2f (LIKE %d rows, tsquery %d)" % (term, recall, precision, like, ts))
    if check and failed:
        print("retrieval traditional: FAILED")
        sys.exit(1)


def main():
    shared = sys.argv[1]
    check = "--check" in sys.argv
    docs = sorted(glob.glob(os.path.join(shared, "corpus", "docs", "*.txt")))
    rows = []
    for path in docs:
        text = open(path, encoding="utf-8").read()
        rows += [text[i:i + ROW_CHARS] for i in range(0, len(text), ROW_CHARS)]
    corpus = "\n".join(rows)

    stop_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "speech_zh.stop")
    stop = {l.strip() for l in open(stop_path, encoding="utf-8") if l.strip()}
    names, words = [], []
    with open(JIEBA, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) < 3 or len(p[0]) < 2 or not all(is_han(c) for c in p[0]) or p[0] in stop:
                continue
            (names if p[2].startswith("nr") or p[2] in ("ns", "nt") else words).append(p[0])
    rng = random.Random(20240601)
    terms = []
    for cls, pool, want in (("name", names, 100), ("word", words, 200)):
        rng.shuffle(pool)
        got = 0
        for w in pool:
            if w in corpus:
                terms.append((cls, w))
                got += 1
                if got == want:
                    break

    if "--traditional" in sys.argv:
        traditional(shlex.split(os.environ.get("PSQL", "psql -X")), rows, terms, docs, check)
        return
    script = ["\\set ON_ERROR_STOP 1",
              "CREATE TEMP TABLE r (id int, body text, tsv tsvector);",
              "COPY r (id, body) FROM STDIN;"]
    script += ["%d\t%s" % (i, copy_escape(b)) for i, b in enumerate(rows)]
    script += ["\\.",
               "UPDATE r SET tsv = to_tsvector('speech_zh', body);",
               "CREATE INDEX ON r USING gin (tsv);",
               "CREATE TEMP TABLE t (n int, class text, term text);",
               "COPY t FROM STDIN;"]
    script += ["%d\t%s\t%s" % (i, c, w) for i, (c, w) in enumerate(terms)]
    script += ["\\.",
               "SELECT t.n, t.class, t.term,"
               " (SELECT count(*) FROM r WHERE strpos(r.body, t.term) > 0),"
               " (SELECT count(*) FROM r WHERE r.tsv @@ plainto_tsquery('speech_zh', t.term)),"
               " (SELECT count(*) FROM r WHERE r.tsv @@ plainto_tsquery('speech_zh', t.term)"
               "   AND strpos(r.body, t.term) > 0)"
               " FROM t ORDER BY t.n;"]
    psql = shlex.split(os.environ.get("PSQL", "psql -X"))
    out = subprocess.run(psql + ["-q", "-A", "-t", "-F", "\t"], input="\n".join(script) + "\n",
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("psql failed: " + out.stderr.strip())
    stats = {}
    misses = []
    for line in out.stdout.splitlines():
        n, cls, term, like, ts, both = line.split("\t")
        like, ts, both = int(like), int(ts), int(both)
        recall = both / like if like else 1.0
        precision = both / ts if ts else 1.0
        for key in (cls, "all"):
            s = stats.setdefault(key, [0, 0.0, 0.0, 0])
            s[0] += 1
            s[1] += recall
            s[2] += precision
            s[3] += ts == 0
        if recall < 1.0 or precision < 0.9:
            misses.append((recall, precision, term, like, ts))
    print("retrieval: %d rows of %d characters from %d documents, %d terms"
          % (len(rows), ROW_CHARS, len(docs), len(terms)))
    for key in ("name", "word", "all"):
        n, r, p, never = stats[key]
        print("retrieval %-4s: %3d terms  recall %.3f  precision %.3f  (%d never found)"
              % (key, n, r / n, p / n, never))
    for recall, precision, term, like, ts in sorted(misses)[:12]:
        print("  %s: recall %.2f precision %.2f (LIKE %d rows, tsquery %d)" % (term, recall, precision, like, ts))
    n, r, p, _ = stats["all"]
    if check and (r / n < 0.99 or p / n < 0.95):
        print("retrieval: FAILED (bars: recall >= 0.99, precision >= 0.95)")
        sys.exit(1)


if __name__ == "__main__":
    main()

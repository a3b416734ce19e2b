#!/usr/bin/env python3
"""Retrieval quality of speech_zh: its text search against substring search.

Usage: retrieval.py SHARED_DIR [--check]
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

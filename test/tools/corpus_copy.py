#!/usr/bin/env python3
"""Print a psql COPY block that loads text files into a table.

    corpus_copy.py TABLE FILE...  |  psql -d DB

The table needs the columns (name text, kind text, body text): name is the file
name without .txt, kind the part before the first '_' (sp, wr, cr, ...).  Files
are read as UTF-8; CR, tabs and backslashes survive (COPY text escapes).  Used by
the scale benchmark and test/integration/shards.sh, which read ../shared/corpus
by path and never copy it into the project.
"""
import os
import sys


def escape(s):
    return (s.replace("\\", "\\\\").replace("\n", "\\n")
             .replace("\r", "\\r").replace("\t", "\\t"))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: corpus_copy.py TABLE FILE...")
    table, files = sys.argv[1], sys.argv[2:]
    out = sys.stdout
    out.write("COPY %s (name, kind, body) FROM STDIN;\n" % table)
    for path in files:
        name = os.path.basename(path)
        if name.endswith(".txt"):
            name = name[:-4]
        with open(path, encoding="utf-8") as f:
            body = f.read()
        out.write("%s\t%s\t%s\n" % (escape(name), escape(name.split("_")[0]), escape(body)))
    out.write("\\.\n")


if __name__ == "__main__":
    main()

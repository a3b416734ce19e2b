#!/usr/bin/env bash
# Every function on a 100 MB text (SPEECH_BIG_MB to change the size): it works
# or fails with a clear error naming the limit; the backend's peak RSS (VmHWM of
# /proc/self/status, read by the backend itself: a superuser connection) is
# printed next to the peak of a backend that only built the text; and with
# statement_timeout = '1s' every function is cancelled, the latency (time after
# the timeout until the statement ended) printed per function.  Fails when a
# function crashes the backend, fails with an unclear error (out of memory, an
# internal error), or takes more than SPEECH_CANCEL_BOUND_MS (default 10000)
# to cancel; the target is 2 s.  The text is the shared corpus repeated (else
# the project's sample speech).  Summary: test/out/big_input.tsv.
. "$(dirname "$0")/lib.sh"
new_speech_db speech_big
mkdir -p test/out
SHARED="$shared" DB="$db" MB="${SPEECH_BIG_MB:-100}" BOUND="${SPEECH_CANCEL_BOUND_MS:-10000}" python3 - <<'PY'
import glob, os, re, subprocess, sys, time

shared, db, mb, bound = os.environ["SHARED"], os.environ["DB"], int(os.environ["MB"]), float(os.environ["BOUND"])
files = sorted(glob.glob(os.path.join(shared, "corpus", "docs", "*.txt")))
source = "the shared corpus" if files else "test/data/sample_speech.txt"
files = files or ["test/data/sample_speech.txt"]
text = "\n\n".join(open(f, encoding="utf-8").read() for f in files)
esc = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db],
               input="CREATE TABLE src (body text);\nCOPY src FROM STDIN;\n" + esc + "\n\\.\n",
               text=True, check=True, capture_output=True)
reps = -(-mb * 1024 * 1024 // len(text.encode("utf-8")))
B = f"(SELECT repeat(body, {reps}) FROM src)"
CASES = [
    ("speech_outline", f"SELECT count(*) FROM speech_outline({B})"),
    ("speech_paragraphs", f"SELECT count(*) FROM speech_paragraphs({B})"),
    ("speech_sentences", f"SELECT count(*) FROM speech_sentences({B})"),
    ("speech_parse", f"SELECT (speech_parse({B})).sentence_count"),
    ("speech_parse_json", f"SELECT length(speech_parse_json({B})::text)"),
    ("speech_clean", f"SELECT length(speech_clean({B}))"),
    ("to_tsvector(speech_zh)", f"SELECT length(to_tsvector('speech_zh', {B}))"),
    ("ts_parse(speech_parser)", f"SELECT count(*) FROM ts_parse('speech_parser', {B})"),
    ("ts_headline(speech_zh)", f"SELECT length(ts_headline('speech_zh', {B}, plainto_tsquery('speech_zh', '改革')))"),
    ("ts_lexize(speech_han)", f"SELECT ts_lexize('speech_han', {B})"),
    ("speech_tokens", f"SELECT count(*) FROM speech_tokens({B})"),
    ("speech_tsvector", f"SELECT length(speech_tsvector('speech_zh', {B}))"),
    ("speech_term_check", f"SELECT speech_term_check({B})"),
    ("speech_add_term", f"SELECT speech_add_term({B})"),
    ("speech_remove_term", f"SELECT speech_remove_term({B})"),
    ("speech_metrics", f"SELECT (speech_metrics({B})).characters"),
    ("speech_metrics(segment false)", f"SELECT (speech_metrics({B}, false)).characters"),
    ("speech_section_metrics", f"SELECT count(*) FROM speech_section_metrics({B})"),
    ("speech_quantities", f"SELECT count(*) FROM speech_quantities({B})"),
    ("speech_quotes", f"SELECT count(*) FROM speech_quotes({B})"),
    ("speech_slogans", f"SELECT count(*) FROM speech_slogans({B})"),
    ("speech_kwic", f"SELECT count(*) FROM speech_kwic({B}, '改革')"),
    ("speech_diagnostics", f"SELECT count(*) FROM speech_diagnostics({B})"),
    ("speech_find_terms", f"SELECT count(*) FROM speech_find_terms({B}, ARRAY['改革', '发展', '人民'])"),
    ("speech_lexicon_hits", f"SELECT count(*) FROM speech_lexicon_hits({B})"),
    ("speech_lexicon_counts", f"SELECT count(*) FROM speech_lexicon_counts({B})"),
    ("speech_diff", f"SELECT count(*) FROM speech_diff({B}, {B})"),
    ("speech_diff_chars", f"SELECT count(*) FROM speech_diff_chars({B}, 'x' || {B})"),
]
HWM = "SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\\s*(\\d+) kB')::bigint / 1024 AS hwm_mb"
# errors that name a limit or the input's problem are clear; these are not
UNCLEAR = re.compile(r"out of memory|invalid memory alloc|internal error|server closed|terminated abnormally|could not", re.I)


def session(script):
    p = subprocess.run(["psql", "-X", "-A", "-t", "-d", db], input=script, text=True, capture_output=True)
    return p.stdout + p.stderr


def run(query):
    out = session(f"SELECT length(repeat(body, {reps})) FROM src;\n\\echo base\n{HWM};\n\\echo result\n\\timing on\n"
                  f"{query};\n\\timing off\n\\echo peak\n{HWM};\n")
    lines = [l.strip() for l in out.splitlines() if l.strip()]
    after = lambda mark: lines[lines.index(mark) + 1] if mark in lines and lines.index(mark) + 1 < len(lines) else ""
    t = re.search(r"Time: ([\d.]+) ms", out)
    err = re.search(r"ERROR:\s+(.*)", out)
    result = ("error: " + err.group(1)) if err else after("result").replace("Timing is on.", "") or after("Timing is on.")
    base, peak = after("base"), after("peak")
    return result, float(t.group(1)) / 1000 if t else None, int(base) if base.isdigit() else None, \
        int(peak) if peak.isdigit() else None, out


def cancel(query):
    out = session(f"SET statement_timeout = '1s';\n\\timing on\n{query};\n")
    t = re.search(r"Time: ([\d.]+) ms", out)
    cancelled = "canceling statement due to statement timeout" in out
    return (float(t.group(1)) - 1000.0 if t else None), cancelled, out


print(f"big input: {mb} MB of {source} ({reps} copies), one backend per function")
print(f"{'function':31} {'result':>14} {'seconds':>8} {'peak MB':>8} {'text MB':>8} {'cancel ms':>10}")
rows, bad = [], []
for name, q in CASES:
    result, secs, base, peak, out = run(q)
    if result.startswith("error") and UNCLEAR.search(result) or "server closed" in out:
        bad.append(f"{name}: {result}")
    lat, cancelled, cout = cancel(q)
    if cancelled and (lat is None or lat > bound):
        bad.append(f"{name}: cancelled {lat:.0f} ms after the timeout (bound {bound:.0f} ms)")
    if "server closed" in cout:
        bad.append(f"{name}: the backend died while cancelled")
    lat_s = f"{lat:.0f}" if cancelled else "done<1s"
    short = result if len(result) <= 14 else result[:60]
    print(f"{name:31} {short:>14} {secs if secs is not None else float('nan'):8.2f} {peak or 0:8d} {base or 0:8d} {lat_s:>10}")
    rows.append((name, result, secs, peak, base, lat if cancelled else None))
with open("test/out/big_input.tsv", "w") as f:
    f.write("function\tresult\tseconds\tpeak_rss_mb\ttext_only_rss_mb\tcancel_latency_ms\n")
    for r in rows:
        f.write("\t".join("" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v)) for v in r) + "\n")
lats = [r[5] for r in rows if r[5] is not None]
if lats:
    worst = max(rows, key=lambda r: r[5] if r[5] is not None else -1)
    print(f"big input: cancellation latency max {max(lats):.0f} ms ({worst[0]}), median {sorted(lats)[len(lats) // 2]:.0f} ms; "
          f"peak RSS max {max(r[3] or 0 for r in rows)} MB")
for b in bad:
    print("  FAIL", b)
sys.exit(1 if bad else 0)
PY

#!/usr/bin/env python3
"""Development aid: score the pure core's outline (through test/tools/speech_cli -j)
with ../shared/tools/score_outline.py's own matching code, without a database.
Usage: score_core.py [-v] GOLD.json ...   (-v prints misses and false positives)"""
import importlib.util, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("SHARED", os.path.join(here, "..", "..", "..", "shared"))
spec = importlib.util.spec_from_file_location("so", os.path.join(shared, "tools", "score_outline.py"))
so = importlib.util.module_from_spec(spec); spec.loader.exec_module(so)
cli = os.path.join(here, "speech_cli")
verbose = "-v" in sys.argv
paths = [a for a in sys.argv[1:] if a != "-v"]

def outline_from_cli(text):
    import tempfile
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", delete=False) as f:
        f.write(text); name = f.name
    out = subprocess.run([cli, "-j", name], capture_output=True, text=True, check=True).stdout
    os.unlink(name)
    return json.loads(out)

so.outline = outline_from_cli
T = F = N = PO = PN = TR = 0
for p in paths:
    tp, fp, n, po, pn, tr = so.score(p, shared)
    print(f"{os.path.basename(p)}: tp {tp} fp {fp} gold {n} parent_ok {po}/{pn} traps {tr}")
    T, F, N, PO, PN, TR = T + tp, F + fp, N + n, PO + po, PN + pn, TR + tr
    if verbose:
        gold = json.load(open(p, encoding="utf-8"))
        pred = outline_from_cli(open(os.path.join(shared, gold["doc"]), encoding="utf-8").read())
        used = set()
        for g in gold["headings"]:
            hit = next((q for q in pred if q["id"] not in used and so.matches(g, q)), None)
            if hit: used.add(hit["id"])
            elif not g.get("optional"): print("   MISS", g)
        for q in pred:
            if q["id"] not in used: print("   FP  ", {k: q[k] for k in ("id", "level", "marker", "ordinal", "parent_id")}, q["heading"][:20])
        for t in gold.get("not_headings", []):
            if any((so.fold(q.get("marker")) + so.fold(q.get("heading"))).startswith(so.fold(t)) for q in pred):
                print("   TRAP", t)
p_ = T / (T + F) if T + F else 0; r = T / N if N else 0
f = 2 * p_ * r / (p_ + r) if p_ + r else 0
print(f"outline: precision {p_:.3f} recall {r:.3f} f1 {f:.3f} parent_ok {PO}/{PN} traps {TR}")

#!/usr/bin/env python3
"""Compare free-text reading speed with medspaCy's ConText on the same lines.

Both sides read the descriptions of eval/vignettes.tsv (repeated to N lines)
in one process each, on one core, in the same run:
  - Easeback: `easeback triage --batch` (reading, assessment and JSON output);
  - medspaCy 1.3: `nlp.pipe` with a TargetMatcher holding Easeback's literal
    phrases (no @classes or gaps) and the default ConText rules.

usage: scripts/bench-medspacy.py [--lines N] [--binary PATH]
Needs medspacy in the running Python (a venv: pip install 'medspacy==1.3.*').
Runs offline: medspaCy's default pipeline loads no model.
"""
import argparse, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def lines(n):
    texts = []
    with open(os.path.join(ROOT, "eval", "vignettes.tsv"), encoding="utf-8") as f:
        for raw in f:
            if raw.startswith("#") or "\t" not in raw:
                continue
            texts.append(raw.rstrip("\n").split("\t", 1)[1])
    out = []
    while len(out) < n:
        out.extend(texts)
    return out[:n]

def easeback(binary, texts):
    data = ("\n".join(texts) + "\n").encode()
    t0 = time.perf_counter()
    p = subprocess.run([binary, "triage", "--batch"], input=data, capture_output=True, check=True)
    dt = time.perf_counter() - t0
    assert p.stdout.count(b"\n") == len(texts)
    return dt

def medspacy_rate(binary, texts):
    try:  # PyRuSH logs every sentence at DEBUG through loguru: silence it
        from loguru import logger
        logger.remove()
        logger.add(sys.stderr, level="WARNING")
    except ImportError:
        pass
    import medspacy
    from medspacy.target_matcher import TargetRule
    content = json.loads(subprocess.run([binary, "content", "--format", "json"], capture_output=True, check=True).stdout)
    rules = []
    for f in content["findings"]:
        for p in f["phrases"]:
            if "@" in p or "..." in p or "#" in p:
                continue
            rules.append(TargetRule(p, f["id"].upper()))
    nlp = medspacy.load()
    nlp.get_pipe("medspacy_target_matcher").add(rules)
    list(nlp.pipe(texts[:50]))  # warm up
    t0 = time.perf_counter()
    found = 0
    for doc in nlp.pipe(texts):
        found += sum(1 for e in doc.ents if not e._.is_negated)
    dt = time.perf_counter() - t0
    return dt, len(rules), found

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=20000)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "easeback"))
    a = ap.parse_args()
    texts = lines(a.lines)
    e = easeback(a.binary, texts)
    m, nrules, found = medspacy_rate(a.binary, texts)
    print(f"lines: {len(texts)}")
    print(f"easeback triage --batch: {e:.3f} s, {len(texts)/e:,.0f} descriptions/s")
    print(f"medspacy 1.3 ConText ({nrules} target rules): {m:.3f} s, {len(texts)/m:,.0f} descriptions/s")
    print(f"ratio: easeback is {m/e:,.0f}x faster")

if __name__ == "__main__":
    sys.exit(main())

"""Byte-identical check of the concern classifier's output over every evaluation message.

    .venv/bin/python bench/snapshot/classify_snapshot.py write [--out FILE]
    .venv/bin/python bench/snapshot/classify_snapshot.py check [--out FILE]

`write` classifies the `text` of every record of eval/*.jsonl and eval/held/*.jsonl (and the long messages
bench/classify.py composes) and stores, per record,
(set, id, intents, risk, scores, evidence, probabilities) as JSON lines (floats written exactly, by repr).
`check` classifies again and compares line by line: any difference is a failure (exit status 1). Only ids and
the differing field names are printed, never a message or its evidence. The snapshot holds quotes of the
messages, so it is written outside the repository's tracked files (default: bench/out/, ignored by git).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT / "bench" / "out" / "classify-snapshot.jsonl.gz"


def records() -> list[tuple[str, str, str]]:
    """(set name, id, text) of every evaluation record, in a fixed order."""
    out = []
    files = sorted((ROOT / "eval").glob("*.jsonl")) + sorted((ROOT / "eval" / "held").glob("*.jsonl"))
    for path in files:
        name = str(path.relative_to(ROOT / "eval"))
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    record = json.loads(line)
                    out.append((name, str(record["id"]), record["text"]))
    # The benchmark's composed long messages (bench/classify.py), for the long-text paths (windows, heads).
    sys.path.insert(0, str(ROOT / "bench"))
    from classify import make_messages

    for length in (100, 1000, 5000):
        for k, text in enumerate(make_messages(length, 30, seed=length)):
            out.append((f"bench-{length}", str(k), text))
    return out


def lines() -> list[str]:
    from intents import classify

    out = []
    for name, rid, text in records():
        c = classify(text)
        row = {
            "set": name,
            "id": rid,
            "intents": c.intents,
            "risk": c.risk,
            "scores": c.scores,
            "evidence": [list(e) for e in c.evidence],
            "probabilities": c.probabilities,
        }
        out.append(json.dumps(row, ensure_ascii=False, sort_keys=False))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("write", "check"))
    ap.add_argument("--out", type=Path, default=DEFAULT)
    args = ap.parse_args()
    t = time.perf_counter()
    current = lines()
    elapsed = time.perf_counter() - t
    if args.action == "write":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.out, "wt", encoding="utf-8") as f:
            f.write("\n".join(current) + "\n")
        print(f"wrote {len(current)} results to {args.out} ({elapsed:.1f} s)")
        return 0
    with gzip.open(args.out, "rt", encoding="utf-8") as f:
        stored = f.read().splitlines()
    bad = 0
    if len(stored) != len(current):
        print(f"FAIL: {len(stored)} stored results, {len(current)} now")
        bad += 1
    for old, new in zip(stored, current, strict=False):
        if old != new:
            a, b = json.loads(old), json.loads(new)
            fields = [k for k in a if a.get(k) != b.get(k)] or ["(encoding)"]
            if bad < 20:
                print(f"DIFF {a['set']} {a['id']}: {', '.join(fields)}")
            bad += 1
    if bad:
        print(f"FAIL: {bad} of {len(stored)} results differ ({elapsed:.1f} s)")
        return 1
    print(f"OK: {len(current)} results identical ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

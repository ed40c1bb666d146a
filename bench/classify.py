"""Benchmark of the concern classifier (`intents.classify`), printed as a table.

    .venv/bin/python bench/classify.py [--n 300]

Figures: cold load time (fresh process: Sudachi dictionary + compiling every intent dictionary, and from the
compiled-engine cache), resident memory, per-message latency p50/p99 at 20, 40, 100, 1,000 and 5,000
characters next to plain SudachiPy tokenization of the same text, and messages per second on one core.
Messages are composed from sentences written for this benchmark (not the evaluation sets), truncated to the
exact length.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "母の物忘れがひどくなってきて、同じ話を何回もします。",
    "かいごほけんのしんせいってどこでできますか",
    "息子が仕事をやめてから、ずっと部屋にいます。",
    "家賃が払えなくて、大家さんから連絡がきました。",
    "こんにちは。はじめて使います。",
    "夜ねむれなくて、朝起きるのがつらいです。",
    "近所のおばあちゃんの家のまわりにゴミがたまっている。",
    "障害者手帳を持っていて、働ける場所をさがしています。",
    "子どもが学校に行きたがらなくて、どうしたらいいか分かりません。",
    "ｶﾈがない。電気代も払えてない。",
    "父の通院の送り迎えが大変で、仕事を休みがちです。",
    "地域のサロンに参加してみたいです😊",
    "夫の言葉がきつくて、毎日こわいです。",
    "一人暮らしで、話す人がだれもいない。",
    "相談員さんと直接話したいです。",
    "ゴミの収集日を教えてください。",
]


def make_messages(length: int, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < length:
            parts.append(rng.choice(SENTENCES))
        out.append("".join(parts)[:length])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_each(fn, messages: list[str], repeat: int) -> tuple[list[float], list[float]]:
    """(wall, CPU) microseconds per call, each the best of `repeat` (warm: every message is run once first).

    CPU time (this thread's) is printed too because on a shared machine wall time also counts the time
    other processes held the core.
    """
    for m in messages:
        fn(m)
    wall, cpu = [], []
    for m in messages:
        best_wall = best_cpu = float("inf")
        for _ in range(repeat):
            c = time.thread_time_ns()
            t = time.perf_counter_ns()
            fn(m)
            best_wall = min(best_wall, time.perf_counter_ns() - t)
            best_cpu = min(best_cpu, time.thread_time_ns() - c)
        wall.append(best_wall / 1000)
        cpu.append(best_cpu / 1000)
    return wall, cpu


def cold_load(cache: str) -> tuple[float, float]:
    """(seconds to first classification, of which the Sudachi dictionary) in a fresh interpreter, best of 3.

    `cache` is TSUNAGU_CACHE_DIR for the child: "off" builds the engine from the dictionaries (a first start,
    or after a dictionary edit); a directory loads it from the compiled cache (intents/cache.py) once the
    first run has written it — every later start of a web process or worker.
    """
    code = (
        "import time; t0 = time.perf_counter()\n"
        "from intents.tokenizer import dictionary; dictionary(); t1 = time.perf_counter()\n"
        "from intents import classify; classify('テスト'); t2 = time.perf_counter()\n"
        "print(t2 - t0, t1 - t0)"
    )
    env = {**os.environ, "TSUNAGU_CACHE_DIR": cache}
    if cache != "off":
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, check=True)
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        runs.append(tuple(float(x) for x in out.stdout.split()))
    return min(runs)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="messages per length (default 300)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    total, sudachi_load = cold_load("off")
    with tempfile.TemporaryDirectory() as cache:
        cached, _ = cold_load(cache)
    rss_before = rss_mb()
    from intents import default_engine
    from intents.tokenizer import _tokenizer

    engine = default_engine()
    raw = _tokenizer()
    rss_after = rss_mb()
    counts = {
        "terms": sum(len(r.terms) for r in engine._rules),
        "phrases": len(engine._phrases),
        "patterns": len(engine._patterns),
    }
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print(f"dictionaries {engine.version}: {counts}")
    print(
        f"cold load to first classification, building the engine: {total * 1000:.0f} ms (Sudachi dictionary {sudachi_load * 1000:.0f} ms)"
    )
    print(f"load from the compiled-engine cache (every later start): {cached * 1000:.0f} ms")
    print(f"RSS: {rss_after:.0f} MB after load ({rss_after - rss_before:+.0f} MB for Sudachi + dictionaries)")
    print()
    print(
        f"{'chars':>6} {'classify p50':>13} {'p99':>9} {'cpu p50':>9} {'msg/s':>7}"
        f" {'sudachi p50':>12} {'p99':>9} {'cpu p50':>9}"
    )
    for length, n, repeat in (
        (20, args.n, 5),
        (40, args.n, 5),
        (100, args.n, 5),
        (1000, args.n // 3, 3),
        (5000, args.n // 10, 3),
    ):
        messages = make_messages(length, max(n, 10), seed=length)
        ours, ours_cpu = time_each(engine.classify, messages, repeat)
        plain, plain_cpu = time_each(raw.tokenize, messages, repeat)
        t = time.perf_counter()
        for m in messages:
            engine.classify(m)
        rate = len(messages) / (time.perf_counter() - t)
        print(
            f"{length:>6} {ms(statistics.median(ours)):>13} {ms(percentile(ours, 0.99)):>9}"
            f" {ms(statistics.median(ours_cpu)):>9} {rate:>7.0f}"
            f" {ms(statistics.median(plain)):>12} {ms(percentile(plain, 0.99)):>9}"
            f" {ms(statistics.median(plain_cpu)):>9}"
        )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


def ms(microseconds: float) -> str:
    return f"{microseconds / 1000:.3f} ms"


if __name__ == "__main__":
    main()

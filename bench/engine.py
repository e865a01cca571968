"""Engine benchmark: startup time, throughput with --jobs 1 and 2, and peak memory.

Generates a synthetic corpus of news-like articles (with a few defects) and
runs the installed CLI on it, so the figures are what a user gets.

    python bench/engine.py                  # default sizes
    python bench/engine.py --mb 20 --big-mb 200 --select ALL
    python bench/engine.py --memory-only --big-mb 2000 --seconds 300   # memory over time on 2 GB

With ``--seconds`` a large-corpus run stops after that long (a multi-GB corpus takes hours with
every rule); the memory curve it prints (PSS and summed RSS of the process tree, sampled every
second, reported every ``--seconds / 10``) shows whether memory stays flat while it reads.

Prints a table; it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "council budget minister election harbour district report officials approved plan spending year "
    "growth market company workers union strike talks agreement court ruling police investigation "
    "school hospital patients river bridge road transport energy prices inflation bank rate policy "
    "government opposition vote parliament region city mayor residents museum festival season team"
).split()
FUNCTION = "the a of to in and that for on with as by at from".split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS if i % 2 else FUNCTION) for i in range(rng.randint(8, 22))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def article(rng: random.Random, index: int) -> str:
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(rng.randint(4, 9))]
    if index % 5 == 0:
        paragraphs.insert(0, "Home\nWorld\nBusiness\nSport\nLogin")
    if index % 7 == 0:
        paragraphs.append("If you'd like, I can also shorten this article. Let me know!")
    if index % 3 == 0:
        paragraphs[1] = paragraphs[1].replace(", ", ",", 1).replace(". ", ".", 1)
    return f"Headline number {index}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(path: Path, megabytes: float, seed: int = 7) -> int:
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = documents = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps({"id": f"doc-{documents}", "text": article(rng, documents)}) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            documents += 1
    return documents


def _process_memory_kb(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them), or RSS.

    Forked workers share the parent's loaded libraries copy-on-write; summing
    their RSS would count those pages once per process.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def tree_memory_kb(pid: int, measure=_process_memory_kb) -> int:
    """Memory of a process and all its descendants, from /proc (PSS unless ``measure`` says)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            total += measure(current)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


CPU_SECONDS: dict[int, float] = {}
"""CPU seconds of each process of the last ``run`` (main process and workers), by pid."""


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _note_cpu(pid: int) -> int:
    CPU_SECONDS[pid] = _cpu_seconds(pid)
    return 0


def run(args: list[str], cwd: Path | None = None) -> tuple[float, int, int]:
    """Wall seconds, peak process-tree memory (MB, PSS) and exit code of one CLI run.

    Also leaves each process's CPU seconds in ``CPU_SECONDS`` (sampled every 20 ms, so a
    worker's last few milliseconds may be missing): on a machine shared with other work,
    wall-clock scaling says little, but the busiest worker's CPU time against the whole run's
    says how evenly the chunks spread.
    """
    CPU_SECONDS.clear()
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapelint", *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_memory_kb(process.pid))
        tree_memory_kb(process.pid, _note_cpu)
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    return elapsed, peak // 1024, process.returncode


def balance() -> tuple[float, float, float]:
    """(CPU of the whole run, CPU of the main process, CPU of the busiest worker) of the last run."""
    if not CPU_SECONDS:
        return 0.0, 0.0, 0.0
    main_pid = min(CPU_SECONDS)
    workers = [cpu for pid, cpu in CPU_SECONDS.items() if pid != main_pid]
    return sum(CPU_SECONDS.values()), CPU_SECONDS[main_pid], max(workers, default=0.0)


def memory_curve(args: list[str], seconds: float, every: float) -> list[tuple[float, int, int, int, int]]:
    """Run the CLI for at most ``seconds``; samples of (time, peak PSS MB, peak summed RSS MB,
    peak main-process RSS MB, MB the main process has read so far)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapelint", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    start = time.perf_counter()
    samples: list[tuple[float, int, int, int, int]] = []
    peak = (0, 0, 0)
    next_report = every
    while process.poll() is None:
        elapsed = time.perf_counter() - start
        pss = tree_memory_kb(process.pid) // 1024
        rss = tree_memory_kb(process.pid, _rss_kb) // 1024
        peak = (max(peak[0], pss), max(peak[1], rss), max(peak[2], _rss_kb(process.pid) // 1024))
        if elapsed >= next_report:
            samples.append((elapsed, *peak, read_bytes(process.pid) // 1_000_000))
            next_report += every
        if elapsed >= seconds:
            _terminate_tree(process)
            break
        time.sleep(1.0)
    return samples


def _terminate_tree(process: subprocess.Popen) -> None:
    """Stop the CLI and its workers: a worker pool left without its main process would idle on."""
    workers: list[int] = []
    tree_memory_kb(process.pid, lambda pid: workers.append(pid) or 0)
    process.terminate()
    process.wait()
    for pid in workers[1:]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


def read_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/io") as io:
            for line in io:
                if line.startswith("rchar:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0, help="size of the throughput corpus")
    parser.add_argument("--big-mb", type=float, default=100.0, help="size of the large corpus for peak memory")
    parser.add_argument("--select", default=None, help="rule selection (default: the default rule set)")
    parser.add_argument("--repeat", type=int, default=5, help="startup runs to take the median of")
    parser.add_argument(
        "--ignore", default=None, help="rules to leave out (e.g. the corpus rules, to see the engine alone)"
    )
    parser.add_argument("--seconds", type=float, default=None, help="stop each large-corpus run after this long")
    parser.add_argument("--memory-only", action="store_true", help="only the large-corpus memory runs")
    parser.add_argument("--big", type=Path, default=None, help="an existing large JSONL instead of generating one")
    options = parser.parse_args()
    selection = ["--no-cache", *(["--select", options.select] if options.select else [])]
    if options.ignore:
        selection += ["--ignore", options.ignore]
    if options.seconds:
        big_memory(options, selection)
        return

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "one.txt"
        small.write_text(article(random.Random(1), 1), encoding="utf-8")
        startup = [run(["check", str(small), "--isolated", *selection])[0] for _ in range(options.repeat)]
        print(f"startup, one small file: median {statistics.median(startup):.3f} s over {options.repeat} runs")
        version = [run(["--version"])[0] for _ in range(options.repeat)]
        print(f"interpreter and CLI import only (--version): median {statistics.median(version):.3f} s")

        corpus = folder / "corpus.jsonl"
        documents = write_corpus(corpus, options.mb)
        size_mb = corpus.stat().st_size / 1e6
        print(f"\ncorpus: {documents:,} documents, {size_mb:.1f} MB")
        print(
            f"{'jobs':>4} {'seconds':>8} {'MB/s':>7} {'docs/s':>8} {'peak MB':>8} {'CPU s':>7} {'main CPU':>9} {'top worker':>11}"
        )
        cpu_one = 0.0
        for jobs in (1, 2):
            elapsed, peak, _ = run(
                ["check", str(corpus), "--isolated", "--format", "jsonl", "--jobs", str(jobs), *selection]
            )
            total, main_cpu, worker = balance()
            cpu_one = cpu_one or total
            print(
                f"{jobs:>4} {elapsed:>8.2f} {size_mb / elapsed:>7.2f} {documents / elapsed:>8.0f} {peak:>8}"
                f" {total:>7.2f} {main_cpu:>9.2f} {worker:>11.2f}"
            )
        if worker:
            print(
                f"--jobs 2 on two idle cores, from CPU time: at most {cpu_one / (main_cpu + worker):.2f}x --jobs 1"
                " (the --jobs 1 CPU over the main process plus the busiest worker)"
            )

        print("\npeak memory (whole process tree, PSS) against corpus size, --jobs 2, --format jsonl:")
        for megabytes in (options.big_mb / 4, options.big_mb):
            big = folder / f"big-{megabytes:g}.jsonl"
            count = write_corpus(big, megabytes, seed=11)
            elapsed, peak, _ = run(["check", str(big), "--isolated", "--format", "jsonl", "--jobs", "2", *selection])
            print(f"  {megabytes:>6.0f} MB, {count:>8,} docs: peak {peak} MB (PSS), {elapsed:.1f} s")
            big.unlink()


def big_memory(options: argparse.Namespace, selection: list[str]) -> None:
    """Memory over time on one large corpus with --jobs 2, stopped after ``--seconds``."""
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR", "/tmp")) as tmp:
        big = options.big
        if big is None:
            big = Path(tmp) / "big.jsonl"
            count = write_corpus(big, options.big_mb, seed=11)
            print(f"generated {big}: {count:,} documents, {big.stat().st_size / 1e9:.2f} GB")
        size_gb = big.stat().st_size / 1e9
        args = ["check", str(big), "--isolated", "--format", "jsonl", "--jobs", "2", *selection]
        print(f"scrapelint {' '.join(args[1:])}  ({size_gb:.2f} GB), stopped after {options.seconds:g} s")
        print(f"{'seconds':>8} {'read MB':>8} {'PSS MB':>7} {'sum RSS MB':>11} {'main RSS MB':>12}   (peaks so far)")
        for elapsed, pss, rss, main_rss, read in memory_curve(args, options.seconds, options.seconds / 10):
            print(f"{elapsed:>8.0f} {read:>8} {pss:>7} {rss:>11} {main_rss:>12}")


if __name__ == "__main__":
    main()

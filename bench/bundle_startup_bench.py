"""Start-up of the built bundle against the source run: process start to main window shown.

Run after ``packaging/build.py``: ``.venv/bin/python bench/bundle_startup_bench.py [--runs N]``.
Both programs open the demo database (``--demo``) in the same scratch data folder, with the
same environment, started alternately as fresh processes; the ratio of medians is the figure
that counts (target: the bundle at most 2x the source run, issue "Packaging").
``--until data`` waits for the window to be filled instead of merely shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = "territ-desktop.exe" if os.name == "nt" else "territ-desktop"
BUNDLE = ROOT / "dist" / "territ-desktop" / PROGRAM


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--until", choices=("window", "data"), default="window")
    args = parser.parse_args()
    if not BUNDLE.exists():
        raise SystemExit(f"{BUNDLE} missing: run packaging/build.py first")
    data_dir = tempfile.mkdtemp(prefix="territ-bench-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TERRIT_DATA_DIR": data_dir,
        "TERRIT_QUIT_AFTER": args.until,
    }
    env.pop("TERRIT_DATABASE", None)
    source = [sys.executable, "-m", "territ_desktop", "--demo"]
    bundle = [str(BUNDLE), "--demo"]
    # Creates the demo database and warms the file cache for both.
    timed(source, {**env, "TERRIT_QUIT_AFTER": "data"})
    timed(bundle, env)
    source_times, bundle_times = [], []
    for _ in range(args.runs):
        source_times.append(timed(source, env))
        bundle_times.append(timed(bundle, env))
    ratio = statistics.median(bundle_times) / statistics.median(source_times)
    best = min(bundle_times) / min(source_times)
    for name, times in (("source (python -m)", source_times), ("bundle", bundle_times)):
        print(f"{name:<19}: median {statistics.median(times):.3f} s, best {min(times):.3f} s")
    verdict = "OK" if ratio <= 2.0 else "MISSED"
    print(f"ratio of medians   : {ratio:.2f} (target <= 2.00) {verdict}")
    print(f"ratio of best runs : {best:.2f}")
    print(f"until              : {args.until}; data folder {Path(data_dir)}")


if __name__ == "__main__":
    main()

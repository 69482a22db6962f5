"""Start-up time: process start to main window shown, against a bare PySide6 window.

Run: ``.venv/bin/python bench/startup_bench.py [--runs N]``. Both programs are started as
fresh processes, alternately, in the same run; the ratio of medians is the figure that counts
(target: at most 1.5, issue "Foundation"). "Shown" means the main window is on screen; the
database is opened right after the first paint (see docs/startup.md).
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

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="territ-bench-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "TERRIT_DATA_DIR": data_dir,
        "TERRIT_QUIT_AFTER": "window",
    }
    env.pop("TERRIT_DATABASE", None)
    ours = [sys.executable, "-m", "territ_desktop", "--demo"]
    bare = [sys.executable, "-c", BARE]
    timed(ours, env)  # creates the demo database, warms the file cache
    timed(bare, env)
    ours_times, bare_times = [], []
    for _ in range(args.runs):
        bare_times.append(timed(bare, env))
        ours_times.append(timed(ours, env))
    ratio = statistics.median(ours_times) / statistics.median(bare_times)
    best = min(ours_times) / min(bare_times)
    for name, times in (("bare PySide6 window", bare_times), ("TERRIT Desktop demo", ours_times)):
        print(f"{name:<20}: median {statistics.median(times):.3f} s, best {min(times):.3f} s")
    verdict = "OK" if ratio <= 1.5 else "MISSED"
    print(f"ratio of medians    : {ratio:.2f} (target <= 1.50) {verdict}")
    print(f"ratio of best runs  : {best:.2f} (less sensitive to a busy machine)")
    print(f"data folder         : {Path(data_dir)}")


if __name__ == "__main__":
    main()

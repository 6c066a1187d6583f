"""Run every ``benchmarks/bench_*.py`` module's ``main()``: ``python -m benchmarks [NAME..]``.

Each benchmark measures its own baseline in the same run and prints ratios against it, so the
numbers are comparable across machines. Exit status is 1 when any benchmark misses its target.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = argv or sorted(p.stem for p in here.glob("bench_*.py"))
    failed = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name.removesuffix('.py')}")
        print(f"\n=== {module.__name__} ===", flush=True)
        if module.main() != 0:
            failed.append(name)
    if failed:
        print(f"\nmissed targets: {', '.join(failed)}")
        return 1
    print("\nall benchmarks met their targets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

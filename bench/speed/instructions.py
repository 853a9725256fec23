"""Instructions a bench post: the load-proof figure for throughput work.

    python bench/speed/instructions.py                  # this checkout, 300 posts after 50 to warm up
    python bench/speed/instructions.py --tree /work/main --tree .   # several checkouts, one after another
    python bench/speed/instructions.py --functions 25   # also the 25 functions with the most instructions
    python bench/speed/instructions.py --skip uncommon  # check(text, skip={"uncommon"}) instead

Wall-clock throughput moves with the machine's load; the number of machine instructions does not.
This runs ``jargonfree.check()`` under valgrind's cachegrind (``--cache-sim=no``, so only
instructions are counted) with ``PYTHONHASHSEED=0``: 50 posts (seed 1) to warm up, then N bench
posts (``bench/posts.py``, seed 2024, the throughput section's posts). It runs again with 0 posts
checked after the same warm-up and gives (instructions(N) - instructions(0)) / N: start-up,
imports, the warm-up and making the N posts (about 78k instructions a post, counted in the
figures of session 18 and before) cancel out. Both runs share a glossary cache in a temporary
folder, filled by a run outside valgrind first, so neither compiles the glossary.

The figure repeats exactly for one checkout; the same commit at another path can differ by up
to about 0.5% (the memory layout moves with the path), so compare checkouts whose paths have the
same length, and take a change of a few thousand instructions as no change.

Not a section of ``bench/run.py``: it needs valgrind and takes about a minute a checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent

# What runs under valgrind: argv[1] posts are checked of argv[2] made (both runs make the same
# posts, so making them cancels out too), argv[3] is the bench folder, argv[4] the checks to skip
# (names with commas, or nothing), given to check() as a plain set as a caller writes it.
DRIVER = """
import sys
sys.path.insert(0, sys.argv[3])
import posts
import jargonfree
options = {"skip": set(sys.argv[4].split(","))} if sys.argv[4] else {}
for text in posts.posts(50, seed=1):
    jargonfree.check(text, **options)
texts = posts.posts(int(sys.argv[2]), seed=2024)
for text in texts[: int(sys.argv[1])]:
    jargonfree.check(text, **options)
"""


def environment(tree: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED="0", JARGONFREE_CACHE_DIR=str(cache), PYTHONPATH=str(tree))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def instructions(driver: Path, tree: Path, n: int, made: int, cache: Path, out: Path, skip: str = "") -> int:
    """Instructions of one run of DRIVER with ``n`` posts, from cachegrind's summary line."""
    subprocess.run(
        [
            "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
            sys.executable, "-P", str(driver), str(n), str(made), str(BENCH), skip,
        ],
        env=environment(tree, cache), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.MULTILINE)
    if summary is None:
        raise SystemExit(f"no summary line in {out}")
    return int(summary.group(1))


def functions(none: Path, full: Path, top: int) -> str:
    """The ``top`` C functions by instructions spent on the posts alone (cg_diff of the two runs,
    then cg_annotate): which machine work (regular expressions, allocation, the interpreter) costs."""
    diff = full.with_suffix(".diff")
    subprocess.run(["cg_diff", str(none), str(full)], stdout=diff.open("w"), check=True)
    text = subprocess.run(["cg_annotate", "--auto=no", str(diff)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in text.splitlines() if re.match(r"^\s*-?[\d,]+ \(", line)]
    rows = [re.sub(r"/tmp/python-build[^/]*/[^/]*/(\./)?", "", row) for row in rows]
    return "\n".join(rows[: top + 1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", action="append", type=Path, help="a checkout to measure (default: this one)")
    parser.add_argument("--posts", type=int, default=300, help="bench posts counted (default 300)")
    parser.add_argument("--functions", type=int, default=0, metavar="N", help="also print the N costliest functions")
    parser.add_argument("--keep", type=Path, help="a folder to keep cachegrind's output files in")
    parser.add_argument("--skip", default="", metavar="NAMES", help="check(text, skip={...}): checks to skip, as a set (jargon,uncommon)")
    args = parser.parse_args(argv)
    trees = [tree.resolve() for tree in (args.tree or [BENCH.parent])]
    with tempfile.TemporaryDirectory(prefix="jf-instructions-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        driver = Path(tmp) / "driver.py"  # a file, not -c: cg_diff reads only a one-line command
        driver.write_text(DRIVER)
        for tree in trees:
            cache = Path(tmp) / f"cache-{abs(hash(str(tree)))}"
            cache.mkdir()
            subprocess.run(  # fill the glossary cache outside valgrind
                [sys.executable, "-P", str(driver), "1", "1", str(BENCH), args.skip], env=environment(tree, cache), check=True
            )
            where = subprocess.run(
                [sys.executable, "-P", "-c", "import jargonfree; print(jargonfree.__file__)"],
                env=environment(tree, cache), check=True, capture_output=True, text=True,
            ).stdout.strip()
            if not where.startswith(str(tree)):
                raise SystemExit(f"{tree}: jargonfree is imported from {where}")
            name = tree.name or "tree"
            full = instructions(driver, tree, args.posts, args.posts, cache, folder / f"{name}-{args.posts}.out", args.skip)
            none = instructions(driver, tree, 0, args.posts, cache, folder / f"{name}-0.out", args.skip)
            each = (full - none) / args.posts
            print(f"{tree}: {each / 1000:,.1f}k instructions a bench post ({args.posts} posts after 50 to warm up)")
            if args.functions:
                print(functions(folder / f"{name}-0.out", folder / f"{name}-{args.posts}.out", args.functions))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Everything jargonfree says about a set of texts, one JSON line a text: for speed-only changes,
which must leave it byte for byte the same.

    python bench/speed/dump.py > before.jsonl            # 10,000 bench posts and the quality corpus
    python bench/speed/dump.py more/*.yaml > before.jsonl    # and the passages of more YAML files
    ... change the code ...
    python bench/speed/dump.py more/*.yaml > after.jsonl && cmp before.jsonl after.jsonl
    python bench/speed/dump.py --skip uncommon > before.jsonl    # check(text, skip={"uncommon"})

Each line holds the text's source and index, ``jargonfree.check(text).to_dict()`` (findings with
their messages, suggestions and explanations, and the readability figures) and
``jargonfree.rewrite(text).to_dict()`` (the rewritten text, its edits and what it left and why).
The texts: the throughput section's 10,000 posts (``bench/posts.py``, seed 2024), the passages
of ``bench/quality/corpus.yaml`` and those of any YAML file named (a list of passages, or a
mapping with ``passages``, each with ``text``). Run it with the checkout to test first on
``PYTHONPATH`` (or from its top folder); it says on stderr which jargonfree it imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BENCH))

import posts  # noqa: E402  (bench/posts.py)


def passages(path: Path) -> list[str]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data.get("passages", []) if isinstance(data, dict) else data or []
    return [item["text"] for item in items if isinstance(item, dict) and isinstance(item.get("text"), str)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("yaml", nargs="*", type=Path, help="more YAML files of passages")
    parser.add_argument("--posts", type=int, default=10_000, help="bench posts (default 10,000)")
    parser.add_argument("--skip", default="", metavar="NAMES", help="check(text, skip={...}): checks to skip, as a set (jargon,uncommon)")
    args = parser.parse_args(argv)
    options = {"skip": set(args.skip.split(","))} if args.skip else {}

    import jargonfree

    print(f"jargonfree from {jargonfree.__file__}", file=sys.stderr)
    sources = [("posts", posts.posts(args.posts, seed=2024))]
    for path in [BENCH / "quality" / "corpus.yaml", *args.yaml]:
        sources.append((str(path), passages(path)))
    out = sys.stdout
    for name, texts in sources:
        for i, text in enumerate(texts):
            line = {
                "source": name,
                "index": i,
                "check": jargonfree.check(text, **options).to_dict(),
                "rewrite": jargonfree.rewrite(text).to_dict(),
            }
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{name}: {len(texts)} texts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

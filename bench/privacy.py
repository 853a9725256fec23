"""The confidentiality guard on generated posts: recall of planted details, false findings.

    python bench/privacy.py              # 2,400 generated posts (about 10 seconds)
    python bench/privacy.py --posts 600  # fewer, for a quick look
    python bench/privacy.py --cost       # also: the privacy check's share of check() time

Posts are made from practitioner templates of our own with Faker's en_GB provider (names,
dates of birth, postcodes, phone numbers, email addresses) from a fixed seed, so every run
checks the same text. Three sets:

planted  posts with one known detail at a known offset: an NHS, CHI, Health and Care or
         National Insurance number, a date of birth, a postcode, a personal phone number or
         email address, a case or hospital number, or a person named next to their care.
         Recall = planted details that a privacy finding of the expected rule overlaps.
traps    posts that must not be flagged: section numbers of laws, years and dates that are
         not birthdays, NHS 111 and 999, published service numbers (freephone, 03, the
         service's own allow-listed number), organisation names, public figures named with
         their role, staff named with theirs, place names used as places, "Patient A".
plain    the throughput benchmark's generated practitioner posts (bench/posts.py).

A false finding is a post of the traps or plain set with any privacy finding, or a
finding in a planted post away from the planted detail.

Also, for information: names from Faker's en_US provider (names the UK list may not hold),
and the real passages of the quality corpus (bench/quality/corpus.yaml), where every
privacy finding is counted as false (they are published texts of services).

Goals (issue 14): recall >= 0.95 of planted details, false findings <= 1 % of the trap and
plain posts. The exit status is 1 if a goal is missed.

The posts are made in bench/privacy_sets.py and scored in bench/privacy_tally.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from privacy_sets import make  # noqa: E402
from privacy_tally import corpus_findings, cost, run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2400, help="how many posts to generate (default 2,400)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--show", type=int, default=3, help="examples of misses and false findings to print per group")
    parser.add_argument("--cost", action="store_true", help="also time the privacy check against the whole check()")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    posts = make(args.posts, args.seed)
    tally = run(posts)
    passages, corpus_false, corpus_examples = corpus_findings()
    elapsed = time.perf_counter() - t0

    planted_keys = sorted(k for k in tally.planted if not k.startswith("en_US"))
    planted = sum(tally.planted[k] for k in planted_keys)
    found = sum(tally.found[k] for k in planted_keys)
    recall = found / planted
    negatives = sum(tally.posts.values())
    flagged = sum(tally.flagged.values())
    false_rate = flagged / negatives
    ok = recall >= 0.95 and false_rate <= 0.01

    print(f"jargonfree privacy benchmark: {len(posts):,} generated posts (seed {args.seed}), {elapsed:.1f} s\n")
    print("| Set | Posts | Result | Goal |\n|---|---|---|---|")
    print(f"| planted details, all | {planted:,} | recall {recall:.3f} ({found:,}/{planted:,}) | >= 0.95 |")
    for k in planted_keys:
        print(f"| - {k} | {tally.planted[k]:,} | recall {tally.found[k] / tally.planted[k]:.3f} | |")
    for kind in ("trap", "plain"):
        n = tally.posts[kind]
        print(f"| {kind} posts with a privacy finding | {n:,} | {tally.flagged[kind]} ({tally.flagged[kind] / n:.1%}) | |")
    print(f"| trap + plain posts with a privacy finding | {negatives:,} | {false_rate:.2%} ({flagged}/{negatives:,}) | <= 1% |")
    print(f"| findings away from the planted detail | {planted:,} | {tally.stray} | info |")
    for k in sorted(k for k in tally.planted if k.startswith("en_US")):
        print(f"| {k} (info) | {tally.planted[k]:,} | recall {tally.found[k] / tally.planted[k]:.3f} | info |")
    if passages:
        print(f"| real passages (quality corpus): privacy findings | {passages} | {corpus_false} | info |")
    if args.cost:
        print(f"\nCost: {cost()}")
    print(f"\nResult: {'PASS' if ok else 'FAIL'}")
    if args.show:
        print("\nExamples (misses, false findings):", file=sys.stderr)
        for key, items in sorted(tally.examples.items()):
            for text, got in items[: args.show]:
                print(f"  [{key}] {text!r} -> {got}", file=sys.stderr)
        for line in corpus_examples[: args.show * 3]:
            print(f"  [corpus] {line}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The one memo table every check shares the design of."""

from __future__ import annotations

import threading

from jargonfree.memo import Memo


def test_a_memo_works_a_value_out_once_and_looks_it_up_after():
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(key)

    memo = Memo(make, limit=10)
    assert memo.get("abc") == 3
    assert memo.get("abc") == 3
    assert memo.get_all(["abc", "de", "abc"]) == [3, 2, 3]
    assert made == ["abc", "de"]


def test_a_full_memo_is_emptied_and_still_answers():
    memo = Memo(str.upper, limit=2)
    assert memo.get_all(["a", "b", "c", "d", "e"]) == ["A", "B", "C", "D", "E"]
    assert len(memo) <= 2
    memo.clear()
    assert len(memo) == 0


def test_threads_sharing_a_small_memo_get_right_answers():
    memo = Memo(lambda n: n * n, limit=5)
    wrong: list[int] = []

    def work() -> None:
        for i in range(2000):
            if memo.get(i % 17) != (i % 17) ** 2:
                wrong.append(i)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not wrong and len(memo) <= 5

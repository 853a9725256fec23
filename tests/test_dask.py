"""jargonfree.dask: a bag checked on a real (local) Dask cluster gives the single-process
results, in order, and each worker loads the glossary once (issue 16)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import jargonfree
from jargonfree import records

db = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from jargonfree.dask import check_records, check_texts  # noqa: E402

POSTS = [
    "The AMHP will liaise with the NR before the s.136 assessment commences.",
    "Thank you to everyone who came to our coffee morning. We had lots of cake!",
    "Her DoLS runs out next week. Her IMCA visits on Monday.",
    "A section 42 enquiry has commenced and the MASH will be in touch.",
    "Escalated to the duty team as pt presenting with more risk. CPN to visit.",
]
TEXTS = [POSTS[i % len(POSTS)] + f" Post {i}." for i in range(40)]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.mark.slow
def test_texts_on_two_workers_equal_one_process(client):
    bag = db.from_sequence(TEXTS, npartitions=8)
    got = check_texts(bag, audience="public").compute()
    assert got == [jargonfree.check(t).to_dict() for t in TEXTS]
    assert any(r["findings"] for r in got) and not got[1]["findings"]


@pytest.mark.slow
def test_records_on_two_workers_equal_the_jsonl_command(client, tmp_path, capsys):
    items = [{"id": f"p{i}", "text": t} for i, t in enumerate(TEXTS)]
    items.insert(5, {"id": "bad", "body": "no text field"})
    items.insert(9, {"id": "also-bad", "text": 42})
    got = check_records(db.from_sequence(items, npartitions=6), audience="professional").compute()

    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "jargonfree", "check", "--input", "jsonl", "--audience", "professional", "--no-config", str(path)],
        capture_output=True, text=True,
    )
    expected = [json.loads(line) for line in done.stdout.splitlines()]
    for result in expected:  # a bag has no lines: the rest is the same
        if "line" in result:
            result["error"] = result["error"].removeprefix(f"line {result.pop('line')}: ")
    assert got == expected
    assert got[5] == {"id": "bad", "error": "the record has no 'text' field (text is needed)"}
    assert got[9]["error"] == "the record's 'text' field is a number, not text"


@pytest.mark.slow
def test_each_worker_loads_the_glossary_once(client):
    def loads() -> tuple[int, int]:
        from jargonfree import checker

        info = checker._cached_glossary.cache_info()
        return info.misses, info.hits

    client.run(lambda: __import__("jargonfree.checker").checker._cached_glossary.cache_clear())
    check_texts(db.from_sequence(TEXTS, npartitions=10)).compute()
    per_worker = client.run(loads)
    assert len(per_worker) == 2
    assert all(misses <= 1 for misses, _ in per_worker.values())  # once, or never if it got no partition
    assert sum(misses + hits for misses, hits in per_worker.values()) == 10  # one look-up per partition


def test_a_bad_option_fails_before_any_work_is_sent():
    bag = db.from_sequence(TEXTS[:2], npartitions=1)
    with pytest.raises(jargonfree.SettingsError):
        check_texts(bag, audience="martians")
    with pytest.raises(jargonfree.GlossaryError):
        check_texts(bag, glossaries=["/no/such/glossary.yaml"])


def test_a_record_that_is_not_an_object_says_so():
    assert records.record_of(["a", "list"], None).error == "not a JSON object but a list"
    assert records.record_of("text", 3).error == "line 3: not a JSON object but text"
    assert records.record_of({"id": 7, "text": "Hi."}, None) == records.Record(7, None, "Hi.")


def test_importing_jargonfree_does_not_import_dask():
    code = "import sys, jargonfree; jargonfree.check('Hello.'); print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

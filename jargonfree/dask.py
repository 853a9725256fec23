"""Check archives on a Dask cluster: a bag of texts or of records, partition by partition.

Needs the ``dask`` extra (``pip install "jargonfree[dask]"``) on the machine that builds the
bag and on every worker. ``import jargonfree`` never imports Dask.

    import json
    import dask.bag as db
    from distributed import Client
    from jargonfree.dask import check_records

    client = Client("tcp://scheduler.example.org:8786")   # or Client(LocalCluster()) on one machine
    posts = db.read_text("archive/posts-*.jsonl").map(json.loads)
    results = check_records(posts, audience="public")      # a bag: one dict per record
    results.map(json.dumps).to_textfiles("checked/*.jsonl")

Each result has the fields of ``jargonfree check --input jsonl`` (``{"id": ..., **report}``,
or ``{"id": ..., "error": ...}`` for a record with no text). The work is done with
``Bag.map_partitions``: a worker loads the glossary the first time it checks a partition
and keeps it for every later one (see :func:`jargonfree.checker.resolve_glossary`), so a
worker loads it once, not once per partition or per record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from . import records as records_
from .checker import check, resolve_glossary
from .nations import DEFAULT_JURISDICTION
from .settings import Settings

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["check_records", "check_texts"]


def check_texts(texts: Bag, *, audience: str = "public", jurisdiction: str = DEFAULT_JURISDICTION, glossaries: Iterable[str] = (), **options: Any) -> Bag:
    """A bag of texts (``str``) to a bag of reports as dicts, in the same order: each is
    ``jargonfree.check(text, ...).to_dict()``. ``options`` are :class:`~jargonfree.Settings`
    fields, as for :func:`jargonfree.check`; ``glossaries`` are paths every worker can read."""
    settings, paths = _prepared(audience, jurisdiction, glossaries, options)
    return texts.map_partitions(_check_texts_partition, settings, paths)


def check_records(
    records: Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    audience: str = "public",
    jurisdiction: str = DEFAULT_JURISDICTION,
    glossaries: Iterable[str] = (),
    **options: Any,
) -> Bag:
    """A bag of records (dicts with a text field and, if it has one, an id field) to a bag of
    results, in the same order, with the fields of ``jargonfree check --input jsonl``."""
    settings, paths = _prepared(audience, jurisdiction, glossaries, options)
    return records.map_partitions(_check_records_partition, settings, paths, text_field, id_field)


def _prepared(audience: str, jurisdiction: str, glossaries: Iterable[str], options: dict[str, Any]) -> tuple[Settings, tuple[str, ...]]:
    """The settings (a bad option fails here, before any work is sent) and the glossary paths.
    A named glossary is loaded here once too, so that a bad file fails at once."""
    settings = Settings.for_audience(audience, jurisdiction=jurisdiction, **options)
    paths = tuple(str(p) for p in glossaries)
    if paths:
        resolve_glossary(list(paths))
    return settings, paths


def _check_texts_partition(texts: Iterable[str], settings: Settings, paths: tuple[str, ...]) -> list[dict[str, object]]:
    glossary = resolve_glossary(list(paths) or None)  # built on this worker's first partition only
    return [check(text, glossaries=glossary, settings=settings).to_dict() for text in texts]


def _check_records_partition(
    records: Iterable[object], settings: Settings, paths: tuple[str, ...], text_field: str, id_field: str
) -> list[dict[str, object]]:
    glossary = resolve_glossary(list(paths) or None)  # built on this worker's first partition only
    read = (records_.record_of(data, None, text_field, id_field) for data in records)
    return list(records_.check_records(read, glossary, settings))

"""bench/silencers.py counts what annotators said of the strings each rule silences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("silencers", ROOT / "bench" / "silencers.py")
silencers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(silencers)


def test_a_silenced_string_is_counted_with_what_the_annotators_said():
    passage = {
        "id": "t",
        "text": "Call our Single Point of Access Team on weekdays. Her mum has a DoLS in place.",
        "flag": [{"text": "Single Point of Access", "category": "term"}, {"text": "DoLS", "category": "abbreviation"}],
    }
    # DoLS is flagged, so no rule silences it; the team's name silences the term inside it.
    assert silencers.silenced(passage) == [("Single Point of Access", "service_names.names_a_service", "flag")]


def test_the_answer_is_the_annotated_string_over_the_match():
    passage = {"text": "Ask about respite care today.", "not_flag": ["respite care"], "borderline": ["today"]}
    at = passage["text"].index("respite")
    assert silencers.answer(passage, at, at + len("respite care")) == "not_flag"
    assert silencers.answer(passage, 0, 3) == "-"


def test_causes_fall_into_kinds_of_rule():
    assert silencers.group_of("service_names.names_a_service") == "name"
    assert silencers.group_of("senses._fit (only_near not met)") == "context"
    assert silencers.group_of("defining_sentences.defined_by_its_sentence+senses._longest_first") == "explanation"
    assert silencers.group_of("first use: a later use of an earlier finding") == "first use"

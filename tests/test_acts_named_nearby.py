"""Which law a section number belongs to, judged from the words around it (issue 11):
an Act's own short name in brackets is a definition ("Care Act 2014 (CA 2014)", "the Mental
Capacity Act 2005 ('the MCA')"); a section named after its Act ("Under the Mental Capacity Act,
section 4 applies") is that Act's; a bare section number in a care post is a legal reference;
a part of the document itself ("see section 12 for details", "Section 8: ...") is not.

Sentences in quotes are short quotations from public pages that are not in the quality corpus
(bench/quality/corpus.yaml), each with its address; the rest are ours."""

from __future__ import annotations

import pytest

import jargonfree

SECTION_RULE = "legal/section-reference"


def _flagged(text: str) -> dict[str, str]:
    """Flagged text -> rule, for the kinds a reader sees as "this needs explaining"."""
    return {
        f.text: f.rule
        for f in jargonfree.check(text).findings
        if f.kind in ("jargon", "abbreviation", "uncommon")
    }


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The Care Act 2014 (CA 2014) sets out what councils must do. The CA also covers carers.", "CA"),
        # https://localgovernmentlawyer.co.uk/lexisnexis/551-lexis-lg/lexis/localgov/child/34759-section-20-ca-and-local-authority-duties
        ("Section 20 of the Children Act 1989 (ChA 1989) imposes a duty on every local authority. "
         "The duty under ChA 1989, s 20 arises.", "ChA"),
        # https://www.irwinmitchell.com/personal/protecting-your-rights/mental-capacity
        ("The Mental Capacity Act 2005 ('the MCA') is the law which sets out how decisions must be made. "
         "When a serious dispute arises under the MCA, cases can go to court.", "MCA"),
        ("The Mental Health Act 1983 (\u201cthe MHA\u201d) lets doctors treat some people. The MHA is long.", "MHA"),
        ("The Care Act (CA) sets out what councils must do. The CA also covers carers.", "CA"),
    ],
)
def test_a_short_name_in_brackets_after_an_act_defines_it(text, short):
    assert short not in _flagged(text)


def test_a_short_name_is_still_flagged_where_nothing_defines_it():
    assert "CA" in _flagged("The CA 2014 sets out what councils must do for carers.")
    assert "MCA" in _flagged("Nobody told her family about the MCA before the meeting.")


def test_a_name_for_the_law_in_quotes_is_not_an_abbreviation():
    # https://moore-tibbits.co.uk/personal-services/court-of-protection-health-welfare/mental-capacity-and-best-interests
    text = "The Mental Capacity Act 2005 (\u201cthe Act\u201d) sets out the law on acting for people who lack capacity."
    flagged = _flagged(text)
    assert "Act" not in flagged and "the Act" not in flagged

"""False flags on fresh real pages (session 26): the title of an office a person holds,
capitalised in the middle of a sentence or before the person's name ("the Commissioner launched
an investigation", "Commissioner Eddie Lynch said"), is the name of a post, not the trade's word
for whoever plans and buys services ("commissioners of NHS services"). Each rule has cases that
must stay flagged."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, flag",
    [
        ("Last year the Commissioner launched his investigation into the care provided.", False),
        ("Commissioner Eddie Lynch said that families had complained to him.", False),
        ("Commissioner, Patricia Lewsley, said she welcomed the review.", False),
        ("The Commissioner, Mr Chris Quinn, has outlined his concerns.", False),
        ("The National Assembly debated the Commissioner’s Report last week.", False),
        ("Other Commissioners around the UK have gone through similar reviews.", False),
        # The trade's word: small letters, or a sentence's first word with no person's name after it.
        ("The commissioner has agreed to fund an extra hour of care.", True),
        ("We met the lead commissioner from the county council.", True),
        ("Commissioners should make sure that providers are paid on time.", True),
        ("Commissioners, please send your returns by Friday.", True),
        ("Responsibility falls to commissioners, providers and regulators of care.", True),
    ],
)
def test_an_offices_title_is_a_name_the_trades_word_is_not(text, flag):
    assert any(w.lower().startswith("commissioner") for w in flagged(text)) is flag

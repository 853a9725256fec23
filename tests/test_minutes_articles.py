"""An item of a council's minutes ("Article 5(c) of the minute of meeting", as Scottish councils
number them) and a lettered part of a leaflet ("section 3(b) of the leaflet") are parts of a
paper, not of a law (checks/own_parts.py; session 17). An article of a convention still is."""

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text",
    [
        "With reference to Article 5(c) of the minute of meeting of the Council held on 13 May 1999, the Committee noted the position.",
        "With reference to Article 12 of the minute of meeting of this Committee of 30 May 2000, a report was submitted.",
        "Please read section 3(b) of the leaflet before you sign.",
    ],
)
def test_an_item_of_the_minutes_or_a_part_of_a_leaflet_is_not_a_law(text):
    assert not [w for w in flagged(text) if w.lower().startswith(("article", "section"))]


def test_an_article_of_the_convention_is_still_a_law():
    text = "Her care does not fall within the scope of Article 5 of the European Convention on Human Rights."
    assert "Article 5" in flagged(text)

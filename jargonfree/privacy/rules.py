"""What each privacy rule finds, why it matters, and the marker that replaces it.

Plain words for the writer (reading age about 11): what the finding is, then why it matters.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One kind of privacy finding."""

    id: str
    what: str  # "an NHS number"
    why: str  # one plain sentence
    marker: str  # what --redact puts in its place ("" = never replaced)
    severity: str = "error"
    see: str = ""  # where to read more (guidance by name and address)

    @property
    def message(self) -> str:
        """What it is and why it matters, then where to read more."""
        text = f"This looks like {self.what}. {self.why}"
        return f"{text} See: {self.see}" if self.see else text


_IDENTIFIES = "It can show who a person is. Never put it in a public post."

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("privacy/nhs-number", "an NHS number", _IDENTIFIES, "[NHS number removed]"),
        Rule("privacy/chi-number", "a CHI number (the NHS number in Scotland)", _IDENTIFIES, "[health number removed]"),
        Rule(
            "privacy/health-and-care-number",
            "a Health and Care number (the NHS number in Northern Ireland)",
            _IDENTIFIES,
            "[health number removed]",
        ),
        Rule("privacy/ni-number", "a National Insurance number", _IDENTIFIES, "[National Insurance number removed]"),
        Rule("privacy/date-of-birth", "someone's date of birth", _IDENTIFIES, "[date of birth removed]"),
        Rule(
            "privacy/postcode",
            "a full postcode",
            "If it is where a person lives, take it out. Your service's own address is fine.",
            "[postcode removed]",
            severity="warning",
        ),
        Rule(
            "privacy/phone-number",
            "a personal phone number",
            "Only share your service's own published number. Add that number to the allow list.",
            "[phone number removed]",
        ),
        Rule(
            "privacy/email",
            "a personal email address",
            "Only share your service's own email address. Add that address to the allow list.",
            "[email removed]",
        ),
        Rule(
            "privacy/reference-number",
            "a case, hospital or reference number",
            "It links the post to a person's records. Never put it in a public post.",
            "[reference removed]",
        ),
        Rule(
            "privacy/person",
            "a person you work with, next to their care",
            "A name, initials or a title with details of care can show who they are, even without a full name. Take the name out.",
            "[name removed]",
        ),
        Rule(
            "privacy/boundary",
            "an invitation to be in touch with someone in your care",
            "Your professional code says: do not make friends online with people in your care.",
            "",
            severity="warning",
            see="NMC, Guidance on using social media responsibly, https://www.nmc.org.uk/standards/guidance/social-media-guidance/; "
            "HCPC, Guidance on the use of social media, "
            "https://www.hcpc-uk.org/standards/meeting-our-standards/communication-and-using-social-media/guidance-on-use-of-social-media/; "
            "Social Work England, Professional standards guidance, https://www.socialworkengland.org.uk/standards/professional-standards-guidance/",
        ),
    )
}

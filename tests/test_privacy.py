"""The confidentiality guard (issue 14): each rule with text it must flag and text it must not."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.privacy import RULES
from jargonfree.privacy.identifiers import health_number_kind, normalise_phone


def privacy(text: str, **options: object) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check(text, **options).findings if f.kind == "privacy"]


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        # health service numbers of the four nations, with the modulus 11 check digit
        ("Her NHS number is 401 023 4563.", "privacy/nhs-number", "401 023 4563"),
        ("CHI 150380 1233 on the letter.", "privacy/chi-number", "150380 1233"),
        ("CHI number 1503801233.", "privacy/chi-number", "1503801233"),
        ("H&C number 320 123 4567.", "privacy/health-and-care-number", "320 123 4567"),
        # ten digits the text calls a health number count whatever their check digit (a typo
        # may be one digit from the real number)
        ("NHS No: 485 777 3456 on the letter.", "privacy/nhs-number", "485 777 3456"),
        ("Her NHS number is 4010234564.", "privacy/nhs-number", "4010234564"),
        ("CHI no. 150380 1234.", "privacy/chi-number", "150380 1234"),
        ("Health and care number: 320 123 4568.", "privacy/health-and-care-number", "320 123 4568"),
        # phones: mobiles and landlines, in their written forms
        ("Text her on 07700 900123 tonight.", "privacy/phone-number", "07700 900123"),
        ("His number is +44 7700 900123.", "privacy/phone-number", "+44 7700 900123"),
        ("Ring his mum on (0161) 496 0066.", "privacy/phone-number", "(0161) 496 0066"),
        ("Text her on 07700 900123.", "privacy/phone-number", "07700 900123"),
        ("Her landline is 020 7946 0123, she said.", "privacy/phone-number", "020 7946 0123"),
        ("Her number: +44(0)115 4960914.", "privacy/phone-number", "+44(0)115 4960914"),
        # email at a webmail provider, with the sentence's full stop left out
        ("Her son is jane.smith72@gmail.com.", "privacy/email", "jane.smith72@gmail.com"),
        ("Write to dave_b@hotmail.co.uk if needed.", "privacy/email", "dave_b@hotmail.co.uk"),
        # case, hospital and reference numbers
        ("Case ref 12345 was closed today.", "privacy/reference-number", "12345"),
        ("MRN: RX1234567 on the wristband.", "privacy/reference-number", "RX1234567"),
        ("Hospital number K123456 was wrong.", "privacy/reference-number", "K123456"),
        ("Our ref SG/2024/0456 is on the letter.", "privacy/reference-number", "SG/2024/0456"),
        ("Wristband said RX1234567 so we checked.", "privacy/reference-number", "RX1234567"),
    ],
)
def test_identifiers_are_flagged(text, rule, found):
    assert privacy(text) == [(rule, found)]


@pytest.mark.parametrize(
    "text",
    [
        "Call 0800 123 4567 for help.",  # freephone: a published service line
        "Call us on 0113 496 0123, Monday to Friday.",  # the service's own line
        "Call 0113 496 0123 to book.",
        "Referrals are made by telephone to 01902 555392.",
        "Ring the duty team on 020 7946 0123.",
        "Our helpline is 0300 123 4567.",
        "Call NHS 111 or 999 in an emergency.",
        "Samaritans: call 116 123 any time.",
        "Section 136 was used 12 times in 2024.",
        "Email the team at info@leeds.gov.uk or referrals@example.nhs.uk.",  # organisations' own
        "Records 2019-2024 are kept for eight years.",  # years, not a record number
        "Read our reference guide for 2024.",
        "Case studies from 12 teams.",
        "See https://example.org/case/12345678 for the story.",  # in a web address
        "Number 3201234568 fails the check digit.",
        "Our NHS number checker: ring 485 777 3456.",  # a label, but not just before the digits
        # the made-up numbers guidance shows, and NHS England's test range
        "Your NHS number is 10 digits long, for example NHS number: 123 456 7890.",
        "Write it like this: NHS No. 000 000 0000",
        "Test patients use NHS No: 999 123 4567.",
        "Registered charity SC012345 in Scotland.",
        "Company number NI123456, registered in Northern Ireland.",
    ],
)
def test_service_lines_years_and_laws_are_not_flagged(text):
    assert privacy(text) == []


def test_allow_list_takes_the_organisations_own_contacts():
    text = "Her mobile is 07700 900123 or email ourteam@gmail.com."
    assert [r for r, _ in privacy(text)] == ["privacy/phone-number", "privacy/email"]
    allowed = ["+44 7700 900 123", "OurTeam@gmail.com"]
    assert privacy(text, allow_contacts=allowed) == []
    assert privacy(text, allow_contacts="@gmail.com") == [("privacy/phone-number", "07700 900123")]


def test_allow_list_rejects_what_is_not_a_contact():
    from jargonfree import SettingsError

    with pytest.raises(SettingsError):
        check("hello", allow_contacts=[3])


def test_health_number_kinds():
    assert health_number_kind("1503801233") == "privacy/chi-number"  # 15/03/80
    assert health_number_kind("3201234567") == "privacy/health-and-care-number"
    assert health_number_kind("4010234563") == "privacy/nhs-number"
    assert health_number_kind("4010234564") is None  # wrong check digit


def test_phone_numbers_are_compared_as_national_digits():
    assert normalise_phone("+44 (0)20 7946 0123") == normalise_phone("020-7946-0123") == "02079460123"


def test_example_ni_number_letters_are_not_an_abbreviation():
    report = check("QQ 12 34 56 C is the example HMRC uses.")
    assert not [f for f in report.findings if f.text == "QQ"]
    assert [f.text for f in check("The QQ team met.").findings if f.kind == "abbreviation"] == ["QQ"]


def test_every_finding_says_what_it_is_and_why_and_is_never_rewritten():
    report = check("Her NHS number is 401 023 4563.")
    (finding,) = [f for f in report.findings if f.kind == "privacy"]
    assert finding.severity == "error"
    assert finding.message.startswith("This looks like an NHS number.") and "public post" in finding.message
    assert finding.suggestions == () and finding.no_rewrite_reason
    for rule in RULES.values():
        assert rule.message.startswith("This looks like ") and rule.why.endswith("."), rule.id


def test_messages_are_plain():
    """What each finding says is at reading age 11 or under (the guidance addresses apart)."""
    from jargonfree.readability import score

    for rule in RULES.values():
        text = f"This looks like {rule.what}. {rule.why}"
        assert score(text).reading_age <= 11, (rule.id, score(text).reading_age)


@pytest.fixture
def cli(monkeypatch, capsys):
    import io
    import sys

    from jargonfree.cli import main

    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)

    def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", Stdin(stdin))
        code = main(args)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def test_cli_allow_option(cli):
    text = b"Her mobile is 07700 900123."
    code, out, _ = cli(["check", "--only", "privacy", "--format", "json", "-"], text)
    assert code == 1 and "privacy/phone-number" in out
    code, out, _ = cli(["check", "--only", "privacy", "--allow", "07700 900123", "--format", "json", "-"], text)
    assert code == 0 and "privacy/phone-number" not in out


# -- a person next to their care --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Visited Mrs Jones on Ward 7 today, she was sectioned last night.", ["Mrs Jones"]),
        ("Mr J was detained under the Mental Health Act.", ["Mr J"]),
        ("Saw Mrs Sarah Jones in bed 4.", ["Mrs Sarah Jones"]),
        ("My client Sarah was detained under section 2.", ["Sarah"]),
        ("Service user AB has a child protection plan.", ["AB"]),
        ("Patient J.S. was discharged this morning.", ["J.S."]),
        ("Sarah Jones, 84, is on the dementia ward.", ["Sarah Jones"]),
        ("Grace Brown was diagnosed with cancer.", ["Grace Brown"]),  # ordinary words, but a full name
        ("Emma was sectioned. Tom is fine.", ["Emma"]),
        ("My client Kristen was discharged from the ward.", ["Kristen"]),  # after "my client", any name
        ("Thinking of Victor O'Brien who is in hospital.", ["Victor O'Brien"]),
        ("Sarah went to hospital after an overdose.", ["Sarah"]),
        ("Mrs Jones came in today. She has dementia.", ["Mrs Jones"]),  # same post, not sentence
        ("Mrs Jones, 84, lives alone.", ["Mrs Jones"]),  # an age
        ('"Mrs Jones was sectioned," the nurse said.', ["Mrs Jones"]),  # quoted text is still a post
        ("Mrs Okafor was admitted on Monday.", ["Mrs Okafor"]),  # a surname not in the list
        ("Mrs Day was admitted on Monday.", ["Mrs Day"]),  # a surname that is also a word
        # health conditions and care needs a post may tell of
        ("Visited Mrs Jones at home today, she is doing well after her fall.", ["Mrs Jones"]),
        ("Mr Patel is managing his diabetes well now.", ["Mr Patel"]),
        ("Sarah had a seizure at school today.", ["Sarah"]),
        ("Mrs Hughes is very frail since the winter.", ["Mrs Hughes"]),
    ],
)
def test_person_next_to_their_care(text, found):
    assert [t for r, t in privacy(text) if r == "privacy/person"] == found


@pytest.mark.parametrize(
    "text",
    [
        # ordinary words that are also names
        "Will you come to the dementia cafe in May?",
        "Mark your diary: the safeguarding training is in June.",
        "We hope Rose Day at the hospice raises lots.",
        "Bill the council for the care home fees? No: care is free for some.",
        "Sue the hospital? Talk to PALS first.",
        "Young carers at school can get help.",
        "Brown bread is on the ward menu.",
        "Grace and Hope are values of our hospice.",
        # professionals, public figures, places and anonymised people
        "Dr Patel will run the dementia clinic.",
        "Come and meet Sarah, our mental health nurse, at the dementia cafe.",
        "Health Secretary Wes Streeting announced safeguarding money.",
        "Health Secretary Geoffrey Lewis visited the ward.",
        "Danielle from the Multi Agency Safeguarding Hub explains what happens to a referral.",
        "Our team in South Shields runs a group for people with dementia.",
        "The Patient Transport Service takes you to hospital.",
        "Mary Seacole House is a care home in Leeds.",
        "Patient A was admitted.",
        "The Florence Nightingale Foundation supports nurses in hospital.",
        "Cook, Henry and Clark NHS Trust opened a new dementia ward.",
        # a name with no care in the post
        "Thank you Sarah Jones for the cake at our coffee morning!",
        "Mrs Jones won the raffle.",
        "Mr Hughes, our diabetes nurse, runs the stroke clinic.",  # a role after the name
        "Autumn leaves fall on the care home garden.",  # a care word, no person
        # a care word that names a cause or an event, not a person's care
        "Sarah raised 500 pounds for the stroke charity by running the marathon.",
        "Thanks to Mr Ahmed who ran the diabetes awareness stall at our fair.",
        "Don't Miss Out: dementia cafe at the hospital on Friday!",
    ],
)
def test_names_that_are_not_a_person_in_care(text):
    assert [t for r, t in privacy(text) if r == "privacy/person"] == []


def test_names_come_from_a_package_and_ordinary_words_are_kept_apart():
    from jargonfree.privacy.names import names

    known = names()
    assert len(known.given) > 300 and len(known.surnames) > 300
    assert "Sarah" in known.clear and "Mark" in known.ordinary and "Grace" in known.ordinary
    assert "Jones" in known.surnames


# -- boundaries ------------------------------------------------------------------------------


def test_boundary_invitations_cite_the_professional_guidance():
    report = check("Thanks to all my patients! Follow me on Instagram for tips.")
    (finding,) = [f for f in report.findings if f.rule == "privacy/boundary"]
    assert finding.text == "Follow me" and finding.severity == "warning"
    for body in ("nmc.org.uk", "hcpc-uk.org", "socialworkengland.org.uk"):
        assert body in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Follow me for tips on sleep.",  # no patient or client of the writer's
        "My patients come first. Book online.",  # no invitation
        "Patients can follow us on Facebook for news.",
    ],
)
def test_no_boundary_finding_without_both_parts(text):
    assert [r for r, _ in privacy(text) if r == "privacy/boundary"] == []


# -- redaction --------------------------------------------------------------------------------


def test_redact_replaces_each_detail_with_a_marker_and_says_what():
    import jargonfree

    text = "Visited Mrs Jones on Ward 7, NHS number 401 023 4563. Call her on 07700 900123."
    result = jargonfree.redact(text)
    assert result.text == "Visited [name removed] on Ward 7, NHS number [NHS number removed]. Call her on [phone number removed]."
    assert [(e.old, e.rule) for e in result.edits] == [
        ("Mrs Jones", "privacy/person"),
        ("401 023 4563", "privacy/nhs-number"),
        ("07700 900123", "privacy/phone-number"),
    ]
    assert all(text[e.start : e.end] == e.old for e in result.edits)
    assert jargonfree.redact(result.text).edits == ()
    assert jargonfree.redact("Nothing private here.").text == "Nothing private here."
    assert jargonfree.redact("Call 07700 900123.", allow_contacts=["07700900123"]).edits == ()


def test_redact_leaves_boundaries_as_findings():
    import jargonfree

    text = "My patients can follow me on TikTok."
    assert jargonfree.redact(text).text == text


FRAGMENTS = [
    "Mrs Jones", "Sarah", "Sarah Jones", "my client", "service user AB", "was sectioned", "on Ward 7",
    "401 023 4563", "150380 1233", "AB 12 34 56 C", "DOB 01/02/1950", "LS1 4AB", "07700 900123",
    "jo.bloggs@gmail.com", "case ref 12345", "today", "the", ".", ",", "\n", "Will", "May", "0800 123 4567",
]


def test_redact_is_idempotent_and_changes_nothing_else():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import jargonfree

    pieces = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=14)

    @settings(max_examples=150, deadline=None)
    @given(pieces, st.sampled_from([" ", "", "  "]))
    def run(parts, sep):
        text = sep.join(parts)
        once = jargonfree.redact(text)
        assert jargonfree.redact(once.text).text == once.text  # idempotent
        # everything outside the replaced spans is the original text, in order
        rebuilt, last = [], 0
        for e in once.edits:
            assert text[e.start : e.end] == e.old and e.start >= last
            rebuilt += [text[last : e.start], e.new]
            last = e.end
        rebuilt.append(text[last:])
        assert "".join(rebuilt) == once.text

    run()


def test_cli_redact(cli, tmp_path):
    text = "Mrs Jones was sectioned. Her NHS number is 401 023 4563.\n"
    code, out, err = cli(["check", "--redact", "-"], text.encode())
    assert code == 1
    assert out == "[name removed] was sectioned. Her NHS number is [NHS number removed].\n"
    assert err.splitlines() == [
        "stdin:1:1: replaced with [name removed] (privacy/person)",
        "stdin:1:44: replaced with [NHS number removed] (privacy/nhs-number)",
    ]
    assert "Jones" not in err
    code, out, err = cli(["check", "--redact", "-"], out.encode())
    assert (code, err) == (0, "")
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    code, _, err = cli(["check", "--redact", str(path), str(path)])
    assert code == 2 and "one input" in err


def test_readme_privacy_example_runs():
    import doctest
    import re

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- privacy-example:start -->\n```python\n(.*?)```", readme, re.S)
    assert block, "the README has no privacy example block"
    test = doctest.DocTestParser().get_doctest(block.group(1), {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.failures == 0 and runner.tries == 2


def test_rewrite_never_changes_personal_details():
    import jargonfree

    text = "Mrs Jones was sectioned and we will liaise with her GP. NHS number 401 023 4563."
    result = jargonfree.rewrite(text)
    assert result.edits  # the jargon was rewritten...
    assert "Mrs Jones" in result.text and "401 023 4563" in result.text  # ...the details were not
    assert not [e for e in result.edits if e.rule.startswith("privacy/")]

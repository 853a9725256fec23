"""Explanations as lists, glossaries and leaflets write them: a term, its short form or the
words it stands for, then the gloss, often with no full sentence around it.

* an abbreviation followed by the words it stands for: "AAU: Acute Assessment Unit",
  "CiCC stands for Children in Care Council", and at the start of a line with nothing between
  them, as a list of short forms writes it: "NQSW newly qualified social worker"
  (:func:`spelt_out_after`);
* a term, its short form in brackets, then the gloss: "Mental Health Officer (MHO): this is a
  specially trained social worker ...", "an Individual Service Fund (ISF) – this is where a
  care provider ..." (:func:`glossed_after_its_short_form`);
* a term after "a" or "the" at the start of a line, a dash, and what it does: "A Children's
  Reporter – they organise the Hearing ..." (:func:`glossed_as_a_list_item`);
* a term alone on its line, as a glossary's heading, and the next line saying what it is:
  "Care Order" / "A care order is granted by a court ..." (:func:`heads_a_glossary_entry`).

:mod:`jargonfree.nearby_explanations` asks these with its other tests of the words around a
term (this module holds them apart so that neither grows past about 300 lines, issue 17).
"""

from __future__ import annotations

import re

from .defining_sentences import opens_with_abbreviation
from .long_form_match import SMALL_WORDS, initials_long_form
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern

# What stands between an abbreviation and the words it stands for: a colon (and perhaps a
# bracket: "CAFCASS: (Children and Family ...)"), or "stands for", or a dash.
# Or a comma, the words set apart as the next part of the sentence: "Mum is under a DoLS, a
# deprivation of liberty safeguard, which means ..." (the words must spell it, as below).
# Or "is an abbreviation for", perhaps after the word the letters go with: "A LAC review is an
# abbreviation for a Looked After Child Review", "a CLA Review, an abbreviation for Child Looked After".
_BETWEEN = lazy_pattern(
    r"[ \t]*:[ \t]*\(?|[ \t]+stands[ \t]+for[ \t]+(?:the[ \t]+)?"
    # The answer to a question about it: "“What is an IEP?” / This stands for Individualised
    # Educational Programme ..." (session 27).
    r"|\?[\"'\u201d\u2019]?\s{1,4}(?:This|It)[ \t]+stands[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"|[ \t]+(?:[a-z]+,?[ \t]+)?(?:is[ \t]+)?(?:an?[ \t]+)?(?:abbreviation|acronym)[ \t]+(?:for|of)[ \t]+(?:(?:an?|the)[ \t]+)?"
    r"|,[ \t]+(?:(?:an?|the)[ \t]+)?"
    # Or a dash: "PDA - pathological demand avoidance".
    r"|[ \t]+[-\u2013\u2014][ \t]+|[ \t]*[\u2013\u2014][ \t]*",
    re.IGNORECASE,
)
# At the start of a line nothing need stand between them: "AAC Augmentative and Alternative
# Communication", a list of short forms. A bullet may come first.
_LINE_START = lazy_pattern(r"(?:^|\n)[ \t]*(?:(?:[-*\u2022]|\d{1,2}[.)])[ \t]+)?$")


#: How far (characters) a term may stand from the start of its line: the text's first line
#: needs no line break before it.
LINE_START_REACH = 8


def starts_a_line(text: str, start: int) -> bool:
    """True if only spaces or a bullet stand between the start of a line and ``start``."""
    return _LINE_START.search(text, max(0, start - LINE_START_REACH), start) is not None

# The words after an abbreviation, up to the end of the line or of a clause.
_WORDS_AFTER = lazy_pattern(r"[^\n.;:()]{1,120}")


def _letters(short: str) -> str:
    """The letters an abbreviation's words must start with: "AHPs" is spelt by the words of "AHP"."""
    return short[:-1] if short.endswith("s") and short[:-1].isupper() else short


def spells(short: str, words: str) -> bool:
    """True if the first words of ``words`` start, one by one, with the letters of ``short``,
    whether a small word gives a letter or is left out: "Children in Care Council" spells
    CiCC, "Augmentative and Alternative Communication" spells AAC."""
    short = _letters(short)
    split = words.split()
    letters = "".join(c for c in short.lower() if c.isalpha())
    for k in range(2, min(len(split), 2 * len(short)) + 1):
        first = split[:k]
        if initials_long_form(short, " ".join(first)) == 0:
            return True
        if "".join(w[0] for w in first if w.lower() not in SMALL_WORDS).lower() == letters:
            return True
    return False


def spelt_out_after(text: str, start: int, end: int) -> bool:
    """True if the abbreviation at ``[start, end)`` is followed straight away by the words it
    stands for: after a colon or "stands for" anywhere, after a space only where it starts a line."""
    between = _BETWEEN.match(text, end)
    if between is not None:
        after = between.end()
    elif text.startswith((" ", "\t"), end) and starts_a_line(text, start):
        after = end + 1
    else:
        return False  # (most terms: the quickest tests first)
    short = text[start:end]
    if not has_two_capitals(short):
        return False  # not an abbreviation
    words = _WORDS_AFTER.match(text, after)
    return words is not None and spells(short, words.group())


# "Cafcass is the Children and Family Court Advisory and Support Service.", "SDS is short for
# Self-directed Support": the name a short word stands for, written out after "is (short for) the".
_NAMED_IN_FULL = lazy_pattern(
    r"[ \t]+(?:is|are)[ \t]+(?:short[ \t]+for[ \t]+)?(?:the[ \t]+)?"
    # Three capitalised words or more, small words between them, up to the end of the name.
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:and|of|for|the|in|on|&)[ \t]+)*[A-Z][\w'\u2019-]*){2,9})"
    r"(?=[ \t]*(?:[.,;:)(]|\n|$))"
)


def named_in_full_after(text: str, start: int, end: int) -> bool:
    """True if the short word at ``[start, end)`` ("Cafcass", "CHC"), capitalised, is followed by
    "is the" (or "is short for") and the Title Case name its letters come from, one by one and in
    order, each the first letter of a word of the name (small words may give a letter or not),
    the first and last letters those of the name's first and last words: "Cafcass is the
    Children and Family Court Advisory and Support Service." names the service in full."""
    short = text[start:end]
    if not short[:1].isupper() or not text.startswith((" is ", " are "), end):
        return False  # (most terms: the quickest tests first)
    m = _NAMED_IN_FULL.match(text, end)
    if m is None:
        return False
    initials = [w[0].lower() for w in m.group("name").split()]
    letters = [c.lower() for c in _letters(short) if c.isalpha()]
    if len(letters) < 2 or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    i = 0
    for c in initials:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters)


# A short form in brackets straight after the term: "Mental Health Officer (MHO)".
_SHORT_IN_BRACKETS = lazy_pattern(r"[ \t]*\([A-Z][A-Za-z0-9]{1,7}\)")
# Then a colon or a dash and words that say what it is: ": this is a specially trained ...",
# " – this is where a care provider ...", ": a specially trained social worker who ...".
_GLOSS_AFTER_SHORT = lazy_pattern(
    r"[ \t]*(?::|[-\u2013\u2014])[ \t]*(?:(?:this|these|it|they)[ \t]+(?:is|are|means|mean)\b|an?[ \t]+[a-z])"
    # Or, at the end of a heading line, the next line: "CCG (Clinical Commissioning Group)" / "This is ...".
    r"|[ \t]*\n[ \t]*(?:This|These|It|They)[ \t]+(?:is|are|means|mean)\b",
    re.IGNORECASE,
)


def glossed_after_its_short_form(text: str, end: int) -> bool:
    """True if the term ending at ``end`` is followed by its short form in brackets and then a
    gloss: "Mental Health Officer (MHO): this is a specially trained social worker"."""
    bracket = _SHORT_IN_BRACKETS.match(text, end)
    return bracket is not None and _GLOSS_AFTER_SHORT.match(text, bracket.end()) is not None


# A heading: the term starts its line, and nothing but a bracket (its short form or long form)
# follows it on that line.
_REST_OF_HEADING = lazy_pattern(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*\n")
# The next line says what the heading's term is: "This is ...", "A care order is granted ...",
# "A young person who ...", "Someone who ...".
_GLOSS_LINE = lazy_pattern(
    r"[ \t]*(?:(?:This|These|It|They)[ \t]+(?:is|are|means|mean|refers?)\b|An?[ \t]+[a-z]|(?:Someone|Somebody|People)[ \t]+who\b"
    # Or a noun and a clause that describes it: "Tasks that people carry out to look after ...",
    # "Things you do every day to ...", "The daily activities we perform for ...", "Meeting held to review ...".
    r"|(?:The[ \t]+)?[A-Za-z][a-z-]+(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:that|which|who|you|we|people|held|used|given|made)[ \t]"
    # "Floating Support Service" / "This type of service can help people who ...".
    r"|(?:This|These)[ \t]+(?:type|kind|sort)s?[ \t]+of[ \t]+[a-z]+[ \t]+(?:is|are|can|will|helps?|provides?|gives?|offers?)\b)"
)


# A glossary whose headwords are in capitals may run the gloss on after them on the same line:
# "CARE ORDER An order is made by the court under section 31 ...", "CHILD ARRANGEMENTS ORDER The
# new name (since April 2014) for a residence or contact order ..." (session 26). The capitals
# mark the heading where a line break would. With no line break the gloss must say what kind of
# thing the term is ("An order is ...") or whose name it is, more than a next line need
# (:data:`_GLOSS_LINE`): "CHILD ARRANGEMENTS ORDER The court made one" runs on a sentence.
_GLOSS_ON_THE_SAME_LINE = lazy_pattern(
    r"[ \t]+(?:The[ \t]+(?:[a-z]+[ \t]+)?(?:name|term|word)[ \t]+(?:\([^()\n]{1,40}\)[ \t]+)?(?:for|used|given)"
    r"|An?[ \t]+[a-z]+[ \t]+(?:is|are|who|that|which|where|made|given|used)|(?:This|It)[ \t]+(?:is|means)[ \t]+(?:an?|the|when|where))\b"
)


def heads_an_entry_in_capitals(text: str, start: int, end: int) -> bool:
    """True if the term, two words or more all in capitals, starts a line (or the text) and a
    gloss follows it on the same line: "CARE ORDER An order is made by the court ..."."""
    term = text[start:end]
    if not term.isupper() or " " not in term or not starts_a_line(text, start):
        return False
    return _GLOSS_ON_THE_SAME_LINE.match(text, end) is not None


# Or the next line names the heading again, by the term or by the short form in the heading's
# bracket, and says what it is or does: "Ambulatory care" / "Ambulatory care is a service where
# ...", "Multi-Agency Safeguarding Hub (MASH)" / "MASH provides triage and ...".
_NAMED_AGAIN = r"[ \t]*(?:The[ \t]+)?{name}[ \t]+(?:is|are|means|provides|offers|gives|supports|brings|helps|works)\b"
_HEADING_SHORT = lazy_pattern(r"[ \t]*\(([A-Z][A-Za-z0-9]{1,7})\)")


def heads_a_glossary_entry(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` is alone on its line (a glossary's heading, perhaps
    with its short form in brackets) and the next line says what it is: "Care Order" / "A care
    order is granted by a court and ...", or names it again and says what it is or does:
    "Multi-Agency Safeguarding Hub (MASH)" / "MASH provides triage and ..."."""
    heading = _REST_OF_HEADING.match(text, end)
    if heading is None or not starts_a_line(text, start):
        return False
    next_line = heading.end()
    while next_line < len(text) and text[next_line] in " \t\n":
        next_line += 1  # blank lines between a heading and its gloss
    if _GLOSS_LINE.match(text, next_line) is not None:
        return True
    if has_two_capitals(text[start:end]) and (words := _WORDS_AFTER.match(text, next_line)) and spells(text[start:end], words.group()):
        return True  # "CAMHS" / "Child and Adolescent Mental Health Services": a list of short forms
    names = [re.escape(text[start:end])]
    if short := _HEADING_SHORT.match(text, end):
        names.append(re.escape(short.group(1)))
    again = re.compile(_NAMED_AGAIN.format(name="(?:" + "|".join(names) + ")"), re.IGNORECASE)
    return again.match(text, next_line) is not None


# After a sentence, a colon heads a gloss only if the words after it say what the term is or
# lets you do: "... 4 flexible options. Option 1: You can manage the money yourself".
_SENTENCE_START = lazy_pattern(r"[.!?][\"'\u2019\u201d)]?[ \t]+$")
_GLOSS_AFTER_COLON = lazy_pattern(r":[ \t]+(?:This|It|These|They|You|An?|When|Where|If)\s", re.IGNORECASE)
# At the start of a line, a dash heads a gloss as a colon does: "Kinship Carers - Where a child
# is looked after by extended family", "Kinship Fostering - this is an arrangement whereby ...".
_DASH_GLOSS = lazy_pattern(r"[ \t]+[-\u2013\u2014][ \t]+[A-Za-z]")
# After a sentence, a dash heads a gloss as on a line of its own when the words after it say
# what the term is or does: "... worse. Institutional abuse – repeated poor practice within an
# organisation.", "... offence. Youth Caution - If you admit guilt, the police will ...",
# "Nebulisers - To give medication ..."; not a question or a remark ("LSA - what training?",
# "Raised Inflammatory Markers - Yesterday when I was on-call").
_GLOSS_AFTER_DASH = lazy_pattern(
    r"[ \t]+[-\u2013\u2014][ \t]+(?:(?:This|It|These|They|You|An?|The|When|Where|If|To)\s"
    r"|(?!(?:what|why|how|who|whom|when|which|if|but|and|so|or|i|we|you|they|he|she|it|there|not|no|yes|as|to|me|my)\b)[a-z])"
)
_BRACKET_BEFORE_GLOSS = lazy_pattern(r"[ \t]*\([^()\n]{1,50}\)(?::|[ \t]+[-\u2013\u2014])[ \t]+[A-Za-z]")


# A list item that names a role or a thing with "a" or "the" and says after a dash what it does,
# in the present: "• A Children's Reporter – they organise the Hearing and send you a letter",
# "The Safeguarder - this is a person who ..."; not what someone did ("The CAMHS team - they
# never called back"), nor "is" or "are" and a remark ("The AMHP - they are so rude"): only
# "a", "the", "people", "someone", "where" or "when" after them says what it is.
_ARTICLE_AT_LINE_START = lazy_pattern(r"(?:An?|The)[ \t]+$")
_DASH_SAYS_WHAT_IT_DOES = lazy_pattern(
    r"[ \t]+[-\u2013\u2014][ \t]+(?:they|it|this|he[ \t]+or[ \t]+she|someone|a[ \t]+person)[ \t]+"
    r"(?:(?:is|are)[ \t]+(?:an?|the|people|someone|where|when)\b"
    r"|(?!(?:is|are|was|were|did|had|never|said|told|didn't|wasn't|weren't|couldn't|wouldn't|won't|just|still|always)\b)[a-z]+)"
)


def glossed_as_a_list_item(text: str, start: int, end: int) -> bool:
    """True if the term, after "a", "an" or "the" at the start of a line, is followed by a dash
    and a pronoun that says what it is or does ("A Children's Reporter – they organise the
    Hearing ...")."""
    article = _ARTICLE_AT_LINE_START.search(text, max(0, start - 4), start)
    return article is not None and starts_a_line(text, article.start()) and _DASH_SAYS_WHAT_IT_DOES.match(text, end) is not None


def heads_a_gloss(text: str, start: int, end: int) -> bool:
    """True if the term starts a line and a colon or a dash follows it, as in a glossary
    ("Emergency Detention Certificate: this power allows ...", "Kinship Carers - Where a child
    is looked after by ..."), or it starts a sentence and a colon and an explanation follow it
    ("Option 1: You can manage the money yourself") or a dash and words that say what it is or does
    ("... worse. Institutional abuse – repeated poor practice within an organisation")."""
    if glossed_as_a_list_item(text, start, end):
        return True  # "A Children's Reporter – they organise the Hearing ..."
    colon = text.startswith(":", end) or (text.startswith(("\u2013 ", "\u2014 "), end) and starts_a_line(text, start))
    if not colon and not (text.startswith((" -", " \u2013", " \u2014"), end) and _DASH_GLOSS.match(text, end, end + 6)):
        # A glossary line may put its short form or how to say it between: "Advanced maternal
        # age (AMA): Defined as ...", "antepartum (an-tee-PAR-tuhm) — Before birth."
        bracket = _BRACKET_BEFORE_GLOSS.match(text, end, end + 70)
        return bracket is not None and starts_a_line(text, start)
    if starts_a_line(text, start):
        return True
    return (
        _SENTENCE_START.search(text, max(0, start - 6), start) is not None
        and (_GLOSS_AFTER_COLON if colon else _GLOSS_AFTER_DASH).match(text, end) is not None
        and not opens_with_abbreviation(text, start, end)  # "AMHP: You can call ..." says nothing of the letters
    )


# "What is a deprivation of liberty?", "What does 'reablement' mean?": a question the text answers.
_ASKED = lazy_pattern(r"(?:what|who)\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?[\"'\u2018\u201c]?$", re.IGNORECASE)
_ASKED_END = lazy_pattern(r"[\"'\u2019\u201d]?\s*(?:mean\s*)?\?")


# A heading that asks about the term needs no question mark: "What is an Annual Review" / "The
# purpose of ...", "What a Core Group is" / "A Core Group is made up of ...".
_HEADING_ASKED = lazy_pattern(r"(?:^|\n)[ \t]*what\s+(?:(?:is|are)\s+)?(?:an?\s+|the\s+)?[\"'\u2018\u201c]?$", re.IGNORECASE)
_HEADING_ASKED_END = lazy_pattern(r"[\"'\u2019\u201d]?(?P<verb>[ \t]+(?:is|are|means?))?[ \t]*\n")


def asked_about(text: str, start: int, end: int) -> bool:
    """True if the term is the subject of a question such as "What is a deprivation of liberty?",
    or of a heading that asks it: "What is an Annual Review" or "What a Core Group is" alone on
    its line."""
    # The end of the question first: a quick look at a few characters, and most terms fail it.
    if _ASKED_END.match(text, end, end + 8) is not None:
        return _ASKED.search(text, max(0, start - 20), start) is not None
    heading_end = _HEADING_ASKED_END.match(text, end, end + 12)
    if heading_end is None:
        return False
    heading = _HEADING_ASKED.search(text, max(0, start - 20), start)
    # "What is an X" before the term, or "What an X is": the verb once, before or after it.
    return heading is not None and (heading_end.group("verb") is None) == bool(re.search(r"\b(?:is|are)\b", heading.group(), re.IGNORECASE))


# -- examples straight after a term ----------------------------------------------------------

# "educational settings such as preschools, schools and colleges", "The patient has their first
# observations done, including temperature, heart rate and respiratory rate": two examples or
# more say what the term takes in. A word may stand between only if it says what was done
# ("observations done") or how ("depriving them of their liberty by ways such as ..."): after any
# other ("numerous factors including ...") the examples are of that word, not of the term.
_EXAMPLES = lazy_pattern(
    r"(?:[ \t]+(?:[a-z]+ed|done|taken|made|given|by[ \t]+(?:ways|means)))?,?[ \t]+(?:such as|including|for example|e\.g\.?|eg)[ \t]+"
    # Things, not what to do or say ("including how brokers can help", "including what you did"),
    # nor parts of the reader's own life ("outcomes, including your emotional, social and economic
    # well-being"), which say what the reader has, not what the term is.
    r"(?!(?:how|what|when|where|why|who|whether|your|my|his|her|their|our|its)\b)[^.;:!?()\n]*?[a-z](?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)[^.;:!?()\n]*?[a-z]"
)


def followed_by_examples(text: str, end: int) -> bool:
    """True if the term ending at ``end`` is followed by two examples or more of what it takes in
    ("educational settings such as preschools, schools and colleges")."""
    return _EXAMPLES.match(text, end, end + 120) is not None

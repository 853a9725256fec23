"""Whether a term is explained right beside it: a bracket after it ("a safe place (section
136)" explains the section; "section 136 (a police power ...)" explains it), a dash and small
words, or ", which means", ", meaning", ", that is", ": this means".

A bracket can also do other things, which these rules tell apart: define a short form
(:mod:`jargonfree.definitions`), only cite a law ("(section 37/41)"), say where a rule comes
from ("(according to the Mental Capacity Act 2005)"), limit the term ("(... only)"), or name the
short form the writer will use (``definitions.ASIDE_SHORT``). Explanations a sentence or two
away are :mod:`jargonfree.nearby_explanations`.
"""

from __future__ import annotations

import re
from typing import Sequence

from .data import read_alternatives
from .definitions import ASIDE_SHORT
from .kind_sentences import VERDICTS
from .long_form_match import WORD
from .sentences import sentence_at
from .spans import Span, in_quotes
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern

# A bracket that only cites a law explains nothing: "a hospital order (section 37/41)",
# "(s.2 MHA)", "(section 42 of the Care Act 2014)", "(regulation 2 of the Care and Support
# (Eligibility Criteria) Regulations 2015)".
_ONLY_A_CITATION = lazy_pattern(
    r"(?:[Ss]ections?|[Ss]ubsections?|[Ss]s?\.?|[Ss]ec\.?|[Pp]arts?|Articles?|[Rr]egs?\.?|[Rr]egulations?)\s*\d[\w()/.\-\u2013]*"
    r"(?:\s*,?\s+(?:and|or|to)\s+\d[\w()/]*)?(?:,?\s+(?:of\s+)?(?:the\s+)?[\w()' ]{0,60}?(?:Act|Regulations|Order|Measure|[A-Z]{2,5}A)(?:\s+\d{4})?)?"
)


_CITATION_STARTS = frozenset("SsPpARr")
# Each word of a bracket that holds only references to parts of a law, however worded:
# "(Section of 38 or S.31)", "(s.2 or s.3)".
_CITATION_WORD = lazy_pattern(
    r"(?:[Ss]ections?|[Ss]ubsections?|[Ss]ec\.?|[Ss]ect\.?|[Ss]s?\.?|[Ss]s?\.?\d[\w()/.]*|[Rr]egs?\.?|[Rr]egulations?|\d[\w()/.]*|of|or|and|to|the|Act|[A-Z]{2,5}A)[,;]?"
)


# A numbered part of a law: "section 318", "Schedule 2", "s.117", "regulation 5".
_LAW_PART = lazy_pattern(r"(?:[Ss]ections?|[Ss]chedules?|[Pp]arts?|[Rr]egulations?|[Aa]rticles?|[Ss]s?\.)\s*\d")
# What a bracket after it says the part is about, or its heading: "(relating to ...)", "(false
# statements)" (at most three words, none an article or a pronoun: a heading, not a gloss).
_SUBJECT_OF_A_PART = lazy_pattern(r"(?:relating|relates|related)\s+to\b|(?:about|concerning|regarding|on)\s", re.IGNORECASE)
_A_PARTS_TITLE = lazy_pattern(r"(?!(?:an?|the|this|that|it|you|your|when|where|if)\b)[a-z][a-z-]*(?:\s+(?!(?:an?|the|you|your)\b)[a-z][a-z-]*){1,2}")


def _bracket_cites_a_law(inner: str) -> bool:
    """True if a bracket holding ``inner`` only cites a part of a law: as one reference
    (:data:`_ONLY_A_CITATION`) or word by word (:func:`_cites_only`)."""
    return _ONLY_A_CITATION.fullmatch(inner) is not None or _cites_only(inner)


def _inside(bracket: str) -> str:
    """What the bracket that opens ``bracket`` holds, to its own closing bracket (the name of a
    set of Regulations often holds one: "(Eligibility Criteria)"); "" if it does not close."""
    depth = 0
    for i, char in enumerate(bracket):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return bracket[1:i].strip()
    return ""


def _cites_only(inner: str) -> bool:
    """True if every word of ``inner`` belongs to a reference to a law's sections."""
    words = inner.split()
    return any(w[:1].isdigit() or "." in w for w in words) and all(_CITATION_WORD.fullmatch(w) for w in words)


# What opens a bracket that cites where a rule comes from or points elsewhere, rather than
# saying what the term means: "a best interests decision (according to the Mental Capacity
# Act 2005)", "(see section 4)", "(under the Care Act)"; or says when it applies: "(where necessary)".
_NOT_A_GLOSS = lazy_pattern(
    r"(?:according to|see|as set out|as defined|as described|as per|in line with|under|in accordance with"
    # "'Complex Needs' (code 9)": a code is a label, not a gloss.
    # "granted under Schedule 1 (other than an interim authorisation)": a bracket that leaves
    # something out limits the term, as "except" does.
    r"|source|ref|cf|except|excluding|unless|if|code|other than|apart from|not including"
    # "a welfare guardian (depending on their powers)": when it applies, not what it is;
    # "formulation (including diagnosis)", "the system partners (including local government, ...)":
    # some of what it takes in, examples that give no plainer word (as followed_by_examples,
    # whose caller decides whether examples explain); "over a bony prominence (or related to a
    # medical or other device)": another case, not another name (session 27).
    r"|depending on|subject to|including|includes|such as|for example|e\.g\.?|eg"
    r"|or (?:related|similar|equivalent|both|other|another|any|its|their|his|her|your|where|when|if)"
    # "a Lead Professional (where necessary)", "(only where appropriate)": when the term applies,
    # as "if" says, not what it is. Not "(when needed)" or "(as required)": that is what PRN
    # means, so there they are its gloss (review24).
    # "continues or commences (where specified) on the granter's loss of capacity": where a
    # paper or a rule says so (session 26's blind set, read after it was scored).
    r"|(?:only\s+)?(?:where|when)\s+(?:necessary|appropriate|relevant|possible|applicable|available|agreed"
    r"|specified|stated|indicated|requested|practicable)"
    r")\b",
    re.IGNORECASE,
)
# A bracket that adds a detail about this one thing (how long, when, where, how many) and
# does not say what it is: "an Emergency Protection Order (lasting up to 8 days)", "a Care Order
# (made in May)", "an Interim Care Order (which lasts for the period specified ...)", "the
# review (held at the school)", "a care package (4 visits a day)". A "which" bracket that says
# what the term is still explains it: "(which means ...)", "(which is when ...)".
_A_DETAIL = lazy_pattern(
    r"(?:lasting|lasts?|lasted|made|issued|granted|dated|held|based|started|starting|starts|ending|ends|ended"
    r"|expires?|expired|expiring|renewed|reviewed|since|until|till|from|between|during|aged|up\s+to|at\s+least"
    r"|which\s+(?:(?:often|usually|also|normally|mostly|generally|only)\s+)?"
    r"(?!(?:is|are|was|were|means?|describes?|explains?|covers?|includes?|involves?|sets?|helps?|gives?|provides?)\b)"
    r"(?:[a-z]+(?:s|ed)|will|can|may|must|should|could|would|might|has|had)\b"
    r"|(?:in|on|by|before|after)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)|\d)",
    re.IGNORECASE,
)
# A bracket that gives the writer's own remark or feeling says nothing of what the term is: "CHC
# (pretty borderline IMO)", "a CTO (which he hates)", "an EHCP (finally!)". ("we", "us" and "our"
# are how a council or a trust speaks, in glosses too: "a care order (a court order that gives us a
# say)".)
_A_REMARK = lazy_pattern(
    r"\b(?:I|I'm|I've|I'd|me|my|IMO|IMHO|imo|imho|lol|tbh)\b|[!?]"
    r"|^(?:which|who)\s+(?:he|she|they|I)\b"
)
# A bracket that limits who or what the term covers: "your nearest relative (non-restricted
# patients only)".
_ONLY = lazy_pattern(r"\bonly\W*$", re.IGNORECASE)
#: What opens an explanation written just after a term or its noun, in small letters:
#: "a statutory service, which means ...", "triage, meaning ...", "(section 2): this means ...".
#: :mod:`jargonfree.nearby_explanations` uses the same openers after a term's noun.
GLOSS_OPENERS = (
    ", which means", ", meaning ", ", that is ", ", that is, ", " – this means", " - this means", ": this means",
    # "reablement, in other words help at home to ...", "a DoL, i.e. being kept somewhere ...".
    ", in other words ", ", in other words, ", ", i.e. ", ", i.e., ", ", ie ", ", ie. ",
    # "a model of discharge to assess in place: the principle being once a patient is medically
    # optimised, they should not remain in hospital ..." (session 27).
    ": the principle being ", ", the principle being ", ": the idea being ", ", the idea being ",
)
# The same with a word of time or degree, or with no comma: "specified and quantified, which will
# usually mean stating the hours ...", "a bank shift which means I am on the Trust's bank of staff".
_WHICH_MEANS = lazy_pattern(
    r"(?:,[ \t]+which[ \t]+(?:(?:will|would|can|may)[ \t]+)?(?:(?:usually|often|also|basically|simply|generally|normally)[ \t]+)?"
    r"mean(?:s)?|[ \t]+which[ \t]+means"
    # "a mental disorder, which can be defined as any mental illness, ...": a definition (session 24).
    r"|,?[ \t]+which[ \t]+(?:(?:can|may|is|are)[ \t]+)?(?:be[ \t]+)?defined[ \t]+as)[ \t]"
)
# Inside brackets, a dash and small words after the term explain it: "(NIPE - baby screening check)".
_DASH_GLOSS = lazy_pattern(r" +[-\u2013\u2014] +[a-z][^()\n]{2,80}\)")
# After a dash, "a" or "an" and small words say what the term is: "an initial triage - a series
# of simple health checks"; or "the" and a noun that a clause describes: "your IRO – the person
# who checks the plan – will ...".
# A word of how often or how best may open it: "a single point of contact – preferably a person
# that the young person knows and trusts – can ...", "your care coordinator – usually a nurse or a
# social worker – will ..." (session 26).
_DASH_APPOSITION = lazy_pattern(
    r" [-\u2013\u2014] (?:(?:usually|often|normally|generally|typically|preferably|ideally) )?"
    # Not a verdict or an amount: "Mum's blood spot screening – a bit late – was ...", "– a total waste of time –".
    r"(?:an? (?!" + VERDICTS + r"\b)[a-z]+ [a-z]|the (?:[a-z]+ ){1,3}(?:who|that|which|whose) )"
)
# "safeguarding referrals - where a child is at risk of abuse or neglect - double ...": when it
# applies, set apart by a second dash (not "- where we could -", which says when it was done).
_DASH_WHEN = lazy_pattern(r" [-\u2013\u2014] (?:where|when) (?:an?|the|your|someone|somebody|people|you) [^\n\u2013\u2014]{3,80}? [-\u2013\u2014] ")
# The term is a noun: a determiner and at most one word come before it.
# A possessive is a determiner too: "Baby’s blood spot screening – a small sample of blood
# usually taken ..." (session 26).
_AFTER_A_DETERMINER = lazy_pattern(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Oo]ur)|\b[A-Za-z]+['\u2019]s) (?:[a-z]+ )?$"
)
# After a dash, words that say what the term is whatever stands before it:
# another plainer name after "or" ("ankyloglossia - or tongue-tie.", "a transient ischaemic
# attack – or ‘mini stroke’."); a clause that says what it is ("Allied Health Professional –
# this is a term used for ...", "a kinship carer - that is a member of your own family",
# "delayed discharge - which occurs when ...", "upheld - meaning the council did something
# wrong", "a \u201cpre-assessment\u201d – basically a lot of questions"); or a noun phrase set
# apart by a second dash ("the mandatory reconsideration – the internal DWP appeal – having
# ...", "neurology – the brain and nervous system - and stroke care"). Not "this could be ...",
# "which are different to ...", "basically because ...", nor a name in quotes ("the 1996 Act – the \u2018relief duty\u2019 –").
_DASH_SAYS = lazy_pattern(
    r" [-\u2013\u2014] (?:"
    r"or [\"'\u2018\u201c]?[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}[\"'\u2019\u201d]?(?=[ \t]*[-\u2013\u2014,.;:)]|[ \t]*$)"
    r"|(?:(?:this|that|it|which) (?:is|are)|(?:this|that|it)['\u2019]s?|basically|simply|essentially|in other words|i\.?e\.?,?)"
    # Not a verdict on it: "their nearest relative – this is an important safeguard for people
    # who ..." says why the rights matter, not who the relative is (session 27).
    r" (?:an? (?!" + VERDICTS + r"\b)|the|when|where|what|how|someone|something|somewhere|used|given|made) "
    r"|(?:this|that|it|which) means |which (?:occurs|happens) |meaning "
    r"|the [a-z][\w-]*(?: [\w'-]+){0,3} [-\u2013\u2014] )",
    re.IGNORECASE,
)
# A noun set apart by a dash that says what kind of thing the term is, when the term is a
# thing's name in small letters: "administered thrombolysis – a clot-busting treatment",
# "tested for phenylketonuria - a rare, serious metabolic disorder", "• consultant
# obstetrician – a specialist in pregnancy" (no determiner needed; not a doing word:
# "sectioned - a bad day").
_DASH_A_NOUN = lazy_pattern(r" [-\u2013\u2014] an? [a-z-]+,? [a-z]")
# One everyday word in brackets inside a phrase can explain a term: "a secondary care (hospital)
# consultant".
# Not these, which say something else about it: "(again)", "(sic)", "(optional)".
_ONE_WORD_NOT_A_GLOSS = frozenset(
    "again also sic optional only now then currently usually often sometimes always below above "
    "attached enclosed pictured left right required recommended mandatory free approx etc maybe "
    "yes not none plural singular".split()
)
# After a dash or a comma, another name the reader knows: "informal patients – also known as
# voluntary patients" (a lower-case name: "..., also known as DoLS" spells nothing out).
_ALSO_KNOWN = lazy_pattern(r"\s*[,\u2013\u2014-]\s*(?:also|sometimes|often)\s+(?:known as|called|referred to as)\s+(?:an?\s+|the\s+)?[a-z]")
#: The least wordfreq Zipf frequency of a one-word gloss: a word most readers know.
ONE_WORD_GLOSS_ZIPF = 4.0


def _one_word_gloss(word: str) -> bool:
    """True if ``word`` alone in brackets reads as a plainer name for the term before it."""
    from .lexicon import zipf  # (imported here: most brackets never get this far)

    if "-" in word:
        # "regular antenatal (pre-birth) appointments": a hyphenated word whose last part is an
        # everyday word (session 27).
        parts = word.split("-")
        return len(parts) == 2 and all(part.isalpha() and part.islower() for part in parts) and len(parts[1]) >= 4 and zipf(parts[1]) >= ONE_WORD_GLOSS_ZIPF
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 4
        and word not in _ONE_WORD_NOT_A_GLOSS
        and zipf(word) >= ONE_WORD_GLOSS_ZIPF
    )


# Words that qualify a term in brackets at the end of its clause, rather than name it plainly:
# what stage or kind it is, or whom it is for ("a day centre (adults),").
_QUALIFIERS = frozenset(
    """pilot draft interim pending new old final current former latest full ongoing online private
    public local national urgent routine paid adult adults children child women men parents carers
    patients families staff""".split()
)
# Endings of describing words, which qualify ("(temporary)", "(optional)", "(bacterial)").
_DESCRIBING_ENDINGS = ("al", "ous", "ive", "ic", "ary", "ory", "ed", "ful", "less", "able", "ible", "ly", "ish")


def _plain_noun(word: str) -> bool:
    """True if ``word`` reads as a plain noun for the term before its bracket, not a qualifier."""
    return word not in _QUALIFIERS and not word.endswith(_DESCRIBING_ENDINGS)


# After an abbreviation, a bracket that says nothing of what the letters are: another choice
# ("the CCG (or its replacement)", "an AMHP (or, in theory, the NR)"), how often or which
# ("(usually the EHCP coordinator)", "(not specified)", "(in conjunction with ...)", "(one AP one a
# school)", "ESA (contribution based)"), or a short label for the phrase that ends with the
# letters ("the person making the LPA (the donor)", "the 3 central symptoms of ASD (the triad of
# impairments)"; a "the" that a clause goes on to describe still explains: "the RC (the doctor
# who is in charge of your care)", "the AMHP (the worker who decides)").
_ASIDE_TO_LETTERS = lazy_pattern(
    r"(?:or|and|usually|often|sometimes|not|in|one|two|more|less|e\.?g\.?)\b"
    r"|the(?:\s+(?!(?:who|that|which|where|whose|when)\b)[\w'-]+){1,3}$|[\w-]+[ -]based$",
    re.IGNORECASE,
)


def _aside_to_letters(inner: str) -> bool:
    """True if the bracket after an abbreviation (``inner`` its text) is an aside that says
    nothing of what the letters are: see :data:`_ASIDE_TO_LETTERS`."""
    return _ASIDE_TO_LETTERS.match(inner) is not None


# The first two words of a bracket, after "i.e." or "that is" and an article: "(i.e. a medical
# practitioner approved under section 22 of the Act)".
_BRACKET_HEAD = lazy_pattern(r"(?:(?:i\.?e\.?|that is),?\s+)?(?:an?|the)\s+([a-z]{3,}\s+[a-z]{3,})\b")


def _restates_words_before(text: str, start: int, inner: str) -> bool:
    """True if the bracket holding ``inner`` opens with two words that the sentence wrote just
    before the term: "Only an approved medical practitioner may grant a short-term detention
    certificate (i.e. a medical practitioner approved under section 22 of the Act)" explains the
    practitioner, not the certificate (session 27)."""
    head = _BRACKET_HEAD.match(inner)
    if head is None:
        return False
    before = text[max(0, start - 150) : start]
    stop = max(before.rfind(". "), before.rfind("\n"))
    return head.group(1) in before[stop + 1 :]


def explained_after(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` is followed straight away by a bracketed explanation
    (2+ words, not a Title Case name, not a citation or a short form the text will use; or one
    everyday lower-case word inside a phrase; not a bracket that limits it, "(... only)"), or by
    ", which means", ", meaning", ", that is" or ": this means"; or, inside brackets, by a dash
    and small words: "(NIPE - baby screening check)"."""
    if in_quotes(text, start, end):
        end += 1  # the term in quotes: "a “place of safety” (usually a hospital or police station)"
    if start and text[start - 1] == "(" and _DASH_GLOSS.match(text, end, end + 90) is not None:
        return True  # "(NIPE - baby screening check)"
    if _WHICH_MEANS.match(text, end, end + 40) is not None:
        return True  # "..., which will usually mean ...", "a bank shift which means ..."
    if text.startswith(" ", end):
        rest = text[end : end + 160]
        stripped = rest.lstrip(" ")
        if not stripped.startswith(("(", "–", "-")):
            return False  # after a space, only a bracket or a dash can start an explanation
    elif text.startswith(("(", ",", ":"), end):
        rest = stripped = text[end : end + 160]
    else:
        return False  # every explanation starts with a space, a bracket, a comma or a colon
    if stripped.startswith("("):
        close = stripped.find(")")
        words = (stripped[1:close] if close > 0 else "").split()
        if len(words) == 1:
            # Inside a phrase that goes on after it ("a secondary care (hospital) consultant"),
            # or at the end of a clause a plain noun ("cover behaviour, cognition (understanding),
            # communication", "certain eligibility criteria (conditions), the council ...",
            # "third sector (charities)."); at the end of one, a word may qualify the term instead
            # ("(pilot)", "(temporary).", "(adults),").
            after = stripped[close + 1 : close + 3] if close > 0 else ""
            if after[:1] == " ":
                return after[1:2].islower() and _one_word_gloss(words[0])
            return after[:1] in (",", ".", ";") and _one_word_gloss(words[0]) and _plain_noun(words[0])
        # "First-tier Tribunal (Mental Health)" is part of a name, not an explanation.
        title_case = all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        if len(words) < 2 or title_case:
            return False
        inside = stripped[1:close]
        inner = inside.strip()
        if inner[:1] in _CITATION_STARTS and (_bracket_cites_a_law(inner) or _bracket_cites_a_law(_inside(stripped))):
            return False  # only a law's part: "(section 37/41)", "(Section of 38 or S.31)"
        if " " not in text[start:end] and has_two_capitals(text[start:end]) and _aside_to_letters(inner):
            return False  # "the LA (usually the EHCP coordinator)", "ESA (contribution based)"
        if _LAW_PART.match(text, start, end) is not None and (_SUBJECT_OF_A_PART.match(inner) is not None or _A_PARTS_TITLE.fullmatch(inner) is not None):
            # "section 318 (false statements)", "Schedule 2 (relating to a short term detention for
            # examination)": the part's heading or subject, which names what it is about, not what
            # it does to the reader (session 27: two misses on the tune half). A gloss still
            # explains: "section 136 (a police power to take you to a safe place)".
            return False
        return (
            _NOT_A_GLOSS.match(inside) is None
            and _A_REMARK.search(inner) is None
            and _A_DETAIL.match(inner) is None
            and ASIDE_SHORT.search(inside) is None
            and _ONLY.search(inside) is None
            and not _restates_words_before(text, start, inner)
        )
    lowered = rest.lower()
    if _DASH_WHEN.match(rest) is not None:
        return True
    if _DASH_APPOSITION.match(rest) is not None and _AFTER_A_DETERMINER.search(text, max(0, start - 40), start):
        return True  # "an initial triage - a series of simple health checks", "your IRO – the person who ..." (a noun: not "sectioned - a bad day")
    if stripped[:1] in "-\u2013\u2014" and (
        _DASH_SAYS.match(rest) is not None
        or (_DASH_A_NOUN.match(rest) is not None and text[start].islower() and not text[start:end].endswith(("ed", "ing")))
    ):
        return True  # "ankyloglossia - or tongue-tie", "delayed discharge - which occurs when ...", "thrombolysis – a clot-busting treatment"
    return lowered.startswith(GLOSS_OPENERS) or _ALSO_KNOWN.match(rest) is not None


# The label a bracket gives the words before it: "(section 136)", "(the donor)", "(the 'donor')",
# and the term with the noun it describes: "Taking a break (respite care)", "afterwards
# (postnatal care)", "before returning home (step-down care)".
# One or two lower-case words of the term's own name may open the bracket: "Hip replacement
# (total hip arthroplasty)", "if it's lying low (placenta praevia)", "unaffected bowel between
# areas of active disease (skip lesions)"; not a word that makes the bracket a remark or a list
# ("(no stamp required)", "(mum is self-funding)", "(such as drawing up a will)"), nor a doing
# word ("(appealing sections B, F and I)").
_NOT_A_NAME_WORD = (
    r"(?:for|not|no|or|and|but|nor|plus|eg|ie|see|also|such|as|like|including|incl|with|within|without|using|via"
    r"|of|to|in|on|at|by|from|under|over|after|before|formerly|previously|known|called|sometimes|often|usually"
    r"|where|when|if|is|are|was|were|be|being|has|have|had|can|may|will|my|your|his|her|their|our|its|this|that"
    r"|these|those|any|some|all|each|every|more|less|most|only|just|which|who|what|how|an?|mum|dad)"
)
# Two terms for the two words before, with a slash between: "signs of high or low blood sugar
# (hypoglycaemia/hyperglycaemia)": each is the label of its word.
_OPENS_A_LABEL = lazy_pattern(
    r"\([ \t]*(?:the[ \t]+)?(?:(?!" + _NOT_A_NAME_WORD + r"[ \t]|[a-z-]*ing[ \t])[a-z][a-z-]+[ \t]+){0,2}[\"'\u2018\u201c]?(?:[a-z][a-z-]+/)?$"
)
# Before the bracket, a numbered level, step or part, or a law: the bracket gives the name of a
# numbered level or step ("raised to level 5 (special measures)", "Part 6 (looked after children
# etc)"), a term of the law just named ("under the Mental Health Act (sectioning)") or the part of
# it ("under the Act (Section 42)", "the Care Act 2014 (section 9)"), and the words before do not
# say what it is. Not any number: "up to age 25 (EHC plan)" is a gloss. A code or rules only as a
# law's: "Code of Practice", "Procedure Rules", not "the NMC Code (section 20)". The law's last
# words and the codes are shared with laws_named.LAW_JUST_BEFORE (data/law_name_ends.txt,
# data/law_code_names.txt).
_NAMES_OR_CITES = lazy_pattern(
    r"(?:\b(?:[Ll]evel|[Ss]tage|[Tt]ier|[Bb]and|[Ss]tep|[Cc]ategory|[Gg]rade|[Pp]hase|[Pp]art|[Ss]ection|[Aa]rticle|[Ss]chedule)"
    rf"\s+\d+[A-Za-z]?|\b(?:{read_alternatives('law_name_ends.txt')}|{read_alternatives('law_code_names.txt')}|Procedure Rules)(?:\s+\d{{4}})?)\s*$"
)
_CLOSES_A_LABEL = lazy_pattern(r"[\"'\u2019\u201d]?(?:/[a-z][a-z-]+)?[ \t]*\)")
_CLOSES_WITH_ITS_NOUN = lazy_pattern(r"[ \t]+[a-z]+[ \t]*\)")


def explained_before(text: str, sentences: Sequence[Span], start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` stands alone in brackets after 2+ words, perhaps
    as a label with "the" or in quotes: "a safe place (section 136)", "allows a person (the
    'donor') to appoint ...".

    ``sentences`` are the sentence spans of ``text``.
    """
    # Bounded windows: slicing the whole text for every match would make long texts quadratic.
    if text.find("(", max(0, start - 40), start) == -1:
        return False  # (the usual case, tested without a slice)
    if _OPENS_A_LABEL.search(text, max(0, start - 40), start) is None:
        return False
    if _CLOSES_A_LABEL.match(text, end, end + 40) is None and (
        _CLOSES_WITH_ITS_NOUN.match(text, end, end + 24) is None or text[start - 1] != "(" or has_two_capitals(text[start:end])
    ):
        return False  # (an abbreviation and a noun, "(CHC funding)", is a name, not a gloss)
    open_at = text.rfind("(", 0, start)
    if _NAMES_OR_CITES.search(text, max(0, open_at - 24), open_at) is not None:
        return False  # "raised to level 5 (special measures)", "under the Act (Section 42)"
    sentence_start = sentence_at(sentences, open_at, len(text))[0]
    return len(WORD.findall(text[sentence_start:open_at])) >= 2

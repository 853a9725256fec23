"""Explanations that come after a term, in the sentences that follow it.

* the next sentence says what the term that ended its sentence is: "... a Named Person. This is
  a worker who ...", "... waited to be triaged. This is where a nurse ..." (:func:`explained_next`);
* the term opens a sentence that gives another name for it, or a thing it is like, and the next
  sentence says what "it" is or does: "A children's hearing is sometimes just called a hearing or
  a children's panel. It is a meeting that ...", "Intermediate care is quite similar to
  reablement. It supports people to recover ..." (:func:`explained_after_another_name`);
* one of the next few sentences opens with the term again, or its short form, and defines it:
  "... are being granted SGOs to keep children in the family. An SGO is an order made by a court
  that ..." (:func:`defined_in_a_later_sentence`, which asks
  :func:`jargonfree.defining_sentences.defined_by_its_sentence` of that sentence).

:mod:`jargonfree.nearby_explanations` asks both with its other tests of the words around a term
(moved out of it in session 13: a module over about 300 lines needs a reason, issue 17).
"""

from __future__ import annotations


from .defining_sentences import defined_by_its_sentence
from .data import read_set
from .document import Document
from .kind_sentences import VERDICTS
from .spans import Span
from .lazy_patterns import lazy_pattern


# "... a designated Named Person. This is an identified professional who ...": the next
# sentence says what the term is.
# "... a supervision requirement order. This means a social worker will visit.": what follows
# from it, not what it is. After "means", a subject and a verb of what will or can happen.
_CONSEQUENCE = (
    # ("... for reablement. This means someone will call you next week": what happens next; review24.)
    r"(?!\s+(?:that\s+)?(?:you|we|they|he|she|it|your|their|his|her|our|there|someone|somebody|nobody|no\s+one|people|staff"
    r"|help|support|care|money|funding|treatment|advice|the\s+[a-z]+|an?\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:will|would|can|could|may|might|must|should|shall|won't|can't|cannot|has|have|had|needs?|gets?|does|did|is|are|was|were)\b)"
)
# Words that make "is ... help to" or "means ... care from" a judgement, an amount or a reason,
# not what the term is: "This is no help at all", "It means more care from the family".
_NOT_WHAT_IT_IS = r"(?:no|not|never|why|more|less|much|even|just|also|still|all|any|extra|better|worse)\b"
_GLOSS_NEXT = lazy_pattern(
    r"\s*(?:This|That|They|These|He or she|This person|This role)\s+(?:is an?|are|means" + _CONSEQUENCE + r"|is the person|is someone"
    # "... you are in Priority Need. This is the term used to identify ...": a name the next sentence explains.
    r"|is the (?:term|word|name) (?:used )?(?:for|to)"
    # "... told to apply for deputyship. This lets you manage someone's money when they can't.":
    # what it lets a person do (session 27).
    r"|(?:lets|allows|enables) (?:you|people|someone|a person|the person|families|carers) (?:to )?(?!(?:down|know|off)\b)[a-z]+ "
    # "... by the "Integration Authority". This term broadly means the person or body which ...":
    # the word itself, and what it means (session 27).
    r"|(?:term|word|phrase|name) (?:(?:broadly|simply|just|basically|generally|usually) )?(?:means|refers to|describes) "
    # "... will be called a Pathway Plan. This is like a care plan but also looks at ...": a thing
    # the reader knows that it is like (not a verdict: "This is like a nightmare").
    r"|is (?:(?:a bit|rather|quite|much) )?like (?:an?|the) (?!" + VERDICTS + r"\b)"
    # "... a bigger programme of change called Personalisation. This is about supporting you ..."
    r"|is about(?!\s+to\b)"
    # "... offered reablement. This is short-term help at home to ...": help, care or support, by what for.
    # Not a judgement or a reason: "This is no help at all", "This is not care for", "This is why support from".
    r"|is (?!" + _NOT_WHAT_IT_IS + r")(?:[a-z-]+ ){0,2}(?:help|support|care|treatment|money|advice) (?:to|for|at|with|in|from|that|which|when|if)"
    # "... waited to be triaged. This is where a nurse ...", "... 'section 20'. This is the section
    # of the Children Act that describes ...": where, when or what it is.
    r"|is (?:where|when|what|how)"
    r"|is the (?!(?:only|same|first|last|best|worst|main|most|least|key|right|wrong|next|reason|way|case|problem)\b)[a-z]+ (?:of|that|which|who|where|when|for)"
    # "... a personalised housing plan for you. This will detail the actions ...", "... an Individual
    # Development Plan (IDP). This will show how they will be supported": what a plan or
    # a document sets down.
    r"|will (?:detail|set out|list|record|describe|explain|show) (?:the|what|how|your|any|all)"
    # "... put it right through a system of ‘Redress’. This can involve more treatment,
    # apologising, referring a patient elsewhere or making modest compensation payments": what it
    # takes in, two things or more (not "This can involve a long wait", nor a verdict; session 26).
    # The term itself must end its sentence (:func:`explained_next`): "... through to psychosocial
    # and emotional services. This can include counselling ..." speaks of the services.
    r"|(?P<takes_in>(?:can|may|could|will|would) (?:also )?(?:involve|include))(?= (?!(?:an? |the )?" + VERDICTS + r"\b)[^.;:!?\n]{2,80}?(?:,| or | and )))\b"
    # "... offered reablement. It means help at home to ...", "... It is a type of ...": "It" and
    # what the term is (not "It is a nightmare", nor "It means you can ...").
    r"|\s*It\s+(?:means" + _CONSEQUENCE + r"(?=\s+(?:an?|the|being|having|when|where|someone|somebody|people|[a-z]+ing|(?!" + _NOT_WHAT_IT_IS + r")(?:[a-z-]+\s+){0,2}(?:help|support|care|money|payments?|advice|funding|treatment|services?))\s)"
    r"|is\s+(?:an?\s+(?:type|kind|form|sort|way)\s+of|where|when|how|what)\b)"
    # "... an application to the Tribunal for a Compulsory Treatment Order. Such an order can
    # authorise detention of the patient in hospital ...": what a paper of its kind lets be done
    # (session 27).
    r"|\s*Such\s+an?\s+(?:order|certificate|warrant|agreement|plan|direction)\s+(?:(?:can|will|may|would)\s+)?(?:authori[sz]es?|allows?|lets?|permits?|enables?|gives?)\b"
    # "... a Child Protection Order ("CPO"). A CPO is an Order which ...": its short form.
    r"|\s*(?:An?|The)\s+(?P<short>[A-Z]{2,6})\s+(?:is an?|are|means)\b"
    # "... a Safeguarding Adults Board (SAB). The SAB's overarching purpose is to ...": what it is for.
    r"|\s*(?:Its|(?:The|An?)\s+(?P<owner>[A-Z]{2,6})['\u2019]s)\s+(?:[a-z]+\s+)?(?:purpose|role|job|aim|task)\s+is\b"
)
# A bracket at the end of the term's sentence gives another name for it, and does not stop the
# next sentence explaining it: "... what's called a Compulsory Supervision Order (Supervision
# Requirement). This is a legal document which ...".
# Or after a dash or a comma: "... the Decision Support Tool – also commonly referred to as the
# DST. This is the paperwork that must be completed ..." (session 27).
_ALIAS = lazy_pattern(
    r"\s*\([^()\n]{1,60}\)"
    r"|\s*[,\u2013\u2014-]\s+(?:(?:also|often|sometimes|commonly|usually)\s+)*(?:known\s+as|called|referred\s+to\s+as)\s+[^.,;:()\n]{1,40}"
)
_PLURAL_AFTER = lazy_pattern(r"[\"'\u2019\u201d]?\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|children)\W*$")
#: A term counts as explained by the next sentence only when it ends its own sentence
#: (at most this many characters before the full stop: "available to them").
NEXT_SENTENCE_SLACK = 24
#: ... or this many, when the term is in quotes (:func:`explained_next`).
QUOTED_SLACK = 60
_CLOSING_QUOTES = "\"'\u2019\u201d"


# A later sentence may open with the term again, or its short form, and define it: "... are
# being granted SGOs to secure a home for children. An SGO is an order made by the court ...",
# "You can order an 'advance decision' (sometimes known as ...). An Advance Decision is a decision
# you can make now to refuse ...".
_NEXT_OPENING = lazy_pattern(r"[\s\u2022*]*(?:(?:An?|The)\s+)?")  # a bullet may open it


# The term's short form in a bracket just after it: "a Mental Health Officer (MHO) ...".
# In the plural too: "a small team of Mental Health Officers (MHOs) ... MHOs are social workers who
# ..." (session 27).
_SHORT_AFTER = lazy_pattern(r"[ \t]*\((?P<short>[A-Z][A-Za-z]*[A-Z])s?\)")


def defined_in_a_later_sentence(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if one of the next :data:`SENTENCES_AHEAD` sentences opens with the same term (in
    either number), or with the short form the text gives it in a bracket just after it, and
    says what it is, as :func:`defined_by_its_sentence` judges: "... as a Mental Health Officer
    (MHO) in a local authority is varied. MHOs are specialist social workers with ..."."""
    text = doc.text
    short = _SHORT_AFTER.match(text, end, end + 12)
    if short is not None and _defined_later(doc, end, sentence, short.group("short"), letters_read=True):
        return True
    if _defined_later(doc, end, sentence, text[start:end]):
        return True
    # The next sentence speaks of it by its last word alone: "... develop a Pathway Plan just before
    # your 16th birthday. The plan is there to make sure that you are as prepared as possible ..."
    # (session 27). Only a noun of a thing a service makes or holds (data/head_nouns.txt), and
    # only in the very next sentence: further on "the plan" may be another plan.
    space = text.rfind(" ", start, end)
    if space == -1:
        return False
    head = text[space + 1 : end].lower()
    following = sentence[1]
    # (A quick test first: the next sentence opens "The plan ...", "Your plan ...".)
    opening = text[following : following + len(head) + 8].lower()
    return head in opening and head in read_set("head_nouns.txt") and _defined_later(doc, end, sentence, head, ahead=1)


def _defined_later(doc: Document, end: int, sentence: Span, term: str, *, letters_read: bool = False, ahead: int = 0) -> bool:
    """The test of :func:`defined_in_a_later_sentence` for one way of writing the term, in the
    next ``ahead`` sentences (:data:`SENTENCES_AHEAD` if 0)."""
    text = doc.text
    stem = term[:-1] if term.endswith("s") and len(term) > 3 else term
    if stem.lower() not in text[end : end + WORDS_AHEAD].lower():
        return False  # (most terms: not written again soon after)
    following = sentence[1]
    for _ in range(ahead or SENTENCES_AHEAD):
        if following >= len(text) or following - end > WORDS_AHEAD:
            return False
        opening = _NEXT_OPENING.match(text, following)  # (always matches, perhaps nothing)
        at = opening.end() if opening else following
        if text[at : at + len(stem)].lower() == stem.lower():
            after = at + len(stem)
            while after < len(text) and text[after].isalpha() and after - at - len(stem) < 2:
                after += 1  # "SGOs" / "SGO", "care leaver" / "care leavers"
            if letters_read and text.startswith(("'s ", "\u2019s "), after):
                after += 2  # "IRO's have a statutory responsibility to ...": a plural written with an apostrophe
            if not (after < len(text) and text[after].isalnum()):
                return defined_by_its_sentence(doc, at, after, doc.sentence_at(at), letters_read=letters_read)
        following = doc.sentence_at(at)[1]
    return False


#: How many sentences after a term one that defines it may come, and within how many characters.
SENTENCES_AHEAD = 3
WORDS_AHEAD = 600


def explained_next(doc: Document, end: int, sentence: Span) -> bool:
    """True if the term ending at ``end`` ends its ``sentence`` and the next sentence explains
    it ("... a Named Person. This is a worker who ...").

    Its "This means ..." is not :func:`jargonfree.explaining_clauses.explained_by_this_means`,
    and neither can serve for the other. Here the term may be any noun that ends its sentence,
    so the words after "means" must say what the term is, not what follows from it
    (:data:`_CONSEQUENCE`: not a subject and a verb, "This means someone will call you"); "That",
    "They", "It" may open it too, and a short form need not be spelt out. There the term must be
    what its clause's subject is (a form of "be" just before it: "PIP is not means-tested"), so
    "This means" may say what being so leads to ("This means that you can receive it"), it may
    follow a comma (", this means") and the term may not be an abbreviation. Made one, the rule
    would be the two tests side by side (session 25: on the quality corpus this "means" counted 5
    terms and that rule 2 others)."""
    sentence_end = sentence[1]
    if sentence_end - end > NEXT_SENTENCE_SLACK + 62 or sentence_end >= len(doc.text):
        return False
    tail = doc.text[end:sentence_end]
    if len(tail) > NEXT_SENTENCE_SLACK and tail[:1] in _CLOSING_QUOTES and len(tail) <= QUOTED_SLACK:
        # A term the writer puts in quotes is the one the next sentence speaks of, whatever few
        # words follow it: "Another option is to arrange to have ‘shared care’ with your GP and the
        # hospital. This means the majority of your appointments will be at your GP’s surgery."
        # (session 27).
        tail = tail[:1]
    if len(tail) > NEXT_SENTENCE_SLACK:
        tail = _ALIAS.sub("", tail, count=1)
        if len(tail) > NEXT_SENTENCE_SLACK:
            return False
    if "," in tail or ";" in tail:
        return False
    m = _GLOSS_NEXT.match(doc.text, sentence_end, sentence_end + 40)
    if m is None:
        return False
    # "These are ..." after one thing speaks of something else: "... an Adult Protection and
    # Support Order (APSO). These are completely new powers for local authorities."
    # A plural noun after the term, or ending it, may be what "These" speaks of: "... and 'former
    # relevant' young people. These are those who have left care.", "... all 'eligible' children.
    # These are young people aged 16 or 17 who ..." (the glossary now takes in "children").
    if m.group().lstrip().startswith("These ") and not doc.text.endswith(("s", "people", "children"), 0, end) and not _PLURAL_AFTER.match(tail):
        return False
    if m.group("takes_in") and tail.strip(" .!?\"'\u2019\u201d)"):
        return False  # what "This can include" lists may be of the words after the term
    # A short form in the next sentence must be the term's own: in its bracket ("... Order
    # (CPO). A CPO is ...") or the term itself ("... a CPO. A CPO is ..."), not another one.
    short = m.group("short") or m.group("owner")
    return short is None or short in tail or doc.text.endswith(short, 0, end)


# "A children's hearing is sometimes just called a hearing or a children's panel.": the term, as
# its sentence's subject (only an article before it), and another name for it.
_BEFORE_SUBJECT = lazy_pattern(r"[\s\"'\u2018\u201c(*\u2022-]*(?:(?:An?|The)\s+)?$")
_ANOTHER_NAME = lazy_pattern(
    r"\s+(?:is|are)\s+(?:(?:also|sometimes|often|usually)\s+)?(?:(?:just|simply)\s+)?(?:called|known\s+as|referred\s+to\s+as"
    # Or a thing it is like: "Intermediate care is quite similar to reablement. It supports people
    # to recover ..." (session 26).
    r"|(?:(?:quite|very|much|a\s+bit)\s+)?similar\s+to)\s"
)
# "It supports people to recover and rehabilitate when they come out of hospital": what the
# subject of the sentence before does for people, at length (:data:`WORDS_SAYING_WHAT_IT_DOES_NEXT`).
_IT_DOES = lazy_pattern(
    r"\s*(?:It|They)\s+(?:supports?|helps?|gives?|provides?|offers?|lets?|allows?)\s+"
    r"(?:people|you|adults|children|families|carers|patients|someone|older\s+people)\s+(?!(?:nothing|little|no)\b)"
)
#: How many words at least follow the verb of :data:`_IT_DOES` to the end of its sentence.
WORDS_SAYING_WHAT_IT_DOES_NEXT = 8
# "It is a meeting that children are asked to go to ...", "They are people who ...": what the
# subject of the sentence before is, a noun and then what describes it; not a verdict ("It is a
# nightmare that never ends": :data:`jargonfree.kind_sentences.VERDICTS`).
_IT_IS_A = lazy_pattern(
    r"\s*(?:It|They)\s+(?:is|are)\s+(?!(?:an?\s+)?" + VERDICTS + r"\b)(?:an?\s+)?(?:[a-z-]+\s+){1,3}?(?:that|which|who|where|when|held|run|used|given)\b"
)


def explained_after_another_name(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if the term opens its ``sentence`` as the subject, the sentence gives another name for
    it ("is sometimes just called a hearing") or a thing it is like ("is quite similar to
    reablement"), and the next sentence says what it is ("It is a meeting that ...", or as
    :func:`explained_next` reads: "This is a ...") or what it does for people, at length ("It
    supports people to recover and rehabilitate when they come out of hospital":
    :data:`WORDS_SAYING_WHAT_IT_DOES_NEXT`)."""
    text = doc.text
    if _ANOTHER_NAME.match(text, end) is None or _BEFORE_SUBJECT.fullmatch(text, sentence[0], start) is None:
        return False
    following = sentence[1]
    if _IT_IS_A.match(text, following, following + 80) is not None or _GLOSS_NEXT.match(text, following, following + 40) is not None:
        return True
    does = _IT_DOES.match(text, following, following + 80)
    return does is not None and len(text[does.end() : doc.sentence_at(does.end())[1]].split()) >= WORDS_SAYING_WHAT_IT_DOES_NEXT

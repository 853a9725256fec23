"""The words after "is", "are" or "means" that say what a term is: "is when a person ...",
"is a family member who ...", "means the ability to ...", "is defined as ...", "refers to
schemes that ..." (:data:`SAYS_WHAT_IT_IS`, :data:`DEFINING`).

Split from :mod:`jargonfree.defining_sentences` (session 21: a module over about 300 lines
needs a reason), which asks them of a sentence that opens with a term, as
:mod:`jargonfree.explaining_clauses` asks :data:`SAYS_WHAT_IT_IS` of the words after "which is".
"""

from __future__ import annotations

import re

from .kind_sentences import DEGREE, VERDICTS
from .lazy_patterns import lazy_pattern

# "A deprivation of liberty is when ...", "The nearest relative is a family member who ...":
# a sentence that starts with the term and says what it is. Public pages explain terms so.
# "NHS Continuing Healthcare is a package of care arranged and funded by the NHS",
# "Continuing healthcare is care paid for by the NHS": what it is, then who gives or pays for it.
_GIVEN = r"(?:arranged|funded|paid|provided|given|run|offered|delivered|designed|made|used|led|set up|carried out|allocated|awarded|caused)"
# The nouns an explanation so often has at its head that no article is needed before them:
# "Reablement is short-term help to ...", "Direct payments are money from the council ...".
_HELP_NOUNS = r"(?:help|support|care|money|payments?|advice|funding|treatment|services?)"
# What follows "is", "are" or "means" when it says what a term is.
SAYS_WHAT_IT_IS = (
    r"(?:when|where|if|someone|somebody|a person|people|the (?:name|word|term) for"
    r"|an?\s+(?:type|kind|form|sort)\s+of\b"
    # Not what happens to it: "The co-ordinated support plan is a statutory document which is
    # subject to regular monitoring and review" says how it is kept, not what it is (session 27).
    r"|an?\s+(?:[\w'-]+,?\s+){0,6}?(?:who|that|which|where|when|to|for|" + _GIVEN + r")\b(?!\s+(?:is|are)\s+(?:subject|liable)\s+to\b)"
    # "a personal budget, which is a statement showing the cost of meeting their needs", "is a
    # document setting out ...": a noun and a doing word of what it shows or gives (not a verdict:
    # "a nightmare showing no end"; session 26).
    r"|an?\s+(?!" + VERDICTS + r"\b)(?:[\w'-]+\s+){0,2}?[a-z]+\s+(?:showing|setting\s+out|listing|describing|explaining|giving|allowing|letting|enabling|providing|offering)\b"
    r"|(?:[\w'-]+\s+){1,3}?" + _GIVEN + r"\s+(?:for|by|to|in|at|with)\b"
    # "A deputy is appointed by the Court of Protection to make decisions ...": who chooses them.
    r"|(?:appointed|chosen)\s+by\b"
    # "CPR is what we do to try and restart the heart", "Mental capacity is about having the ability
    # to ...", "A summary care record is like a condensed version of your records", "Triage is
    # designed to help divert young people ..." (not "is used to": "Your aggregate income is used
    # to work out the charge" says nothing of "aggregate"), "The CMHT is made up of mental health
    # professionals ...", "Kinship foster care is one type of kinship care arrangement".
    r"|what\s+(?:we|you|they|people|happens|the)\b|about\s+(?:[a-z]+ing|how|what)\b|like\s+(?:an?|the)\s"
    # "Deprivation of assets is the process of hiding, giving away or ... assets".
    r"|the\s+(?:process|act|practice|state|study)\s+of\b"
    # "A Mandatory Reconsideration is the first step in challenging ...", "The minimum income
    # guarantee is the minimum amount of income a person must be left with ...", "The bundle is
    # the full collection of evidence ...": where it stands in a process, or what it is a part of.
    r"|the\s+(?:first|second|third|final|last)\s+(?:step|stage|part)\s+(?:in|of)\b"
    r"|the\s+(?:[\w'-]+\s+){0,2}?(?:amount|sum|collection|set|list|copy|record|period|range)\s+of\b"
    # "Child Protection Conferences are held when there are worries ...": a meeting, by when it is held.
    r"|held\s+(?:when|if|where|to)\b"
    # "Self Directed Support is how social care is arranged in Scotland" (not "how much", "how long").
    r"|how\s+(?!(?:much|many|long|often|far|bad|good|hard|easy)\b)[a-z]+\s"
    # "Self-Directed Support (SDS) is the way social care support is provided (organised) in Scotland", "...
    # is the way people get care and support": how a thing is given, or how people get it (not
    # "the way forward", "the way to go").
    r"|the\s+(?:main\s+|usual\s+|new\s+)?way\s+(?:that\s+|in\s+which\s+)?(?:(?:[\w'-]+\s+){1,4}?(?:is|are)\s+(?:organi[sz]ed|" + _GIVEN
    + r")|(?:people|you|adults|children|families|carers|we)\s+(?:get|receive|are\s+given|pay\s+for))\b"
    # "'Floating support' is the term used to describe support services which ...".
    r"|the\s+(?:name|word|term|phrase)\s+(?:used|given)\s+(?:to\s+(?:describe|mean|refer)|for)\b"
    r"|(?:designed|intended)\s+(?:to|for)\b|made\s+up\s+of\b|one\s+(?:type|kind|form|sort)\s+of\b"
    # "The plan is there to make sure that you are as prepared as possible ...": what it is for.
    # "Drug Treatment and Testing Orders (DTTO) are imposed by courts where someone's offending is
    # ...": an order, by who makes it and when (session 27).
    r"|there\s+to\s+(?:help|make\s+sure|support|protect|give|provide|ensure|check|keep|stop|prevent|plan|record)\b"
    r"|(?:imposed|made|granted|issued|ordered)\s+by\s+(?:the\s+|a\s+)?(?:(?:family|youth|crown|sheriff|criminal)\s+)?(?:courts?|sheriffs?|judges?|magistrates?|tribunals?)\s+(?:when|where|if|to|for)\b"
    # ... but not a claim about how much: "The direction of travel is more care at home."
    r"|(?:(?:an?|the)\s+)?(?!(?:more|less|better|extra|much|no)\b)(?:[\w'-]+\s+){0,2}?" + _HELP_NOUNS
    # "Reablement is short-term help at home after a hospital stay": where or with what it is given.
    + r"\s+(?:to|for|from|that|which|who|when|where|you|your|people|at\s+home|in\s+your|with\s+(?:daily|everyday|washing|getting))\b"
    # "A place of safety is somewhere the police can take you": a place, by what happens there.
    r"|somewhere\s+(?:that\s+|where\s+)?(?:you|the|a|people|someone|children|adults|staff)\b"
    # "A care coordinator is the main point of contact and support if you need ...", "The Children's
    # Reporter is the first contact a child or family will have with ...": a role, by what it is to you.
    r"|the\s+(?:main\s+|first\s+|single\s+|key\s+)?(?:point\s+of\s+)?contact\b"
    # "the" and a noun that a clause or "for" describes: "... (MASH) is the single point of
    # contact for all professionals", "... (DRE) is the additional costs that someone ...";
    # not a ranking or a claim ("is the only option for", "is the best way to").
    # Nor a figure of how much it matters: "Best interests assessors are the lynchpin on which the
    # entire edifice of DoLS rests" (session 27).
    r"|the\s+(?!(?:only|same|first|last|best|worst|main|most|least|key|right|wrong|next|reason|way"
    r"|lynchpin|linchpin|cornerstone|backbone|bedrock|heart|centre|center|core)\b)"
    r"(?:[\w'-]+\s+){1,6}?(?:for|that|who|which|where|whose|to|taken|" + _GIVEN + r")\b"
    # ... or a comma before "where": "Option 1 is the option with most responsibility, where the
    # council give you money to ..." (not "is the hardest, to be honest": a clause, not "to"; not
    # a ranking: "is the biggest fight we have had, where", "is the thing I need most, where").
    r"|the\s+(?!(?:only|same|first|last|best|worst|main|most|least|key|right|wrong|next|reason|way|[a-z]+est)\b)"
    r"(?:[\w'-]+\s+){0,5}(?!(?:most|least|[a-z]+est),)[\w'-]+,\s+where\b)"
)
# A clause of what must, will or can follow: a short subject (up to three words, none of them
# opening a clause of its own) and a word such as "must" or "will not".
_RULE_CLAUSE = (
    r"(?:(?!(?:who|which|that|is|are|was|were)\b)[\w'\u2019-]+\s+){1,3}?"
    r"(?:can|will|must|may|could|cannot|can't|can\u2019t|won't|won\u2019t|should|shall|have\s+to|has\s+to|need\s+to|needs\s+to)\s"
)
# Words that may stand between "is" and what the term is: "is simply a way of ...", "is
# essentially an indirect way of measuring ...".
DEFINING = lazy_pattern(
    # The text's own short form may stand between: "NHS Continuing Healthcare (CHC) is a ...".
    r"(?:\s+\(\s?[A-Z][A-Za-z0-9]{1,7}\s?\))?"
    # "Mental capacity means the ability to ...", "... means being able to ...": a sentence that
    # opens with the term and "means" and a noun phrase (not a clause: "Her CFS means she rests").
    # "Kinship care simply means that a relative ... is caring for them": "that" and a clause.
    # "Reablement means 'learning or re-learning the day-to-day skills ...'": a quote may open it.
    # Not a verdict: "Being sectioned means a lot to the family" (session 27).
    r"\s+(?:(?:(?:simply|basically|just)\s+)?(?P<means>means)\s+(?=[\"'\u2018\u201c]?(?:(?:the|an?)\s+(?!" + VERDICTS + r"\b)|(?:being|having|when|where|someone|somebody|people|that(?!\s+" + _RULE_CLAUSE + r"))\b)|[\"'\u2018\u201c]?[a-z]+ing\b)"
    # "A community treatment order means you can leave hospital and be treated in the community
    # ...": of a kind of thing (only after "a" or "an", :func:`defined_by_its_sentence`), "means"
    # and what it lets or makes a person do (session 27). Not "Her CFS means she rests", which
    # the opening turns down.
    r"|(?P<means_clause>means)\s+(?:that\s+)?(?=(?:you|they|he|she|someone|somebody|a\s+person|the\s+person|people|your\s+child|the\s+child)\s+"
    r"(?:can|will|must|may|could|cannot|can't|won't|have\s+to|has\s+to|do\s+not|does\s+not|don't|doesn't)\s)"
    # "Section 117 means that you will not be charged for your aftercare", "A Section 47 enquiry
    # means that CSC must carry out an investigation when ...": "that", any short subject and a
    # word of what must, will or can follow is a result or a rule that X brings, not what X is
    # (session 28). "Kinship care simply means that a relative is bringing up the child" says
    # what the state is, with no such word.
    r"|(?P<means_rule>means)\s+that\s+(?=" + _RULE_CLAUSE + r")"
    # "Kinship care can be informal (arranged privately) or formal (approved by social services or
    # the court)": its two kinds, each explained in brackets (session 27).
    r"|(?P<kinds>(?:can|may)\s+be\s+(?:either\s+)?[a-z-]+\s+\([^()\n]{3,60}\)\s*,?\s+or\s+[a-z-]+\s+\([a-z])"
    # "Intermediate care can mean a range of services to ...": what it may take in.
    r"|(?:can|may)\s+(?P<can_mean>mean)\s+(?=(?:the|an?|any|being|having|when|where|someone|somebody|people)\b)"
    # "Chronic means long term.", "Acute means sudden or short-lived.": a short gloss that is the
    # whole of its sentence (at most four plain words after "means", then the full stop).
    # Not what it means to someone: "Respite means everything to me.", "Respite means a lot."
    r"|(?P<short_gloss>means)\s+(?![^.\n]*\b(?:me|you|us|them|him|her|it|everything|nothing|anything|something|lot|so|too|more|less)\b)"
    r"(?=(?:[a-z-]+\s+){0,3}[a-z-]+\s*\.(?:\s|$))"
    # "Domiciliary care is defined as the range of services put in place to ...", "A pressure
    # ulcer is defined as: 'A localised injury to the skin ...'", "... is defined as damage to
    # the skin": whatever words follow, or a colon and a quoted definition (not a bare name or
    # number: "is defined as Section 17 of the Act" says where, not what).
    r"|(?:is|are)\s+(?:usually\s+|generally\s+)?defined\s+as(?:\s*:)?\s+(?=[\"'\u2018\u201c]\w|(?-i:[a-z]))"
    # "Supported living refers to schemes that provide ...", "A delayed discharge refers to the
    # process when ...": what the term names, as the sentence's subject (not a part of a law:
    # "Schedule 2 refers to the limited capability for work test" says where, not what).
    r"|(?P<refers>refers?\s+to)\s+(?=(?:the|an?|any|when|where|someone|somebody|people)\b|[a-z]+\s+(?:that|which|who|where|when)\b)"
    # "Co-production describes organisations working together on the same issue": what it names,
    # as people or bodies doing something.
    r"|(?P<describes>describes?)\s+(?=(?:people|organisations|services|professionals|families|agencies|staff)\s+[a-z]+ing\b)"
    # "Mandatory Reconsideration is simply a way of asking ...": a word of degree may stand first.
    r"|(?:is|are|means)\s+(?:" + DEGREE + r"\s+)?" + SAYS_WHAT_IT_IS + r")",
    re.IGNORECASE,
)

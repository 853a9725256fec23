"""Settings for a check: who the reader is and what counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .nations import DEFAULT_JURISDICTION, JURISDICTIONS
from .report import SEVERITY_ORDER

#: Per audience: the reading-age target, the longest sentence, how serious jargon is, and
#: which checks run by default.
AUDIENCES: dict[str, dict[str, object]] = {
    # The NHS and most health-literacy guidance: reading age 9 to 11, sentences of 20 words or fewer.
    "public": {"max_reading_age": 11.0, "max_sentence_words": 20, "jargon_severity": "warning", "skip": frozenset()},
    # Writing for colleagues: terms of the trade are reported as information, not failures.
    "professional": {
        "max_reading_age": 14.0,
        "max_sentence_words": 25,
        "jargon_severity": "info",
        "skip": frozenset({"uncommon"}),
    },
}


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """What to check and how strictly. Build with :meth:`for_audience` to get an audience's defaults."""

    audience: str = "public"
    max_reading_age: float = 11.0
    max_sentence_words: int = 20
    jargon_severity: str = "warning"
    jurisdiction: str = DEFAULT_JURISDICTION
    only: frozenset[str] = field(default_factory=frozenset)
    skip: frozenset[str] = field(default_factory=frozenset)
    fail_level: str = "warning"
    #: Words rarer than this on the Zipf scale (wordfreq) are "uncommon"; 1 = once per 100 million words.
    uncommon_zipf: float = 2.6
    #: The organisation's own phone numbers and email addresses ("@example.org" for a whole
    #: domain): the privacy check never flags them.
    allow_contacts: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # A caller's plain values made into the fields' types, with a clear error if they
        # cannot be: only="jargon" is one check (not the letters j, a, r...), and
        # max_reading_age="abc" is a SettingsError, not a TypeError from a comparison.
        for name in ("only", "skip"):
            object.__setattr__(self, name, _names(name, getattr(self, name)))
        if self.allow_contacts:
            object.__setattr__(self, "allow_contacts", _contacts(self.allow_contacts))
        for name, kind in (("max_reading_age", float), ("max_sentence_words", int), ("uncommon_zipf", float)):
            value = getattr(self, name)
            try:
                if isinstance(value, bool) or (kind is int and isinstance(value, float) and not value.is_integer()):
                    raise ValueError
                converted = kind(value)
            except (TypeError, ValueError):
                raise SettingsError(f"{name} must be a {'whole number' if kind is int else 'number'}, not {value!r}") from None
            if converted != converted:  # NaN
                raise SettingsError(f"{name} must be a number, not {value!r}")
            object.__setattr__(self, name, converted)

    @classmethod
    def for_audience(cls, audience: str = "public", **overrides: object) -> Settings:
        """Settings with ``audience``'s defaults, then ``overrides`` (None values are ignored)."""
        if audience not in AUDIENCES:
            raise SettingsError(f"unknown audience {audience!r}: use one of {', '.join(AUDIENCES)}{did_you_mean(audience, AUDIENCES)}")
        values = dict(AUDIENCES[audience])
        values["audience"] = audience
        if overrides.get("only") and overrides.get("skip") is None:
            # The caller names the checks to run: the audience's own skip list does not take
            # them away ("--only uncommon" for colleagues runs the uncommon check).
            values["skip"] = frozenset()
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise :class:`SettingsError` for a value that cannot be used."""
        # The check names are the registry's. Read here, not at the top, so that importing the
        # settings does not load every check (the checks name Settings in annotations only).
        from .checks import KINDS

        for name in (*self.only, *self.skip):
            if name not in KINDS:
                raise SettingsError(f"unknown check {name!r}: use one of {', '.join(KINDS)}{did_you_mean(name, KINDS)}")
        if self.jurisdiction not in JURISDICTIONS:
            raise SettingsError(f"unknown jurisdiction {self.jurisdiction!r}: use one of {', '.join(JURISDICTIONS)}{did_you_mean(self.jurisdiction, JURISDICTIONS)}")
        if self.fail_level not in SEVERITY_ORDER:
            raise SettingsError(f"unknown fail level {self.fail_level!r}: use one of {', '.join(SEVERITY_ORDER)}{did_you_mean(self.fail_level, SEVERITY_ORDER)}")
        if not any(self.enabled(kind) for kind in KINDS):
            given = [f"{name} ({', '.join(sorted(getattr(self, name)))})" for name in ("only", "skip") if getattr(self, name)]
            raise SettingsError(f"{' and '.join(given)} leave{'s' if len(given) == 1 else ''} no check to run")
        if not 0 < self.max_reading_age < 100:
            raise SettingsError("the reading age must be a number between 1 and 99")

    def enabled(self, kind: str) -> bool:
        """True if the check ``kind`` runs: named in ``only`` (when it names any) and not in ``skip``."""
        return (not self.only or kind in self.only) and kind not in self.skip


def did_you_mean(value: object, allowed: Iterable[str]) -> str:
    """`` (did you mean 'scotland'?)`` for the allowed value closest to a wrong one, or nothing
    (letter case aside). The one place a wrong setting, choice or rule id gets its hint."""
    import difflib

    if not isinstance(value, str):
        return ""
    folded = {a.casefold(): a for a in allowed}
    close = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.6)
    return f" (did you mean {folded[close[0]]!r}?)" if close else ""


def _names(setting: str, value: object) -> frozenset[str]:
    """Check names given as one string ("jargon" or "jargon,sentence") or a collection of strings."""
    if isinstance(value, str):
        return frozenset(v.strip() for v in value.split(",") if v.strip())
    try:
        names = frozenset(value)  # type: ignore[call-overload]
    except TypeError:
        raise SettingsError(f"{setting} must be a check name or a list of them, not {value!r}") from None
    if not all(isinstance(n, str) for n in names):
        raise SettingsError(f"{setting} must be a check name or a list of them, not {value!r}")
    return names


def _contacts(value: object) -> frozenset[str]:
    """Phone numbers and email addresses, one string or a collection, as the privacy check compares them."""
    from .privacy.identifiers import normalise_contact

    if isinstance(value, str):
        value = [value]
    try:
        items = list(value)  # type: ignore[call-overload]
    except TypeError:
        raise SettingsError(f"allow_contacts must be phone numbers or email addresses, not {value!r}") from None
    for item in items:
        if not isinstance(item, str) or not item.strip():
            what = "an empty one" if isinstance(item, str) else repr(item)
            raise SettingsError(f"allowed contacts must be phone numbers, email addresses or @domains, not {what}")
    return frozenset(normalise_contact(v) for v in items)

"""HTML: one self-contained page (inline styles, no script, nothing fetched) with each text
shown and its findings highlighted in place, for sharing with a manager or a review.

Every piece of the user's text is escaped, so a post that contains ``<script>`` is shown,
never run. Each highlight links to its finding in the list below the text, so a keyboard
user can go from one to the other; the kind of each finding is written out in words and
shown by the shape of its underline, never by colour alone.
"""

from __future__ import annotations

from html import escape

from ..report import Finding, Report
from ..checks import CHECKS, HEADINGS
from ..data import read_text
from . import Outcome, nothing_found

# Each check's heading, and the order of the checks (privacy first: a post that shows
# someone's NHS number must not go out, whatever else), from the check registry.
KIND_LABEL = HEADINGS
KIND_ORDER = tuple(CHECKS)
# The reading-age gauge runs from 0 to this age (a higher reading age fills it).
GAUGE_MAX = 20.0

# The report's own layout; how findings look comes from data/highlights.css, which the page
# of `jargonfree serve` uses too.
STYLE = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #6b6b6b; }
* { box-sizing: border-box; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink);
  background: #fff; margin: 0; padding: 1rem; }
main { max-width: 60rem; margin: 0 auto; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; overflow-wrap: anywhere; }
a { color: #0b4ea2; } a:focus, mark a:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
""" + read_text("highlights.css")


def segments(text: str, findings: tuple[Finding, ...] | list[Finding]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Split ``text`` where any finding starts or ends: ``(start, end, covering)`` pieces in
    order, ``covering`` holding the indexes of the findings over that piece (empty for plain
    text). Overlapping findings need no nesting this way."""
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        if start == end:
            continue
        covering = tuple(i for i, f in enumerate(findings) if f.start <= start and end <= f.end)
        pieces.append((start, end, covering))
    return pieces


def ordered(findings: tuple[Finding, ...]) -> list[Finding]:
    """Findings grouped by kind, privacy first, each group in text order."""
    return sorted(findings, key=lambda f: (KIND_ORDER.index(f.kind) if f.kind in KIND_ORDER else len(KIND_ORDER), f.start))


def _id(n: int, i: int) -> str:
    return f"t{n}-f{i + 1}"


def _marked(report: Report, n: int) -> str:
    findings = report.findings
    out: list[str] = []
    for start, end, covering in segments(report.text, findings):
        piece = escape(report.text[start:end])
        if not covering:
            out.append(piece)
            continue
        # The shortest finding over the piece is the one its link leads to.
        inner = min(covering, key=lambda i: findings[i].end - findings[i].start)
        kinds = " ".join(dict.fromkeys(f"k-{findings[i].kind}" for i in covering))
        label = "; ".join(KIND_LABEL.get(findings[i].kind, findings[i].kind) for i in covering)
        out.append(f'<mark class="{kinds}"><a href="#{_id(n, inner)}" title="{escape(label)}">{piece}</a></mark>')
        ends = [i for i in covering if findings[i].end == end]
        out.extend(f'<span class="n" aria-hidden="true">{i + 1}</span>' for i in ends)
    return "".join(out)


def _finding_item(report: Report, f: Finding, n: int) -> str:
    i = report.findings.index(f)
    line, col = report.lines.position(f.start)
    parts = [
        f'<li id="{_id(n, i)}"><span class="badge">{escape(KIND_LABEL.get(f.kind, f.kind))}</span>',
        f"<strong>“{escape(' '.join(f.text.split()) if len(f.text) <= 80 else f.text[:77] + '...')}”</strong>",
        f' <span class="muted">(number {i + 1}, line {line}, column {col}, {escape(f.severity)})</span>',
        f"<br>{escape(f.message)}",
    ]
    if f.suggestions:
        parts.append("<br>Plain words: " + "; ".join(f"“{escape(s)}”" for s in f.suggestions))
    if f.explanation:
        parts.append(f"<br>What it means: {escape(f.explanation)}")
    parts.append("</li>")
    return "".join(parts)


def gauge(report: Report) -> str:
    """The reading age as a bar with the target marked, and the same in words."""
    r = report.readability
    over = not report.readable
    fill = min(max(r.reading_age, 0.0), GAUGE_MAX) / GAUGE_MAX * 100
    target = min(report.max_reading_age, GAUGE_MAX) / GAUGE_MAX * 100
    words = f"Reading age {r.reading_age:.1f}; the target is {report.max_reading_age:g} or under for a {report.audience} audience."
    return (
        f'<p>{escape(words)}{" It is above the target." if over else ""}</p>'
        f'<div class="gauge{" over" if over else ""}" role="img" aria-label="{escape(words)}">'
        f'<div class="fill" style="width:{fill:.1f}%"></div><div class="target" style="left:{target:.1f}%"></div></div>'
        f'<p class="muted">Flesch reading ease {r.flesch_reading_ease:.1f}, {r.words} words, {r.sentences} sentences.'
        f'{" The text is short, so treat the scores as a rough guide." if not r.reliable else ""}</p>'
    )


def _section(outcome: Outcome, n: int) -> str:
    name = "Standard input" if outcome.path == "-" else outcome.path
    head = f'<section aria-labelledby="t{n}"><h2 id="t{n}">{escape(name)}</h2>'
    report = outcome.report
    if report is None:
        return head + f'<p class="alert">Could not check this: {escape(outcome.error or "")}</p></section>'
    verdict = "Passed" if report.passed else "Not yet plain enough"
    count = len(report.failing)
    parts = [head, f'<p class="verdict">{verdict}: {count} thing{"s" if count != 1 else ""} to fix.</p>', gauge(report)]
    private = [f for f in report.findings if f.kind == "privacy"]
    if private:
        parts.append(
            '<div class="alert" role="alert"><h3>Private information: do not post this as it is</h3><ul>'
            + "".join(f'<li><a href="#{_id(n, report.findings.index(f))}">{escape(f.message)}</a></li>' for f in private)
            + "</ul></div>"
        )
    parts.append(f'<h3>The text, with what to look at marked</h3><div class="post">{_marked(report, n)}</div>')
    if report.findings:
        parts.append('<h3>What to fix</h3><ol class="findings">')
        parts.extend(_finding_item(report, f, n) for f in ordered(report.findings))
        parts.append("</ol>")
    else:
        parts.append(f"<p>{escape(nothing_found(report))}</p>")
    parts.append("</section>")
    return "".join(parts)


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """One HTML document for every input (``color`` is ignored: the page has its own)."""
    body = "".join(_section(o, n) for n, o in enumerate(outcomes, 1))
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # Nothing may be fetched: no scripts, no images, no fonts, only the inline style.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>jargonfree report</title><style>{STYLE}</style></head>"
        f"<body><main><h1>jargonfree report</h1>{body}</main></body></html>\n"
    )

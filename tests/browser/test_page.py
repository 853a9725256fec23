"""The page of `jargonfree serve` in a real browser: paste a post, see the findings, choose,
copy, suggest a term; keyboard order, 320 px, nothing pasted runs.

Headless Chromium, driven by Playwright. Chromium comes from the system's packages (Debian: `apt-get install chromium`), never from
Playwright's own browser download, which cannot work offline. The browser is found at
$JARGONFREE_CHROMIUM, else `chromium`, `chromium-browser` or `google-chrome` on PATH; without
one, these tests skip and say so. Screenshots of the main states are saved in
$JARGONFREE_SCREENSHOTS, else build/screenshots/ in the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a headless Chromium needs on a machine with no network beyond package registries:
# no sandbox (CI runs as root), and none of the background connections to Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """The path of the system's Chromium, or None."""
    named = os.environ.get("JARGONFREE_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip(
            "no Chromium found, so the browser tests are skipped: install the system's package "
            "(Debian/Ubuntu: sudo apt-get install chromium) or set JARGONFREE_CHROMIUM to its path"
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str):
    playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is missing: pip install '.[test]' installs it")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server_url():
    """A real `jargonfree serve` on a free loopback port."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "jargonfree", "serve", "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    line = proc.stderr.readline()
    if " at http" not in line:
        proc.kill()
        pytest.fail(f"jargonfree serve did not start: {line}{proc.stderr.read()}")
    yield line.split(" at ", 1)[1].split()[0]
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture
def page(browser, server_url):
    # Playwright's waiting evaluates strings, which the page's CSP forbids; the CSP is tested in
    # test_web.py, and without it here, what stops a pasted <script> is the escaping alone.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url.rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server_url)
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()
    assert errors == []  # no script error on the page


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = Path(os.environ.get("JARGONFREE_SCREENSHOTS") or ROOT / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder




pytestmark = pytest.mark.slow

POST = (
    "The AMHP will liaise with the NR before the s.136 assessment commences. "
    "Her NHS number is 943 476 5919. <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
)


def paste(page, text: str) -> None:
    page.fill("#post", text)
    page.wait_for_function("document.querySelectorAll('#marked mark').length > 0")
    page.wait_for_function("document.querySelector('#rewritten').textContent.length > 0")


def test_paste_see_findings_choose_and_copy(page, screenshots):
    paste(page, POST)
    marks = page.locator("#marked mark").all_inner_texts()
    assert marks[:5] == ["AMHP", "liaise", "NR", "s.136", "commences"] and "943 476 5919" in marks
    # What was pasted is shown as text and never runs.
    assert "<script>window.pwned = 1</script>" in page.inner_text("#rewritten")
    assert page.evaluate("window.pwned") is None
    assert page.locator("#marked script, #marked img, #rewritten img").count() == 0
    # Privacy first: the alert is visible, above the readability and the findings.
    alert = page.locator("#privacy")
    assert alert.is_visible() and "NHS number" in alert.inner_text()
    order = page.evaluate("[...document.querySelectorAll('#privacy, #gauge, #findings')].map(e => e.id)")
    assert order == ["privacy", "gauge", "findings"]
    assert page.locator("#findings li").first.inner_text().startswith("Private information")
    # Readability as a bar with words for assistive technology.
    assert "Reading age" in page.get_attribute("#gauge", "aria-label")
    assert float(page.evaluate("parseFloat(document.querySelector('#gauge .fill').style.width)")) > 0
    page.screenshot(path=str(screenshots / "1-findings.png"), full_page=True)

    # Each change is marked in the plain version; one click picks another alternative.
    assert "approved mental health professional (AMHP)" in page.locator("#rewritten ins").all_inner_texts()
    assert "liaise" in page.inner_text("#rewritten")  # several alternatives: left for the writer
    choice = page.get_by_role("button", name="keep in touch")
    choice.click()
    page.wait_for_function("document.querySelector('#rewritten').textContent.includes('keep in touch')")
    assert choice.get_attribute("aria-pressed") == "true"
    assert "liaise" in page.inner_text("#original del") or "liaise" in " ".join(page.locator("#original del").all_inner_texts())
    page.screenshot(path=str(screenshots / "2-choice.png"), full_page=True)
    page.screenshot(path=str(screenshots / "2-choice-in-view.png"))

    page.get_by_role("button", name="Copy the plain version").click()
    page.wait_for_function("document.querySelector('#copied').textContent === 'Copied.'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("The approved mental health professional (AMHP) will keep in touch with the nearest relative (NR)")
    assert copied == page.inner_text("#rewritten")


def test_a_plain_post_shows_nothing_to_fix(page):
    page.fill("#post", "Thank you to everyone who came to our coffee morning. We had lots of cake!")
    page.wait_for_function("document.querySelector('#status').textContent === 'Nothing found.'")
    assert page.locator("#marked mark").count() == 0
    assert page.locator("#privacy").is_hidden()
    assert page.inner_text("#verdict").startswith("Passed.")


def test_keyboard_order_and_visible_focus(page):
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "post"
    page.keyboard.insert_text(POST)
    page.wait_for_function("document.querySelectorAll('#marked mark').length > 0")
    focused = ["post"]
    for _ in range(5):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.id || document.activeElement.textContent"))
    # The text box, the audience, the privacy link, then the marked words in text order.
    assert focused[:2] == ["post", "audience"]
    assert "NHS number" in focused[2]
    assert focused[3:6] == ["AMHP", "liaise", "NR"]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    # Following a marked word's link lands on its explanation.
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#f-3"
    assert page.locator("#f-3").inner_text().find("nearest relative") > 0


def test_works_at_320_pixels_wide(browser, server_url, screenshots):
    context = browser.new_context(viewport={"width": 320, "height": 700}, bypass_csp=True)
    page = context.new_page()
    page.goto(server_url)
    paste(page, POST)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320  # no sideways scrolling (WCAG 1.4.10 reflow)
    # The original and the plain version stack instead of sitting side by side.
    left = page.locator("#original").bounding_box()
    right = page.locator("#rewritten").bounding_box()
    assert right["y"] >= left["y"] + left["height"]
    page.screenshot(path=str(screenshots / "3-narrow-320px.png"), full_page=True)
    context.close()


def test_suggest_a_term_shows_the_validators_messages(page, screenshots):
    page.fill("#s-term", "commence")
    page.fill("#s-plain", "start")
    page.get_by_role("button", name="Check my suggestion").click()
    page.wait_for_function("document.querySelector('#e-term').textContent.length > 0", timeout=30_000)
    assert "already in the glossary" in page.inner_text("#e-term")
    assert "source" in page.inner_text("#e-source")
    assert page.get_attribute("#s-term", "aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "s-term"  # focus goes to the first field to fix
    assert "to fix" in page.inner_text("#suggest-status")
    page.screenshot(path=str(screenshots / "4-suggest-problems.png"), full_page=True)

    page.fill("#s-term", "wibblefrob")
    page.fill("#s-plain", "talk\nchat")
    page.fill("#s-explanation", "A formal word for a talk.")
    page.fill("#s-source", 'plainlanguage.gov, "Use simple words and phrases"')
    page.fill("#s-flagged", "We will wibblefrob soon.")
    page.get_by_role("button", name="Check my suggestion").click()
    page.wait_for_function("document.querySelector('#suggest-status').textContent.startsWith('Ready')", timeout=30_000)
    assert page.inner_text("#e-term") == "" and page.get_attribute("#s-term", "aria-invalid") is None
    assert "term: wibblefrob" in page.inner_text("#yaml")
    assert page.get_attribute("#download", "href").startswith("blob:")


def test_the_html_report_opens_with_no_network(browser, tmp_path, screenshots):
    """`check --format html` writes one file that needs nothing from anywhere: opened from disk
    with every request outside the file itself refused, it asks for nothing and shows the
    findings marked in place, privacy first."""
    post = tmp_path / "post.txt"
    post.write_text(POST + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "jargonfree", "check", "--format", "html", str(post)],
        capture_output=True, text=True,
    )
    assert done.returncode == 1, done.stderr  # findings: the report is written all the same
    report = tmp_path / "report.html"
    report.write_text(done.stdout, encoding="utf-8")

    context = browser.new_context(viewport={"width": 1000, "height": 900}, offline=True)
    requested: list[str] = []
    context.route("**/*", lambda route: (requested.append(route.request.url), route.abort()))
    page = context.new_page()
    page.route(report.as_uri(), lambda route: route.continue_())  # the file itself may load
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(report.as_uri())
    marked = page.locator("mark").all_inner_texts()
    assert {"AMHP", "liaise", "NR"} <= set(marked)
    assert page.locator(".alert").first.inner_text().startswith("Private information")
    assert page.evaluate("typeof window.pwned") == "undefined"  # the pasted script is shown, not run
    assert requested == [] and errors == []
    # Nothing the page could ask for: links only within the page, no sources, no style imports.
    outside = page.evaluate(
        r"""() => [...document.querySelectorAll('[src], [href], [srcset], [poster], [action]')]
              .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('srcset') || e.getAttribute('poster') || e.getAttribute('action'))
              .filter(v => !v.startsWith('#'))
              .concat([...document.querySelectorAll('style')].map(s => s.textContent).filter(t => /url\(|@import/.test(t)))"""
    )
    assert outside == []
    page.screenshot(path=str(screenshots / "5-html-report.png"), full_page=True)
    context.close()


def test_findings_are_marked_in_place_in_the_text_box(page, screenshots):
    """The marks sit behind the text box's own text: the backdrop holds exactly the text in
    the box, laid out the same way, with each finding's words marked by kind and severity;
    typing clears them until the new text is checked."""
    paste(page, POST)
    page.wait_for_function("document.querySelectorAll('#backdrop mark').length > 0")
    marks = page.eval_on_selector_all("#backdrop mark", "ms => ms.map(m => [m.textContent, m.className])")
    texts = [t for t, _ in marks]
    assert texts[:5] == ["AMHP", "liaise", "NR", "s.136", "commences"]
    classes = dict(marks)
    assert "k-jargon" in classes["liaise"] and "s-warning" in classes["liaise"]
    assert "k-privacy" in classes["943 476 5919"] and "s-error" in classes["943 476 5919"]
    same = page.evaluate(
        """() => {
            const box = document.getElementById('post'), back = document.getElementById('backdrop');
            const a = getComputedStyle(box), b = getComputedStyle(back);
            const keys = ['fontFamily', 'fontSize', 'lineHeight', 'paddingTop', 'paddingLeft', 'paddingRight',
                          'borderTopWidth', 'borderLeftWidth', 'whiteSpace', 'overflowWrap', 'letterSpacing'];
            return {
                text: back.textContent === box.value + '\\n',
                style: keys.filter(k => a[k] !== b[k]),
                width: Math.abs(box.getBoundingClientRect().width - back.getBoundingClientRect().width) < 1,
                left: Math.abs(box.getBoundingClientRect().left - back.getBoundingClientRect().left) < 1,
                top: Math.abs(box.getBoundingClientRect().top - back.getBoundingClientRect().top) < 1,
                boxIsSeeThrough: a.backgroundColor === 'rgba(0, 0, 0, 0)',
                // a mark that changed the width of its words would push the rest out of line
                marksMoveNothing: [...back.querySelectorAll('mark')].every(m => {
                    const c = getComputedStyle(m);
                    return c.fontWeight === a.fontWeight && c.borderLeftWidth === '0px' && c.borderRightWidth === '0px'
                        && c.paddingLeft === '0px' && c.paddingRight === '0px' && c.letterSpacing === a.letterSpacing;
                }),
            };
        }"""
    )
    assert same == {"text": True, "style": [], "width": True, "left": True, "top": True, "boxIsSeeThrough": True, "marksMoveNothing": True}
    page.locator("#post").screenshot(path=str(screenshots / "6-in-place.png"))
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshots / "page.png"))  # the first screen, as in the README (docs/page.png)
    page.type("#post", " More.")
    assert page.eval_on_selector_all("#backdrop mark", "ms => ms.length") == 0  # cleared at once
    page.wait_for_function("document.querySelectorAll('#backdrop mark').length > 0")
    assert page.evaluate("document.getElementById('backdrop').textContent.endsWith(' More.\\n')")


# WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core (Deque, MPL-2.0) tags its rules; the
# axe-playwright-python wheel carries axe.min.js, so nothing is downloaded.
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, "resultTypes": ["violations"]}


def wcag_violations(page) -> list[str]:
    axe = pytest.importorskip("axe_playwright_python.sync_playwright", reason="pip install '.[test]' installs axe-playwright-python").Axe()
    found = axe.run(page, options=WCAG_AA).response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in found]


@pytest.mark.parametrize("width", [1280, 320])
def test_no_wcag_aa_violations_in_the_main_states(browser, server_url, width):
    """axe-core finds no WCAG 2.2 A or AA violation: the empty page, the findings and the
    plain version shown, a choice made, and the suggestion form showing its problems, at a
    desktop width and at 320 px."""
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.goto(server_url)
    states = {"empty": wcag_violations(page)}
    paste(page, POST)
    states["findings"] = wcag_violations(page)
    page.locator("#findings button.choice").first.click()
    states["choice"] = wcag_violations(page)
    page.fill("#s-term", "commence")
    page.get_by_role("button", name="Check my suggestion").click()
    page.wait_for_function("document.querySelector('#e-term').textContent.length > 0", timeout=30_000)
    states["suggestion problems"] = wcag_violations(page)
    context.close()
    assert states == {"empty": [], "findings": [], "choice": [], "suggestion problems": []}


def test_the_html_report_has_no_wcag_aa_violations(browser, tmp_path):
    post = tmp_path / "post.txt"
    post.write_text(POST + "\n", encoding="utf-8")
    html = subprocess.run([sys.executable, "-m", "jargonfree", "check", "--format", "html", str(post)], capture_output=True, text=True).stdout
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1000, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.goto(report.as_uri())
    assert wcag_violations(page) == []
    context.close()

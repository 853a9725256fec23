"""The local web page's app and JSON API (`jargonfree serve`), through Starlette's TestClient:
the same fields as `--format json`, limits, escaping, headers, nothing logged, the suggest form."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web page needs the web extra: pip install '.[test]' installs it")
pytest.importorskip("httpx2", reason="Starlette's TestClient needs httpx2: pip install '.[test]' installs it")

import yaml  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from jargonfree import load_glossary, rewrite  # noqa: E402
from jargonfree.cli import main  # noqa: E402
from jargonfree.web import server  # noqa: E402
from jargonfree.web.app import MAX_BODY, create_app  # noqa: E402

POST = "The AMHP will liaise with the NR before the s.136 assessment commences.\n"
PLAIN = "Thank you to everyone who came to our coffee morning. We had lots of cake!\n"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(), base_url="http://127.0.0.1") as c:
        yield c


def cli_json(args: list[str], stdin: str, monkeypatch, capsys) -> dict:
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": io.BytesIO(stdin.encode())})())
    main(args)
    return json.loads(capsys.readouterr().out)


def test_api_check_answers_with_the_fields_of_format_json(client, monkeypatch, capsys):
    response = client.post("/api/check", json={"text": POST})
    assert response.status_code == 200
    data = response.json()
    assert [f["text"] for f in data["findings"]] == ["AMHP", "liaise", "NR", "s.136", "commences"]
    assert data == cli_json(["check", "--format", "json", "-"], POST, monkeypatch, capsys)
    assert set(data["findings"][0]) >= {"start", "end", "text", "kind", "rule", "message", "suggestions", "explanation", "line", "column"}
    assert data["passed"] is False and data["readability"]["reading_age"] == pytest.approx(9.5, abs=0.05)


def test_api_check_a_plain_post_has_no_findings(client):
    data = client.post("/api/check", json={"text": PLAIN}).json()
    assert data["findings"] == [] and data["passed"] is True


def test_api_check_options_are_read(client):
    professional = client.post("/api/check", json={"text": POST, "audience": "professional"}).json()
    assert professional["audience"] == "professional"
    only = client.post("/api/check", json={"text": "Her NHS number is 943 476 5919. The AMHP will call.", "only": ["privacy"]}).json()
    assert {f["kind"] for f in only["findings"]} == {"privacy"}


@pytest.mark.parametrize(
    ("body", "headers", "status", "words"),
    [
        ('{"text": 1}', {}, 400, "say what to check"),
        ('{"words": "x"}', {}, 400, "say what to check"),
        ('["text"]', {}, 400, "JSON object"),
        ("{not json", {}, 400, "not valid JSON"),
        ('{"text": "x", "audience": "everyone"}', {}, 400, "unknown audience"),
        ('{"text": "x", "jurisdiction": "france"}', {}, 400, "unknown jurisdiction"),
        ('{"text": "x", "max_reading_age": true}', {}, 400, "wrong type"),
        ('{"text": "x", "only": ["nonsense"]}', {}, 400, "unknown check"),
        ("text=x", {"content-type": "application/x-www-form-urlencoded"}, 415, "send JSON"),
    ],
)
def test_api_check_bad_requests_get_a_one_line_json_error(client, body, headers, status, words):
    response = client.post("/api/check", content=body, headers={"content-type": "application/json", **headers})
    assert response.status_code == status
    error = response.json()["error"]
    assert words in error and "\n" not in error


def test_a_request_over_the_size_limit_is_refused(client):
    big = json.dumps({"text": "a" * (MAX_BODY + 10)})
    response = client.post("/api/check", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "too large" in response.json()["error"]

    def chunks():  # no Content-Length: the body is counted as it arrives
        yield b'{"text": "'
        for _ in range(MAX_BODY // 1000 + 2):
            yield b"a" * 1000
        yield b'"}'

    response = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    # Just under the limit is fine.
    ok = client.post("/api/check", content=json.dumps({"text": "word " * 100}), headers={"content-type": "application/json"})
    assert ok.status_code == 200


def test_api_rewrite_is_the_library_rewrite_and_takes_choices(client):
    text = "We will liaise with you prior to the visit."
    data = client.post("/api/rewrite", json={"text": text}).json()
    assert data["text"] == rewrite(text).text
    assert {"edits", "skipped", "before", "after", "warnings"} <= set(data)
    chosen = client.post("/api/rewrite", json={"text": text, "choices": {"officialese/liaise": "keep in touch"}}).json()
    assert "keep in touch" in chosen["text"] and chosen["text"] != data["text"]
    assert chosen["text"] == rewrite(text, choices={"officialese/liaise": "keep in touch"}).text
    bad = client.post("/api/rewrite", json={"text": text, "choices": {"officialese/liaise": ["a"]}})
    assert bad.status_code == 400


@pytest.mark.parametrize(
    "extra, words",
    [
        ({"choices": {"officialese/liase": "talk"}}, "did you mean 'officialese/liaise'"),
        ({"max_length": 0}, "max_length must be a whole number of characters above 0"),
    ],
)
def test_api_rewrite_with_a_choice_for_no_entry_or_no_length_is_a_bad_request(client, extra, words):
    bad = client.post("/api/rewrite", json={"text": "We will liaise with you.", **extra})
    assert bad.status_code == 400 and words in bad.text


def test_api_explain(client):
    data = client.get("/api/explain/AMHP").json()
    sense = data["senses"][0]
    assert sense["id"] == "mental-health-law/amhp" and sense["explanation"]
    assert sense["sources"] and all(s.get("url", "").startswith("http") for s in sense["sources"])
    assert client.get("/api/explain/s.136").status_code == 200
    missing = client.get("/api/explain/cheerful%20kitten")
    assert missing.status_code == 404 and missing.json()["error"] == "'cheerful kitten' is not in the glossaries"
    # A typo gets the terms it may be, as 'jargonfree explain liase' does (newcomer22).
    typo = client.get("/api/explain/liase")
    assert typo.status_code == 404 and typo.json()["error"] == "'liase' is not in the glossaries: did you mean 'liaise' or 'lapse'?"


class Tags(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_page_labels_every_control_and_loads_nothing_from_elsewhere(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    tags = Tags(response.text).tags
    html_tag = [a for t, a in tags if t == "html"][0]
    assert html_tag["lang"] == "en-GB"
    labelled = {a["for"] for t, a in tags if t == "label"}
    controls = [a["id"] for t, a in tags if t in ("input", "textarea", "select")]
    assert len(controls) >= 8 and set(controls) <= labelled
    for tag, attrs in tags:
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/")  # no inline script
        for name in ("src", "href"):
            assert not attrs.get(name, "").startswith(("http:", "https:", "//")), attrs
    for name in ("app.js", "app.css"):
        assert client.get(f"/static/{name}").status_code == 200
    assert client.get("/static/app.py").status_code == 404
    assert client.get("/static/..%2fapp.py").status_code == 404


def test_every_response_forbids_loading_from_elsewhere(client):
    for response in (client.get("/"), client.post("/api/check", json={"text": "x"}), client.get("/nothing-here")):
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"


def test_a_request_naming_another_host_is_refused_on_loopback():
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.post("/api/check", json={"text": "x"}).status_code == 200
        assert c.post("/api/check", json={"text": "x"}, headers={"host": "attacker.example"}).status_code == 400
    with TestClient(create_app(allowed_hosts=None), base_url="http://192.0.2.1") as c:
        assert c.post("/api/check", json={"text": "x"}).status_code == 200


def test_no_text_is_logged(client, caplog, capsys):
    secret = "Mrs Zebediah Quartermaine of 14 Lark Rise will be assessed"
    with caplog.at_level(logging.DEBUG):
        client.post("/api/check", json={"text": secret})
        client.post("/api/rewrite", json={"text": secret})
        client.get(f"/api/explain/{secret}")
    out, err = capsys.readouterr()
    # The test's own HTTP client logs its requests; the server side must log nothing of them.
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith("httpx")]
    assert any("Zebediah" in r.getMessage() for r in caplog.records)  # the capture works
    assert not any("Zebediah" in m for m in server_side) and "Zebediah" not in out + err
    config = server.config(create_app(), "127.0.0.1")
    assert config.access_log is False  # the access log would show /api/explain/<what was typed>


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_suggest_a_good_term_gives_a_valid_yaml_entry(client, tmp_path: Path):
    form = {
        "term": "wibblefrob",
        "plain": "talk\nchat",
        "explanation": "A formal word for a talk.",
        "source": 'plainlanguage.gov, "Use simple words and phrases"',
        "flagged": "We will wibblefrob soon.",
        "not_flagged": "We will talk soon.",
    }
    data = client.post("/api/suggest", json=form).json()
    assert data["ok"] is True and data["problems"] == []
    entry = yaml.safe_load(data["yaml"])["entries"][0]
    assert entry["term"] == "wibblefrob" and entry["plain"] == ["talk", "chat"]
    path = tmp_path / data["file_name"]
    path.write_text(data["yaml"], encoding="utf-8")
    assert load_glossary(path, builtin=False).lookup("wibblefrob").plain == ("talk", "chat")


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_suggest_a_bad_term_puts_the_validators_messages_beside_the_fields(client):
    form = {"term": "wibble", "plain": "liaise", "flagged": "No such word here."}
    data = client.post("/api/suggest", json=form).json()
    assert data["ok"] is False
    by_field = {p["field"]: p["message"] for p in data["problems"]}
    assert "source" in by_field["source"]
    assert "liaise" in by_field["plain"] and "itself in the glossary" in by_field["plain"]
    assert "does not find the term" in by_field["flagged"]
    duplicate = client.post("/api/suggest", json={"term": "commence", "plain": "start", "source": "x"}).json()
    assert duplicate["ok"] is False and duplicate["problems"][0]["field"] == "term"
    message = duplicate["problems"][0]["message"]
    assert "is also a built-in entry (officialese/commence)" in message and "already in the glossary" in message
    assert "this file" not in message  # a suggestion has no file of its own to switch the built-in entry off in


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.20", False), ("example.org", False)],
)
def test_a_warning_when_not_bound_to_loopback(host, loopback):
    assert server.is_loopback(host) is loopback
    warning = server.host_warning(host)
    assert (warning is None) is loopback
    if warning:
        assert host in warning and "read what is pasted" in warning


def test_serve_on_a_port_in_use_is_one_line_exit_2(capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot listen on 127.0.0.1" in err and "Address already in use" in err
    assert main(["serve", "--port", "70000"]) == 2


def test_serve_without_the_web_extra_says_how_to_get_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "jargonfree.web.server", None)  # as if starlette were missing
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'jargonfree[web]'" in err


def test_the_command_line_does_not_import_the_web_stack():
    code = (
        "import sys, io; from jargonfree.cli import main; sys.stdin = io.TextIOWrapper(io.BytesIO(b'The AMHP called.'));"
        "main(['check', '-']); print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'anyio') or m.startswith('jargonfree.web')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_jargonfree_serve_answers_on_loopback_and_logs_no_text(tmp_path: Path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jargonfree", "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        line = proc.stderr.readline()
        assert line.startswith("jargonfree: the page is at http://127.0.0.1:"), line
        url = line.split(" at ", 1)[1].split()[0]
        request = urllib.request.Request(
            url + "api/check", data=json.dumps({"text": POST + " Zebediah"}).encode(), headers={"Content-Type": "application/json"}
        )
        for attempt in range(50):
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    data = json.loads(response.read())
                break
            except ConnectionError:
                time.sleep(0.1)
        assert [f["text"] for f in data["findings"]][:5] == ["AMHP", "liaise", "NR", "s.136", "commences"]
        with urllib.request.urlopen(url, timeout=10) as response:
            assert b"<textarea" in response.read()
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=20)
    assert "Zebediah" not in out + err and "Traceback" not in err


def test_the_page_colours_meet_wcag_aa_contrast():
    import re
    from importlib.resources import files

    from test_render_html import contrast

    from jargonfree.data import read_text

    css = files("jargonfree.web").joinpath("static/app.css").read_text(encoding="utf-8") + read_text("highlights.css")
    ink = re.search(r"--ink: (#[0-9a-f]{6})", css).group(1)
    no_text_on = {"#2b6b2b", "#a00000", "#1b1b1b", "#0b4ea2", "#eeeeee"}  # gauge parts and buttons
    backgrounds = set(re.findall(r"background: (#[0-9a-f]{6})", css)) - no_text_on
    assert len(backgrounds) >= 8
    for bg in backgrounds:
        assert contrast(ink, bg) >= 4.5, bg
    assert contrast("#ffffff", "#0b4ea2") >= 4.5  # button text
    assert contrast("#8b0000", "#fff0f0") >= 4.5 and contrast("#8b0000", "#ffffff") >= 4.5  # alerts, field errors
    assert contrast("#2b6b2b", "#eeeeee") >= 3 and contrast("#a00000", "#eeeeee") >= 3  # the gauge (WCAG 1.4.11)
    assert "outline: 3px solid" in css and ":focus-visible" in css  # focus is always visible

"""One stylesheet says how findings look, for the page and for the HTML report (issue 15)."""

from __future__ import annotations

import pytest

import jargonfree
from jargonfree.data import read_text
from jargonfree.render import Outcome
from jargonfree.render.html import render

SHARED = read_text("highlights.css")


def test_every_kind_has_a_look_that_is_not_colour_alone():
    from jargonfree.checks import CHECKS

    for kind in CHECKS:
        rule = next(line for line in SHARED.splitlines() if line.startswith(f".k-{kind} "))
        assert "border" in rule, kind  # a line style, not only a colour


def test_the_html_report_carries_the_shared_stylesheet():
    page = render([Outcome("post.txt", report=jargonfree.check("The AMHP will liaise."))])
    assert SHARED in page


def test_the_page_serves_the_same_stylesheet():
    pytest.importorskip("starlette")
    from starlette.testclient import TestClient

    from jargonfree.web.app import create_app

    client = TestClient(create_app(), base_url="http://127.0.0.1")
    answer = client.get("/static/highlights.css")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/css")
    assert answer.text == SHARED
    assert 'href="/static/highlights.css"' in client.get("/").text
    app_css = client.get("/static/app.css").text
    assert ".k-jargon" not in app_css  # written once, in the shared file

"""Minutes of our own, in other layouts, parse into the same fields (tests/cases/<name>/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkg.evaluate import Scorer
from govkg.extract.statements import find_statements
from govkg.parse import parse_minutes
from govkg.read import read_document
from tests.conftest import CASES
from tests.render import render_docx, render_pdf

CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "expected.json").exists())


def _source(case: Path, expected: dict[str, object], tmp_path: Path) -> Path:
    render = expected.get("render")
    if render == "pdf":
        return render_pdf(case / "source.txt", tmp_path / f"{case.name}.pdf")
    if render == "docx":
        return render_docx(case / "source.txt", tmp_path / f"{case.name}.docx")
    return next(p for p in case.iterdir() if p.name.startswith("minutes."))


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_case_parses_into_expected_fields(case: Path, tmp_path: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    minutes = parse_minutes(read_document(_source(case, expected, tmp_path)))
    org = Scorer().org
    for status in ("present", "absent"):
        got = [(a.name.text, org(a.affiliation_canonical)) for a in getattr(minutes, status)]
        assert got == [(name, org(aff)) for name, aff in expected[status]], status
    assert [(int(it.number), it.title.text) for it in minutes.items] == [tuple(x) for x in expected["items"]]
    assert minutes.recorded_by is not None
    assert minutes.recorded_by.name.text == expected["recorded_by"]
    for number, subs in expected.get("subheadings", {}).items():
        item = next(it for it in minutes.items if it.number == number)
        assert [q.text for q in item.subheadings] == subs
    attended = {a.name.text: a.items_attended for a in minutes.present if a.items_attended}
    assert attended == expected.get("items_attended", {})
    assert [a.name.text for a in minutes.present if a.remote] == expected.get("remote", [])
    if "body" in expected:
        assert minutes.meeting.body == expected["body"]
    if "meeting_date" in expected:
        assert minutes.meeting.date == expected["meeting_date"]
    if "warning" in expected:
        assert any(expected["warning"] in w for w in minutes.document.warnings)
    text = minutes.document.text
    for it in minutes.items:
        body = text[it.span.start : it.span.end]
        for furniture in expected.get("not_in_items", []):
            assert furniture not in body, f"item {it.number} holds {furniture!r}"
    for field in ("decisions", "follow_ups"):
        for number, sentences in expected.get(field, {}).items():
            item = next(it for it in minutes.items if it.number == number)
            decisions, follow_ups = find_statements(text[item.span.start : item.span.end], item.span.start)
            got = decisions if field == "decisions" else follow_ups
            assert [s.text.text for s in got] == sentences, f"{field} of item {number}"
    # every quote is the source text itself
    text = minutes.document.text
    for a in minutes.attendees:
        assert " ".join(text[a.name.span.start : a.name.span.end].split()) == a.name.text
    for it in minutes.items:
        assert " ".join(text[it.title.span.start : it.title.span.end].split()) == it.title.text

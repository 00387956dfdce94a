"""The extraction JSON reads back into the same Minutes, and a reviewed JSON cannot lie about its source."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from govkg.cli import main
from govkg.errors import ExtractError
from govkg.ingest import extract_files
from govkg.jsonio import minutes_from_json, minutes_to_json
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def extracted() -> list[tuple[dict[str, object], str]]:
    batch = extract_files([EXAMPLES])
    return [(minutes_to_json(m), m.document.text) for m in batch.minutes]


def test_json_round_trip_is_lossless(extracted: list[tuple[dict[str, object], str]]) -> None:
    for data, text in extracted:
        again = minutes_to_json(minutes_from_json(copy.deepcopy(data), text))
        assert again["items"] == data["items"]
        for key in ("present", "absent", "recorded_by", "meeting", "organisations_present"):
            assert again[key] == data[key], key


def test_a_corrected_string_without_span_is_found_in_the_source(
    extracted: list[tuple[dict[str, object], str]],
) -> None:
    data, text = copy.deepcopy(extracted[0][0]), extracted[0][1]
    item = data["items"][0]  # type: ignore[index]
    sentence = item["follow_ups"][0] if item["follow_ups"] else item["title"]
    item["decisions"] = [sentence]
    item["decision_details"] = []
    minutes = minutes_from_json(data, text)  # type: ignore[arg-type]
    found = minutes.items[0].decisions[0].text
    assert text[found.span.start : found.span.end] == sentence


def test_a_string_that_is_not_in_the_source_is_refused(
    extracted: list[tuple[dict[str, object], str]],
) -> None:
    data, text = copy.deepcopy(extracted[0][0]), extracted[0][1]
    data["present"][0]["name"] = "Någon Som Inte Finns"  # type: ignore[index]
    data["present"][0]["name_span"] = None  # type: ignore[index]
    with pytest.raises(ExtractError, match="does not occur in the source text"):
        minutes_from_json(data, text)  # type: ignore[arg-type]


MINUTES = "Anteckningar\nDatum: 2 juni 2027\n\nNärvarande:\nGreta Holmér, Falkenberg\n\n1. Budget\n\nKlar.\n"


def _extract_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``govkg extract minutes/m.txt --out out`` run in tmp_path: the JSON names "minutes/m.txt"."""
    (tmp_path / "minutes").mkdir()
    (tmp_path / "minutes" / "m.txt").write_text(MINUTES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "minutes/m.txt", "--out", "out"]) == 0
    return tmp_path / "out" / "m.json"


def test_a_reviewed_json_finds_its_source_from_the_folder_extract_ran_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _extract_to(tmp_path, monkeypatch)
    assert json.loads(written.read_text(encoding="utf-8"))["source"]["path"] == "minutes/m.txt"
    (m,) = extract_files([written.parent], reviewed_json=True).minutes  # as `govkg build out` reads it
    assert m.present[0].name.text == "Greta Holmér"


def test_a_reviewed_json_finds_its_source_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = _extract_to(tmp_path, monkeypatch)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (tmp_path / "minutes" / "m.txt").rename(moved / "m.txt")
    written.rename(moved / "m.json")
    (m,) = extract_files([moved / "m.json"], reviewed_json=True).minutes
    assert m.items[0].title.text == "Budget"


def test_a_reviewed_json_without_its_source_is_a_clear_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _extract_to(tmp_path, monkeypatch)
    (tmp_path / "minutes" / "m.txt").unlink()
    batch = extract_files([written], reviewed_json=True)
    assert not batch.minutes
    assert "source document is not found" in str(batch.failures[0].error)

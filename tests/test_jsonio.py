"""The extraction JSON reads back into the same Minutes, and a reviewed JSON cannot lie about its source."""

from __future__ import annotations

import copy

import pytest

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

"""Fix round 14: the meeting date in the label cell of a two-cell table row ("| **Datum** | … |").

Texts are written for these tests (invented meetings)."""

from __future__ import annotations

import pytest

from govkg.parse.meeting_date import header_date


@pytest.mark.parametrize(
    "row",
    [
        "| **Datum** | 2027-05-06 kl. 09.00–12.00 |",
        "| Datum | torsdag 6 maj 2027 |",
        "| __Mötesdatum__ | 6 maj 2027, Teams |",
    ],
)
def test_a_date_in_a_label_value_row_is_the_meeting_date(row: str) -> None:
    text = f"# Nätverksträff\n\n| Egenskap | Värde |\n|---|---|\n{row}\n| Plats | Borås |\n\n## 1. Budget\n"
    found = header_date(text)
    assert found is not None and found.date == "2027-05-06"
    assert found.evidence and text[found.evidence[0].span.start : found.evidence[0].span.end] in row


def test_a_date_in_another_rows_value_is_not_the_meeting_date() -> None:
    text = "# Nätverksträff\n\n| Ärende | Klart |\n|---|---|\n| Rapport | 2027-09-01 |\n\n1. Budget\n"
    found = header_date(text)
    assert found is None or found.date != "2027-09-01"

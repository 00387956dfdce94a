"""`govkg extract` and `govkg evaluate`, run in-process like a user would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkg.cli import main
from tests.conftest import EXAMPLES, GOLD


def test_extract_writes_one_json_per_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(EXAMPLES), "--out", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == sorted(f"{p.stem}.json" for p in EXAMPLES.glob("*.txt"))
    doc = json.loads((out / names[0]).read_text(encoding="utf-8"))
    text = (EXAMPLES / f"{doc['document']}.txt").read_text(encoding="utf-8")
    for attendee in doc["present"] + doc["absent"]:
        start, end = attendee["name_span"]
        assert text[start:end] == attendee["name"]
    for item in doc["items"]:
        start, end = item["title_span"]
        assert " ".join(text[start:end].split()) == item["title"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02PNG\x00binary", "binary"), (b"   \n\n", "no text")],
    ids=["empty", "binary", "blank"],
)
def test_a_bad_file_gets_one_line_and_the_others_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = EXAMPLES / "000_38c23c9cf6929621.txt"
    out = tmp_path / "out"
    assert main(["extract", str(bad), str(good), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if "bad.txt" in ln]
    assert len(lines) == 1 and reason in lines[0].lower()
    assert "Traceback" not in err
    assert (out / "000_38c23c9cf6929621.json").exists()


def test_a_missing_file_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err


def test_evaluate_scores_gold_against_itself_as_perfect(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(GOLD), str(GOLD), "--min", "1.0"]) == 0
    out = capsys.readouterr().out
    assert "overall F1=1.000" in out


def test_evaluate_notices_a_missing_attendee(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = tmp_path / "pred"
    pred.mkdir()
    for f in GOLD.glob("0*.json"):
        doc = json.loads(f.read_text(encoding="utf-8"))
        if f.name.startswith("000"):
            doc["present"] = doc["present"][1:]
        (pred / f.name).write_text(json.dumps(doc), encoding="utf-8")
    assert main(["evaluate", str(pred), str(GOLD), "--min", "1.0"]) == 1
    row = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("present "))
    precision, recall = (float(x) for x in row.split()[1:3])
    assert precision == 1.0 and recall < 1.0


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from govkg.cli import cli

    assert cli.commands, "no subcommands registered"
    for name, command in cli.commands.items():
        assert command.help, f"`govkg {name}` has no help text"
        assert main([name, "--help"]) == 0


def test_a_folders_readme_is_not_taken_for_minutes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "README.md").write_text("# About these minutes\n\nSources and licence.\n", encoding="utf-8")
    source = EXAMPLES / "000_38c23c9cf6929621.txt"
    (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.json")) == ["000_38c23c9cf6929621.json"]

"""Spec of read: path → Document (decoding, PDF/DOCX text, metadata, one-line errors)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from govkg.errors import ReadError
from govkg.normalise import normalise
from govkg.read import MEDIA_DOCX, front_matter_end, parse_front_matter, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "read"

MINUTES = (
    "Anteckningar\n\nNÄRVARANDE\n\nÅsa Öberg, Kungälv\nJörgen Lind, Tjörn\n\n"
    "1. Välkomna\n\nOrdföranden hälsar alla välkomna till mötet.\n"
)


class _PagedPdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="C")


def make_pdf(path: Path, pages: list[str]) -> Path:
    pdf = _PagedPdf()
    for body in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)  # a core font: latin-1, which covers å ä ö
        pdf.multi_cell(0, 6, body)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Anteckningar")
    document.add_paragraph("Närvarande")
    table = document.add_table(rows=3, cols=2)
    for row, (name, place) in zip(
        table.rows, [("Namn", "Kommun"), ("Åsa Öberg", "Kungälv"), ("Jörgen Lind", "Tjörn")], strict=True
    ):
        row.cells[0].text = name
        row.cells[1].text = place
    document.add_paragraph("Mötet beslutar att godkänna dagordningen.")
    document.add_paragraph("Välkomna", style="List Number")
    document.add_paragraph("Ekonomi", style="List Number")
    document.save(str(path))
    return path


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "möte.txt"
    path.write_text(MINUTES, encoding="utf-8")
    doc = read_document(path)
    assert doc.text == MINUTES
    assert (doc.name, doc.filename, doc.media_type, doc.encoding) == (
        "möte",
        "möte.txt",
        "text/plain",
        "utf-8",
    )
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.warnings == [] and doc.metadata == {}


def test_bom_dropped_and_crlf_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + MINUTES.replace("\n", "\r\n").encode("utf-8"))
    doc = read_document(path)
    assert doc.text == MINUTES.replace("\n", "\r\n")
    assert not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"
    # Offsets count code points of the decoded text: the span of a name is the name.
    start = doc.text.index("Åsa")
    assert doc.text[start : start + len("Åsa Öberg")] == "Åsa Öberg"


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "gammal.txt"
    text = "Mötet öppnas – Åsa Öberg hälsar välkomna.\n"  # the en dash only exists in cp1252
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding == "cp1252"
    assert doc.warnings == ["decoded as cp1252, not UTF-8"]


def test_latin1_fallback(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Plats: Göteborg".encode("latin-1") + b"\x81")
    # 0x81 is undefined in cp1252 and a C1 control in latin-1: neither is text.
    with pytest.raises(ReadError, match="cannot decode text"):
        read_document(path)
    path.write_bytes("Plats: Göteborg, Åmål".encode("latin-1"))
    assert read_document(path).text == "Plats: Göteborg, Åmål"


def test_mostly_utf8_with_a_stray_byte(tmp_path: Path) -> None:
    path = tmp_path / "blandat.txt"
    path.write_bytes("Närvarande: Åsa Öberg, Kungälv, Jörgen Lind ".encode() + b"\xe9")
    doc = read_document(path)
    assert doc.text.startswith("Närvarande: Åsa Öberg")
    assert doc.encoding == "utf-8"
    assert doc.warnings == ["1 invalid UTF-8 byte(s) replaced by U+FFFD"]


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(MINUTES.encode("utf-16"))  # with a BOM, full of NUL bytes
    doc = read_document(path)
    assert (doc.text, doc.encoding) == (MINUTES, "utf-16")


def test_markdown_media_type(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text(MINUTES, encoding="utf-8")
    assert read_document(path).media_type == "text/markdown"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\r\n ", "file contains only whitespace, no text"),
        ("nul.txt", b"Anteckningar\x00\x00\x01\x02", "binary data (NUL bytes), not text"),
        ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a PNG image), not text"),
        ("gammal.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "legacy Word/Office file"),
        ("ctrl.txt", bytes(range(1, 9)) * 20, "binary data (160 control characters), not text"),
        ("trasig.docx", b"inte en zip", "corrupt DOCX: not a ZIP archive"),
        ("fake.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\n", "corrupt PDF: truncated (no %%EOF marker"),
        ("html.pdf", b"<html><body>Anteckningar</body></html>", "corrupt PDF: no %PDF- header"),
        ("skräp.pdf", b"%PDF-1.4\nskrap\n%%EOF\n", "corrupt PDF: "),
    ],
)
def test_unreadable_content(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert message in str(info.value)
    assert info.value.source == str(path)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="file not found"):
        read_document(tmp_path / "finns-inte.txt")
    with pytest.raises(ReadError, match="is a directory"):
        read_document(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "stor.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: the size alone must trigger the error
    with pytest.raises(ReadError, match=r"file is too large \(21\.0 MB; the limit is 20 MB\)"):
        read_document(path)


def test_pdf_two_pages_with_furniture(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "anteckningar.pdf",
        [
            "Anteckningar\nNÄRVARANDE\nÅsa Öberg, Kungälv\n1. Välkomna och sam-\nverkan i regionen",
            "2. Övriga frågor\nNästa möte äger rum i Lerum.",
        ],
    )
    doc = read_document(path)
    assert (doc.media_type, doc.encoding, doc.name) == ("application/pdf", "binary", "anteckningar")
    assert "Åsa Öberg, Kungälv" in doc.text and "2. Övriga frågor" in doc.text
    assert "Sida 1 av 2" in doc.text and "\f" in doc.text  # the raw text keeps the page break
    assert doc.text.index("Välkomna") < doc.text.index("\f") < doc.text.index("Övriga")
    norm = normalise(doc.text)
    assert "Sida" not in norm.text and "\f" not in norm.text
    assert "samverkan i regionen\n2. Övriga frågor" in norm.text
    start = norm.text.index("Åsa")
    span = norm.source_span(start, start + len("Åsa Öberg"))
    assert doc.text[span.start : span.end] == "Åsa Öberg"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "skannad.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match=r"PDF has no text layer \(scanned\?\)$"):
        read_document(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    full = make_pdf(tmp_path / "hel.pdf", ["Anteckningar\nÅsa Öberg, Kungälv"]).read_bytes()
    path = tmp_path / "avkortad.pdf"
    path.write_bytes(full[: len(full) // 2])
    with pytest.raises(ReadError, match="corrupt PDF"):
        read_document(path)


def test_pdf_content_wins_over_suffix(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "fel.txt", ["Anteckningar"])
    doc = read_document(path)
    assert doc.media_type == "application/pdf"
    assert doc.warnings == ["content is PDF although the suffix is '.txt'"]


def test_docx_paragraphs_table_and_numbering(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "möte.docx"))
    assert doc.media_type == MEDIA_DOCX
    assert doc.text == (
        "Anteckningar\nNärvarande\nNamn\tKommun\nÅsa Öberg\tKungälv\nJörgen Lind\tTjörn\n"
        "Mötet beslutar att godkänna dagordningen.\n1. Välkomna\n2. Ekonomi"
    )


def test_docx_cell_with_several_paragraphs_keeps_columns(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Närvarande"
    table.rows[0].cells[1].text = "Frånvarande"
    row = table.add_row()
    row.cells[0].text = "Åsa Öberg, Kungälv"
    row.cells[0].add_paragraph("Jörgen Lind, Tjörn")
    row.cells[1].text = "Karin Holm, Ale"
    path = tmp_path / "tabell.docx"
    document.save(str(path))
    assert read_document(path).text == (
        "Närvarande\tFrånvarande\nÅsa Öberg, Kungälv\tKarin Holm, Ale\nJörgen Lind, Tjörn"
    )


def test_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "front_matter.md"
    shutil.copy(FIXTURES / "front_matter.md", path)
    doc = read_document(path)
    assert doc.metadata == {
        "title": "Anteckningar",
        "date": "2024-02-06",
        "date_source": "front-matter",
        "body": "Nätverket för miljöchefer",
        "place": "Kommunhuset, Lerum",
    }
    assert doc.text.startswith("---\n")  # the front matter stays: offsets remain true
    assert doc.text[front_matter_end(doc.text) :].startswith("\nAnteckningar")


@pytest.mark.parametrize(
    ("text", "meta", "end"),
    [
        ("---\r\ndate: '2023-11'\r\n---\r\nText", {"date": "2023-11"}, 27),
        ("---\nplats: Borås\n# en kommentar\n\nokänd: x\n...\nText", {"place": "Borås"}, 46),
        ("---\nInte front matter, en linje\n---\nText", {}, 0),  # a rule, not front matter
        ("---\ndatum: 2023-11-02\nText utan slut", {}, 0),
        ("Anteckningar\n---\ndatum: 2023-11-02\n---\n", {}, 0),  # only at the very top
        ("---\nNamn: Åsa Öberg\n---\nText", {}, 0),  # no known key: text between rules
    ],
)
def test_front_matter_variants(text: str, meta: dict[str, str], end: int) -> None:
    assert end == 0 or text[end:] == "Text"
    assert parse_front_matter(text) == (meta, end)
    assert front_matter_end(text) == end


def test_sidecar_and_options_precedence(tmp_path: Path) -> None:
    path = tmp_path / "front_matter.md"
    shutil.copy(FIXTURES / "front_matter.md", path)
    sidecar = tmp_path / "front_matter.md.meta.json"
    sidecar.write_text(json.dumps({"datum": "2024-02-07", "plats": "Alingsås", "extra": 1}), encoding="utf-8")
    doc = read_document(path)
    assert doc.metadata["date"] == "2024-02-07" and doc.metadata["date_source"] == "sidecar"
    assert doc.metadata["place"] == "Alingsås"
    assert doc.metadata["body"] == "Nätverket för miljöchefer"  # from the front matter
    doc = read_document(path, metadata={"date": "2024-03", "body": "Styrgruppen"})
    assert doc.metadata["date"] == "2024-03" and doc.metadata["date_source"] == "option"
    assert (doc.metadata["body"], doc.metadata["place"]) == ("Styrgruppen", "Alingsås")


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("{not json", "metadata sidecar is not valid JSON"),
        ("[1, 2]", "metadata sidecar must be a JSON object"),
        ('{"date": 20240207}', "'date' must be a string"),
        (
            '{"date": "7 februari 2024"}',
            "malformed date '7 februari 2024' in sidecar: use YYYY-MM-DD or YYYY-MM",
        ),
        ('{"date": "2024-02-30"}', "malformed date '2024-02-30'"),
    ],
)
def test_bad_sidecar(tmp_path: Path, sidecar: str, message: str) -> None:
    path = tmp_path / "m.txt"
    path.write_text(MINUTES, encoding="utf-8")
    (tmp_path / "m.txt.meta.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("value", ["2024-13", "24-02-06", "2024-02-06T10:00", "idag"])
def test_bad_date_in_front_matter_or_option(tmp_path: Path, value: str) -> None:
    path = tmp_path / "m.md"
    path.write_text(f"---\ndatum: {value}\n---\n{MINUTES}", encoding="utf-8")
    with pytest.raises(ReadError, match="in front-matter: use YYYY-MM-DD or YYYY-MM"):
        read_document(path)
    path.write_text(MINUTES, encoding="utf-8")
    with pytest.raises(ReadError, match="in option"):
        read_document(path, metadata={"date": value})

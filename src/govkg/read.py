"""read: a file path (.txt, .md, .pdf, .docx) → Document (decoded text, hash, meeting metadata)."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from govkg.errors import ReadError
from govkg.model import Document

MAX_BYTES = 20 * 1024 * 1024
PDF_PAGE_BREAK = "\n\f\n"  # the form feed tells normalise() where a page ends

MEDIA_TEXT = "text/plain"
MEDIA_MARKDOWN = "text/markdown"
MEDIA_PDF = "application/pdf"
MEDIA_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Not a text encoding: PDF and DOCX text is taken from their structure, not decoded from bytes.
BINARY_ENCODING = "binary"

METADATA_KEYS = ("date", "body", "place", "title")
_KEY_ALIASES = {
    "date": "date",
    "datum": "date",
    "body": "body",
    "organ": "body",
    "place": "place",
    "plats": "place",
    "title": "title",
    "titel": "title",
}

# Magic numbers of formats people mistake for text, so the error can name what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word/Office file (save it as .docx or .txt)"),
    (b"{\\rtf", "an RTF file (save it as .docx or .txt)"),
    (b"\x1f\x8b", "a gzip archive"),
)


def read_document(path: Path, *, metadata: Mapping[str, str] | None = None) -> Document:
    """Read and decode one minutes file.

    Metadata comes from front matter (lowest), a ``<file>.meta.json`` sidecar, then ``metadata``
    (the CLI options, highest); ``Document.metadata["date_source"]`` says where the date came from.

    Example (a file with a ``minutes.txt.meta.json`` beside it)::

        doc = read_document(Path("minutes.txt"), metadata={"body": "Styrgruppen"})
        body = doc.text[front_matter_end(doc.text) :]  # past any front matter; offsets stay true
    """
    source = str(path)
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    kind, warnings = _sniff(raw, suffix, source)
    if kind == "pdf":
        text, media, encoding = _pdf_text(raw, source), MEDIA_PDF, BINARY_ENCODING
    elif kind == "docx":
        from govkg.read_docx import docx_text  # python-docx is slow to import; only when needed

        text, media, encoding = docx_text(raw, source), MEDIA_DOCX, BINARY_ENCODING
    else:
        text, encoding, decode_warnings = decode_text(raw, source)
        warnings.extend(decode_warnings)
        media = MEDIA_MARKDOWN if suffix in (".md", ".markdown") else MEDIA_TEXT
    if not text.strip():
        raise ReadError("file contains only whitespace, no text", source=source)

    meta: dict[str, str] = {}
    front, _ = parse_front_matter(text) if kind == "text" else ({}, 0)
    _merge(meta, front, "front-matter", source)
    sidecar = _sidecar_path(path)
    if sidecar is not None:
        _merge(meta, _read_sidecar(sidecar), "sidecar", str(sidecar))
    if metadata:
        _merge(meta, metadata, "option", source)
    return Document(
        path=source,
        name=path.stem,
        filename=path.name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media,
        encoding=encoding,
        warnings=warnings,
        metadata=meta,
    )


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ReadError("is a directory, not a file", source=source)
        if size > MAX_BYTES:
            raise ReadError(
                f"file is too large ({size / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)",
                source=source,
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("file not found", source=source) from None
    except PermissionError:
        raise ReadError("cannot read file: permission denied", source=source) from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    if not raw:
        raise ReadError("file is empty", source=source)
    return raw


def _sniff(raw: bytes, suffix: str, source: str) -> tuple[str, list[str]]:
    """The format by content, which wins over the suffix (a mislabelled file still reads)."""
    warnings: list[str] = []
    if raw.startswith(b"%PDF-") or suffix == ".pdf":
        kind = "pdf"
    elif raw.startswith(b"PK\x03\x04") and (suffix == ".docx" or b"word/" in raw[:4096]):
        kind = "docx"
    elif suffix == ".docx":
        raise ReadError("corrupt DOCX: not a ZIP archive", source=source)
    else:
        for magic, what in _MAGIC:
            if raw.startswith(magic):
                raise ReadError(f"binary data ({what}), not text", source=source)
        if raw.startswith(b"PK\x03\x04"):
            raise ReadError("binary data (a ZIP archive, not a DOCX), not text", source=source)
        kind = "text"
    expected = {"pdf": (".pdf",), "docx": (".docx",)}.get(kind)
    if expected and suffix not in expected:
        warnings.append(f"content is {kind.upper()} although the suffix is {suffix or '(none)'!r}")
    return kind, warnings


def decode_text(raw: bytes, source: str | None = None) -> tuple[str, str, list[str]]:
    """Decode text bytes: UTF-8 (BOM dropped), else cp1252, else latin-1 → (text, encoding, warnings)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode": UTF-16 with a BOM, which would otherwise look binary (NUL bytes).
        try:
            return raw.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise ReadError("cannot decode text: broken UTF-16", source=source) from None
    if b"\x00" in raw:
        raise ReadError("binary data (NUL bytes), not text", source=source)
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    warnings: list[str] = []
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        text, encoding, warnings = _decode_legacy(raw, encoding, source)
    _reject_control_chars(text, source)
    return text, encoding, warnings


def _decode_legacy(raw: bytes, utf8: str, source: str | None) -> tuple[str, str, list[str]]:
    lenient = raw.decode(utf8, errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    # Mostly valid UTF-8 with a few stray bytes (a pasted fragment): legacy decoding would garble
    # every å/ä/ö, so keep UTF-8 and replace the strays.
    if good > bad:
        return lenient, utf8, [f"{bad} invalid UTF-8 byte(s) replaced by U+FFFD"]
    for codec in ("cp1252", "latin-1"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        # latin-1 decodes anything; C1 controls mean it is not latin-1 text either.
        if not any("\x80" <= ch <= "\x9f" for ch in text):
            return text, codec, [f"decoded as {codec}, not UTF-8"]
    raise ReadError("cannot decode text: not UTF-8, cp1252 or latin-1", source=source)


def _reject_control_chars(text: str, source: str | None) -> None:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\v")
    if controls > max(3, len(text) // 100):
        raise ReadError(f"binary data ({controls} control characters), not text", source=source)


def _pdf_text(raw: bytes, source: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if b"%PDF-" not in raw[:1024]:
        raise ReadError("corrupt PDF: no %PDF- header, not a PDF", source=source)
    if b"%%EOF" not in raw[-2048:]:
        raise ReadError("corrupt PDF: truncated (no %%EOF marker at the end)", source=source)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("PDF is encrypted with a password", source=source)
        pages = [(page.extract_text() or "").strip("\n") for page in reader.pages]
    except ReadError:
        raise
    except DependencyError as exc:  # AES-encrypted PDFs need the optional cryptography package
        raise ReadError(f"cannot read PDF: {_one_line(exc)}", source=source) from None
    except Exception as exc:  # a malformed PDF makes pypdf fail in many ways; all mean "corrupt"
        raise ReadError(f"corrupt PDF: {_one_line(exc)}", source=source) from None
    if not pages:
        raise ReadError("PDF has no pages", source=source)
    if not any(p.strip() for p in pages):
        raise ReadError("PDF has no text layer (scanned?)", source=source)
    return PDF_PAGE_BREAK.join(pages)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_KEY_VALUE = re.compile(r"([A-Za-zÅÄÖåäö_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*")


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Known keys of a ``---`` front-matter block at the top → (metadata, offset of the body).

    Only simple ``key: value`` lines (and blank or ``#`` lines) count: anything else means the
    ``---`` was a rule in the text, and there is no front matter.

    >>> parse_front_matter("---\\ndatum: 2024-03-05\\norgan: Nätverket\\n---\\nText")
    ({'date': '2024-03-05', 'body': 'Nätverket'}, 43)
    """
    start = 1 if text.startswith("\ufeff") else 0
    fence = _FENCE.match(text, start)
    if fence is None:
        return {}, 0
    found: dict[str, str] = {}
    pos = fence.end()
    while pos < len(text):
        close = _CLOSE.match(text, pos)
        if close is not None:
            # Without a single known key it is more likely text between two rules than metadata.
            return (found, close.end()) if found else ({}, 0)
        nl = re.compile(r"\r\n|\r|\n").search(text, pos)
        line_end, next_pos = (nl.start(), nl.end()) if nl else (len(text), len(text))
        line = text[pos:line_end]
        if line.strip() and not line.lstrip().startswith("#"):
            kv = _KEY_VALUE.fullmatch(line)
            if kv is None:
                return {}, 0
            key = _KEY_ALIASES.get(kv.group(1).lower())
            value = _unquote(kv.group(2))
            if key and value:
                found[key] = value
        pos = next_pos
    return {}, 0  # never closed: not front matter


def front_matter_end(text: str) -> int:
    """Offset where the body starts after a front-matter block; 0 if there is none."""
    return parse_front_matter(text)[1]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _sidecar_path(path: Path) -> Path | None:
    for candidate in (path.with_name(path.name + ".meta.json"), path.with_name(path.stem + ".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def _read_sidecar(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"cannot read metadata sidecar: {_one_line(exc)}", source=str(path)) from None
    except json.JSONDecodeError as exc:
        msg = f"metadata sidecar is not valid JSON: {exc.msg} (line {exc.lineno})"
        raise ReadError(msg, source=str(path)) from None
    if not isinstance(data, dict):
        raise ReadError("metadata sidecar must be a JSON object", source=str(path))
    out: dict[str, str] = {}
    for key, value in data.items():
        if key.lower() not in _KEY_ALIASES or value is None:
            continue
        if not isinstance(value, str):
            raise ReadError(f"metadata sidecar: {key!r} must be a string", source=str(path))
        out[key] = value
    return out


def _merge(meta: dict[str, str], new: Mapping[str, str], origin: str, source: str) -> None:
    for key, value in new.items():
        canonical = _KEY_ALIASES.get(key.lower())
        if canonical is None or not value or not value.strip():
            continue
        value = value.strip()
        if canonical == "date":
            check_date(value, origin=origin, source=source)
            meta["date_source"] = origin
        meta[canonical] = value


_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def check_date(value: str, *, origin: str = "metadata", source: str | None = None) -> None:
    """Raise ReadError unless ``value`` is an ISO date YYYY-MM-DD or a month YYYY-MM."""
    m = _DATE.fullmatch(value)
    try:
        if m is None:
            raise ValueError
        date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        raise ReadError(
            f"malformed date {value!r} in {origin}: use YYYY-MM-DD or YYYY-MM", source=source
        ) from None

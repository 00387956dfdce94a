"""read_docx: DOCX bytes → plain text (paragraphs, numbered lists, tables as tab-separated rows)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from govkg.errors import ReadError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(raw: bytes, source: str | None = None) -> str:
    """The text of a Word document in document order, one line per paragraph or table row line.

    Word's automatic list numbers are not in the paragraph text, so they are rendered ("1. ",
    "2.1 ", "- ") as the reader sees them: item headings are often such lists. A table row is
    one line with its cells joined by a tab; a cell with several paragraphs spreads over several
    lines, each cell keeping its column.
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"corrupt DOCX: {' '.join(str(exc).split())}", source=source) from None
    except Exception as exc:  # python-docx raises assorted types for broken packages
        raise ReadError(f"corrupt DOCX: {type(exc).__name__}", source=source) from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(numbering.prefix(block) + block.text)
    return "\n".join(lines)


def _table_lines(table: Any) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[list[str]] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; keep it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            paras = [p.text for p in cell.paragraphs]
            while paras and not paras[-1].strip():
                paras.pop()
            cells.append(paras or [""])
        depth = max((len(c) for c in cells), default=0)
        for k in range(depth):
            lines.append("\t".join(c[k] if k < len(c) else "" for c in cells).rstrip("\t"))
    return lines


class _Numbering:
    """Counters of Word's list numbering (numbering.xml), advanced paragraph by paragraph."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iter(f"{_W}lvl"):
                fmt = _val(lvl.find(f"{_W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = int(_val(lvl.find(f"{_W}start")) or "1")
                levels[int(_val(lvl, "ilvl") or "0")] = (fmt, text, start)
            abstract[_val(node, "abstractNumId") or ""] = levels
        for num in root.iter(f"{_W}num"):
            abstract_id = _val(num.find(f"{_W}abstractNumId")) or ""
            num_id = _val(num, "numId") or ""
            self._abstract_of[num_id] = abstract_id
            for ilvl, spec in abstract.get(abstract_id, {}).items():
                self._levels[(num_id, ilvl)] = spec

    def prefix(self, paragraph: Any) -> str:
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return ""
        num_id = _val(num_pr.find(f"{_W}numId")) or ""
        ilvl = int(_val(num_pr.find(f"{_W}ilvl")) or "0")
        spec = self._levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return ""
        fmt, text, _ = spec
        if fmt == "bullet":
            return "- "
        # Lists sharing an abstract definition continue one count, as Word numbers them.
        key = self._abstract_of.get(num_id, num_id)
        counters = self._counters.setdefault(key, [])
        while len(counters) <= ilvl:
            level_spec = self._levels.get((num_id, len(counters)))
            counters.append((level_spec[2] if level_spec else 1) - 1)
        counters[ilvl] += 1
        del counters[ilvl + 1 :]
        rendered = text
        for level in range(ilvl + 1):
            level_fmt = self._levels.get((num_id, level), ("decimal", "", 1))[0]
            rendered = rendered.replace(f"%{level + 1}", _format(counters[level], level_fmt))
        return f"{rendered} " if rendered else ""


def _num_pr(paragraph: Any) -> Any:
    """The paragraph's list properties, its own or inherited from its style ("List Number", headings)."""
    ppr = paragraph._p.pPr
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    style = paragraph.style if num_pr is None else None
    seen = 0
    while num_pr is None and style is not None and seen < 10:  # based-on chains are short; cycles exist
        style_ppr = style.element.pPr
        num_pr = style_ppr.find(f"{_W}numPr") if style_ppr is not None else None
        style = style.base_style
        seen += 1
    return num_pr


def _val(node: Any, attr: str = "val") -> str | None:
    if node is None:
        return None
    value = node.get(f"{_W}{attr}")
    return str(value) if value is not None else None


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += numeral
            n -= value
    return out

"""Turn a case's source.txt into the PDF or DOCX a test reads (generated, never committed)."""

from __future__ import annotations

from pathlib import Path


def render_pdf(source: Path, target: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Sida ") and " av " in line:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.add_page()
            continue
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return target


def render_docx(source: Path, target: Path) -> Path:
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            rows.clear()

    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("TABLE: "):
            rows.append([cell.strip() for cell in line[len("TABLE: ") :].split("|")])
            continue
        flush()
        document.add_paragraph(line)
    flush()
    document.save(str(target))
    return target

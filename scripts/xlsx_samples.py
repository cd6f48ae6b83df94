#!/usr/bin/env python3
"""Writes sample .xlsx workbooks with programs other than dqtv, and what each one holds.

For every workbook NAME.xlsx it writes NAME.json: the sheets in order, each with its
visibility, merged ranges and cells ([reference, kind, value]); kinds are text, number,
date (value `YYYY-MM-DD`), bool, error and formula (a formula without a computed value).
The tests compare what the Swift reader finds with these files, which are written here from
the same data the writers were given, not from reading the workbooks back.

Writers: openpyxl (inline strings, rich text, a formula without a value, an error, the 1904
date system), xlsxwriter (shared strings, rich text, a formula with its value), xlsxwriter in
constant-memory mode (inline strings), a copy of the openpyxl workbook whose parts are renamed
(relationships must be followed, not guessed) and, when `soffice` is present, LibreOffice's
conversion of the openpyxl workbook (shared strings, every formula computed).

usage: xlsx_samples.py OUTPUT_DIR [--only NAME...]
"""
import datetime
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

MILITIA = "Dân quân"
HEADERS = ["Họ và tên (full_name)", "Ngày sinh (birth_date)", "Số năm (years)",
           "Đảng viên (party_member)", "Ghi chú (note)"]
PEOPLE = [
    ("Nguyễn Văn An", datetime.date(1995, 3, 14), 3, True, "Tổ 1 & <tổ 2>"),
    ("Trần Thị Bình", datetime.date(2000, 12, 31), 1.5, False, None),
    # row 4 is left empty
    ("Lê Quốc Cường", datetime.date(1988, 2, 29), 12, True, "  khoảng trắng  "),
]
NOTES = ["Hướng dẫn: mỗi dòng là một người.", "Cột ngày ghi theo dd/mm/yyyy."]


def rows_with_numbers():
    # People on rows 2, 3 and 5: row 4 stays empty.
    return list(zip([2, 3, 5], PEOPLE))


def expected_militia(formula_value, error_cell=True):
    """The militia sheet's cells; `formula_value` is E7's computed value or None."""
    cells = [[f"{chr(65 + i)}1", "text", h] for i, h in enumerate(HEADERS)]
    for row, (name, born, years, party, note) in rows_with_numbers():
        cells.append([f"A{row}", "text", name])
        cells.append([f"B{row}", "date", born.isoformat()])
        cells.append([f"C{row}", "number", years])
        cells.append([f"D{row}", "bool", party])
        if note is not None:
            cells.append([f"E{row}", "text", note])
    cells.append(["A7", "text", "Tổng (total)"])
    cells.append(["C7", "number", 16.5])
    if formula_value is None:
        cells.append(["E7", "formula", "2*3"])
    else:
        cells.append(["E7", "number", formula_value])
    cells.append(["A8", "text", "Ô gộp A8:C8"])
    if error_cell:
        cells.append(["A9", "error", "#N/A"])
    cells.append(["A10", "text", "Đậm và nghiêng"])
    return cells


def expected(formula_value, error_cell=True, hidden_lists=True, date_system="1900"):
    sheets = [{"name": MILITIA, "visibility": "visible", "merged": ["A8:C8"],
               "cells": expected_militia(formula_value, error_cell)},
              {"name": "Hướng dẫn", "visibility": "visible", "merged": [],
               "cells": [[f"A{i + 1}", "text", t] for i, t in enumerate(NOTES)]}]
    if hidden_lists:
        sheets.append({"name": "Danh mục", "visibility": "hidden", "merged": [],
                       "cells": [["A1", "text", "Có"], ["A2", "text", "Không"]]})
    return {"date_system": date_system, "sheets": sheets}


def write_openpyxl(path, epoch_1904=False):
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    wb = openpyxl.Workbook()
    if epoch_1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = MILITIA
    ws.append(HEADERS)
    for row, (name, born, years, party, note) in rows_with_numbers():
        ws.cell(row, 1, name)
        c = ws.cell(row, 2, born)
        c.number_format = "dd/mm/yyyy"
        ws.cell(row, 3, years)
        ws.cell(row, 4, party)
        if note is not None:
            ws.cell(row, 5, note)
    ws["A7"] = "Tổng (total)"
    ws["C7"] = 16.5
    ws["E7"] = "=2*3"
    ws["A8"] = "Ô gộp A8:C8"
    ws.merge_cells("A8:C8")
    ws["A9"] = "#N/A"
    ws["A10"] = CellRichText([TextBlock(InlineFont(b=True), "Đậm"), " và ",
                              TextBlock(InlineFont(i=True), "nghiêng")])
    notes = wb.create_sheet("Hướng dẫn")
    for t in NOTES:
        notes.append([t])
    lists = wb.create_sheet("Danh mục")
    lists.append(["Có"])
    lists.append(["Không"])
    lists.sheet_state = "hidden"
    wb.save(path)


def write_xlsxwriter(path, constant_memory=False):
    import xlsxwriter
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory})
    ws = wb.add_worksheet(MILITIA)
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    bold = wb.add_format({"bold": True})
    italic = wb.add_format({"italic": True})
    for i, h in enumerate(HEADERS):
        ws.write_string(0, i, h)
    for row, (name, born, years, party, note) in rows_with_numbers():
        r = row - 1
        ws.write_string(r, 0, name)
        ws.write_datetime(r, 1, datetime.datetime.combine(born, datetime.time()), date)
        ws.write_number(r, 2, years)
        ws.write_boolean(r, 3, party)
        if note is not None:
            ws.write_string(r, 4, note)
    ws.write_string(6, 0, "Tổng (total)")
    ws.write_number(6, 2, 16.5)
    ws.write_formula(6, 4, "=2*3", None, 6)
    ws.merge_range("A8:C8", "Ô gộp A8:C8")
    if constant_memory:
        ws.write_string(9, 0, "Đậm và nghiêng")
    else:
        ws.write_rich_string(9, 0, bold, "Đậm", " và ", italic, "nghiêng")
    notes = wb.add_worksheet("Hướng dẫn")
    for i, t in enumerate(NOTES):
        notes.write_string(i, 0, t)
    lists = wb.add_worksheet("Danh mục")
    lists.write_string(0, 0, "Có")
    lists.write_string(1, 0, "Không")
    lists.hide()
    wb.close()


def rename_parts(source, target):
    """Copies a workbook with its sheets in parts named unlike `sheetN.xml`, in another order."""
    names = {"xl/worksheets/sheet1.xml": "xl/worksheets/z_quan.xml",
             "xl/worksheets/sheet2.xml": "xl/data/guide.xml",
             "xl/worksheets/sheet3.xml": "xl/worksheets/a_lists.xml"}
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in reversed(zin.infolist()):
            data = zin.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                text = data.decode()
                for old, new in names.items():
                    # Relative targets, one of them absolute.
                    rel_old = old[len("xl/"):]
                    rel_new = "/" + new if "guide" in new else new[len("xl/"):]
                    text = text.replace(f'"/{old}"', f'"{rel_new}"').replace(f'"{rel_old}"', f'"{rel_new}"')
                data = text.encode()
            elif item.filename == "[Content_Types].xml":
                text = data.decode()
                for old, new in names.items():
                    text = text.replace(f"/{old}", f"/{new}")
                data = text.encode()
            zout.writestr(names.get(item.filename, item.filename), data)


def libreoffice(source, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        staged = pathlib.Path(tmp) / "in.xlsx"
        shutil.copy(source, staged)
        conv = pathlib.Path(tmp) / "out"
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(conv),
                        str(staged)], check=True, capture_output=True, timeout=180)
        result = out_dir / "libreoffice.xlsx"
        shutil.copy(conv / "in.xlsx", result)
        return result


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[3:]) if len(sys.argv) > 2 and sys.argv[2] == "--only" else None

    def want(name):
        return only is None or name in only

    def save(name, facts):
        (out / f"{name}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")

    write_openpyxl(out / "openpyxl.xlsx")
    save("openpyxl", expected(None))
    if want("openpyxl-1904"):
        write_openpyxl(out / "openpyxl-1904.xlsx", epoch_1904=True)
        save("openpyxl-1904", expected(None, date_system="1904"))
    if want("xlsxwriter"):
        write_xlsxwriter(out / "xlsxwriter.xlsx")
        save("xlsxwriter", expected(6, error_cell=False))
    if want("xlsxwriter-inline"):
        write_xlsxwriter(out / "xlsxwriter-inline.xlsx", constant_memory=True)
        save("xlsxwriter-inline", expected(6, error_cell=False))
    if want("renamed"):
        rename_parts(out / "openpyxl.xlsx", out / "renamed.xlsx")
        save("renamed", expected(None))
    if want("libreoffice") and libreoffice(out / "openpyxl.xlsx", out):
        save("libreoffice", expected(6))
    if only is not None and "openpyxl" not in only:
        (out / "openpyxl.xlsx").unlink()
        (out / "openpyxl.json").unlink()


if __name__ == "__main__":
    main()

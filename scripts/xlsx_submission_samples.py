#!/usr/bin/env python3
"""Writes a submission as workbooks made by programs other than dqtv, for the tests.

Reads the values of a workbook `dqtv convert` made from a YAML submission (with openpyxl),
then writes the same values again:
  NAME-openpyxl.xlsx    openpyxl; no hidden `_dqtv` sheet (sheets are found by their titles);
                        dates as date cells formatted dd/mm/yyyy.
  NAME-xlsxwriter.xlsx  xlsxwriter; dates typed as text `30/06/2026`, numbers stored as text,
                        an empty row after the header of every table.
  NAME-libreoffice.xlsx LibreOffice's own save of the dqtv workbook (`soffice --headless
                        --convert-to xlsx`), when soffice is present.
The tests check that each gives the same findings as the YAML.

usage: xlsx_submission_samples.py DQTV_WORKBOOK OUTPUT_DIR NAME
"""
import datetime
import pathlib
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter


def sheets(path):
    book = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in book.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        out.append((ws.title, ws.sheet_state, rows))
    return out


def with_openpyxl(data, target):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, state, rows in data:
        if title == "_dqtv":
            continue
        ws = book.create_sheet(title)
        ws.sheet_state = state
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, datetime.datetime):
                    cell.number_format = "dd/mm/yyyy"
    book.save(target)


def with_xlsxwriter(data, target):
    book = xlsxwriter.Workbook(str(target))
    for title, state, rows in data:
        ws = book.add_worksheet(title)
        if state != "visible":
            ws.hide()
        for r, row in enumerate(rows):
            # An empty row after the header: rows after it move one down.
            out_row = r if r == 0 else r + 1
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, datetime.datetime):
                    ws.write_string(out_row, c, value.strftime("%d/%m/%Y"))
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    ws.write_string(out_row, c, str(int(value)) if float(value).is_integer() else str(value))
                else:
                    ws.write(out_row, c, value)
    book.close()


def with_libreoffice(source, target):
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: no LibreOffice sample", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / "in.xlsx"
        shutil.copy(source, copy)
        out = pathlib.Path(tmp) / "out"
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                        str(copy)], check=True, capture_output=True, env={"HOME": tmp, "PATH": "/usr/bin:/bin"})
        shutil.copy(out / "in.xlsx", target)


def main():
    source, folder, name = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    folder.mkdir(parents=True, exist_ok=True)
    data = sheets(source)
    with_openpyxl(data, folder / f"{name}-openpyxl.xlsx")
    with_xlsxwriter(data, folder / f"{name}-xlsxwriter.xlsx")
    with_libreoffice(source, folder / f"{name}-libreoffice.xlsx")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Prints what openpyxl reads in a workbook, as JSON: for each sheet in order its name, state,
frozen cell, column widths, row heights (of the rows that set one, by row number), dropdowns
(data validation lists), cells (value and number format; dates as `YYYY-MM-DD`) and the cells
whose text wraps. Used by the tests to check workbooks dqtv writes with a reader
that is not ours.

usage: xlsx_inspect.py FILE.xlsx
"""
import datetime
import json
import sys

import openpyxl


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for ws in wb.worksheets:
        cells = {}
        wrapped = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if c.alignment is not None and c.alignment.wrap_text:
                    wrapped.append(c.coordinate)
                value = c.value
                if isinstance(value, datetime.datetime):
                    value = value.date().isoformat()
                cells[c.coordinate] = [value, c.number_format]
        sheets.append({
            "name": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            "heights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
            "dropdowns": [[str(v.sqref), v.type, v.formula1] for v in ws.data_validations.dataValidation],
            "bold_a1": bool(ws["A1"].font and ws["A1"].font.b),
            "cells": cells,
            "wrapped": wrapped,
        })
    print(json.dumps(sheets, ensure_ascii=False))


if __name__ == "__main__":
    main()

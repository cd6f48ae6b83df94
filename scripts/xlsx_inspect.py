#!/usr/bin/env python3
"""Prints what openpyxl reads in a workbook, as JSON: for each sheet in order its name, state,
frozen cell, column widths, dropdowns (data validation lists) and cells (value and number
format; dates as `YYYY-MM-DD`). Used by the tests to check workbooks dqtv writes with a reader
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
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                value = c.value
                if isinstance(value, datetime.datetime):
                    value = value.date().isoformat()
                cells[c.coordinate] = [value, c.number_format]
        sheets.append({
            "name": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            "dropdowns": [[str(v.sqref), v.type, v.formula1] for v in ws.data_validations.dataValidation],
            "bold_a1": bool(ws["A1"].font and ws["A1"].font.b),
            "cells": cells,
        })
    print(json.dumps(sheets, ensure_ascii=False))


if __name__ == "__main__":
    main()

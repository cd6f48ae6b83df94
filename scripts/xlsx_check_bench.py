#!/usr/bin/env python3
"""Speed of `dqtv check` on a province workbook beside python-calamine and openpyxl, in one run.

Generates the province (scripts/gen_submission.py, 170 communes), converts it to a workbook with
`dqtv convert`, and writes that workbook's values again with openpyxl
(scripts/xlsx_submission_samples.py), so that the workbook checked is one openpyxl wrote. Then,
best of REPEATS in CPU time (user + system; on a shared machine wall time measures neighbours):
  - `dqtv check WORKBOOK --format json` as a process: reading, decoding and every rule;
  - python-calamine reading every cell of every sheet (to_python());
  - openpyxl in read-only mode reading every cell (iter_rows(values_only=True)).
Prints the times, the ratios, dqtv's peak memory (ru_maxrss of its process) against the size of
the unzipped sheet XML, and checks that the workbook gives the YAML's findings.

usage: swift build -c release --product dqtv
       python3 scripts/xlsx_check_bench.py [--communes 170] [--repeats 3] [--folder /tmp/dqtv-xlsx-bench]
"""
import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import time
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DQTV = ROOT / ".build/release/dqtv"


def child_run(args):
    """Runs a process; returns (cpu seconds, peak resident KiB, stdout)."""
    pid = os.fork()
    if pid == 0:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        out = os.open(args[-1] + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)
        os.execv(args[0], args[:-1])
    _, status, usage = os.wait4(pid, 0)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, pathlib.Path(args[-1] + ".out").read_text()


def best(repeats, fn):
    result, value = float("inf"), None
    for _ in range(repeats):
        start = time.process_time()
        value = fn()
        result = min(result, time.process_time() - start)
    return result, value


def calamine_cells(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(str(path))
    return sum(len(row) for name in wb.sheet_names for row in wb.get_sheet_by_name(name).to_python())


def openpyxl_cells(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = sum(len(row) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    wb.close()
    return n


def findings(text):
    return sorted((f["rule"], f["message"], f["path"]) for f in json.loads(text)["findings"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--communes", type=int, default=170)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--folder", default="/tmp/dqtv-xlsx-bench")
    a = parser.parse_args()
    folder = pathlib.Path(a.folder)
    folder.mkdir(parents=True, exist_ok=True)
    yaml = folder / f"province-{a.communes}.yaml"
    book = folder / f"province-{a.communes}-openpyxl.xlsx"
    if not book.exists():
        subprocess.run([sys.executable, str(ROOT / "scripts/gen_submission.py"), "--communes", str(a.communes),
                        "-o", str(yaml)], check=True)
        ours = folder / "dqtv.xlsx"
        subprocess.run([str(DQTV), "convert", str(yaml), "-o", str(ours)], check=True)
        subprocess.run([sys.executable, str(ROOT / "scripts/xlsx_submission_samples.py"), str(ours), str(folder),
                        f"province-{a.communes}"], check=True)
    with zipfile.ZipFile(book) as z:
        sheet_xml = sum(i.file_size for i in z.infolist() if i.filename.startswith("xl/worksheets/"))
    check = [str(DQTV), "check", str(book), "--format", "json", "--lang", "en", str(folder / "check")]
    runs = [child_run(check) for _ in range(a.repeats)]
    dqtv_time = min(r[0] for r in runs)
    peak_kib = max(r[1] for r in runs)
    same = findings(runs[0][2]) == findings(
        subprocess.run([str(DQTV), "check", str(yaml), "--format", "json", "--lang", "en"], capture_output=True,
                       text=True).stdout)
    calamine_time, cells = best(a.repeats, lambda: calamine_cells(book))
    openpyxl_time, cells2 = best(a.repeats, lambda: openpyxl_cells(book))
    print(f"workbook: {book} ({book.stat().st_size / 1e6:.1f} MB, {cells} cells, sheet XML {sheet_xml / 1e6:.1f} MB)")
    print(f"{'reader':<40} {'CPU s':>8} {'vs dqtv check':>14}")
    print(f"{'dqtv check (read + decode + rules)':<40} {dqtv_time:8.3f} {1:14.2f}")
    print(f"{'python-calamine (read cells)':<40} {calamine_time:8.3f} {calamine_time / dqtv_time:14.2f}")
    print(f"{'openpyxl read-only (read cells)':<40} {openpyxl_time:8.3f} {openpyxl_time / dqtv_time:14.2f}")
    print(f"dqtv peak memory {peak_kib / 1024:.1f} MiB = {peak_kib * 1024 / sheet_xml:.2f} x the sheet XML")
    print(f"same findings as the YAML: {same}")


if __name__ == "__main__":
    main()

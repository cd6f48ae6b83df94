#!/usr/bin/env python3
"""Writes the seed corpus of the workbook fuzz target (Fuzz/WorkbookFuzz).

Two kinds of seed, as the target reads them: whole .xlsx files (the samples of
scripts/xlsx_samples.py and the commune workbooks of Tests/Fixtures/xlsx), and the XML of a workbook's parts joined by 0x01 bytes (sheet, shared
strings, styles, workbook, workbook relationships), taken from the same samples and from a few
written here for the corners of the format.

usage: xlsx_fuzz_seeds.py OUTPUT_DIR
"""
import hashlib
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent

RELS = ('<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://x/styles" Target="styles.xml"/></Relationships>')
WORKBOOK = ('<workbook><workbookPr date1904="0"/><sheets><sheet name="Dân quân" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>')
STYLES = ('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[Red]0.00;&quot;x&quot;"/></numFmts>'
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>')
SST = ('<sst><si><t>a &amp; b</t></si><si><r><t>x</t></r><r><t xml:space="preserve"> y</t></r>'
       '<rPh><t>phonetic</t></rPh></si><si><t>_x0001_&#x1F600;</t></si><si/></sst>')
SHEETS = [
    '<worksheet><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
    '<c r="B1" s="1"><v>45000</v></c><c r="C1" t="b"><v>1</v></c></row>'
    '<row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>x</v></c>'
    '<c r="C3"><f t="shared" si="0" ref="C3:C4">1+1</f><v></v></c></row></sheetData>'
    '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
    '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>v</x:t></x:is></x:c>'
    '<x:c t="d"><x:v>2026-06-30T12:00:00</x:v></x:c><x:c s="2"><x:v>1.5E3</x:v></x:c></x:row>'
    '</x:sheetData></x:worksheet>',
    '<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>',
    '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c>'
    '<c r="C2"><![CDATA[5]]></c><c r="D2"><v><![CDATA[7]]></v></c></row></sheetData><!-- c --></worksheet>',
]


def write(out, data):
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def parts_of(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        names = set(z.namelist())

        def get(name):
            return z.read(name) if name in names else b""
        rest = [get("xl/sharedStrings.xml"), get("xl/styles.xml"), get("xl/workbook.xml"),
                get("xl/_rels/workbook.xml.rels")]
        for name in sorted(names):
            if name.startswith("xl/worksheets/sheet"):
                yield b"\x01".join([z.read(name)] + rest)


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "scripts/xlsx_samples.py"), tmp], check=True)
        # The real writers' workbooks of a commune, which the submission reader lays out whole.
        fixtures = sorted((ROOT / "Tests/Fixtures/xlsx").glob("*.xlsx"))
        for xlsx in sorted(pathlib.Path(tmp).glob("*.xlsx")) + fixtures:
            write(out, xlsx.read_bytes())
            for seed in parts_of(xlsx):
                write(out, seed)
    for sheet in SHEETS:
        write(out, "\x01".join([sheet, SST, STYLES, WORKBOOK, RELS]).encode())
        write(out, sheet.encode())
    # An OLE compound file header with and without the encrypted stream's name.
    cfb = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    write(out, cfb + "EncryptedPackage".encode("utf-16-le"))
    write(out, cfb + "Workbook".encode("utf-16-le"))


if __name__ == "__main__":
    main()

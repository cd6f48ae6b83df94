#!/usr/bin/env python3
"""Check the structure of DQTV submissions (dqtv-submission/1, SUBMISSION.md).

Usage:
    check_samples.py FILE... [--legal] [--as-of YYYY-MM-DD] [--expect] [--quiet]

For each file it reports, one line a finding (file:line: KIND: message):
  SCHEMA  what the dqtv checker reports as a SCHEMA finding: a missing
          required field, an unknown field (with the nearest known name), a
          wrong type, an unknown enum value, an impossible date, a duplicate
          id or code, a reference to nothing (a militiaman's `unit`, a unit's
          `commander` or `village`, a training record's `unit`);
  STYLE   a string written so that a YAML 1.1 reader (PyYAML, many editors'
          tools) would read it as something else: `code: 16279` is an int
          there, `code: "16279"` is a string everywhere;
  ROSTER  a village leader whose id is on the militia roster under another
          name or birth date.
A YAML error, more than one document, a duplicate key, a root that is not a
mapping or an unknown `format` stops the check of that file (FATAL).

--legal   also applies the rules of LEGAL.md in force on the as_of date
          (scripts/legal_reference.py, a plain reference implementation
          used to check the samples; the dqtv rule pack is the real thing).
--as-of   judge on this date instead of the file's own as_of (with --legal).
--expect  compare the findings with the comments of the file: a comment
          that starts with rule ids and a colon (`# DQ.AGE.MAX: ...`,
          `# SCHEMA: ...`, `# DT.OVERDUE, DT.TERM: ...`) says that a finding
          of that rule is expected on a node that covers the comment's line.
          Every finding must be expected and every expectation met. Without
          --legal only SCHEMA, STYLE and ROSTER comments count.
--quiet   print only the summary line of each file.

Exit status: 0 when every file is clean (with --expect: when every file
gives exactly its expected findings), 1 otherwise, 2 on a fatal error.

Examples:
    scripts/check_samples.py samples/*.yaml
    scripts/check_samples.py --legal --expect samples/commune-mistakes.yaml
    scripts/gen_submission.py --communes 5 | scripts/check_samples.py -
"""

import argparse
import datetime as dt
import difflib
import re
import sys

import yaml

# ---------------------------------------------------------------------------
# The schema, as SUBMISSION.md states it.

ENUMS = {
    "commune_kind": ["xa", "phuong", "dac_khu", "thi_tran"],
    "commune_class": ["I", "II", "III", "dac_biet"],
    "designation": ["bien_gioi", "ven_bien", "dao", "trong_diem_qp"],
    "headquarters": ["own", "workplace", "none"],
    "gender": ["nam", "nu"],
    "position": ["chi_huy_truong", "chinh_tri_vien", "chinh_tri_vien_pho",
                 "pho_chi_huy_truong", "tro_ly", "nhan_vien_ky_thuat"],
    "status": ["cong_chuc", "khong_chuyen_trach", "si_quan_tai_ngu", "kiem_nhiem", "quan_nhan_chuyen_nghiep"],
    "officer": ["du_bi", "tai_ngu", "none"],
    "concurrent_post": ["bi_thu_dang_uy", "pho_bi_thu_dang_uy", "chu_tich_ubnd",
                        "uy_vien_ubnd", "bi_thu_doan"],
    "military_education": ["none", "so_cap", "trung_cap", "cao_dang", "dai_hoc"],
    "appointed_by": ["chu_tich_ubnd_huyen", "chu_tich_ubnd_tinh",
                     "chi_huy_truong_bo_chqs_tinh", "tu_lenh_bo_tu_lenh_thu_do",
                     "tu_lenh_bo_tu_lenh_tphcm", "tu_lenh_quan_khu"],
    "village_kind": ["thon", "to_dan_pho", "ban", "ap", "buon", "phum", "soc", "khom",
                     "lang", "xom", "bon", "khu_pho", "khoi_pho", "tieu_khu", "khac"],
    "force": ["tai_cho", "co_dong", "thuong_truc", "bien", "phong_khong", "phao_binh",
              "trinh_sat", "thong_tin", "cong_binh", "phong_hoa", "y_te"],
    "echelon": ["to", "tieu_doi", "trung_doi", "dai_doi"],
    "exemption": ["none", "vo_con_liet_si", "vo_con_thuong_binh_81", "quan_nhan_du_bi",
                  "nguoi_cham_soc", "co_yeu"],
    "deferral": ["none", "mang_thai_nuoi_con_nho", "suc_khoe", "vo_chong_phuc_vu",
                 "vo_chong_vung_kho_khan", "lao_dong_duy_nhat", "cham_soc_nguoi_than",
                 "thien_tai_dich_benh", "con_thuong_binh_61_80"],
    "cohort": ["first_year", "later"],
    # SUBMISSION.md names only some values of the three lists below; the
    # rest are those of the dqtv pack's schema.yaml
    "drill_kind": ["tac_chien_khu_vuc_phong_thu", "chien_dau_phong_thu", "chien_dau_tri_an",
                   "phong_thu_dan_su", "phong_chong_thien_tai"],
    "drill_status": ["planned", "done", "cancelled"],
    "council_role": ["chu_tich", "pho_chu_tich_thuong_truc", "pho_chu_tich",
                     "uy_vien_thuong_truc", "uy_vien_thu_ky", "uy_vien"],
    "council_post": ["chu_tich_ubnd_tinh", "pho_chu_tich_ubnd_tinh",
                     "chi_huy_truong_bo_chqs_tinh", "chinh_uy_bo_chqs_tinh",
                     "tu_lenh_bo_tu_lenh_thu_do", "tu_lenh_bo_tu_lenh_tphcm",
                     "pho_chi_huy_truong_bo_chqs_tinh", "chi_huy_truong_bdbp_tinh",
                     "giam_doc_cong_an_tinh", "pho_giam_doc_cong_an_tinh", "giam_doc_so_gddt",
                     "giam_doc_so_noi_vu", "giam_doc_so_tai_chinh", "giam_doc_so_van_hoa",
                     "giam_doc_so_khcn", "giam_doc_so_y_te", "truong_ban_tuyen_giao_dan_van",
                     "hieu_truong", "khac"],
}
NON_NEGATIVE = {"population", "days", "civil_defense_hours"}

R, O = True, False   # required, optional

# A field type is "str", "date", "int", "bool", an enum name, another record
# type's name, or "[T]" for a list of T.
TYPES = {
    "Submission": {"format": ("str", R), "as_of": ("date", R),
                   "submitted_by": ("SubmittedBy", O), "province": ("Province", O),
                   "communes": ("[Commune]", R)},
    "SubmittedBy": {"unit": ("str", O), "contact": ("str", O)},
    "Province": {"code": ("str", R), "name": ("str", R),
                 "education_council": ("EducationCouncil", O)},
    "EducationCouncil": {"decision": ("Decision", O), "members": ("[CouncilMember]", R)},
    "Decision": {"number": ("str", O), "date": ("date", O)},
    "CouncilMember": {"name": ("str", R), "role": ("council_role", R),
                      "post": ("council_post", R)},
    "Commune": {"code": ("str", R), "name": ("str", R), "kind": ("commune_kind", R),
                "class": ("commune_class", O), "designations": ("[designation]", O),
                "population": ("int", O), "command_board": ("CommandBoard", R),
                "villages": ("[Village]", O), "units": ("[Unit]", O),
                "militia": ("[Militiaman]", O), "training": ("[TrainingRecord]", O),
                "drills": ("[Drill]", O)},
    "CommandBoard": {"headquarters": ("headquarters", R), "seal": ("bool", O),
                     "members": ("[BoardMember]", O)},
    "BoardMember": {"id": ("str", R), "name": ("str", R), "gender": ("gender", O),
                    "birth_date": ("date", O), "position": ("position", R),
                    "status": ("status", R), "officer": ("officer", O),
                    "concurrent_posts": ("[concurrent_post]", O),
                    "military_education": ("military_education", O),
                    "appointed": ("Appointment", O)},
    "Appointment": {"date": ("date", R), "by": ("appointed_by", R), "decision": ("str", O)},
    "Village": {"code": ("str", R), "name": ("str", R), "kind": ("village_kind", R),
                "leader": ("VillageLeader", O)},
    "VillageLeader": {"id": ("str", R), "name": ("str", R), "gender": ("gender", O),
                      "birth_date": ("date", O)},
    "Unit": {"id": ("str", R), "name": ("str", O), "force": ("force", R),
             "echelon": ("echelon", R), "commander": ("str", O), "village": ("str", O),
             "established": ("date", O)},
    "Militiaman": {"id": ("str", R), "name": ("str", R), "gender": ("gender", R),
                   "birth_date": ("date", R), "joined": ("date", R), "unit": ("str", R),
                   "volunteer": ("bool", O), "extended_until": ("date", O),
                   "party_member": ("bool", O), "reservist_assigned": ("bool", O),
                   "exemption": ("exemption", O), "deferral": ("deferral", O)},
    "TrainingRecord": {"unit": ("str", R), "year": ("int", R), "cohort": ("cohort", R),
                       "days": ("int", R), "civil_defense_hours": ("int", O)},
    "Drill": {"kind": ("drill_kind", R), "date": ("date", R), "status": ("drill_status", R)},
}

FORMAT = "dqtv-submission/1"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INT_RE = re.compile(r"^[-+]?\d+$")
BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
NULLS = {"", "~", "null", "Null", "NULL"}
RESOLVER = yaml.resolver.Resolver()


class Fatal(Exception):
    pass


class Obj(dict):
    """A decoded record: its fields, the lines it spans (1-based), and its
    index in the list that holds it."""
    first = last = 0
    index = 0
    lines = None         # field name -> line of its key


class Arr(list):
    first = last = 0


class Finding:
    def __init__(self, kind, rule, first, last, message):
        self.kind, self.rule, self.first, self.last, self.message = kind, rule, first, last, message

    def __repr__(self):
        return f"{self.first}: {self.rule}: {self.message}"


class Decoder:
    """Turns a composed YAML node tree into Obj/Arr/values, schema-driven."""

    def __init__(self):
        self.findings = []

    def schema(self, node, message, kind="SCHEMA"):
        line = node.start_mark.line + 1
        self.findings.append(Finding(kind, kind, line, line, message))

    def decode(self, node, ftype, where):
        """The value of node read as ftype, or None after a SCHEMA finding."""
        if isinstance(node, yaml.ScalarNode) and not node.style and node.value in NULLS:
            self.schema(node, f"{where}: empty (null) value; leave the field out instead")
            return None
        if ftype.startswith("["):
            if not isinstance(node, yaml.SequenceNode):
                self.schema(node, f"{where}: expected a list")
                return None
            out = Arr()
            out.first = node.start_mark.line + 1
            out.last = out.first
            for i, item in enumerate(node.value):
                v = self.decode(item, ftype[1:-1], f"{where}[{i}]")
                if isinstance(v, Obj):
                    v.index = i
                if v is not None:
                    out.append(v)
                out.last = max(out.last, last_line(item))
            return out
        if ftype in TYPES:
            if not isinstance(node, yaml.MappingNode):
                self.schema(node, f"{where}: expected a mapping ({ftype})")
                return None
            return self.record(node, ftype, where)
        if not isinstance(node, yaml.ScalarNode):
            self.schema(node, f"{where}: expected a single value, found a "
                              f"{'list' if isinstance(node, yaml.SequenceNode) else 'mapping'}")
            return None
        text, plain = node.value, not node.style     # plain: None, or '' from libyaml
        if ftype == "str":
            if plain:
                tag = RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
                if tag != "tag:yaml.org,2002:str":
                    self.schema(node, f"{where}: {text} is a string here but a YAML 1.1 reader "
                                      f"reads {tag.rsplit(':', 1)[1]}; quote it: \"{text}\"", "STYLE")
            return text
        if ftype == "date":
            if not DATE_RE.match(text):
                self.schema(node, f"{where}: '{text}' is not a date (YYYY-MM-DD)")
                return None
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                self.schema(node, f"{where}: {text} is not a date that exists")
                return None
        if ftype == "int":
            if not plain or not INT_RE.match(text):
                self.schema(node, f"{where}: '{text}' is not a whole number")
                return None
            return int(text)
        if ftype == "bool":
            if not plain or text not in BOOLS:
                self.schema(node, f"{where}: '{text}' is not true or false")
                return None
            return BOOLS[text]
        values = ENUMS[ftype]
        if text not in values:
            near = difflib.get_close_matches(text, values, 1)
            hint = f"; did you mean '{near[0]}'?" if near else f"; one of: {', '.join(values)}"
            self.schema(node, f"{where}: unknown value '{text}'{hint}")
            return None
        return text

    def record(self, node, rtype, where):
        fields = TYPES[rtype]
        out = Obj()
        out.first = node.start_mark.line + 1
        out.last = last_line(node)
        out.lines = {}
        for knode, vnode in node.value:
            key = knode.value
            if key in out.lines:
                raise Fatal(f"line {knode.start_mark.line + 1}: duplicate key '{key}' in {where or 'the root'}")
            out.lines[key] = knode.start_mark.line + 1
            if key not in fields:
                near = difflib.get_close_matches(key, list(fields), 1)
                hint = f"; did you mean '{near[0]}'?" if near else ""
                self.schema(knode, f"{where or 'the root'}: unknown field '{key}'{hint}")
                continue
            value = self.decode(vnode, fields[key][0], f"{where}.{key}" if where else key)
            if key in NON_NEGATIVE and value is not None and value < 0:
                self.schema(vnode, f"{where}.{key}: {value} is below 0")
                value = None
            if value is not None:
                out[key] = value
        for key, (_, required) in fields.items():
            if required and key not in out.lines:
                line = out.first
                self.findings.append(Finding("SCHEMA", "SCHEMA", line, line,
                                             f"{where or 'the root'}: missing required field '{key}'"))
        return out


def last_line(node):
    """The last line (1-based) that holds content of node."""
    if isinstance(node, yaml.ScalarNode):
        return node.end_mark.line + 1
    if isinstance(node, yaml.SequenceNode):
        if node.flow_style:
            return node.end_mark.line + 1
        return max([last_line(n) for n in node.value] or [node.start_mark.line + 1])
    if node.flow_style:
        return node.end_mark.line + 1
    return max([last_line(v) for _, v in node.value] or [node.start_mark.line + 1])


def load(text):
    """Compose one YAML document (anchors and aliases share their node)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        docs = list(yaml.compose_all(text, Loader=loader))
    except yaml.YAMLError as e:
        raise Fatal(f"invalid YAML: {e}")
    if len(docs) != 1:
        raise Fatal(f"expected one YAML document, found {len(docs)}")
    root = docs[0]
    if not isinstance(root, yaml.MappingNode):
        raise Fatal("the root is not a mapping")
    for k, v in root.value:
        if k.value == "format":
            if not isinstance(v, yaml.ScalarNode) or v.value != FORMAT:
                raise Fatal(f"line {v.start_mark.line + 1}: unknown format "
                            f"'{getattr(v, 'value', '?')}' (expected {FORMAT})")
    return root


# ---------------------------------------------------------------------------
# Ids, codes and references.

def check_ids(sub, findings):
    def dup(seen, key, what, line):
        if key in seen:
            findings.append(Finding("SCHEMA", "SCHEMA", line, line,
                                    f"{where}: {what} '{key}' is used twice (first at line {seen[key]})"))
        else:
            seen[key] = line

    codes = {}
    for c in sub.get("communes", []):
        where = f"communes[{c.index}]"
        if "code" in c:
            dup(codes, c["code"], "commune code", c.lines["code"])
            if not re.fullmatch(r"\d{5}", c["code"]):
                findings.append(Finding("SCHEMA", "SCHEMA", c.lines["code"], c.lines["code"],
                                        f"{where}.code: '{c['code']}' is not a 5-digit code"))
        villages, units, militia, board = {}, {}, {}, {}
        for m in c.get("command_board", {}).get("members", []):
            if "id" in m:
                dup(board, m["id"], "board member id", m.lines["id"])
        for v in c.get("villages", []):
            if "code" in v:
                dup(villages, v["code"], "village code", v.lines["code"])
        for u in c.get("units", []):
            if "id" in u:
                dup(units, u["id"], "unit id", u.lines["id"])
        roster = {}
        for m in c.get("militia", []):
            if "id" in m:
                dup(militia, m["id"], "militia id", m.lines["id"])
                roster.setdefault(m["id"], m)
        leaders = {}
        for v in c.get("villages", []):
            lead = v.get("leader")
            if lead and "id" in lead:
                leaders[lead["id"]] = lead
                m = roster.get(lead["id"])
                if m and (m.get("name") != lead.get("name") or
                          ("birth_date" in lead and m.get("birth_date") != lead["birth_date"])):
                    findings.append(Finding("ROSTER", "ROSTER", lead.first, lead.last,
                                            f"{where}.villages[{v.index}].leader: {lead['id']} is on the "
                                            f"roster as {m.get('name')}, born {m.get('birth_date')}"))

        def ref(rec, path, field, targets, what):
            if field in rec and rec[field] not in targets:
                line = rec.lines[field]
                findings.append(Finding("SCHEMA", "SCHEMA", line, line,
                                        f"{where}.{path}.{field}: '{rec[field]}' names no {what} of this commune"))

        for m in c.get("militia", []):
            ref(m, f"militia[{m.index}]", "unit", units, "unit")
        for u in c.get("units", []):
            ref(u, f"units[{u.index}]", "commander", set(militia) | set(leaders), "militia member or village leader")
            ref(u, f"units[{u.index}]", "village", villages, "village")
        for t in c.get("training", []):
            ref(t, f"training[{t.index}]", "unit", units, "unit")


# ---------------------------------------------------------------------------
# Expectations written as comments.

RULE_ID = r"(?:SCHEMA|[A-Z]+(?:\.[A-Z0-9][A-Z0-9-]*)+)"
TAG_RE = re.compile(r"#\s*(" + RULE_ID + r"(?:\s*,\s*" + RULE_ID + r")*)\s*:")


def comment_of(line):
    """The comment part of a YAML line ('' if none); quotes are respected."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'" and (i == 0 or line[i - 1] in " :[{,-"):
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[i:]
    return ""


def expectations(text):
    """[(line, rule)] from comments that start with rule ids and a colon."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        m = TAG_RE.match(comment_of(line))
        if m:
            for rule in re.split(r"\s*,\s*", m.group(1)):
                out.append((n, rule))
    return out


STRUCTURAL = {"SCHEMA", "STYLE", "ROSTER"}


def compare(findings, expected):
    """Unexpected findings and unmet expectations."""
    met = set()
    unexpected = []
    for f in findings:
        hits = [(ln, r) for ln, r in expected if r == f.rule and f.first <= ln <= f.last]
        if hits:
            met.update(hits)
        else:
            unexpected.append(f)
    unmet = [e for e in expected if e not in met]
    return unexpected, unmet


# ---------------------------------------------------------------------------

def check_file(path, args):
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8").read()
    root = load(text)
    dec = Decoder()
    sub = dec.record(root, "Submission", "")
    findings = dec.findings
    check_ids(sub, findings)
    if args.legal:
        import legal_reference
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else sub.get("as_of")
        if as_of:
            findings += legal_reference.check(sub, as_of)
    findings.sort(key=lambda f: (f.first, f.rule))
    return text, sub, findings


def main(argv=None):
    p = argparse.ArgumentParser(description="Check DQTV submissions (see the docstring).")
    p.add_argument("files", nargs="+")
    p.add_argument("--legal", action="store_true")
    p.add_argument("--as-of")
    p.add_argument("--expect", action="store_true")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    sys.path.insert(0, __file__.rsplit("/", 1)[0] if "/" in __file__ else ".")
    sys.dont_write_bytecode = True     # no __pycache__ beside the scripts
    status = 0
    for path in args.files:
        try:
            text, sub, findings = check_file(path, args)
        except (Fatal, OSError, UnicodeDecodeError) as e:
            print(f"{path}: FATAL: {e}")
            status = 2
            continue
        communes = sub.get("communes", [])
        militia = sum(len(c.get("militia", [])) for c in communes)
        if args.expect:
            expected = expectations(text)
            if not args.legal:
                expected = [(ln, r) for ln, r in expected if r in STRUCTURAL]
            unexpected, unmet = compare(findings, expected)
            if not args.quiet:
                for f in unexpected:
                    print(f"{path}:{f.first}: unexpected {f.kind} [{f.rule}] {f.message}")
                for line, rule in unmet:
                    print(f"{path}:{line}: expected {rule}, not found")
            rules = sorted({f.rule for f in findings})
            ok = not unexpected and not unmet
            print(f"{path}: {len(communes)} communes, {militia} militia; {len(findings)} findings "
                  f"of {len(rules)} rules, {len(expected)} expected: "
                  f"{'as expected' if ok else f'{len(unexpected)} unexpected, {len(unmet)} unmet'}")
            if not ok:
                status = max(status, 1)
            continue
        if not args.quiet:
            for f in findings:
                tag = f.kind if f.kind == f.rule else f"{f.kind} [{f.rule}]"
                print(f"{path}:{f.first}: {tag}: {f.message}")
        counts = {}
        for f in findings:
            counts[f.rule] = counts.get(f.rule, 0) + 1
        detail = ", ".join(f"{r} {n}" for r, n in sorted(counts.items()))
        print(f"{path}: {len(communes)} communes, {militia} militia; "
              f"{len(findings)} findings{': ' + detail if detail else ''}")
        if findings:
            status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main())

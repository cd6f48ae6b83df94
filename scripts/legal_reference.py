"""A plain Python reading of the rules of LEGAL.md, to check the samples.

    check(submission, as_of) -> [finding]

`submission` is what check_samples.py decodes (records are dicts with the
lines they span in `.first` and `.last`); a finding has `kind` ("error",
"warning" or "info"), `rule` (the rule id), `first`, `last` (the lines of
the node it is about) and `message`. Only the rules (and the versions of
rules) in force on `as_of` apply. Fields left out read as SUBMISSION.md's
defaults; a field that broke the schema reads as absent, and a rule that
needs it does not judge that node.

This is a reference for the samples and for tests, not the rule pack: the
pack (rules/dqtv/*.yaml, CEL) is what dqtv applies.
"""

import calendar
import datetime as dt

D = dt.date.fromisoformat
FOREVER = D("9999-12-31")

PARAMS = {
    "party_term_start": D("2025-07-01"),
    "drill_coverage_percent": {"min": 20, "max": 25},
}


class Finding:
    def __init__(self, severity, rule, node, message):
        self.kind = severity
        self.rule = rule
        self.first = getattr(node, "first", 0)
        self.last = getattr(node, "last", 0)
        self.message = message

    def __repr__(self):
        return f"{self.first}: {self.rule}: {self.message}"


def age(birth, at):
    """Whole years from birth to at. Born on 29 February, a year is complete
    on 28 February of a common year (as the dqtv age() counts it)."""
    day = birth.day
    if (birth.month, birth.day) == (2, 29) and not calendar.isleap(at.year):
        day = 28
    return at.year - birth.year - ((at.month, at.day) < (birth.month, day))


DEFENCE_ZONE_DRILLS = ("tac_chien_khu_vuc_phong_thu", "chien_dau_phong_thu")
NQ66_END = "2027-02-28"


def check(sub, as_of):
    out = []

    def in_force(start, end=None):
        return D(start) <= as_of <= (D(end) if end else FOREVER)

    def find(sev, rule, node, message):
        out.append(Finding(sev, rule, node, message))

    # -- province ----------------------------------------------------------
    province = sub.get("province")
    communes = sub.get("communes", [])
    if province is not None:
        council = province.get("education_council")
        if council is None and in_force("2014-01-01"):
            find("warning", "HD.EXISTS", province, "the province reports no education council")
        if council is not None and in_force("2014-01-01"):
            members = council.get("members", [])
            chairs = [m for m in members if m.get("role") == "chu_tich"]
            if len(chairs) != 1 or chairs[0].get("post") not in ("chu_tich_ubnd_tinh", "pho_chu_tich_ubnd_tinh"):
                find("warning", "HD.CHAIR", council, f"{len(chairs)} chairs, or a chair who is not (vice-)chair of the people's committee")
            standing = [m for m in members if m.get("role") == "pho_chu_tich_thuong_truc"]
            capital = {"01": ("tu_lenh_bo_tu_lenh_thu_do",), "79": ("tu_lenh_bo_tu_lenh_tphcm",)}
            allowed = ("chi_huy_truong_bo_chqs_tinh",) + capital.get(province.get("code"), ())
            if len(standing) != 1 or standing[0].get("post") not in allowed:
                find("warning", "HD.STANDING-VICE", council, "the standing vice-chair is not the provincial military commander")
            if not any(m.get("role") == "pho_chu_tich" and m.get("post") == "giam_doc_cong_an_tinh" for m in members):
                find("info", "HD.VICE-POLICE", council, "no vice-chair who is director of provincial police")
            if not any(m.get("role") == "pho_chu_tich" and m.get("post") == "giam_doc_so_gddt" for m in members):
                find("warning", "HD.VICE-EDUCATION", council, "no vice-chair who is director of education")
            decision = council.get("decision")
            if not decision or "number" not in decision or "date" not in decision:
                find("info", "HD.DECISION", council, "the founding decision is not named (number and date)")
        if communes and in_force("2020-07-01"):
            drilled = sum(1 for c in communes if any(
                d.get("kind") in DEFENCE_ZONE_DRILLS
                and d.get("status") != "cancelled" and "date" in d and d["date"].year == as_of.year
                for d in c.get("drills", [])))
            share = 100.0 * drilled / len(communes)
            band = PARAMS["drill_coverage_percent"]
            if share < band["min"]:
                find("warning", "DT.COVERAGE.MIN", province, f"{drilled} of {len(communes)} communes drill in {as_of.year} ({share:.1f} %)")
            if share > band["max"]:
                find("info", "DT.COVERAGE.MAX", province, f"{drilled} of {len(communes)} communes drill in {as_of.year} ({share:.1f} %)")

    for c in communes:
        check_commune(c, as_of, in_force, find)
    return out


def check_commune(c, as_of, in_force, find):
    name = c.get("name", "?")
    board = c.get("command_board", {})
    members = board.get("members", [])
    designations = c.get("designations", [])

    def count(position):
        return sum(1 for m in members if m.get("position") == position)

    # -- administrative frame ------------------------------------------------
    if in_force("2025-07-01") and c.get("kind") == "thi_tran":
        find("error", "ADMIN.KIND", c, f"{name}: kind thi_tran after 2025-07-01")
    if in_force("2025-11-27") and c.get("class") == "dac_biet" and c.get("kind") not in ("phuong", "dac_khu"):
        find("error", "ADMIN.CLASS", c, f"{name}: class dac_biet for a {c.get('kind')}")

    # -- the board -------------------------------------------------------------
    if in_force("2020-07-01") and count("chi_huy_truong") != 1:
        find("error", "BCH.CHT.COUNT", board, f"{name}: {count('chi_huy_truong')} commanders")
    if in_force("2020-07-01") and count("chinh_tri_vien") != 1:
        find("error", "BCH.CTV.COUNT", board, f"{name}: {count('chinh_tri_vien')} political commissars")
    if in_force("2020-07-01", NQ66_END) and count("chinh_tri_vien_pho") != 1:
        find("error" if as_of < D("2026-01-26") else "warning", "BCH.CTVP.COUNT", board,
             f"{name}: {count('chinh_tri_vien_pho')} deputy commissars")
    n = count("pho_chi_huy_truong")
    if in_force("2020-08-15", "2025-08-06"):
        two = c.get("class") == "I" or any(d in designations for d in ("bien_gioi", "ven_bien", "dao"))
        if not (1 <= n <= (2 if two else 1)):
            find("error", "BCH.PCHT.COUNT", board, f"{name}: {n} deputy commanders")
    elif in_force("2025-08-07", NQ66_END):
        two = "trong_diem_qp" in designations
        if not (1 <= n <= (2 if two else 1)):
            find("error" if as_of < D("2026-01-26") else "warning", "BCH.PCHT.COUNT", board,
                 f"{name}: {n} deputy commanders")
    n = count("tro_ly")
    if in_force("2025-08-07", "2026-01-25") and n != 1:
        find("error", "BCH.TROLY.COUNT", board, f"{name}: {n} assistants")
    if in_force("2026-01-26", NQ66_END) and n < 1:
        find("warning", "BCH.TROLY.COUNT", board, f"{name}: no assistant")
    if in_force("2020-07-01", "2026-01-25") and board.get("headquarters") == "none":
        find("warning", "BCH.HEADQUARTERS", board, f"{name}: no headquarters")
    if in_force("2026-01-26", NQ66_END) and board.get("headquarters") != "own":
        find("warning", "BCH.HEADQUARTERS", board, f"{name}: no building of its own")
    if in_force("2026-01-26", NQ66_END) and not board.get("seal", False):
        find("warning", "BCH.SEAL", board, f"{name}: no seal")

    for m in members:
        pos = m.get("position")
        posts = m.get("concurrent_posts", [])
        who = f"{name}: {m.get('id')} {m.get('name')}"
        if pos == "chinh_tri_vien" and in_force("2020-07-01") and "bi_thu_dang_uy" not in posts:
            find("error", "BCH.CTV.PARTY-SECRETARY", m, f"{who} is not party secretary")
        if pos == "chinh_tri_vien_pho" and in_force("2020-07-01", "2026-01-25") and "bi_thu_doan" not in posts:
            find("error", "BCH.CTVP.YOUTH-SECRETARY", m,
                 f"{who} is not youth union secretary")
        if pos == "chi_huy_truong":
            if in_force("2020-07-01", "2026-01-25") and "uy_vien_ubnd" not in posts:
                find("error", "BCH.CHT.PEOPLE-COMMITTEE", m, f"{who} is not on the people's committee")
            officer = m.get("officer", "none")
            if in_force("2020-07-01", "2026-01-25") and officer != "du_bi":
                find("error", "BCH.CHT.OFFICER", m, f"{who}: officer {officer}")
            if in_force("2026-01-26", NQ66_END) and officer not in ("du_bi", "tai_ngu"):
                find("error", "BCH.CHT.OFFICER", m, f"{who}: officer {officer}")
            if in_force("2025-07-01", "2026-01-25") and m.get("status") != "cong_chuc":
                find("error", "BCH.CHT.CIVIL-SERVANT", m, f"{who}: status {m.get('status')}")
        if pos == "pho_chi_huy_truong":
            if in_force("2020-07-01", "2025-06-30") and m.get("status") != "khong_chuyen_trach":
                find("error", "BCH.PCHT.STATUS", m, f"{who}: status {m.get('status')}")
            if in_force("2025-07-01", "2026-01-25") and m.get("status") != "cong_chuc":
                find("error", "BCH.PCHT.STATUS", m, f"{who}: status {m.get('status')}")
        if pos == "tro_ly" and in_force("2025-07-01", "2026-01-25") and m.get("status") != "cong_chuc":
            find("error", "BCH.TROLY.CIVIL-SERVANT", m, f"{who}: status {m.get('status')}")
        if pos in ("chi_huy_truong", "pho_chi_huy_truong") and in_force("2020-07-01"):
            edu = m.get("military_education")
            if edu not in ("trung_cap", "cao_dang", "dai_hoc"):
                find("warning", "BCH.TRAINING", m, f"{who}: military education {edu}")
        appointed = m.get("appointed")
        if appointed and pos != "chinh_tri_vien" and in_force("2020-07-01") and "date" in appointed:
            day = appointed["date"]
            if day < D("2025-07-01"):
                allowed = ("chu_tich_ubnd_huyen",)
            elif day < D("2026-01-11"):
                allowed = ("chu_tich_ubnd_tinh",)
            else:
                allowed = ("chu_tich_ubnd_tinh", "chi_huy_truong_bo_chqs_tinh", "tu_lenh_bo_tu_lenh_thu_do",
                           "tu_lenh_bo_tu_lenh_tphcm", "tu_lenh_quan_khu")
            if appointed.get("by") not in allowed:
                find("warning", "BCH.APPOINTED-BY", m, f"{who}: appointed {day} by {appointed.get('by')}")

    # -- villages and units ----------------------------------------------------
    units = c.get("units", [])
    unit_by_id = {u["id"]: u for u in units if "id" in u}
    for v in c.get("villages", []):
        code = v.get("code")
        leader = v.get("leader")
        tai_cho = [u for u in units if u.get("force") == "tai_cho" and u.get("village") == code]
        if in_force("2020-07-01") and leader is None:
            find("error", "THON.LEADER", v, f"{name}: {code} has no village leader")
        if in_force("2020-07-01") and not tai_cho:
            find("error", "THON.UNIT", v, f"{name}: {code} has no tai_cho unit")
        if leader is not None and in_force("2020-07-01"):
            if any(u.get("commander") != leader.get("id") for u in tai_cho):
                find("warning", "THON.LEADER-COMMANDS", v, f"{name}: {code}: a unit not commanded by the leader")
    if in_force("2020-07-01"):
        if not any(u.get("force") == "co_dong" and u.get("echelon") == "trung_doi" for u in units):
            find("error", "XA.CO-DONG", c, f"{name}: no co_dong platoon")
        if ("ven_bien" in designations or "dao" in designations) and not any(
                u.get("force") == "bien" and u.get("echelon") in ("tieu_doi", "trung_doi") for u in units):
            find("error", "XA.BIEN", c, f"{name}: no sea militia squad or platoon")
        if "trong_diem_qp" in designations and not any(
                u.get("force") == "thuong_truc" and u.get("echelon") in ("tieu_doi", "trung_doi") for u in units):
            find("error", "XA.THUONG-TRUC", c, f"{name}: no standing militia squad or platoon")
        for u in units:
            if u.get("force") == "tai_cho" and "village" not in u:
                find("error", "UNIT.TAI-CHO-VILLAGE", u, f"{name}: {u.get('id')} has no village")

    # -- militia -----------------------------------------------------------------
    commanders = {u.get("commander") for u in units}
    for m in c.get("militia", []):
        who = f"{name}: {m.get('id')} {m.get('name')}"
        unit = unit_by_id.get(m.get("unit"))
        force = unit.get("force") if unit else None
        birth, joined = m.get("birth_date"), m.get("joined")
        volunteer = m.get("volunteer", False)
        if not in_force("2020-07-01"):
            continue
        if birth and joined and age(birth, joined) < 18:
            find("error", "DQ.AGE.MIN", m, f"{who}: {age(birth, joined)} on joining")
        gender = m.get("gender")
        if birth and gender:
            limit = {("nam", False): 45, ("nu", False): 40, ("nam", True): 50, ("nu", True): 45}[(gender, volunteer)]
            if age(birth, as_of) > limit:
                find("error", "DQ.AGE.MAX", m, f"{who}: {age(birth, as_of)} years old, limit {limit}")
        if joined and force:
            term = 2 if force == "thuong_truc" else 4
            ext = m.get("extended_until")
            if age(joined, as_of) >= term and not (ext and ext >= as_of):
                find("warning", "DQ.TERM", m, f"{who}: {age(joined, as_of)} years served, term {term}, extended until {ext}")
            if ext and force != "bien" and m.get("id") not in commanders and age(joined, ext) >= term + 2:
                find("error", "DQ.EXTENSION", m, f"{who}: extended to {age(joined, ext)} years, at most {term + 2}")
        if m.get("exemption", "none") != "none" and not volunteer:
            find("error", "DQ.EXEMPT", m, f"{who}: exempt ({m['exemption']}) and not a volunteer")
        if m.get("exemption", "none") not in ("none", "vo_con_liet_si", "vo_con_thuong_binh_81", "nguoi_cham_soc") \
                and volunteer:
            find("warning", "DQ.EXEMPT.MAY-VOLUNTEER", m, f"{who}: exempt ({m['exemption']}) and may not volunteer")
        if m.get("deferral", "none") != "none":
            find("warning", "DQ.DEFERRAL", m, f"{who}: deferred ({m['deferral']})")
        if m.get("reservist_assigned", False):
            find("error", "DQ.RESERVIST", m, f"{who}: already in a reserve unit")

    # -- training ----------------------------------------------------------------
    prev = as_of.year - 1
    for t in c.get("training", []):
        unit = unit_by_id.get(t.get("unit"))
        if unit is None or "year" not in t or t["year"] >= as_of.year:
            continue
        force, cohort = unit.get("force"), t.get("cohort")
        if in_force("2020-07-01") and "days" in t:
            need = 60 if force == "thuong_truc" else 15 if cohort == "first_year" else 7 if force == "tai_cho" else 12
            if t["days"] < need:
                find("error", "HL.DAYS", t, f"{name}: {t['unit']} {t['year']} {cohort}: {t['days']} days, at least {need}")
        if in_force("2026-01-01") and t["year"] >= 2026:
            need = 7 if force == "thuong_truc" else 2 if cohort == "first_year" else 1
            hours = t.get("civil_defense_hours")
            if hours is None or hours < need:
                find("error", "HL.CIVIL-DEFENSE", t, f"{name}: {t['unit']} {t['year']} {cohort}: {hours} hours, at least {need}")
    if in_force("2020-07-01"):
        recorded = {t.get("unit") for t in c.get("training", []) if t.get("year") == prev}
        for u in units:
            est = u.get("established")
            if est and est < dt.date(prev, 1, 1) and u.get("id") not in recorded:
                find("warning", "HL.RECORDED", u, f"{name}: {u.get('id')} has no training record for {prev}")

    # -- drills --------------------------------------------------------------------
    drills = c.get("drills", [])
    if in_force("2025-07-01") and not any(
            d.get("kind") in DEFENCE_ZONE_DRILLS and d.get("status") == "done" and d.get("date")
            and d["date"] >= PARAMS["party_term_start"] for d in drills):
        find("info", "DT.TERM", c, f"{name}: no drill done since {PARAMS['party_term_start']}")
    if in_force("2020-07-01"):
        for d in drills:
            if d.get("status") == "planned" and d.get("date") and d["date"] < as_of:
                find("info", "DT.OVERDUE", d, f"{name}: drill planned for {d['date']} still planned")

#!/usr/bin/env python3
"""Generate a realistic DQTV submission (dqtv-submission/1, see SUBMISSION.md).

The output is seeded and deterministic: the same options always give the
same bytes. It uses the Python 3 standard library only and writes YAML by
hand, commune by commune, so that a national file never sits in memory.

Usage:
    gen_submission.py [--communes N] [--seed S] [--as-of YYYY-MM-DD]
                      [--no-province] [--villages-min V] [--villages-max V]
                      [--militia-max M]
                      [--error-rate R] [--omit-defaults] [-o FILE]

    --communes N      communes to generate (default 170, a large province;
                      3321 is the whole country)
    --seed S          seed (default 1)
    --as-of DATE      the date the data describes (default 2026-06-30)
    --no-province     leave out the province block (default: a province
                      block with its defence and security education council)
    --villages-min V  fewest villages in one commune (default 1)
    --villages-max V  most villages in one commune (default 60)
    --militia-max M   most militia in one commune (default 1500)
    --error-rate R    scale the share of seeded mistakes (default 1.0;
                      0 gives data that breaks no rule except the planning
                      indicators DT.TERM and DT.COVERAGE.*)
    --omit-defaults   leave out fields that hold their default value
                      (false, none, an empty list), as a hand-filled form would
    -o FILE           write to FILE (default standard output)

The data is mostly compliant with the rules of LEGAL.md in force on the
as_of date; a small seeded share of typical mistakes (a vacant village
leader, an over-age militiaman, a term run out without an extension, too
few training days, a missing assistant on the board, a planned drill left
overdue...) gives the rules something to find. Every id is unique and every
reference is valid: the mistakes are legal ones, never schema ones.

Up to 400 communes read as one province (Thanh Hóa: lowland and mountain
communes, codes from 14755); more read as the whole country (all regions,
codes from 00004; give --no-province for a national file).

Sizes measured with the defaults (seed 1, as_of 2026-06-30), Python 3.11:
    --communes 170     20.0 MB,  57,200 militia, 1.4 s
    --communes 3321   319.0 MB, 913,937 militia, 21 s, streamed (20 MB of
                      memory); the country has fewer villages per commune
                      in the south, so its communes are smaller on average

Check the output parses:
    python3 -c 'import yaml,sys; yaml.safe_load(open(sys.argv[1]))' FILE
"""

import argparse
import datetime as dt
import os
import random
import sys
import time

# ---------------------------------------------------------------------------
# Dates of the law that decide what "compliant" means on a given as_of.

LAW_2025 = dt.date(2025, 7, 1)       # two-level local government (L2025)
ND220 = dt.date(2025, 8, 7)          # ND220 amends ND72 (deputies, assistant)
NQ66 = dt.date(2026, 1, 26)          # NQ66: boards under the province command


def years_between(a, b):
    """Whole years from a to b, counted as an age is counted."""
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:              # 29 February in a common year
        return d.replace(year=d.year + n, day=28)


def rand_date(rng, start, end):
    """A date between start and end inclusive."""
    span = (end - start).days
    if span <= 0:
        return start
    return start + dt.timedelta(days=rng.randint(0, span))


def appointing_authority(date, rng):
    """Who appoints a commune board member on a given date (BCH.APPOINTED-BY)."""
    if date < LAW_2025:
        return "chu_tich_ubnd_huyen"
    if date < NQ66:
        return "chu_tich_ubnd_tinh"
    return rng.choice(("chi_huy_truong_bo_chqs_tinh", "chi_huy_truong_bo_chqs_tinh",
                       "chu_tich_ubnd_tinh", "tu_lenh_quan_khu"))


# ---------------------------------------------------------------------------
# Names.

def _weighted(pairs):
    names, cum, total = [], [], 0
    for name, weight in pairs:
        total += weight
        names.append(name)
        cum.append(total)
    return names, cum


# family names by region: the Kinh majority, the Thái, Mường and H'Mông of
# the northern mountains, the Khmer of the Mekong delta
FAMILY = {
    "kinh": _weighted([
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 35),
        ("Huỳnh", 15), ("Phan", 45), ("Vũ", 30), ("Võ", 15), ("Đặng", 20),
        ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
        ("Lý", 5), ("Trịnh", 12), ("Mai", 8), ("Đinh", 8), ("Lương", 5),
        ("Hà", 6), ("Cao", 5), ("Quách", 2)]),
    "mien_nui": _weighted([
        ("Hà", 15), ("Lò", 12), ("Lương", 12), ("Vi", 8), ("Cầm", 6), ("Ngân", 5),
        ("Bùi", 10), ("Phạm", 8), ("Quách", 3), ("Giàng", 5), ("Thào", 5), ("Vừ", 4),
        ("Lê", 6), ("Nguyễn", 12), ("Trương", 3)]),
    "khmer": _weighted([
        ("Thạch", 25), ("Sơn", 20), ("Danh", 15), ("Kim", 10), ("Lâm", 8), ("Châu", 6),
        ("Trần", 8), ("Nguyễn", 8)]),
}
EDE_CLANS = ["Niê", "Êban", "Mlô", "Ktla", "Byă", "Adrơng", "Ayŭn", "Hwing", "Buôn Yă"]
EDE_GIVEN = ["Bih", "Khu", "Blir", "Hen", "Lan", "Kô", "Jôn", "Thuk", "Tlang", "Du", "Nga", "Hiăng"]

MIDDLE_MALE = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân",
               "Thanh", "Ngọc", "Đình", "Duy", "Trọng", "Tiến", "Mạnh", "Bá", "Anh"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương",
                 "Hồng", "Mai", "Khánh", "Thùy", "Hải"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh",
              "Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn", "Tài", "Thắng", "Thành",
              "Tuấn", "Việt", "Vinh", "Hiếu", "Trung", "Kiên", "Lâm", "Tùng",
              "Hoàng", "Đông", "Toàn", "Hưng", "Thịnh", "Lực", "Chiến", "Công",
              "Quyết", "Tiến", "Duy", "Phúc", "Lộc", "Thái", "Trường", "Hậu",
              "Nghĩa", "Tâm", "Tú", "Vũ", "Khoa", "Đức", "Bảo", "Hòa", "Sang", "Tín"]
GIVEN_FEMALE = ["Anh", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Ngọc",
                "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Vân",
                "Yến", "Nga", "Hạnh", "Loan", "Huyền", "Dung", "Giang", "Hiền",
                "Lý", "My", "Nhi", "Tâm", "Thương", "Uyên", "Xuân"]


def person_name(rng, gender, region="dong_bang"):
    if region == "tay_nguyen" and rng.random() < 0.4:
        # Ê Đê names: Y for men, H' for women, then the clan
        prefix = "Y " if gender == "nam" else "H'"
        return f"{prefix}{rng.choice(EDE_GIVEN)} {rng.choice(EDE_CLANS)}"
    names, cum = FAMILY.get(region, FAMILY["kinh"])
    family = rng.choices(names, cum_weights=cum)[0]
    if gender == "nam":
        return f"{family} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"
    return f"{family} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"


PLACE_FIRST = ["Đông", "Tây", "Nam", "Bắc", "Hoằng", "Quảng", "Thiệu", "Yên", "Thọ",
               "Triệu", "Nga", "Hà", "Vĩnh", "Cẩm", "Thạch", "Ngọc", "Như", "Hải",
               "Tân", "An", "Phú", "Minh", "Hòa", "Xuân", "Thanh", "Trung", "Hưng",
               "Long", "Định", "Thiệu", "Nông", "Tĩnh", "Hậu", "Lam", "Kim", "Đồng",
               "Bình", "Thái", "Quang", "Văn", "Hợp", "Tượng", "Vạn", "Lương"]
PLACE_SECOND = ["Tiến", "Thịnh", "Hưng", "Phú", "Lộc", "Sơn", "Thành", "Lợi", "Bình",
                "An", "Hòa", "Tân", "Quang", "Khê", "Trường", "Giang", "Lâm", "Xuyên",
                "Phong", "Thủy", "Hải", "Đồng", "Lĩnh", "Vinh", "Châu", "Nguyên",
                "Yên", "Thuận", "Long", "Phúc", "Đức", "Tường", "Cát", "Linh", "Minh"]
BAN_NAMES = ["Lót", "Hẹ", "Na Mèo", "Sa Ná", "Pù Nhi", "Cơm", "Khằm", "Poọng", "Chiềng",
             "Hón", "Xía", "Ngàm", "Tài Chánh", "Pá Quăn", "Mường Chanh", "Pha Đén",
             "Son", "Bá", "Muống", "Kịt", "Dồn", "Chông", "Tân Thành", "Nà Ón", "Lách",
             "Phống", "Cạn", "Chai", "Yên", "Khàm", "Vịn", "Pá Hộc", "Co Cài", "Xủng"]
BUON_NAMES = ["Ea Sô", "Ko Sier", "Kô Sir", "Đôn", "Trí", "Ea Bar", "Hra Ea Hning",
              "Ea Kmar", "Tơng Jũ", "Cuôr Đăng", "Jun", "Ma Thuột", "Krông", "Tul"]
SOC_NAMES = ["Xoài", "Tro", "Mới", "Ven", "Chà", "Kinh", "Dừa", "Cụt", "Tháp", "Ruộng"]


def place_name(rng):
    first = rng.choice(PLACE_FIRST)
    second = rng.choice(PLACE_SECOND)
    while second == first:
        second = rng.choice(PLACE_SECOND)
    return f"{first} {second}"


# Regions decide the words used for villages.
REGIONS = {
    # name: (village kinds for a xa, for a phuong)
    "dong_bang": ("thon", "to_dan_pho"),
    "mien_nui": ("ban", "to_dan_pho"),
    "nam_bo": ("ap", "khom"),
    "tay_nguyen": ("buon", "to_dan_pho"),
    "khmer": ("soc", "khom"),
}
VILLAGE_WORD = {"thon": "Thôn", "to_dan_pho": "Tổ dân phố", "ban": "Bản", "ap": "Ấp",
                "buon": "Buôn", "phum": "Phum", "soc": "Sóc", "khom": "Khóm"}


def village_name(rng, kind, number, used):
    """A village name, unique within its commune: numbered or named."""
    word = VILLAGE_WORD[kind]
    numbered = f"{word} {number}"
    if kind in ("to_dan_pho", "khom") or (kind in ("thon", "ap") and rng.random() < 0.45):
        used.add(numbered)
        return numbered
    for _ in range(20):
        if kind == "ban":
            name = f"{word} {rng.choice(BAN_NAMES)}"
        elif kind == "buon":
            name = f"{word} {rng.choice(BUON_NAMES)}"
        elif kind == "soc":
            name = f"{word} {rng.choice(SOC_NAMES)}"
        else:
            name = f"{word} {place_name(rng)}"
        if name not in used:
            used.add(name)
            return name
    used.add(numbered)
    return numbered


def place_name(rng):
    first = rng.choice(PLACE_FIRST)
    second = rng.choice(PLACE_SECOND)
    while second == first:
        second = rng.choice(PLACE_SECOND)
    return f"{first} {second}"


# Regions decide the words used for villages.
REGIONS = {
    # name: (village kinds for a xa, for a phuong)
    "dong_bang": ("thon", "to_dan_pho"),
    "mien_nui": ("ban", "to_dan_pho"),
    "nam_bo": ("ap", "khom"),
    "tay_nguyen": ("buon", "to_dan_pho"),
    "khmer": ("soc", "khom"),
}
VILLAGE_WORD = {"thon": "Thôn", "to_dan_pho": "Tổ dân phố", "ban": "Bản", "ap": "Ấp",
                "buon": "Buôn", "phum": "Phum", "soc": "Sóc", "khom": "Khóm"}


def village_name(rng, kind, number, used):
    word = VILLAGE_WORD[kind]
    for _ in range(20):
        if kind in ("to_dan_pho", "khom") or (kind in ("thon", "ap") and rng.random() < 0.45):
            name = f"{word} {number}"
        elif kind == "ban":
            name = f"{word} {rng.choice(BAN_NAMES)}"
        elif kind == "buon":
            name = f"{word} {rng.choice(BUON_NAMES)}"
        elif kind == "soc":
            name = f"{word} {rng.choice(SOC_NAMES)}"
        else:
            name = f"{word} {place_name(rng)}"
        if name not in used:
            used.add(name)
            return name
        number += 100
    name = f"{word} {number}"
    used.add(name)
    return name


# ---------------------------------------------------------------------------
# YAML writing. Names are built from the lists above and are safe as plain
# scalars (letters and spaces, no ': ', no '#', no flow indicators); codes,
# decision numbers and anything else that could be misread are quoted.

def q(s):
    """A double-quoted YAML string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yb(b):
    return "true" if b else "false"


# ---------------------------------------------------------------------------
# One commune.

ECHELON_WORD = {"to": "Tổ", "tieu_doi": "Tiểu đội", "trung_doi": "Trung đội", "dai_doi": "Đại đội"}

SPECIAL_UNITS = [
    # force, echelon, name, size range
    ("phong_khong", "trung_doi", "Trung đội súng máy phòng không 12,7 mm", (18, 24)),
    ("phong_khong", "tieu_doi", "Khẩu đội súng máy phòng không 12,7 mm", (6, 8)),
    ("phao_binh", "tieu_doi", "Khẩu đội cối 60 mm", (6, 9)),
    ("trinh_sat", "tieu_doi", "Tiểu đội trinh sát", (7, 10)),
    ("thong_tin", "to", "Tổ thông tin", (3, 5)),
    ("cong_binh", "to", "Tổ công binh", (3, 6)),
    ("phong_hoa", "tieu_doi", "Tiểu đội phòng hóa", (7, 10)),
    ("y_te", "to", "Tổ y tế", (3, 5)),
]


class Mistakes:
    """Decides, with the commune's generator, where a seeded mistake goes."""

    def __init__(self, rng, rate):
        self.rng = rng
        self.rate = rate

    def __call__(self, p):
        return self.rate > 0 and self.rng.random() < p * self.rate


def drill_years(index, seed):
    """The years (as year % 5) a commune drills in. Every fifth year, each
    block of five communes covering the five years (20 % a year); one
    commune in eight drills once more in the term (22.5 % a year in all)."""
    first = (index * 2 + seed) % 5
    years = {first}
    if index % 40 in (3, 11, 19, 27, 35):
        years.add((first + 2) % 5)
    return years


class CommuneGen:
    def __init__(self, index, code, name, kind, region, args, as_of, designations=None):
        self.rng = random.Random(f"{args.seed}:{index}")
        self.index = index
        self.code = code
        self.name = name
        self.kind = kind
        self.region = region
        self.args = args
        self.as_of = as_of
        self.designations = designations
        self.mistake = Mistakes(self.rng, args.error_rate)
        self.out = []
        self.militia_lines = []
        self.next_militia = 1
        self.intakes = {}
        self.n_militia = 0
        width = 4 if args.militia_max >= 1000 else 3
        self.militia_fmt = "M%0" + str(width) + "d"

    # -- people ------------------------------------------------------------

    def new_militia_id(self):
        mid = self.militia_fmt % self.next_militia
        self.next_militia += 1
        return mid

    def intake(self, year):
        """The date of the commune's yearly intake decision (one or two a year)."""
        dates = self.intakes.get(year)
        if dates is None:
            rng = self.rng
            dates = [dt.date(year, rng.randint(1, 3), rng.randint(1, 28))]
            if rng.random() < 0.3:
                dates.append(dt.date(year, rng.randint(8, 10), rng.randint(1, 28)))
            self.intakes[year] = dates
        return dates[0] if len(dates) == 1 or self.rng.random() < 0.8 else dates[1]

    def birth_for(self, joined, age_at_join, limit):
        """A birth date giving at least age_at_join on joined and at most
        limit years of age on as_of."""
        rng = self.rng
        as_of = self.as_of
        for _ in range(8):
            year = joined.year - age_at_join - rng.randint(0, 1)
            birth = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            if years_between(birth, joined) >= 18 and years_between(birth, as_of) <= limit:
                return birth
            age_at_join = max(18, age_at_join - 2)
        # fall back to the youngest possible
        birth = add_years(joined, -18) - dt.timedelta(days=rng.randint(1, 200))
        return birth

    def militiaman(self, unit_id, force, commander=False, gender=None):
        """Write one roster entry and return (id, name, gender, birth)."""
        rng = self.rng
        as_of = self.as_of
        mistake = self.mistake
        mid = self.new_militia_id()
        if gender is None:
            gender = "nu" if rng.random() < (0.22 if force in ("y_te", "thong_tin") else 0.08) else "nam"
        name = person_name(rng, gender, self.region)
        term = 2 if force == "thuong_truc" else 4
        limit = 45 if gender == "nam" else 40

        # start of service
        long_serving = commander or rng.random() < 0.08
        if commander:
            # squad and platoon leaders, village leaders: long service, extended
            joined = self.intake(as_of.year - rng.randint(term, term + 7))
        elif long_serving:
            # an ordinary member kept past the term by a decision
            joined = self.intake(as_of.year - term - rng.randint(0, 1))
        else:
            # one of the yearly intakes within the term
            joined = self.intake(as_of.year - rng.randint(0, term - 1))
            if joined > as_of:
                joined = add_years(joined, -1)
        while long_serving and years_between(joined, as_of) < term:
            joined = add_years(joined, -1)
        while not long_serving and years_between(joined, as_of) >= term:
            joined = add_years(joined, 1)
        if joined > as_of:
            joined = as_of - dt.timedelta(days=rng.randint(30, 200))

        # birth date
        if mistake(0.0005):
            # DQ.AGE.MIN: taken on at 17
            birth = add_years(joined, -17) - dt.timedelta(days=rng.randint(10, 300))
        elif mistake(0.002):
            # DQ.AGE.MAX: still on the roster past the age limit
            birth = dt.date(as_of.year - limit - rng.randint(2, 4), rng.randint(1, 12), rng.randint(1, 28))
        else:
            age_at_join = 18 + min(int(rng.expovariate(1 / 4.0)), 16)
            birth = self.birth_for(joined, age_at_join, limit)

        # extension of the term
        extended = None
        if years_between(joined, as_of) >= term:
            if commander or force == "bien":
                # no two-year cap for commanders and the sea militia
                extended = dt.date(as_of.year + rng.randint(1, 3), 12, 31)
            elif mistake(0.003):
                extended = None          # DQ.TERM: the term ran out, no extension
            elif mistake(0.001):
                # DQ.EXTENSION: more than two years past the term
                cap = add_years(joined, term + 2)
                extended = max(as_of, cap) + dt.timedelta(days=rng.randint(30, 300))
            else:
                first = max(as_of, add_years(joined, term))
                last = add_years(joined, term + 2) - dt.timedelta(days=1)
                extended = rand_date(rng, first, last)

        volunteer = False
        exemption = "none"
        if mistake(0.001):
            # DQ.EXEMPT: exempt, yet serving without asking to
            exemption = rng.choice(("vo_con_liet_si", "vo_con_thuong_binh_81", "nguoi_cham_soc"))
        elif rng.random() < 0.004:
            exemption = rng.choice(("vo_con_liet_si", "vo_con_thuong_binh_81", "co_yeu"))
            volunteer = True
        deferral = "none"
        if mistake(0.002):
            # DQ.DEFERRAL: a deferred citizen on the roster
            deferral = rng.choice(("lao_dong_duy_nhat", "suc_khoe", "cham_soc_nguoi_than",
                                   "vo_chong_phuc_vu", "mang_thai_nuoi_con_nho" if gender == "nu" else "suc_khoe"))
        reservist = mistake(0.001)       # DQ.RESERVIST
        party = rng.random() < (0.6 if commander else 0.2)

        lines = self.militia_lines
        full = not self.args.omit_defaults
        lines.append(f"      - id: {mid}\n")
        lines.append(f"        name: {name}\n")
        lines.append(f"        gender: {gender}\n")
        lines.append(f"        birth_date: {birth.isoformat()}\n")
        lines.append(f"        joined: {joined.isoformat()}\n")
        lines.append(f"        unit: {unit_id}\n")
        if full or volunteer:
            lines.append(f"        volunteer: {yb(volunteer)}\n")
        if extended is not None:
            lines.append(f"        extended_until: {extended.isoformat()}\n")
        if full or party:
            lines.append(f"        party_member: {yb(party)}\n")
        if full or reservist:
            lines.append(f"        reservist_assigned: {yb(reservist)}\n")
        if full or exemption != "none":
            lines.append(f"        exemption: {exemption}\n")
        if full or deferral != "none":
            lines.append(f"        deferral: {deferral}\n")
        self.n_militia += 1
        return mid, name, gender, birth

    def fill_unit(self, unit_id, force, size, commander_id=None):
        """Roster entries for a unit; returns the commander's id."""
        first = None
        for i in range(size):
            is_cmd = commander_id is None and i == 0
            mid, _, _, _ = self.militiaman(unit_id, force, commander=is_cmd)
            if first is None:
                first = mid
        return commander_id or first

    # -- the commune -------------------------------------------------------

    def generate(self):
        rng = self.rng
        args = self.args
        as_of = self.as_of
        mistake = self.mistake
        out = self.out

        urban = self.kind in ("phuong", "thi_tran")
        designations = []
        if self.designations is not None:
            designations = list(self.designations)
        elif self.kind != "dac_khu":
            if rng.random() < 0.05:
                designations.append("bien_gioi")
            if rng.random() < 0.18:
                designations.append("ven_bien")
        else:
            designations += ["ven_bien", "dao"]
        if self.designations is None:
            if "ven_bien" in designations and rng.random() < 0.08 and self.kind != "dac_khu":
                designations.append("dao")
            if rng.random() < (0.3 if designations else 0.08):
                designations.append("trong_diem_qp")
        order = ["bien_gioi", "ven_bien", "dao", "trong_diem_qp"]
        designations.sort(key=order.index)

        r = rng.random()
        cls = "I" if r < 0.3 else "II" if r < 0.75 else "III" if r < 0.97 else None
        if self.kind in ("phuong", "dac_khu") and rng.random() < 0.02:
            cls = "dac_biet"
        population = rng.randint(25000, 70000) if urban else rng.randint(6000, 38000)

        out.append(f"  - code: {q(self.code)}\n")
        out.append(f"    name: {self.name}\n")
        kind = self.kind
        if as_of >= LAW_2025 and mistake(0.003):
            kind = "thi_tran"            # ADMIN.KIND: a kind abolished on 2025-07-01
        out.append(f"    kind: {kind}\n")
        if cls:
            out.append(f"    class: {cls}\n")
        if designations or not self.args.omit_defaults:
            out.append(f"    designations: [{', '.join(designations)}]\n")
        out.append(f"    population: {population}\n")

        self.write_board(designations, cls)

        # villages
        # southern communes have fewer, larger hamlets; mountain communes many small ones
        low, high, mode = {"dong_bang": (3, 60, 12), "mien_nui": (5, 60, 15), "nam_bo": (3, 30, 8),
                           "khmer": (3, 30, 8), "tay_nguyen": (4, 40, 12)}[self.region]
        high = min(high, args.villages_max)
        n_villages = int(rng.triangular(min(low, high), high + 1, min(mode, high)))
        n_villages = max(args.villages_min, min(args.villages_max, n_villages))
        vkind = REGIONS[self.region][1 if urban else 0]
        used = set()
        villages = []
        for i in range(n_villages):
            code = f"T{i + 1:02d}"
            villages.append((code, village_name(rng, vkind, i + 1, used), vkind))

        # units, sized to fit militia_max
        units = []   # dicts: id, force, echelon, name, size, village, established
        def add_unit(force, echelon, name, size, village=None):
            units.append({"id": f"U{len(units) + 1}", "force": force, "echelon": echelon,
                          "name": name, "size": size, "village": village})

        co_echelon = "trung_doi"
        if mistake(0.01):
            co_echelon = "tieu_doi"      # XA.CO-DONG: only a squad
        add_unit("co_dong", co_echelon, f"{ECHELON_WORD[co_echelon]} dân quân cơ động",
                 rng.randint(27, 34) if co_echelon == "trung_doi" else rng.randint(8, 11))
        if ("ven_bien" in designations or "dao" in designations) and not mistake(0.02):
            ech = "trung_doi" if rng.random() < 0.3 else "tieu_doi"
            add_unit("bien", ech, f"{ECHELON_WORD[ech]} dân quân biển",
                     rng.randint(25, 32) if ech == "trung_doi" else rng.randint(8, 12))
        if "trong_diem_qp" in designations or "bien_gioi" in designations:
            if "trong_diem_qp" not in designations or not mistake(0.02):
                ech = "trung_doi" if rng.random() < 0.2 else "tieu_doi"
                add_unit("thuong_truc", ech, f"{ECHELON_WORD[ech]} dân quân thường trực",
                         rng.randint(25, 30) if ech == "trung_doi" else rng.randint(8, 12))
        specials = [(force, ech, uname, rng.randint(lo, hi))
                    for force, ech, uname, (lo, hi) in rng.sample(SPECIAL_UNITS, rng.randint(1, 4))]

        tai_cho = []
        for code, vname, _ in villages:
            r = rng.random()
            if r < 0.50:
                ech, size = "to", rng.randint(4, 6)
            elif r < 0.88:
                ech, size = "tieu_doi", rng.randint(9, 13)
            else:
                ech, size = "trung_doi", rng.randint(26, 33)
            tai_cho.append([code, vname, ech, size])
        # fit the roster to militia_max: fewer special units first, then
        # smaller village units (never under 3; the cap gives way to that)
        budget = args.militia_max - sum(u["size"] for u in units)
        need = sum(t[3] for t in tai_cho)
        while len(specials) > 1 and need + sum(s[3] for s in specials) > budget:
            specials.pop()
        budget -= sum(s[3] for s in specials)
        if need > budget:
            scale = max(budget, 0) / need
            for t in tai_cho:
                t[3] = max(3, int(t[3] * scale))
                t[2] = "to" if t[3] < 8 else "tieu_doi" if t[3] < 20 else "trung_doi"
        for force, ech, uname, size in specials:
            add_unit(force, ech, uname, size)
        no_unit_village = None
        if len(tai_cho) > 1 and mistake(0.01):
            no_unit_village = rng.randrange(len(tai_cho))   # THON.UNIT
        for i, (code, vname, ech, size) in enumerate(tai_cho):
            if i == no_unit_village:
                continue
            word, rest = vname.split(" ", 1) if not vname.startswith("Tổ dân phố") else ("tổ dân phố", vname[len("Tổ dân phố "):])
            add_unit("tai_cho", ech, f"{ECHELON_WORD[ech]} dân quân tại chỗ {word.lower()} {rest}", size, code)

        for u in units:
            if rng.random() < 0.85:
                u["established"] = dt.date(rng.randint(2020, max(2020, as_of.year - 1)), rng.randint(1, 12), rng.randint(1, 28))
                if u["established"] < dt.date(2020, 7, 1):
                    u["established"] = dt.date(2020, rng.randint(7, 12), rng.randint(1, 28))
                if u["established"] > as_of:
                    u["established"] = as_of - dt.timedelta(days=90)
            else:
                u["established"] = None

        # village leaders: each is a militiaman of his village's unit
        leader_of = {}
        village_lines = []
        unit_of_village = {u["village"]: u for u in units if u["village"]}
        for code, vname, vk in villages:
            line = f"      - code: {code}\n        name: {vname}\n        kind: {vk}\n"
            if mistake(0.015):
                village_lines.append(line)   # THON.LEADER: the post is vacant
                continue
            # without a unit of his own village (THON.UNIT) he serves in the mobile platoon
            own = code in unit_of_village
            u = unit_of_village[code] if own else units[0]
            gender = "nam" if rng.random() < 0.97 else "nu"
            lid, lname, lgender, lbirth = self.militiaman(u["id"], u["force"], commander=own, gender=gender)
            leader_of[code] = lid
            village_lines.append(line + f"        leader: {{id: {lid}, name: {lname}, gender: {lgender}, birth_date: {lbirth.isoformat()}}}\n")
            u["size"] -= 1

        # the rest of the roster, unit by unit
        for u in units:
            leader = leader_of.get(u["village"]) if u["village"] else None
            if leader and not mistake(0.01):
                u["commander"] = leader
                self.fill_unit(u["id"], u["force"], max(0, u["size"]), commander_id=leader)
            else:
                # THON.LEADER-COMMANDS when the village has a leader
                u["commander"] = self.fill_unit(u["id"], u["force"], max(1, u["size"]))

        out.append("    villages:\n")
        out.extend(village_lines)
        out.append("    units:\n")
        for u in units:
            out.append(f"      - id: {u['id']}\n        name: {u['name']}\n"
                       f"        force: {u['force']}\n        echelon: {u['echelon']}\n"
                       f"        commander: {u['commander']}\n")
            if u["village"]:
                if not mistake(0.002):
                    out.append(f"        village: {u['village']}\n")
                # else UNIT.TAI-CHO-VILLAGE (and THON.UNIT for its village)
            if u["established"]:
                out.append(f"        established: {u['established'].isoformat()}\n")
        out.append("    militia:\n")
        out.extend(self.militia_lines)
        self.write_training(units)
        self.write_drills()
        return "".join(out)

    def write_board(self, designations, cls):
        rng = self.rng
        as_of = self.as_of
        mistake = self.mistake
        out = self.out
        hq = "own" if rng.random() < 0.6 else "workplace"
        if mistake(0.02):
            hq = "none"                  # BCH.HEADQUARTERS
        seal = as_of >= NQ66 or rng.random() < 0.3
        if as_of >= NQ66 and mistake(0.04):
            seal = False                 # BCH.SEAL
        out.append("    command_board:\n")
        out.append(f"      headquarters: {hq}\n")
        out.append(f"      seal: {yb(seal)}\n")
        out.append("      members:\n")

        # board appointments: pre-merger ones by the district, then the province
        def appointment(after=None):
            if after == NQ66:
                start = NQ66
            elif as_of >= LAW_2025 and rng.random() < 0.85:
                start = max(LAW_2025, after or LAW_2025)
                if as_of >= NQ66 and rng.random() < 0.3:
                    start = NQ66
            else:
                start = after or dt.date(as_of.year - 5, 1, 1)
            date = rand_date(rng, start, min(as_of, start + dt.timedelta(days=200)))
            by = appointing_authority(date, rng)
            if date >= LAW_2025 and mistake(0.02):
                by = "chu_tich_ubnd_huyen"   # BCH.APPOINTED-BY: the district no longer exists
            issuer = "QĐ-BCH" if by == "chi_huy_truong_bo_chqs_tinh" else "QĐ-BTL" if by == "tu_lenh_quan_khu" else "QĐ-UBND"
            return f"{{date: {date.isoformat()}, by: {by}, decision: {q(f'{rng.randint(12, 4800)}/{issuer}')}}}"

        ages = {"chi_huy_truong": (30, 50), "chinh_tri_vien": (40, 58), "chinh_tri_vien_pho": (25, 34),
                "pho_chi_huy_truong": (27, 50), "tro_ly": (24, 45)}
        full = not self.args.omit_defaults

        def member(mid, position, status, officer, posts, education, appointed, gender=None):
            gender = gender or ("nam" if rng.random() < 0.93 else "nu")
            lo, hi = ages[position]
            birth = dt.date(as_of.year - rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            out.append(f"        - id: {mid}\n          name: {person_name(rng, gender, self.region)}\n"
                       f"          gender: {gender}\n          birth_date: {birth.isoformat()}\n"
                       f"          position: {position}\n          status: {status}\n")
            if full or officer != "none":
                out.append(f"          officer: {officer}\n")
            if full or posts:
                out.append(f"          concurrent_posts: [{', '.join(posts)}]\n")
            out.append(f"          military_education: {education}\n")
            if appointed:
                out.append(f"          appointed: {appointed}\n")

        def education():
            r = rng.random()
            return "trung_cap" if r < 0.5 else "cao_dang" if r < 0.72 else "dai_hoc"

        n = 0
        def next_id():
            nonlocal n
            n += 1
            return f"B{n}"

        # commander
        after = None
        if as_of >= NQ66 and rng.random() < 0.3:
            # an active officer sent by the province command under NQ66
            status, officer, posts, after = "si_quan_tai_ngu", "tai_ngu", [], NQ66
        else:
            status, officer, posts = "cong_chuc", "du_bi", ["uy_vien_ubnd"]
        if mistake(0.01):
            officer = "none"             # BCH.CHT.OFFICER
        edu = education()
        if mistake(0.03):
            edu = "so_cap"               # BCH.TRAINING
        member(next_id(), "chi_huy_truong", status, officer, posts, edu, appointment(after), "nam")
        # political commissar: the commune party secretary
        posts = ["bi_thu_dang_uy"] if rng.random() < 0.8 else ["bi_thu_dang_uy", "chu_tich_ubnd"]
        if mistake(0.02):
            posts = ["pho_bi_thu_dang_uy"]   # BCH.CTV.PARTY-SECRETARY
        member(next_id(), "chinh_tri_vien", "kiem_nhiem", "none", posts,
               rng.choice(("so_cap", "trung_cap", "none")), None)
        # deputy commissar: the youth union secretary
        if not mistake(0.01):            # else BCH.CTVP.COUNT
            posts = ["bi_thu_doan"]
            if mistake(0.02):
                posts = []               # BCH.CTVP.YOUTH-SECRETARY
            member(next_id(), "chinh_tri_vien_pho", "kiem_nhiem", "none", posts,
                   rng.choice(("so_cap", "none")), appointment(),
                   "nu" if rng.random() < 0.35 else "nam")
        # deputy commanders
        if as_of >= ND220:
            may_have_two = "trong_diem_qp" in designations
        else:
            may_have_two = cls == "I" or any(d in designations for d in ("bien_gioi", "ven_bien", "dao"))
        deputies = 2 if may_have_two and rng.random() < 0.6 else 1
        if mistake(0.03):
            deputies = 3 if may_have_two else 2      # BCH.PCHT.COUNT
        for _ in range(deputies):
            after = None
            if as_of < LAW_2025:
                status, officer = "khong_chuyen_trach", rng.choice(("du_bi", "none"))
            elif as_of >= NQ66 and rng.random() < 0.2:
                status, officer, after = "si_quan_tai_ngu", "tai_ngu", NQ66
            else:
                status, officer = "cong_chuc", rng.choice(("du_bi", "du_bi", "none"))
            edu = education()
            if mistake(0.02):
                edu = "so_cap"           # BCH.TRAINING
            member(next_id(), "pho_chi_huy_truong", status, officer, [], edu, appointment(after))
        # assistant (from ND220)
        if as_of >= ND220 and not mistake(0.04):   # else BCH.TROLY.COUNT
            member(next_id(), "tro_ly", "cong_chuc", "none", [],
                   rng.choice(("so_cap", "trung_cap", "none")), appointment(after=ND220))

    def write_training(self, units):
        rng = self.rng
        as_of = self.as_of
        mistake = self.mistake
        out = self.out
        out.append("    training:\n")
        prev = as_of.year - 1
        years = [prev] + ([as_of.year] if as_of.month >= 5 else [])
        for u in units:
            est = u["established"]
            for year in years:
                if est and est.year > year:
                    continue
                if year == prev and est and est.year < prev and mistake(0.01):
                    continue             # HL.RECORDED: no record for last year
                force = u["force"]
                for cohort in ("later", "first_year"):
                    if force == "thuong_truc":
                        days = rng.randint(60, 64)
                        hours = rng.randint(7, 9)
                    elif cohort == "first_year":
                        days = rng.randint(15, 17)
                        hours = rng.randint(2, 4)
                    elif force == "tai_cho":
                        days = rng.randint(7, 9)
                        hours = rng.randint(1, 3)
                    else:
                        days = rng.randint(12, 14)
                        hours = rng.randint(1, 3)
                    if year == as_of.year:
                        days = max(1, days // 2)    # the year is not over yet
                        hours = max(1, hours // 2)
                    elif mistake(0.01):
                        days = max(1, days - rng.randint(3, 6))   # HL.DAYS
                    rec = f"      - {{unit: {u['id']}, year: {year}, cohort: {cohort}, days: {days}"
                    if year >= 2026:
                        rec += f", civil_defense_hours: {hours}"
                    out.append(rec + "}\n")

    def write_drills(self):
        rng = self.rng
        as_of = self.as_of
        out = self.out
        residues = drill_years(self.index, self.args.seed)
        drills = []
        for year in range(as_of.year - 5, as_of.year + 2):
            if year % 5 not in residues:
                continue
            date = dt.date(year, rng.randint(3, 11), rng.randint(1, 28))
            if date < as_of:
                status = "done"
                if date > as_of - dt.timedelta(days=365) and self.mistake(0.05):
                    status = "planned"   # DT.OVERDUE: held or not, never updated
                drills.append((date, status))
            else:
                called_off = date - dt.timedelta(days=rng.randint(60, 200))
                if rng.random() < 0.05 and called_off < as_of:
                    # called off once (a storm, an epidemic) and set again
                    drills.append((called_off, "cancelled"))
                drills.append((date, "planned"))
        if not drills:
            out.append("    drills: []\n")
            return
        out.append("    drills:\n")
        for date, status in sorted(drills):
            out.append(f"      - {{kind: tac_chien_khu_vuc_phong_thu, date: {date.isoformat()}, status: {status}}}\n")


# ---------------------------------------------------------------------------
# The file.

def commune_list(args, as_of, rng):
    """(code, name, kind, region) for every commune, in code order."""
    n = args.communes
    national = n > 400
    start = 4 if national else 14755
    max_step = max(1, (99990 - start) // max(n, 1))
    steps = [s for s in (3, 6, 9, 12) if s <= max_step] or [1]
    used = set()
    code = start
    result = []
    for i in range(n):
        if national:
            region = rng.choices(list(REGIONS), weights=(45, 20, 22, 8, 5))[0]
        else:
            region = rng.choices(("dong_bang", "mien_nui"), weights=(70, 30))[0]
        r = rng.random()
        kind = "phuong" if r < 0.14 else ("dac_khu" if r < 0.146 and national else "xa")
        if kind == "xa" and as_of < LAW_2025 and rng.random() < 0.06:
            kind = "thi_tran"            # towns existed until 2025-06-30
        word = {"xa": "Xã", "phuong": "Phường", "dac_khu": "Đặc khu", "thi_tran": "Thị trấn"}[kind]
        for _ in range(30):
            name = f"{word} {place_name(rng)}"
            if name not in used:
                break
        used.add(name)
        result.append((f"{code:05d}", name, kind, region))
        code += rng.choice(steps)
    return result


def options(args):
    """The command-line options that give this output, for the file's header."""
    out = [f"--communes {args.communes}", f"--seed {args.seed}", f"--as-of {args.as_of}"]
    if args.no_province:
        out.append("--no-province")
    for name, default in (("villages_min", 1), ("villages_max", 60), ("militia_max", 1500),
                          ("error_rate", 1.0)):
        if getattr(args, name) != default:
            out.append(f"--{name.replace('_', '-')} {getattr(args, name)}")
    if args.omit_defaults:
        out.append("--omit-defaults")
    return out


def write_header(f, args, rng):
    f.write("# Báo cáo Dân quân tự vệ (dữ liệu sinh tự động để kiểm thử)\n")
    f.write("# DQTV submission (generated test data)\n")
    f.write(f"# gen_submission.py {' '.join(options(args))}\n")
    f.write("format: dqtv-submission/1\n")
    f.write(f"as_of: {args.as_of}\n")
    if args.no_province:
        f.write(f"submitted_by: {{unit: {q('Cục Dân quân tự vệ')}, contact: {q('069 551 xxx')}}}\n")
        f.write("communes:\n")
        return
    f.write(f"submitted_by: {{unit: {q('Bộ CHQS tỉnh Thanh Hóa')}, contact: {q('0237 385x xxx')}}}\n")
    f.write("province:\n")
    f.write('  code: "38"\n')
    f.write("  name: Thanh Hóa\n")
    f.write("  education_council:\n")
    d = dt.date(2025, 9, 3)
    f.write(f"    decision: {{number: {q(f'{rng.randint(100, 3999)}/QĐ-UBND')}, date: {d.isoformat()}}}\n")
    f.write("    members:\n")
    council = [("chu_tich", "chu_tich_ubnd_tinh"),
               ("pho_chu_tich_thuong_truc", "chi_huy_truong_bo_chqs_tinh"),
               ("pho_chu_tich", "giam_doc_cong_an_tinh"),
               ("pho_chu_tich", "giam_doc_so_gddt"),
               ("uy_vien", "giam_doc_so_noi_vu"),
               ("uy_vien", "pho_chu_tich_ubnd_tinh")]
    for role, post in council:
        gender = "nam" if rng.random() < 0.85 else "nu"
        f.write(f"      - {{name: {person_name(rng, gender)}, role: {role}, post: {post}}}\n")
    f.write("communes:\n")


def main(argv=None):
    p = argparse.ArgumentParser(description="Generate a realistic DQTV submission (see the docstring).")
    p.add_argument("--communes", type=int, default=170)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--as-of", default="2026-06-30")
    p.add_argument("--no-province", action="store_true",
                   help="leave out the province block")
    p.add_argument("--villages-min", type=int, default=1)
    p.add_argument("--villages-max", type=int, default=60)
    p.add_argument("--militia-max", type=int, default=1500)
    p.add_argument("--error-rate", type=float, default=1.0)
    p.add_argument("--omit-defaults", action="store_true",
                   help="leave out fields at their default (false, none, [])")
    p.add_argument("-o", "--output", default="-")
    args = p.parse_args(argv)
    try:
        as_of = dt.date.fromisoformat(args.as_of)
    except ValueError:
        p.error(f"--as-of: not a date: {args.as_of}")
    if args.communes < 0 or not 1 <= args.villages_min <= args.villages_max or args.militia_max < 60:
        p.error("--communes must be >= 0, 1 <= --villages-min <= --villages-max, --militia-max >= 60")

    started = time.time()
    rng = random.Random(f"{args.seed}:file")
    f = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    militia = 0
    try:
        write_header(f, args, random.Random(f"{args.seed}:province"))
        if args.communes == 0:
            f.write("  []\n")
        for i, (code, name, kind, region) in enumerate(commune_list(args, as_of, rng)):
            gen = CommuneGen(i, code, name, kind, region, args, as_of)
            f.write(gen.generate())
            militia += gen.n_militia
    except BrokenPipeError:            # e.g. piped into head
        sys.stderr.close()
        return
    finally:
        if f is not sys.stdout:
            f.close()
    if args.output != "-":
        size = os.path.getsize(args.output)
        print(f"{args.output}: {args.communes} communes, {militia} militia, "
              f"{size / 1e6:.1f} MB in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Narrative facts on a fixed sample of the tuning corpus (tests/data/narrative_cases.csv).

The corpus holds sentences written after public CCHC/TTHC reports and news items (their
structure, number format and figures kept). Each case goes through the real pipeline path, as
bench/eval_narrative.py runs it: the text wrapped as a minimal .txt report of the case's level,
then runner.document.process_bytes. One line per irregularity of real prose; the whole corpus
and the part set aside are scored by the bench, not here.

tests/data/narrative_prose_cases.csv is a second corpus written after the coding conventions of
bench/heldout/README.md (145 cases), with its set-aside third in narrative_prose_aside.csv (72
cases, never tuned on); a sample of it pins one line per catalog-code rule.
"""
from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from bench.eval_narrative import facts_of, read_cases

CASES_CSV = Path(__file__).resolve().parent / "data" / "narrative_cases.csv"

SAMPLE = [
    ("T-N-001", "a count, its part after 'trong đó' and the rate after 'đạt tỷ lệ'; a late count 'chiếm tỷ lệ'"),
    ("T-N-002", "words before the label ('Theo đó, 6 tháng đầu năm 2022, tỉ lệ ...')"),
    ("T-N-004", "a rate, then its counts after 'trong đó' ('là 26.972 hồ sơ')"),
    ("T-N-008", "the number before its label (73 TTHC liên thông cùng cấp và 59 TTHC ...)"),
    ("T-N-013", "ranks 9/63, 'thứ 16/63' and 'tăng 26 bậc so với' are no facts"),
    ("T-N-020", "counts of each agency in parentheses"),
    ("T-N-038", "changes against earlier periods ('giảm tới 49,54% so với') are no facts"),
    ("T-N-053", "the measure printed after the noun (57.502 hồ sơ giải quyết đúng hạn, 187 hồ sơ ...)"),
    ("T-N-059", "'trên 132 ngàn': magnitude word and approximation; 'hai cấp huyện và xã': no level"),
    ("T-N-071", "decimal magnitudes '10,18 ngàn hồ sơ', '7,7 ngàn'"),
    ("T-N-073", "'5,65 ngàn hồ sơ' at the Trung tâm"),
    ("T-N-077", "a district-level report: the district's own rows"),
    ("T-N-091", "'1.290/4.244 tỷ đồng, đạt 30,4% kế hoạch vốn': disbursement ratio in money"),
    ("T-N-110", "an enumeration after 'trong đó' (cấp tỉnh 1.561 TTHC, cấp huyện 290 TTHC ...)"),
    ("T-N-116", "a commune-level report (phường)"),
    ("T-N-119", "a target ('phấn đấu ... đạt 80%') is no fact"),
    ("T-N-130", "online services 'toàn trình' and 'một phần' after their noun"),
    ("T-N-143", "document numbers and dates are no facts"),
    ("T-N-145", "a phone number is no fact"),
    ("T-N-146", "'mức độ 3 là 1.089 thủ tục và mức độ 4 là 450 thủ tục': the level word, not a value"),
    ("T-N-160", "'giảm 1.245 biên chế': the change is the measure; the rate 'so với năm 2015' is its row"),
    ("T-N-166", "a 'label: value' item"),
    ("T-N-169", "a '+' item of a commune report with its rate"),
    ("T-N-190", "bare numbers in parentheses take the noun beside them (trong hạn 5.012, trễ hạn 464 hồ sơ)"),
    ("T-N-197", "a target carried over ';' to the next clause"),
]


PROSE_CSV = Path(__file__).resolve().parent / "data" / "narrative_prose_cases.csv"

# The prose corpus (own sentences after real reports and news; its set-aside third,
# narrative_prose_aside.csv, is scored by the bench only): one line per rule of the catalog codes.
PROSE_SAMPLE = [
    ("P-N-R12-01", "ministries as the subject (các bộ, cơ quan ngang bộ đã bãi bỏ ...): national figures, no row"),
    ("P-N-R12-02", "a minister signing a decision (Bộ trưởng Bộ Tư pháp đã ký ...): national figures, no row"),
    ("P-N-R12-03", "an instruction to other bodies (Công điện ... yêu cầu các bộ, ngành, địa phương): no facts"),
    ("P-N-R12-04", "ministries as the source of what is done (theo hướng dẫn của các bộ): the province's own rows"),
    ("P-N-R12-05", "a ward named by its number (Phường 3) is no count"),
    ("P-N-R12-06", "a department's disbursement: facts, no BM6-1 row (a local government's own)"),
    ("P-N-R12-07", "documents of a lower level checked under authority (văn bản do HĐND, UBND cấp xã ban hành): BM2-2.x"),
    ("P-N-R12-08", "tasks the province's leaders gave a department are no CCHC plan tasks (no BM1-2)"),
    ("P-N-R12-09", "issues fixed counted as 'nội dung' after the issues found: those issues (BM1-3.3.2, the share BM1-3.3)"),
    ("P-N-R12-10", "'đang được giải quyết trong hạn' is pending, not on time"),
    ("P-N-R12-11", "'nội dung' with no issues before it counts nothing"),
    ("P-N-R12-12", "'Thông qua Sở Tư pháp' is through a body, not documents passed (no BM2-1.1)"),
    ("P-N-R12-13", "correspondence received and sent (văn bản đến, văn bản đi) is no directive (no BM1-1)"),
    ("P-N-R12-14", "one count reviewed, amended and abolished together is no count of abolished TTHC (no BM3-1.3)"),
    ("P-N-R12-15", "a self-check is no check under authority (no BM2-2.1); what it found and handled: BM2-2.2.x"),
    ("P-N-R12-16", "records still to digitise (cần số hóa) are a need, no fact"),
    ("P-N-R12-17", "the share completed of the plan's tasks printed before it (đã hoàn thành 100%): BM1-2"),
    ("P-N-R12-18", "early counted apart, but the rate's label says early is within it (đúng và trước hạn đạt): BM3-3.2"),
    ("P-N-R12-19", "a bare count settled after the PAKN received takes their measure: BM3-3.4.2"),
    ("P-N-R12-20", "a request to another body to direct a check (đề nghị Chủ tịch UBND xã chỉ đạo rà soát ...): no facts"),
    ("P-N-R12-21", "a colon opens what is said of the count: the verb before it is its measure (tiếp nhận gần 9.500 hồ sơ TTHC: ...)"),
    ("P-N-R12-22", "the verb right before the count, not the plan named before it (Kế hoạch rà soát, đơn giản hóa ...; rà soát 1.204 TTHC)"),
    ("P-N-R12-23", "what a review of legal documents found and handled: BM2-3.2.x, not the check's BM2-2.2.x"),
    ("P-N-R12-24", "a ratio's base printed again (18/27 ... và 9/27) is one fact"),
    ("P-N-R12-25", "the Y of a self-check restates the legal documents issued (86 VBQPPL; tự kiểm tra 86/86 văn bản)"),
    ("P-N-R12-26", "certificates and permits issued are counts (giấy chứng nhận, giấy phép); a place name holding 'hủy' (Lạc Thủy) names no measure"),
    ("P-N-R12-27", "the CCHC plan's tasks keep BM1-2.x beside the Government's (BM1-5.1-3); 'Chính phủ, Thủ tướng Chính phủ giao' after its count"),
    ("P-N-R12-28", "documents a review found to amend (xác định 57 văn bản cần sửa đổi) are a finding, BM2-3.2.1, and those handled BM2-3.2.2"),
    ("P-N-R12-29", "documents still to amend with no check or review finding them are a need: no fact"),
    ("P-N-R12-30", "the difference against an earlier quarter (nhiều hơn quý I khoảng 4,2 ngàn hồ sơ) is a comparison: no fact"),
    ("P-N-R12-31", "a bare count after còn with a pending verb after it (còn 2 đang xem xét): the PAKN still pending"),
    ("P-N-R12-32", "legal documents a decision abolished (Quyết định ... bãi bỏ 36 văn bản QPPL) are no documents issued (no BM2-1.1)"),
    ("P-N-R12-33", "a review paragraph's handled documents in a later clause keep the review's rows (BM2-3.2.2, BM2-3.2)"),
    ("P-N-R12-34", "a product's version after its name (iGate 3.0) is no count"),
    ("P-N-R12-35", "the difference against a year named by its number (cao hơn năm 2025 là 18,4%) is a comparison: no fact"),
    ("P-N-R13-01", "staff placed at desks, and the people listed with them, are staff in place; the dossiers stay"),
    ("P-N-R13-02", "a centre's make-up listed after hiện có, whatever work is said of them"),
    ("P-N-R13-03", "a body's staff after tổng cộng, with the parts listed"),
    ("P-N-R13-04", "posts kept and a list of posts per department with the verb elided: in place"),
    ("P-N-R13-05", "people who quit: a change made to them; its parts and the later clause of the sentence are counts of it"),
    ("P-N-R13-06", "people received and people who left are changes"),
    ("P-N-R13-07", "the catalog's staffing rows (có mặt, được giao) stay facts"),
    ("P-N-R13-08", "people disciplined: what is done to them follows the count; its part after trong đó có too"),
    ("P-N-R13-09", "a place's people, even when a later count of dossiers is handled in the clause"),
    ("P-N-R13-10", "dossiers received earlier in the clause make no change to the staff in place"),
    ("P-N-R13-11", "users of a system and staff trained are counts of what is done, not staff in place"),
    ("P-N-R13-12", "staff sent to work at a centre are in place; their work (tiếp nhận, xử lý hồ sơ) is no change made to them"),
    ("P-N-R13-13", "a count printed as a share of another period's count is a comparison, no rate"),
    ("P-N-R13-14", "a share of a total (bằng X% tổng số) stays a rate (guard)"),
    ("P-N-R13-15", "a bar the units counted before it passed, whatever the verb: the count is the fact, not the bar"),
    ("P-N-R13-16", "procedures with a fee integrated for online payment, the comma cutting the words after the noun: BM7-6.5.x"),
    ("P-N-R13-17", "the procedures with a fee: the base of online payment BM7-6.5.1"),
    ("P-N-R13-18", "people working in public service units listed after a cut of posts are that cut: BM4-3.3"),
    ("P-N-R13-19", "the parts of a cut of people: civil servants BM4-2.4, people working in public service units BM4-3.3"),
    ("P-N-R13-20", "a pair that names one kind (sửa đổi, bổ sung; bãi bỏ, thay thế: the catalog's BM3-1.3) is no mixed list"),
    ("P-N-R13-21", "guard: kinds of change listed together are a published list, no one change's row"),
    ("P-N-R13-22", "pages and records digitised are counted nouns; websites (trang thông tin điện tử) are none"),
    ("P-N-R13-23", "works, projects and vouchers handled are counted nouns"),
    ("P-N-R13-24", "a count per day printed after its noun (mỗi ngày) is derived, no count of the period"),
    ("P-N-R13-25", "money asked for is a request; the clause's other figures stay"),
    ("P-N-R13-26", "shares of staff by qualification are the staff's make-up; the recruits stay"),
    ("P-N-R14-01", "a province opening its clause in a department's report is the province's scope: disbursement BM6-1.x"),
    ("P-N-R14-02", "the capital plan as 'kế hoạch đầu tư công' (BM6-1.1); a province as the agent after do"),
    ("P-N-R14-03", "a province's name after a centre only qualifies it: the centre's figures keep its scope"),
    ("P-N-R14-04", "a verb right after 'và' opens the next count's clause (hoàn thành 44/47 nhiệm vụ: BM1-2.x)"),
    ("P-N-R14-05", "a check and a review in one paragraph: each finding takes the act printed before it (BM2-2.2.x, BM2-3.2.1)"),
    ("P-N-R14-06", "documents issued in electronic form (phát hành ... văn bản điện tử) and their share of outgoing ones: BM7-5.2.3 at xa"),
    ("P-N-R14-07", "outgoing documents sent signed (gửi ... có ký số): still a rate of documents sent, BM7-5.2.3"),
    ("P-N-R14-08", "an aside of words only (tỉnh Phú Thọ) between the capital plan and its amount cuts no measure: BM6-1.1"),
    ("P-N-R14-09", "commune officials made district civil servants (xét chuyển ... thành công chức cấp huyện): BM5-2.3, no recruitment"),
    ("P-N-R14-10", "an estimate to a date (ước lũy kế đến ngày ...) gives no facts; the next sentence's results stay"),
    ("P-N-R14-11", "a district's received total beside the rate of online dossiers is the pair BM7-6.4.1 / BM7-6.4"),
    ("P-N-R14-12", "a commune's received total beside the rate of online dossiers: BM7-6.4.1 / BM7-6.4"),
    ("P-N-R14-13", "a province's received total beside an online rate stays uncoded; the rate keeps BM7-6.4"),
    ("P-N-R14-14", "capital carried over from an earlier year (được kéo dài sang năm 2026) is no row of the year's plan, whichever reader finds it"),
    ("P-N-R14-15", "the rate of a disbursement over its plan with a year between the plan and 'đạt' is the disbursement rate (BM6-1)"),
    ("P-N-R14-16", "documents a council and its committee issue, in a paragraph about legal documents, are legal documents (BM2-1.3)"),
    ("P-N-R14-17", "a rate's second level joined by 'và của' takes the rate's measure (BM7-5.2.3)"),
    ("P-N-R14-18", "'tiếp nhận, giải quyết' after a count's noun is one verb pair: the words after it name the row (BM3-2.3)"),
    ("P-N-R14-19", "civil servants taken on as a special case (theo trường hợp đặc biệt): BM5-2.2, not BM5-2.1"),
    ("P-N-R14-20", "capital of an earlier year carried into this one (vốn năm 2025 chuyển sang) is no row of the year's plan"),
    ("P-N-R14-21", "'được tích hợp, triển khai thanh toán trực tuyến' after the noun is one predicate: BM7-6.5.2"),
    ("P-N-R14-22", "the Government's tasks named in the clause before: completions on time and late are BM1-5.2 / BM1-5.3"),
    ("P-N-R14-23", "a recruitment list's last item after 'và' keeps the list's verb (viên chức: BM5-2.4), not the special case before it"),
    ("P-N-R14-24", "an estimate to the year's end (Ước đến hết năm ...) is no result for either reader"),
    ("P-N-R14-25", "a province named right after a date opens its clause: the province's disbursement (BM6-1.x)"),
    ("P-N-R14-26", "a share of reports printed before its noun, sent and received through the national reporting system: BM7-3"),
    ("P-N-R14-27", "a national target programme's name is no target word: its disbursement stays, as a fact without BM6-1's rows (every gold)"),
    ("P-N-R14-28", "the bases of a comparison in parentheses (cùng kỳ năm 2025 (9,7%), bình quân cả nước (2,05%)) are no results"),
    ("P-N-R14-29", "an amount a plan was adjusted by (điều chỉnh giảm 5,4 tỷ đồng) is no result"),
    ("P-N-R14-30", "voters consulted on a merger are facts of the reorganisation with their measure, no row"),
    ("P-N-R14-31", "voters whose opinions are counted (tiếp xúc cử tri ... 14 ý kiến) keep the opinions as the fact"),
    ("P-N-R14-32", "a national target programme's capital named in a sentence keeps its later clauses' disbursement off BM6-1; the next sentence's stays"),
    ("P-N-R14-33", "an estimate (ước đạt ...) and an average per person (bình quân đầu người ... /người/năm) are no results; the dossiers stay"),
    ("P-N-R14-34", "an earlier year's value printed before the period's own in one clause (năm 2024 ... là 52%, 9 tháng năm 2025 đạt 68,5%) is a past value"),
    ("P-N-R14-35", "the targets a resolution sets (đề ra 16 chỉ tiêu) and the figures listed after them are targets; the next clause's results stay"),
    ("P-N-R14-36", "a plan's tasks set (đề ra 52 nhiệm vụ) stay its count (BM1-2.1): only chỉ tiêu set are targets"),
    ("P-N-R11-01", "issues fixed as a bare number after the issues found: 'khắc phục xong 08' counts the tồn tại"),
    ("P-N-R11-02", "on time 'đúng và trước hạn' with the early part in parentheses: early within it, coded"),
    ("P-N-001", "a received total split online: BM7-6.4.x; a toàn tỉnh settled count and rate: no row"),
    ("P-N-002", "each level's own settled / on-time counts and rates: BM3-3.1.x and BM3-3.2.x"),
    ("P-N-004", "'trong số N hồ sơ chưa giải quyết xong': pending counts are facts without a row"),
    ("P-N-006", "a toàn trình rate without a verb: a fact, no row"),
    ("P-N-007", "a centre's counters are its setting (10 quầy, round 8 convention); its staff too, whatever work is said of them (round 13)"),
    ("P-N-011", "a target clause, then a result clause opening with 'hiện'"),
    ("P-N-013", "'liên thông 14 TTHC cùng cấp': the level word after the noun; a proposal is no approved simplification"),
    ("P-N-015", "the stock of TTHC and its levels in parentheses: BM3-1.4, 1.4.1, 1.4.3"),
    ("P-N-024", "one named ward in a provincial news item: facts, no level's row"),
    ("P-N-029", "a plan ('dự kiến', 'sẽ') gives no facts"),
    ("P-N-030", "tasks another body gave are no plan tasks (no BM1-2)"),
    ("P-N-039", "a range 'từ 400 đến 500' gives no fact"),
    ("P-N-060", "a count of administrative units after a reform is no result"),
    ("P-N-086", "units that reach a threshold ('5/15 xã đạt tỷ lệ ... trên 80%') are no facts"),
    ("P-N-066", "a PAKN count 'liên quan đến quy định hành chính': BM3-3.4.x"),
    ("P-N-096", "a received total, a change against the same period, the online part after 'trong đó'"),
    ("P-N-100", "trước hạn counted apart: đúng hạn is the narrower sense, no row"),
    ("P-N-107", "a rate of agencies is no rate of documents (no BM7-5.2)"),
]


@functools.lru_cache(maxsize=1)
def _cases() -> dict:
    return {c["case_id"]: c for c in read_cases(CASES_CSV)}


@functools.lru_cache(maxsize=1)
def _prose() -> dict:
    return {c["case_id"]: c for c in read_cases(PROSE_CSV)}


@pytest.mark.parametrize("case_id,rule", PROSE_SAMPLE)
def test_prose_case(case_id, rule):
    case = _prose()[case_id]
    got = facts_of(case)
    expected = Counter((round(float(f["value"]), 6), f["code"] or None) for f in case["facts"])
    assert Counter((round(o.value, 6), o.indicator_code) for o in got) == expected, rule


@pytest.mark.parametrize("case_id,irregularity", SAMPLE)
def test_case(case_id, irregularity):
    case = _cases()[case_id]
    got = facts_of(case)
    expected = Counter((round(float(f["value"]), 6), f["code"] or None) for f in case["facts"])
    read = Counter((round(o.value, 6), o.indicator_code) for o in got)
    assert read == expected, irregularity
    approx = {round(float(f["value"]), 6) for f in case["facts"] if f["approx"]}
    assert {round(o.value, 6) for o in got if "approximate" in o.flags} == approx
    assert all(o.measure_unit and o.scope in (None, "tinh", "so_nganh", "huyen", "xa", "trung_tam")
               for o in got)


def test_sample_covers_the_corpus_formats():
    kinds = {_cases()[cid]["doc_level"] for cid, _ in SAMPLE}
    assert kinds == {"tinh", "huyen", "xa"} | (kinds & {"so_nganh"})
    assert any(not _cases()[cid]["facts"] for cid, _ in SAMPLE)          # cases with no fact


def test_every_fact_is_published_with_measure_and_scope():
    """Facts outside the catalog are facts: published with measure and scope, no code."""
    case = {"case_id": "X", "doc_level": "huyen",
            "text": "Tổ chức 04 cuộc đối thoại với 320 lượt người dân tham gia; tiếp nhận 37 phản ánh."}
    got = facts_of(case)
    assert [(o.value, o.measure_unit, o.indicator_code, o.scope) for o in got] == [
        (4, "cuộc", None, "huyen"), (320, "lượt người", None, "huyen"), (37, "phản ánh", None, "huyen")]
    assert got[2].measure == "tiếp nhận PAKN"      # PAKN not said to be on rules: no catalog row


def test_old_tone_placement_reads_like_the_new():
    """Legacy fonts and older typing place tone marks on the first vowel (hoá, uỷ): the clause
    is read with underthesea's placement, so the vocabulary (written hóa, ủy) matches both, and
    the sentence is published as printed."""
    new = {"case_id": "X", "doc_level": "tinh",
           "text": "Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa 37 TTHC; số hóa 1.250 hồ sơ."}
    old = dict(new, text=new["text"].replace("hóa", "hoá"))
    read = [(o.value, o.indicator_code, o.measure) for o in facts_of(old)]
    assert read == [(o.value, o.indicator_code, o.measure) for o in facts_of(new)]
    assert read == [(37, "BM3-1.1", "đơn giản hóa"), (1250, None, "số hóa")]
    assert all("hoá" in o.sentence for o in facts_of(old))


def test_tone_normalized_keeps_length():
    from parsers.sentences import tone_normalized
    for text in ["uỷ ban, thuỷ lợi, hoà giải, khoẻ mạnh: 1.234 hồ sơ", "quý III, 98,5%"]:
        out = tone_normalized(text)
        assert len(out) == len(text) and "oà" not in out and "uỷ" not in out
    assert tone_normalized("đơn giản hoá") == "đơn giản hóa"


DISTRACTOR_CSV = Path(__file__).resolve().parent / "data" / "narrative_distractor_cases.csv"

# A third corpus (own sentences, bench/eval_narrative.py format) of the distractor classes the unseen
# sets hold: structure counts, demographics, score scales, earlier years, changes, plans, forecasts,
# budgets, cumulative spans, neighbours; its set-aside third, narrative_distractor_aside.csv, is
# scored by the bench only. Values only (its writer gave no catalog codes): one line per class.
DISTRACTOR_SAMPLE = [
    ("D-N-001", "a list of the unit's structure printed as what exists; the dossiers after ';' are results"),
    ("D-N-002", "area, population and the communes a district is made of"),
    ("D-N-004", "a score out of its scale; the change in points and the rank"),
    ("D-N-005", "an earlier point of one rate's series"),
    ("D-N-011", "a cumulative span beside the year's own figure"),
    ("D-N-012", "a forecast of the whole year"),
    ("D-N-019", "the fields a count of procedures belongs to"),
    ("D-N-020", "the units in each band of an index: counted; the bands are no values"),
    ("D-N-021", "a neighbour's figure"),
    ("D-N-023", "an earlier year restated by 'con số này'"),
    ("D-N-026", "the capital plan given and its disbursement (the catalog's BM6-1.1 and 1.2)"),
    ("D-N-036", "money allotted, and its ratio to the year before"),
    ("D-N-043", "an obligation opening the clause"),
    ("D-N-045", "a hotline's number is its name, not a count of provinces"),
    ("D-N-047", "units counted by the change of their index or rank"),
    ("D-N-049", "the set 'N trong M' and the change of the unit that moved most"),
    ("D-N-051", "an index's make-up printed as 'cấu trúc thành'"),
    ("D-N-052", "the points an index gives each of its parts"),
    ("D-N-053", "the upper end of a range with an approximation word"),
    ("D-N-055", "a change continued in a list after a comparison"),
    ("D-N-056", "the gap between the highest and the lowest unit"),
    ("D-N-057", "requests a portal receives are counted (yêu cầu)"),
    ("D-N-058", "business conditions cut are counted (điều kiện kinh doanh)"),
    ("D-N-059", "a full score x/x: the scale is no second value"),
    ("D-N-061", "a share of the population"),
    ("D-N-063", "a capacity beside the year's own count"),
    ("D-N-065", "the places a survey is run in; the forms it collects are counted"),
    ("D-N-067", "the units of a top or a bottom group"),
    ("D-N-069", "the members of a committee; its meetings are counted"),
    ("D-N-071", "the set a group is ranked in"),
    ("D-N-072", "the set a range is given over"),
    ("D-N-073", "reception points are the setting (round 8 convention: resources in place), the dossiers they received a fact"),
]


@functools.lru_cache(maxsize=1)
def _distractors() -> dict:
    return {c["case_id"]: c for c in read_cases(DISTRACTOR_CSV)}


@pytest.mark.parametrize("case_id,rule", DISTRACTOR_SAMPLE)
def test_distractor_case(case_id, rule):
    case = _distractors()[case_id]
    expected = Counter(round(float(f["value"]), 6) for f in case["facts"])
    assert Counter(round(o.value, 6) for o in facts_of(case)) == expected, rule

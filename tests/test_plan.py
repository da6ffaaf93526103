"""Plan task tables → PlanTask: the one-cell-per-line web export, ruled grids, a PDF."""
from __future__ import annotations

import pytest

from core.records import Cell, Line
from extract.text import lines_from_text
from parsers.plan import assign_columns, is_agency, is_timeline, parse_plan_tasks
from tests.conftest import seed_lines

GROUPS_003 = [
    ("I", "LĨNH VỰC CẢI CÁCH THỂ CHẾ", 3),
    ("II", "LĨNH VỰC CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)", 5),
    ("III", "LĨNH VỰC CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", 4),
    ("IV", "LĨNH VỰC CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", 9),
    ("V", "LĨNH VỰC CẢI CÁCH TÀI CHÍNH CÔNG", 4),
    ("VI", "LĨNH VỰC XÂY DỰNG VÀ TRIỂN KHAI CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 10),
    ("VII", "LĨNH VỰC Y TẾ", 1),
    ("VIII", "LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO", 2),
    ("IX", "LĨNH VỰC NGÂN HÀNG NHÀ NƯỚC", 1),
    ("X", "LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ", 1),
]

# Typed from the appendix of seed 003: (group, stt, task starts with, lead, coordinating, timeline)
TASKS_003 = [
    ("I", "1", "Xây dựng Kế hoạch kiểm tra, xử lý và rà soát", "Sở Tư pháp",
     "Các sở, ban, ngành tỉnh và UBND cấp huyện", "Hàng năm"),
    ("I", "2", "Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực", "Sở Tư pháp",
     "Các sở, ban, ngành tỉnh", "Hàng năm"),
    ("II", "1", "Hàng năm rà soát kiến nghị cắt giảm", "Văn phòng UBND tỉnh",
     "Các cơ quan chuyên môn thuộc UBND tỉnh", "2021-2025"),
    ("II", "4", "Rà soát lại quy trình điện tử hóa mẫu đơn", "Văn phòng UBND tỉnh",
     "Sở Thông tin và Truyền thông; các cơ quan chuyên môn thuộc UBND tỉnh; UBND cấp huyện, cấp xã",
     "2022"),
    ("III", "3", "Hướng dẫn chức năng, nhiệm vụ, quyền hạn các phòng chuyên môn", "Sở Nội vụ",
     "UBND cấp huyện", "2021-2025"),
    ("IV", "4", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 549/2021/NQ-HĐND",
     "Sở Nội vụ", "Các sở, ban, ngành tỉnh và UBND cấp huyện", "2021"),
    ("V", "1", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm", "Sở Tài chính",
     "Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã", "Quý I/2022"),
    # lead and coordinating are swapped against the other rows: the line order decides
    ("V", "2", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập",
     "Các sở, ban, ngành tỉnh (trình UBND tỉnh); UBND cấp huyện", "Sở Tài chính", "Giai đoạn 2022-2026"),
    # a task of three "- " lines
    ("V", "4", "- Ban hành mới hoặc sửa đổi, bổ sung danh mục dịch vụ sự nghiệp công",
     "Các sở, ban, ngành tỉnh (trình UBND tỉnh); UBND cấp huyện", "Sở Tài chính", "Năm 2022"),
    ("VI", "7", "Nâng cấp hạ tầng công nghệ thông tin tại các xã, phường, thị trấn",
     "Sở Thông tin và Truyền thông", "UBND các xã, phường, thị trấn", "2022-2023"),
    ("VI", "10", "Rà soát, nâng cấp, hoàn thiện cơ sở hạ tầng công nghệ thông tin",
     "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh; các cơ quan nhà nước trên địa bàn tỉnh",
     "2022-2025"),
    ("VIII", "1", "Chuyển đổi số trong lĩnh vực giáo dục giai đoạn 2021-2025", "Sở Giáo dục và Đào tạo",
     "Các sở, ban, ngành tỉnh", "2022"),
    ("IX", "1", "Kế hoạch triển khai Đề án phát triển thanh toán không dùng tiền mặt",
     "Ngân hàng Nhà nước Chi nhánh tỉnh Kiên Giang", "Các sở, ngành có liên quan; UBND các cấp",
     "Sau khi Chính phủ ban hành Đề án phát triển thanh toán không dùng tiền mặt"),
    ("X", "1", "Kế hoạch ứng dụng công nghệ thông tin trong xây dựng và áp dụng hệ thống quản lý",
     "Sở Khoa học và Công nghệ", "Các sở, ban, ngành tỉnh; UBND cấp huyện", "2022"),
]


def _check_003(tasks):
    assert len(tasks) == 40
    groups = []
    for t in tasks:
        if not groups or groups[-1][0] != t.group_number:
            groups.append([t.group_number, t.group_title, 0])
        groups[-1][2] += 1
    assert [tuple(g) for g in groups] == GROUPS_003
    by_key = {(t.group_number, t.stt): t for t in tasks}
    for group, stt, task, lead, coord, timeline in TASKS_003:
        got = by_key[(group, stt)]
        assert got.task.startswith(task), (group, stt, got.task)
        assert (got.lead_agency, got.coordinating_agencies, got.timeline) == (lead, coord, timeline), \
            (group, stt)
    # every task row is complete in this appendix, and numbered 1.. in its group
    assert all(t.lead_agency and t.coordinating_agencies and t.timeline for t in tasks)
    for number, _, count in GROUPS_003:
        assert [t.stt for t in tasks if t.group_number == number] == [str(i) for i in range(1, count + 1)]


def test_seed_003_appendix_stream():
    _check_003(parse_plan_tasks(seed_lines("003")))


def test_seed_003_task_with_three_bullet_lines_is_one_task():
    tasks = parse_plan_tasks(seed_lines("003"))
    task = next(t for t in tasks if (t.group_number, t.stt) == ("V", "4"))
    assert task.task.count("- Ban hành") == 3


def _as_tsv(tasks) -> str:
    """The same table as a tab-separated export (one row per table row)."""
    rows = ["PHỤ LỤC", "STT\tTÊN NỘI DUNG CÔNG VIỆC\tCƠ QUAN CHỦ TRÌ\tCƠ QUAN PHỐI HỢP\tTHỜI GIAN BAN HÀNH"]
    group = None
    for t in tasks:
        if t.group_number != group:
            group = t.group_number
            rows.append(f"{group}\t{t.group_title}\t\t\t")
        rows.append("\t".join([t.stt, t.task, t.lead_agency or "", t.coordinating_agencies or "",
                               t.timeline or ""]))
    return "\n".join(rows)


def test_seed_003_as_grid_rows_gives_the_same_tasks():
    stream = parse_plan_tasks(seed_lines("003"))
    grid = parse_plan_tasks(lines_from_text(_as_tsv(stream)))
    _check_003(grid)
    assert grid == stream


def test_seed_003_as_generated_pdf_gives_the_same_tasks():
    from extract.options import ExtractOptions
    from extract.pdf import extract_pdf
    from tests.fixtures_pdf import make_report_pdf

    stream = parse_plan_tasks(seed_lines("003"))
    text = "KẾ HOẠCH\nThực hiện chương trình cải cách hành chính\n" + _as_tsv(stream)
    doc = extract_pdf(make_report_pdf(text), ExtractOptions())
    tasks = parse_plan_tasks(list(doc.lines()))
    assert len(tasks) == 40
    assert all(t.page is not None for t in tasks)
    assert [(t.group_number, t.stt) for t in tasks] == [(t.group_number, t.stt) for t in stream]
    for got, want in zip(tasks, stream):
        assert (got.task, got.lead_agency, got.coordinating_agencies, got.timeline, got.group_title) == \
            (want.task, want.lead_agency, want.coordinating_agencies, want.timeline, want.group_title)


# ---------------------------------------------------------------- synthetic plans (no seeds)

STREAM_PLAN = """KẾ HOẠCH
Cải cách hành chính năm 2025
PHỤ LỤC
STT

NỘI DUNG NHIỆM VỤ

CƠ QUAN CHỦ TRÌ

CƠ QUAN PHỐI HỢP

THỜI GIAN HOÀN THÀNH
I
CẢI CÁCH THỂ CHẾ
1
Rà soát văn bản quy phạm pháp luật do tỉnh ban hành
Sở Tư pháp
Các sở, ban, ngành
Quý II/2025
2
Ban hành quy chế phối hợp
Sở Nội vụ
Tháng 6/2025
II
CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công
và Bộ phận Một cửa cấp huyện, cấp xã
Văn phòng UBND tỉnh
Sở Thông tin và Truyền thông;
UBND các huyện, thành phố
Thường xuyên
3
Kế hoạch số 12/KH-UBND ngày 02/01/2025 về cải cách hành chính năm 2025
"""


def test_synthetic_stream_plan():
    tasks = parse_plan_tasks(lines_from_text(STREAM_PLAN))
    got = [(t.group_number, t.group_title, t.stt, t.task, t.lead_agency, t.coordinating_agencies,
            t.timeline) for t in tasks]
    assert got == [
        ("I", "CẢI CÁCH THỂ CHẾ", "1", "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành",
         "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2025"),
        # no coordinating agency
        ("I", "CẢI CÁCH THỂ CHẾ", "2", "Ban hành quy chế phối hợp", "Sở Nội vụ", None, "Tháng 6/2025"),
        # a task wrapped over two lines; a coordinating cell wrapped after its semicolon;
        # a trailing page counter and the title link after the table
        ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1",
         "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công "
         "và Bộ phận Một cửa cấp huyện, cấp xã", "Văn phòng UBND tỉnh",
         "Sở Thông tin và Truyền thông; UBND các huyện, thành phố", "Thường xuyên"),
    ]


GRID_PLAN = "\n".join([
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm",
    "(1)\t(2)\t(3)\t(4)\t(5)\t(6)",
    "I\tCải cách tổ chức bộ máy\t\t\t\t",
    "1\tSắp xếp các phòng chuyên môn\tSở Nội vụ\tUBND cấp huyện\t2025\tQuyết định",
    "2\tKiện toàn tổ chức các đơn vị sự nghiệp\tSở Nội vụ\t\tNăm 2025\tĐề án",
    "Trang 3",
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm",
    "\tcông lập thuộc tỉnh\t\tCác sở, ngành\t\t",
    "II\tCải cách tài chính công\t\t\t\t",
    "1\tGiao quyền tự chủ tài chính\tSở Tài chính\tCác đơn vị sự nghiệp công lập\tHàng năm\tQuyết định",
    "Nơi nhận:",
    "1\tKhông phải nhiệm vụ\tSở Nội vụ\t\t2025\t",
])


def test_synthetic_grid_plan():
    tasks = parse_plan_tasks(lines_from_text(GRID_PLAN))
    got = [(t.group_number, t.stt, t.task, t.lead_agency, t.coordinating_agencies, t.timeline)
           for t in tasks]
    assert got == [
        ("I", "1", "Sắp xếp các phòng chuyên môn", "Sở Nội vụ", "UBND cấp huyện", "2025"),
        # a row continued on the next page after the repeated header
        ("I", "2", "Kiện toàn tổ chức các đơn vị sự nghiệp công lập thuộc tỉnh", "Sở Nội vụ",
         "Các sở, ngành", "Năm 2025"),
        ("II", "1", "Giao quyền tự chủ tài chính", "Sở Tài chính", "Các đơn vị sự nghiệp công lập",
         "Hàng năm"),
    ]
    assert tasks[0].group_title == "Cải cách tổ chức bộ máy"


def test_grid_rows_with_page_numbers():
    lines = [Line([Cell(t) for t in "STT|Tên công việc|Chủ trì|Phối hợp|Thời hạn".split("|")], page=4),
             Line([Cell(t) for t in "1|Tổng kết Chương trình|Sở Nội vụ|Các sở|Quý IV/2025".split("|")], page=4)]
    tasks = parse_plan_tasks(lines)
    assert len(tasks) == 1 and tasks[0].page == 4 and tasks[0].group_number is None


def test_no_table_no_tasks():
    assert parse_plan_tasks(lines_from_text("BÁO CÁO\nI. KẾT QUẢ\n1. Cải cách thể chế\nSTT là số thứ tự.")) == []


@pytest.mark.parametrize("text,agency,timeline", [
    ("Sở Tư pháp", True, False),
    ("Các sở, ban, ngành tỉnh và UBND cấp huyện", True, False),
    ("UBND các xã, phường, thị trấn", True, False),
    ("Ngân hàng Nhà nước Chi nhánh tỉnh Kiên Giang", True, False),
    ("Hàng năm", False, True),
    ("2021-2025", False, True),
    ("2022- 2026", False, True),
    ("Quý I/2022", False, True),
    ("Giai đoạn 2022-2026", False, True),
    ("Năm 2022", False, True),
    ("Sau khi Chính phủ ban hành Đề án", False, True),
    ("Thường xuyên", False, True),
    ("Kế hoạch tinh giản biên chế giai đoạn 2022- 2026 của tỉnh Kiên Giang", False, False),
    ("Rà soát, đề xuất cắt giảm thủ tục hành chính", False, False),
])
def test_cell_kinds(text, agency, timeline):
    assert (is_agency(text), is_timeline(text)) == (agency, timeline)


def test_assign_columns_missing_cells():
    kinds = ["task", "lead", "coord", "time"]
    assert assign_columns(["Xây dựng đề án", "Sở Nội vụ", "2025"], kinds) == \
        {"task": "Xây dựng đề án", "lead": "Sở Nội vụ", "time": "2025"}
    assert assign_columns(["Xây dựng đề án", "Sở Nội vụ", "Các sở, ngành"], kinds) == \
        {"task": "Xây dựng đề án", "lead": "Sở Nội vụ", "coord": "Các sở, ngành"}
    assert assign_columns(["- Việc một;", "- Việc hai", "Sở Y tế", "Các sở", "2023"], kinds) == \
        {"task": "- Việc một; - Việc hai", "lead": "Sở Y tế", "coord": "Các sở", "time": "2023"}

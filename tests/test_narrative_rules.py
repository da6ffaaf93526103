"""Narrative facts, one line per rule of the clause reader and its vocabulary (parsers/measures.csv,
parsers/narrative_patterns.csv): which numbers are results, and which catalog row a result is.

Every sentence is written here in its own words, with figures and units of its own; each line
states the values read and their codes (None: a fact without a catalog row).
"""
from __future__ import annotations

from collections import Counter

import pytest

from bench.eval_narrative import facts_of

RULES = [
    # counts of administrative units that describe structure, not a result
    ("tinh", "Tại 87 xã, phường, bộ phận một cửa cấp xã tiếp nhận 45.210 hồ sơ.",
     [(45210, None)], "units named as the place of the figure"),
    ("tinh", "Bưu điện bố trí 31 nhân viên hỗ trợ tại bộ phận một cửa của 12 huyện, thị xã.",
     [(31, None)], "units owning the place; staff are facts"),
    ("tinh", "Từ ngày 01/7, 9 xã mới của tỉnh vận hành Trung tâm Phục vụ hành chính công cấp xã.",
     [], "the new units of a reorganisation, whatever verb follows"),
    ("tinh", "Sở Nội vụ tập huấn cho công chức của 140 xã, phường mới.",
     [], "new units after a possessive"),
    ("tinh", "Năm 2024, có 14 đơn vị xếp hạng Tốt và 6 đơn vị xếp hạng Khá.",
     [(14, None), (6, None)], "units ranked are units that did something"),
    ("tinh", "Hiện có 12/17 sở, ngành phát sinh hồ sơ thanh toán trực tuyến.",
     [(12, None), (17, None)], "units with dossiers arising are units that did something"),
    ("huyen", "Đến nay, 6 địa phương cấp xã đã chuyển toàn bộ hồ sơ qua bưu chính.",
     [(6, None)], "localities counted"),
    ("tinh", "Tỉnh đã lắp đặt thiết bị cho các Trung tâm Phục vụ hành chính công của 52 xã, phường.",
     [], "units owning a centre"),
    ("tinh", "Sở Nội vụ tập huấn cho 310 công chức của các phòng chuyên môn thuộc 45 xã.",
     [(310, None)], "units the offices belong to (thuộc)"),
    ("tinh", "Tỉnh duy trì bộ phận một cửa tại 7 huyện cùng 88 xã, thị trấn.",
     [], "units joined by 'cùng' to a place named"),
    # mandates, plans and needs are no results
    ("tinh", "UBND tỉnh yêu cầu các sở bảo đảm 100% hồ sơ được số hóa.",
     [], "a body that requires: the numbers after it are a mandate"),
    ("so_nganh", "Sở Tư pháp tiếp nhận 640 hồ sơ yêu cầu cấp phiếu lý lịch tư pháp, có 410 hồ sơ nộp trực tuyến.",
     [(640, "BM7-6.4.1"), (410, "BM7-6.4.2")], "a request named by the dossiers is no mandate (the issuer's own split)"),
    ("tinh", "Sở Nội vụ ban hành kế hoạch kiểm tra CCHC tại 15 đơn vị.",
     [], "a plan of checks"),
    ("tinh", "Theo đề án, tỉnh phải giảm 42 đơn vị sự nghiệp; đến nay đã giảm 25 đơn vị.",
     [(25, None)], "a duty ('phải giảm'), then the result after ';'"),
    ("tinh", "Năm nay có 37 dịch vụ công cần tích hợp lên Cổng Dịch vụ công quốc gia.",
     [], "a need printed after the noun"),
    ("tinh", "Hồ sơ nộp trước 10 giờ 15 được trả kết quả trong ngày.",
     [], "clock times"),
    ("tinh", "Việc liên thông điện tử giúp giảm 20 - 40% chi phí đi lại của người dân.",
     [], "both ends of a range written with a dash"),
    ("tinh", "Đối với 412 thủ tục kể trên, thời gian giải quyết đã giảm đáng kể.",
     [], "a figure restated by reference (kể trên, nói trên)"),
    # comparisons and restatements
    ("tinh", "Năm 2024, biên chế công chức giảm 64 biên chế (tương đương 3%) so với năm 2021.",
     [], "a change followed by its parenthesis and then 'so với'"),
    ("tinh", "Chỉ số SIPAS đạt 84,2%, tăng 2,5% so với năm 2023 (81,7%).",
     [(84.2, None)], "last year's value in parentheses after the comparison"),
    ("tinh", "Tỷ lệ số hóa hồ sơ đạt 76,4% (cùng kỳ năm 2023 đạt 48,2%).",
     [(76.4, None)], "the same period of the year before is a baseline"),
    ("tinh", "Chỉ số CCHC của tỉnh đạt 86,1 điểm, tăng 1,9 điểm, xếp thứ 12/63.",
     [(86.1, None)], "index points after a change verb"),
    ("xa", "Sau sáp nhập, dân số của xã là 28.400 người.",
     [], "population"),
    # timeliness and rates
    ("xa", "UBND xã giải quyết 930 hồ sơ, 100% đúng và trước hạn.",
     [(930, "BM3-3.3.1"), (100, "BM3-3.3")], "a rate followed by its timeliness words"),
    ("xa", "Trung tâm tiếp nhận 1.150 hồ sơ; 99,5% hồ sơ được giải quyết đúng hoặc trước hạn.",
     [(1150, None), (99.5, "BM3-3.3")], "'đúng hoặc trước hạn' is on time"),
    ("tinh", "Ở cấp huyện, tỷ lệ giải quyết đúng hạn đạt 97,4%; ở cấp xã, tỷ lệ này đạt 98,8%.",
     [(97.4, "BM3-3.2"), (98.8, "BM3-3.3")], "'tỷ lệ này' repeats the rate before"),
    ("xa", "Phường tiếp nhận 3.400 hồ sơ; tỷ lệ giải quyết, trả kết quả đúng hạn đạt 99,1%.",
     [(3400, None), (99.1, "BM3-3.3")], "'trả kết quả' in a rate label is no counted noun"),
    ("tinh", "Cấp tỉnh tiếp nhận 8.120 hồ sơ; tỷ lệ đúng hạn đạt 98,7% (tính cả hồ sơ đang giải quyết).",
     [(8120, None), (98.7, None)], "a rate whose base counts pending dossiers has no row"),
    # received against settled
    ("xa", "Trung tâm đã tiếp nhận, trả kết quả 2.310 hồ sơ, trong đó 1.900 hồ sơ nộp trực tuyến.",
     [(2310, "BM7-6.4.1"), (1900, "BM7-6.4.2")], "'tiếp nhận, trả kết quả N' counts dossiers received"),
    ("xa", "Trung tâm tiếp nhận 4.700 hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
     [(4700, None)], "a system's name after the noun names no measure"),
    ("tinh", "Trong tuần, số giao dịch trực tuyến đạt 1.530, chiếm 38,2%.",
     [(1530, None), (38.2, None)], "a share of transactions is no share of dossiers (BM7-6.4)"),
    ("tinh", "Giai đoạn 2021 - 2024, tỉnh đã tinh giản 85 biên chế công chức.",
     [(85, None)], "a staffing cut over several years has no row of the period"),
    ("tinh", "Năm 2024, tỉnh đã tinh giản 85 biên chế công chức.",
     [(85, "BM4-2.4")], "the same cut within the period keeps its row"),
    # procedures
    ("tinh", "UBND tỉnh công bố 18 TTHC nội bộ trong lĩnh vực tài chính.",
     [(18, None)], "internal procedures are no TTHC stock or change"),
    ("tinh", "Bộ Nội vụ công bố 4 TTHC nội bộ mới và bãi bỏ 3 thủ tục đã công bố trước đó.",
     [(4, None), (3, None)], "procedures after internal ones named are internal too"),
    ("tinh", "Chủ tịch UBND tỉnh phê duyệt phương án cắt giảm chi phí tuân thủ đối với 215 TTHC.",
     [(215, "BM3-1.1")], "an approved cut plan is simplification"),
    ("tinh", "Tỉnh điều tra Chỉ số SIPAS với 6.300 phiếu tại các sở và UBND cấp xã.",
     [(6300, "BM1-6.1")], "a SIPAS survey counted in forms"),
    ("tinh", "Hiện có 540 TTHC được các sở rút ngắn thời gian giải quyết.",
     [(540, None)], "procedures a body acted on are a part, not the stock (BM3-1.4)"),
    ("tinh", "Toàn tỉnh hiện có 1.720 TTHC.",
     [(1720, "BM3-1.4")], "the stock itself keeps its row"),
    # the TTHC stock by level, however the whole is worded
    ("tinh", "Tỉnh đang công khai 1.640 TTHC trên Cổng thông tin, trong đó 1.310 TTHC cấp tỉnh và 305 TTHC cấp xã.",
     [(1640, "BM3-1.4"), (1310, "BM3-1.4.1"), (305, "BM3-1.4.3")], "a published whole split by level is the stock"),
    ("tinh", "Hiện tỉnh đang áp dụng 1.815 thủ tục, gồm 1.402 thủ tục cấp tỉnh, 251 thủ tục cấp huyện, 162 thủ tục cấp xã.",
     [(1815, "BM3-1.4"), (1402, "BM3-1.4.1"), (251, "BM3-1.4.2"), (162, "BM3-1.4.3")], "applied procedures are the stock"),
    ("tinh", "Quyết định công bố danh mục 26 TTHC (19 thủ tục cấp tỉnh, 7 thủ tục cấp xã).",
     [(26, None), (19, None), (7, None)], "a decision's list is no stock"),
    ("so_nganh", "Sở đã rút ngắn thời gian đối với 54 TTHC; trong đó cấp tỉnh 30 thủ tục, cấp huyện 14 thủ tục và cấp xã 10 thủ tục.",
     [(54, None), (30, None), (14, None), (10, None)], "parts of an acted-on count, not opened as parts of a stock"),
    ("tinh", "Tỉnh có 1.990 TTHC, trong đó 1.700 TTHC cấp tỉnh, 290 TTHC cấp xã và 64 thủ tục liên thông giữa hai cấp.",
     [(1990, "BM3-1.4"), (1700, "BM3-1.4.1"), (290, "BM3-1.4.3"), (64, "BM3-2.2")],
     "liên thông giữa hai cấp; a level part is no subject of the next verb"),
    ("so_nganh", "Theo danh mục, Sở Y tế có 94 thủ tục, Sở Tài chính 61 thủ tục không phụ thuộc địa giới hành chính.",
     [(94, None), (61, None)], "one named body's procedures are a part of a level's row"),
    ("tinh", "Tỉnh đang áp dụng 1.870 TTHC, trong đó 212 thủ tục đã được đơn giản hóa.",
     [(1870, "BM3-1.4"), (212, None)], "procedures said simplified are done, not an approved plan (BM3-1.1)"),
    ("huyen", "Kiểm tra đột xuất 9 cơ quan, đoàn ghi nhận 58 người có mặt, 7 người vắng.",
     [(9, None), (58, None), (7, None)], "people present at a check are no staffing row (BM4-2.2)"),
    ("tinh", "Theo Giám đốc Trung tâm Phục vụ hành chính công tỉnh, tỉnh đang quản lý 1.688 TTHC.",
     [(1688, "BM3-1.4")], "who says it (Theo ...,) is no scope of the figure"),
    ("tinh", "Phường Tân An có tỷ lệ hồ sơ nộp trực tuyến cao nhất với 97,6%.",
     [(97.6, None)], "a sentence naming a unit names no issuer: one unit's rate in a province's report"),
    # online services
    ("tinh", "Tỉnh đang cung cấp 1.260 dịch vụ công trực tuyến mức độ 3, 4, trong đó 980 dịch vụ mức độ 4.",
     [(1260, "BM7-6.3.1"), (980, "BM7-6.2.2")], "levels 3 and 4 together are BM7-6.3.1"),
    ("tinh", "Đã có 1.045 dịch vụ công trực tuyến mức độ 3, 4 được đồng bộ lên Cổng Dịch vụ công quốc gia.",
     [(1045, "BM7-6.3.2")], "level 3-4 services synchronised with the national portal"),
    ("tinh", "Tỷ lệ khai thác, tái sử dụng dữ liệu trên Cổng Dịch vụ công quốc gia đạt 71,3%.",
     [(71.3, None)], "reuse of data on the portal is no online receipt"),
    ("tinh", "Đến cuối tháng, tỷ lệ xử lý hồ sơ trực tuyến đạt 90,2%.",
     [(90.2, None)], "dossiers processed online are no online receipt"),
    ("xa", "Trung tâm đã xử lý 1.430 hồ sơ trong tháng.",
     [(1430, None)], "dossiers handled are not said settled"),
    ("xa", "Từ ngày 1 đến 10/8, phường tiếp nhận và xử lý 812 hồ sơ.",
     [(812, None)], "'tiếp nhận và xử lý N' counts dossiers received (no online part: no row)"),
    ("xa", "Phường tiếp nhận 410 hồ sơ, 96,1% trong số đó được nộp trực tuyến.",
     [(410, None), (96.1, None)], "an online part given only as a share: no split into counts"),
    ("tinh", "Tỷ lệ giải quyết TTHC đúng hạn của cơ quan cấp tỉnh đạt 98,6%, UBND cấp huyện đạt 97,2%.",
     [(98.6, "BM3-3.1"), (97.2, "BM3-3.2")], "'giải quyết TTHC' in a rate label: a rate of dossiers"),
    # counted nouns
    ("huyen", "UBND huyện khen thưởng 7 tập thể và 12 cá nhân có thành tích trong công tác CCHC.",
     [(7, None), (12, None)], "groups and persons rewarded"),
    ("tinh", "Trong năm, tỉnh đã cấp 8.450 chữ ký số cho người dân và kết nối 17 cơ sở dữ liệu chuyên ngành.",
     [(8450, None), (17, None)], "digital signatures and databases counted"),
    ("tinh", "Trung tâm tiếp nhận TTHC thuộc 23 lĩnh vực của các sở.",
     [(23, None)], "fields of procedures"),
    ("tinh", "Các bộ đã cắt giảm, đơn giản hóa 310 quy định kinh doanh.",
     [(310, None)], "business regulations"),
]


@pytest.mark.parametrize("level,text,expected,rule", RULES)
def test_rule(level, text, expected, rule):
    got = facts_of({"case_id": "R", "text": text, "doc_level": level})
    assert Counter((round(o.value, 6), o.indicator_code) for o in got) == \
        Counter((round(float(v), 6), c) for v, c in expected), rule

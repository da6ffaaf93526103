"""Report specs h01-h04."""
from model import TB, Table, Report, V, pct

KG = ["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"]


def h01():
    b1 = TB(1)
    b1.roman("I", "Công tác chỉ đạo điều hành CCHC")
    b1.r("1", 6, label="Số văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị, công văn chỉ đạo)")
    b1.r("2", pct(9, 58), label="Tỷ lệ hoàn thành KH CCHC năm (lũy kế đến thời điểm báo cáo)")
    b1.r("2.1", 58, label="Số nhiệm vụ đề ra trong KH")
    b1.r("2.2", 9)
    b1.g("3")
    b1.r("3.1", 4, label="Số sở, ban, ngành đã kiểm tra")
    b1.r("3.2", 3, label="Số UBND huyện, thành phố đã kiểm tra")
    b1.r("3.3", pct(5, 12))
    b1.r("3.3.1", 12, label="Tổng số vấn đề phát hiện qua KT")
    b1.r("3.3.2", 5, label="Số vấn đề đã xử lý xong", note="Các đơn vị còn lại đang khắc phục")
    b1.g("4", label="Thanh tra việc thực hiện quy định pháp luật về tuyển dụng, quản lý, sử dụng CC, VC và tổ chức bộ máy (thuộc thẩm quyền Sở Nội vụ)")
    b1.r("4.1", 2)
    b1.r("4.2", 50)
    b1.g("5", label="Thực hiện nhiệm vụ Chính phủ, Thủ tướng CP giao")
    b1.r("5.1", 31)
    b1.r("5.2", 24)
    b1.r("5.3", 3)
    b1.r("5.4", 1)
    b1.r("6", 1, label="Khảo sát sự hài lòng của người dân, tổ chức", unit="Có = 1; Không = 0")
    b1.r("6.1", 5300, note=("Khảo sát trực tuyến qua Cổng Dịch vụ công của tỉnh và phát phiếu trực tiếp tại "
                            "Trung tâm Phục vụ hành chính công tỉnh, Bộ phận một cửa cấp huyện, cấp xã; đã thu về "
                            "5.300/6.000 phiếu phát ra, số phiếu còn lại tiếp tục thu trong quý II/2025 và tổng hợp "
                            "kết quả chung trong Báo cáo năm"))
    b1.r("6.2", 2, unit="Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2")
    b1.r("7", 1, unit="Không = 0; Có = 1")
    t1 = Table(1, "Biểu mẫu 1", "Công tác chỉ đạo điều hành CCHC", "s000", ["Số liệu"], 0, b1.rows,
               period_label="Báo cáo cải cách hành chính quý I/2025", long_note_row=None, sheet="Biểu mẫu 1")
    t1.long_note_row = [i for i, r in enumerate(t1.rows) if r.stt == "6.1"][0]

    b2 = TB(2)
    b2.roman("II", "Cải cách thể chế")
    b2.r("1", 21, label="Tổng số VBQPPL do địa phương ban hành")
    b2.r("1.1", 9)
    b2.r("1.2", 12)
    b2.r("1.3", None)
    b2.g("2")
    b2.r("2.1", 15)
    b2.r("2.2", pct(2, 3))
    b2.r("2.2.1", 3)
    b2.r("2.2.2", 2, note="01 văn bản đang dự thảo thay thế")
    b2.g("3")
    b2.r("3.1", 47, label="Số VBQPPL đã rà soát thuộc thẩm quyền cấp tỉnh")
    b2.r("3.2", 100)
    b2.r("3.2.1", 6)
    b2.r("3.2.2", 6)
    t2 = Table(2, "Biểu mẫu 2", "Cải cách thể chế", "s000", ["Số liệu"], 0, b2.rows,
               period_label="Báo cáo cải cách hành chính quý I/2025")

    b3 = TB(3)
    b3.roman("III", "Cải cách thủ tục hành chính")
    b3.g("1", label="Thống kê thủ tục hành chính")
    b3.r("1.1", 12)
    b3.r("1.2", 48)
    b3.r("1.3", 35, label="Số TTHC bãi bỏ, thay thế")
    b3.r("1.4", 1912)
    b3.r("1.4.1", 1389, label="Số TTHC cấp tỉnh (bao gồm cả TTHC của cơ quan ngành dọc)")
    b3.r("1.4.2", 356)
    b3.r("1.4.3", 167)
    b3.g("2")
    b3.r("2.1", 27)
    b3.r("2.2", 64)
    b3.r("2.3", 310, label="Số TTHC tiếp nhận, giải quyết hồ sơ không phụ thuộc địa giới hành chính")
    b3.g("3")
    b3.r("3.1", pct(101264, 102433), label="Tỷ lệ hồ sơ TTHC do sở, ngành tiếp nhận được giải quyết đúng hạn")
    b3.r("3.1.1", 102433, label="Tổng số HS TTHC đã giải quyết xong")
    b3.r("3.1.2", 101264, label="Số HS TTHC giải quyết đúng hạn")
    b3.r("3.2", pct(57902, 58716))
    b3.r("3.2.1", 58716, label="Tổng số HS TTHC đã giải quyết xong")
    b3.r("3.2.2", 57902, label="Số HS TTHC giải quyết đúng hạn")
    b3.r("3.3", pct(40995, 41087))
    b3.r("3.3.1", 41087, label="Tổng số HS TTHC đã giải quyết xong")
    b3.r("3.3.2", 40995, label="Số HS TTHC giải quyết đúng hạn")
    b3.r("3.4", pct(35, 37), label="Tỷ lệ giải quyết PAKN về quy định TTHC")
    b3.r("3.4.1", 37, label="Tổng số PAKN đã tiếp nhận")
    b3.r("3.4.2", 35, note="02 PAKN đang xác minh")
    t3 = Table(3, "Biểu mẫu 3", "Cải cách thủ tục hành chính", "s000", ["Số liệu"], 0, b3.rows,
               period_label="Báo cáo cải cách hành chính quý I/2025")

    b6 = TB(6)
    b6.roman("VI", "Cải cách tài chính công")
    b6.r("1", pct(1127546, 6254381))
    b6.r("1.1", 6254381)
    b6.r("1.2", 1127546, label="Đã thực hiện (giải ngân)")
    b6.g("2", label="Thực hiện tự chủ tài chính của ĐVSN tại địa phương (lũy kế đến thời điểm báo cáo)")
    b6.r("2.1", 797)
    b6.r("2.2", 9)
    b6.r("2.3", 46)
    b6.r("2.4", 211)
    b6.r("2.4.1", 5, label="Tự bảo đảm từ 70% - dưới 100% chi thường xuyên")
    b6.r("2.4.2", 118, label="Tự bảo đảm từ 30% - dưới 70% chi thường xuyên")
    b6.r("2.4.3", 88, label="Tự bảo đảm từ 10% - dưới 30% chi thường xuyên")
    b6.r("2.5", 531)
    b6.r("2.6", 0)
    t6 = Table(6, "Biểu mẫu 6", "Cải cách tài chính công", "s000", ["Số liệu"], 0, b6.rows,
               period_label="Báo cáo cải cách hành chính quý I/2025")

    rep = Report(
        rid="h01", issuer=KG, number="98/BC-UBND", place_date="Kiên Giang, ngày 14 tháng 3 năm 2025",
        title=["BÁO CÁO", "Công tác cải cách hành chính quý I và phương hướng, nhiệm vụ quý II năm 2025"],
        paras=["Thực hiện Công văn số 581/BNV-CCHC ngày 21/02/2022 của Bộ Nội vụ về việc hướng dẫn thực hiện "
               "chế độ báo cáo cải cách hành chính định kỳ, Ủy ban nhân dân tỉnh Kiên Giang báo cáo kết quả "
               "công tác cải cách hành chính (CCHC) quý I năm 2025 như sau:",
               "Trong quý, Ủy ban nhân dân tỉnh ban hành 06 văn bản chỉ đạo, điều hành về CCHC; đã hoàn thành "
               "09/58 nhiệm vụ của Kế hoạch CCHC năm 2025, đạt 15,52%. Tỷ lệ hồ sơ do các sở, ngành tiếp nhận "
               "được giải quyết đúng hạn đạt 98,86%. Số liệu chi tiết tại Phụ lục kèm theo."],
        tables=[t1, t2, t3, t6],
        annex_title=["PHỤ LỤC", "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I/2025",
                     "CỦA ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
                     "(Kèm theo Báo cáo số 98/BC-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Kiên Giang)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Quốc Anh"],
        unit="tỉnh Kiên Giang (before the 2025 merger)", period="2025-Q1", issue_date="2025-03-14",
        opts=dict(docx_header="table", txt_breaks={0: [16], 2: [14]}, txt_split_notes=True),
    )
    return rep


def h02():
    # district 2024, seed-002 layout with local renumbering + year-comparison tables
    b3 = TB(3, dots=True)
    b3.g("1", label="Thống kê TTHC")
    b3.r("1.1", "Không")
    b3.r("1.2", None)
    b3.r("1.3", None)
    b3.r("1.4", 501, label="Tổng số TTHC thuộc thẩm quyền giải quyết tại huyện")
    b3.r("1.4.1", None, p="1.", italic=True, label="Số TTHC cấp tỉnh (bao gồm TTHC ngành dọc)")
    b3.r("1.4.2", 345, p="2.", italic=True, label="Số TTHC cấp huyện (bao gồm TTHC ngành dọc)", note="31 TTHC ngành dọc")
    b3.r("1.4.3", 156, p="3.", italic=True, label="Số TTHC cấp xã (bao gồm TTHC ngành dọc)", note="09 TTHC ngành dọc")
    b3.g("2", label="Thực hiện cơ chế một cửa, một cửa liên thông")
    b3.r("2.1", V(8, "08"))
    b3.r("2.2", 22)
    b3.r("2.3", "x", label="Số TTHC tiếp nhận và giải quyết không phụ thuộc địa giới hành chính",
         note="Thực hiện theo danh mục của tỉnh")
    b3.g("3", label="Kết quả giải quyết TTHC")
    b3.r("3.2", pct(4160, 4187), label="Tỷ lệ hồ sơ TTHC do UBND huyện tiếp nhận được giải quyết đúng hạn")
    b3.r("3.2.1", 4187, p="1.", italic=True, label="Tổng số hồ sơ đã giải quyết xong")
    b3.r("3.2.2", 4160, p="2.", italic=True, label="Số hồ sơ giải quyết đúng hạn")
    b3.r("3.3", pct(19618, 19642), label="Tỷ lệ hồ sơ TTHC do UBND các xã, thị trấn tiếp nhận được giải quyết đúng hạn")
    b3.r("3.3.1", 19642, p="1.", italic=True, label="Tổng số hồ sơ đã giải quyết xong")
    b3.r("3.3.2", 19618, p="2.", italic=True, label="Số hồ sơ giải quyết đúng hạn")
    b3.r("3.4", 100, label="Tỷ lệ giải quyết PAKN về quy định TTHC")
    b3.r("3.4.1", V(3, "03"), p="1.", label="Tổng số PAKN đã tiếp nhận")
    b3.r("3.4.2", V(3, "03"), p="2.", label="Số PAKN đã giải quyết xong")
    t3 = Table(3, "Biểu mẫu 3", "Cải cách thủ tục hành chính", "s002", ["Số liệu"], 0, b3.rows,
               label_head="Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")

    def cmp(a, b):
        return pct(b, a) if a else None

    b4 = TB(4, dots=True)
    b4.g("1")
    b4.r("1.2", [100, 100, None], label="Tỷ lệ phòng chuyên môn thuộc UBND huyện đã sắp xếp đáp ứng tiêu chí theo quy định")
    b4.r("1.5", [31, 28, cmp(31, 28)], label="Tổng số ĐVSNCL trên địa bàn huyện")
    b4.r("1.5.3", [31, 28, cmp(31, 28)], label="Số ĐVSNCL thuộc UBND huyện")
    b4.r("1.5.4", [8.82, 17.65, None], label="Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015")
    b4.g("2")
    b4.r("2.1", [78, 76, cmp(78, 76)])
    b4.r("2.2", [74, 71, cmp(74, 71)])
    b4.r("2.3", [6, 5, cmp(6, 5)], label="Số HĐLĐ làm việc tại các cơ quan hành chính")
    b4.r("2.4", [2, 3, cmp(2, 3)])
    b4.r("2.5", [10.34, 12.64, None], label="Tỷ lệ % biên chế đã tinh giản so với năm 2015")
    b4.g("3", label="Số người làm việc hưởng lương từ NSNN tại các ĐVSNCL")
    b4.r("3.1", [612, 598, cmp(612, 598)])
    b4.r("3.2", [590, 577, cmp(590, 577)])
    b4.r("3.3", [5, 9, cmp(5, 9)])
    b4.r("3.4", [9.1, 10.5, None])
    t4 = Table(4, "Biểu mẫu 4", "Cải cách tổ chức bộ máy", "multi", ["Năm 2023", "Năm 2024", "So sánh (%)"], 1,
               b4.rows, period_label="Kết quả thực hiện")

    b5 = TB(5, dots=True)
    b5.g("1")
    b5.r("1.1", 12, label="Số cơ quan hành chính đã được phê duyệt vị trí việc làm")
    b5.r("1.2", 27, label="Số ĐVSN đã được phê duyệt vị trí việc làm")
    b5.r("1.3", 0)
    b5.g("2")
    b5.r("2.1", V(4, "04"))
    b5.r("2.2", None)
    b5.r("2.3", 0)
    b5.r("2.4", 38, note="Viên chức giáo dục")
    b5.r("2.5", 0)
    b5.r("3", V(2, "02"))
    b5.r("4", V(3, "03"))
    b5.r("4.1", None)
    b5.r("4.2", 0)
    b5.r("4.3", V(1, "01"))
    b5.r("4.4", V(2, "02"))
    t5 = Table(5, "Biểu mẫu 5", "Cải cách chế độ công vụ", "s002", ["Số liệu"], 0, b5.rows,
               label_head="Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")

    b7 = TB(7, dots=True)
    b7.r("1", [1, 1, None], label="Cập nhật Kiến trúc chính quyền điện tử phiên bản mới nhất")
    b7.r("3", [100, 100, None])
    b7.g("5")
    b7.r("5.1.3", [100, 100, None], label="Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND huyện")
    b7.r("5.2.2", [98.5, 99.2, None], label="Tỷ lệ sử dụng VB điện tử của UBND huyện")
    b7.r("5.2.3", [96.27, 98.4, None], label="Tỷ lệ sử dụng VB điện tử của UBND các xã, thị trấn")
    b7.r("5.3.3", [100, 100, None], label="Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống một cửa điện tử")
    b7.g("6")
    b7.r("6.4", [pct(15102, 21356), pct(20118, 23804), None],
         label="Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến (mức độ 3 và 4)")
    b7.r("6.4.1", [21356, 23804, cmp(21356, 23804)], label="Tổng số hồ sơ đã tiếp nhận (trực tiếp và trực tuyến)")
    b7.r("6.4.2", [15102, 20118, cmp(15102, 20118)], label="Số hồ sơ đã tiếp nhận trực tuyến")
    t7 = Table(7, "Biểu mẫu 7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "multi",
               ["Năm 2023", "Năm 2024", "So sánh (%)"], 1, b7.rows, period_label="Kết quả thực hiện")

    rep = Report(
        rid="h02", issuer=["ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ"], number="352/BC-UBND",
        place_date="Cầu Kè, ngày 13 tháng 12 năm 2024",
        title=["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính năm 2024", "trên địa bàn huyện Cầu Kè"],
        paras=["Thực hiện Kế hoạch số 112/KH-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh Trà Vinh về cải cách "
               "hành chính năm 2024, Ủy ban nhân dân huyện Cầu Kè báo cáo kết quả thực hiện công tác cải cách "
               "hành chính năm 2024 như sau:",
               "Năm 2024, Bộ phận một cửa huyện và các xã, thị trấn đã giải quyết xong 23.829 hồ sơ; tỷ lệ hồ sơ "
               "tiếp nhận trực tuyến đạt 84,52%. Số liệu thống kê theo các Biểu mẫu kèm theo."],
        tables=[t3, t4, t5, t7],
        annex_title=["BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH", "Thời gian: Năm 2024",
                     "(Ban hành kèm theo Báo cáo số 352/BC-UBND ngày 13/12/2024 của Ủy ban nhân dân huyện Cầu Kè)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Thạch Sô Phanh"],
        unit="huyện Cầu Kè, tỉnh Trà Vinh", period="2024", issue_date="2024-12-13",
        opts=dict(docx_header="pageheader", html_omit_end=True),
    )
    return rep


def h03():
    # Sở Nội vụ, 6 months 2025, en-style numbers (comma thousands, dot decimal) everywhere
    cols = ["Kỳ trước", "Kỳ này"]
    b1 = TB(1)
    b1.r("1", [5, 8], label="Số văn bản chỉ đạo CCHC đã ban hành")
    b1.r("2", [100, pct(21, 46)], label="Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế)")
    b1.r("2.1", [41, 46])
    b1.r("2.2", [41, 21])
    b1.g("4", label="Thanh tra công vụ, tuyển dụng, quản lý, sử dụng CCVC và tổ chức bộ máy")
    b1.r("4.1", [6, 4], label="Số cơ quan, đơn vị được thanh tra")
    b1.r("4.2", [83.33, 75])
    b1.r("6", [1, 1], unit="Có = 1; Không = 0")
    b1.r("6.1", [12480, 6120])
    b1.r("6.2", [0, 0], unit="Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2")
    t1 = Table(1, "Biểu mẫu 1", "Công tác chỉ đạo điều hành CCHC", "multi", cols, 1, b1.rows,
               period_label="Số liệu thống kê", label_head="Nội dung")

    b4 = TB(4)
    b4.g("1")
    b4.r("1.1", [100, 100])
    b4.r("1.2", [100, 100])
    b4.r("1.3", [3, 3], label="Số ban quản lý trực thuộc UBND tỉnh")
    b4.r("1.4", [27, 19], label="Số tổ chức phối hợp liên ngành do cấp tỉnh thành lập",
         note="Giải thể 08 tổ chức phối hợp liên ngành theo chủ trương sắp xếp")
    b4.r("1.5", [1046, 1001])
    b4.r("1.5.1", [12, 11])
    b4.r("1.5.2", [248, 231])
    b4.r("1.5.3", [786, 759])
    b4.r("1.5.4", [14.93, 18.61])
    b4.g("2", label="Biên chế công chức")
    b4.r("2.1", [2356, 2290])
    b4.r("2.2", [2214, 2147])
    b4.r("2.3", [318, 301], label="Số hợp đồng lao động làm việc tại cơ quan, tổ chức hành chính")
    b4.r("2.4", [21, 67])
    b4.r("2.5", [11.62, 14.27])
    b4.g("3")
    b4.r("3.1", [28416, 28416])
    b4.r("3.2", [27118, 26904], label="Tổng số người làm việc có mặt tại thời điểm báo cáo (ĐVSNCL)")
    b4.r("3.3", [143, 214])
    b4.r("3.4", [10.87, 11.53])
    t4 = Table(4, "Biểu mẫu 4", "Cải cách tổ chức bộ máy", "multi", cols, 1, b4.rows,
               period_label="Số liệu thống kê", label_head="Nội dung")

    b5 = TB(5)
    b5.g("2")
    b5.r("2.1", [37, 12], label="Số CC được tuyển dụng (thi tuyển, xét tuyển)")
    b5.r("2.2", [0, 0])
    b5.r("2.3", [4, "Không"], label="Số CB, CC cấp xã được xét chuyển thành CC cấp huyện trở lên")
    b5.r("2.4", [1284, 356], label="Số VC được tuyển dụng (thi tuyển, xét tuyển)")
    b5.r("2.5", [2, 1])
    b5.r("3", [3, None], label="Số lãnh đạo quản lý được tuyển chọn, bổ nhiệm qua thi tuyển (lũy kế từ đầu năm)")
    b5.r("4", [19, 11])
    b5.r("4.1", [0, 0])
    b5.r("4.2", [1, 2])
    b5.r("4.3", [3, 1])
    b5.r("4.4", [15, 8])
    t5 = Table(5, "Biểu mẫu 5", "Cải cách chế độ công vụ", "multi", cols, 1, b5.rows,
               period_label="Số liệu thống kê", label_head="Nội dung")

    b6 = TB(6)
    b6.r("1", [pct(7104332.18, 7830415), pct(3279886.52, 7830415)],
         label="Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch")
    b6.r("1.1", [7830415, 7830415], label="Kế hoạch vốn được giao")
    b6.r("1.2", [7104332.18, 3279886.52], label="Đã giải ngân",
         note="Số liệu giải ngân của Kho bạc Nhà nước khu vực đến ngày 10/6/2025; bao gồm vốn ngân sách "
              "địa phương 2,146,904.3 triệu đồng và vốn ngân sách trung ương hỗ trợ có mục tiêu")
    b6.g("2")
    b6.r("2.1", [1046, 1001], label="Tổng số ĐVSN công lập")
    b6.r("2.2", [14, 14])
    b6.r("2.3", [77, 79])
    b6.r("2.4", [238, 231])
    b6.r("2.4.1", [9, 9])
    b6.r("2.4.2", [131, 127])
    b6.r("2.4.3", [98, 95])
    b6.r("2.5", [717, 677])
    b6.r("2.6", [0, 0])
    t6 = Table(6, "Biểu mẫu 6", "Cải cách tài chính công", "multi", cols, 1, b6.rows,
               period_label="Số liệu thống kê", label_head="Nội dung")
    t6.long_note_row = [i for i, r in enumerate(t6.rows) if r.stt == "1.2"][0]

    rep = Report(
        rid="h03", issuer=["UBND TỈNH ĐỒNG THÁP", "SỞ NỘI VỤ"], number="187/BC-SNV",
        place_date="Đồng Tháp, ngày 16 tháng 6 năm 2025",
        title=["BÁO CÁO", "Tình hình, kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025",
               "của tỉnh Đồng Tháp"],
        paras=["Thực hiện chế độ báo cáo cải cách hành chính định kỳ, Sở Nội vụ tổng hợp, báo cáo kết quả thực "
               "hiện công tác cải cách hành chính 6 tháng đầu năm 2025 trên địa bàn tỉnh Đồng Tháp như sau:",
               "Trong kỳ, tỉnh giải ngân 3,279,886.52 triệu đồng vốn đầu tư công, đạt 41.89% kế hoạch; tổng số "
               "biên chế công chức có mặt là 2,147 người. Các số liệu kỳ trước (6 tháng cuối năm 2024) được "
               "thống kê để so sánh."],
        tables=[t1, t4, t5, t6], style="en",
        annex_title=["THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2025",
                     "(Kèm theo Báo cáo số 187/BC-SNV ngày 16 tháng 6 năm 2025 của Sở Nội vụ tỉnh Đồng Tháp)"],
        signer=["GIÁM ĐỐC", "", "Nguyễn Văn Phúc"],
        unit="Sở Nội vụ tỉnh Đồng Tháp (reports for the pre-merger province)", period="2025-H1",
        issue_date="2025-06-16",
        opts=dict(docx_header="sdt", xlsx_numbers="mixed"),
    )
    rep.caption = rep.annex_title[-1]
    return rep


def h04():
    AG = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"]
    b2 = TB(2)
    b2.r("1", 64, label="Tổng số VBQPPL do địa phương ban hành")
    b2.r("1.1", 52, label="Do cấp tỉnh ban hành")
    b2.r("1.2", 12, label="Do cấp huyện ban hành", note="Ban hành trước ngày 01/7/2025")
    b2.r("1.3", 0, label="Do cấp xã ban hành")
    b2.g("2")
    b2.r("2.1", 38)
    b2.r("2.2", pct(4, 5))
    b2.r("2.2.1", 5)
    b2.r("2.2.2", 4)
    b2.g("3")
    b2.r("3.1", 1126, label="Số VBQPPL đã rà soát thuộc thẩm quyền của cấp tỉnh",
         note="Rà soát phục vụ sắp xếp đơn vị hành chính")
    b2.r("3.2", pct(287, 312))
    b2.r("3.2.1", 312)
    b2.r("3.2.2", 287)
    t2 = Table(2, "Biểu mẫu 2", "Cải cách thể chế", "flat", ["Số liệu"], 0, b2.rows, label_head="Nội dung")

    cols = ["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    b3 = TB(3)
    b3.g("1")
    b3.r("1.1", [40, 36, pct(36, 40)])
    b3.r("1.2", [None, 187, None])
    b3.r("1.3", [None, 142, None])
    b3.r("1.4", [None, 2104, None])
    b3.r("1.4.1", [None, 1672, None])
    b3.r("1.4.2", [None, 0, None], note="Không tổ chức cấp huyện từ 01/7/2025")
    b3.r("1.4.3", [None, 432, None])
    b3.g("3")
    b3.r("3.1", [98, pct(268512, 271630), pct(pct(268512, 271630), 98)])
    b3.r("3.1.1", [None, 271630, None])
    b3.r("3.1.2", [None, 268512, None])
    b3.r("3.2", [98, pct(96338, 97411), pct(pct(96338, 97411), 98)], note="Số liệu từ 01/01 đến 30/6/2025")
    b3.r("3.2.1", [None, 97411, None])
    b3.r("3.2.2", [None, 96338, None])
    b3.r("3.3", [98, pct(402766, 404120), pct(pct(402766, 404120), 98)])
    b3.r("3.3.1", [None, 404120, None])
    b3.r("3.3.2", [None, 402766, None])
    b3.r("3.4", [100, pct(58, 61), pct(pct(58, 61), 100)])
    b3.r("3.4.1", [None, 61, None])
    b3.r("3.4.2", [None, 58, None])
    t3 = Table(3, "Biểu mẫu 3", "Cải cách thủ tục hành chính", "multi", cols, 1, b3.rows,
               period_label="9 tháng năm 2025", label_head="Nội dung")

    b6 = TB(6)
    b6.r("1", [100, pct(9184227, 17930562), None], label="Tỷ lệ giải ngân vốn đầu tư công")
    b6.r("1.1", [17930562, None, None], label="Kế hoạch vốn được giao")
    b6.r("1.2", [None, 9184227, pct(9184227, 17930562)], label="Đã giải ngân")
    b6.g("2")
    b6.r("2.1", [None, 1612, None])
    b6.r("2.2", [None, 21, None])
    b6.r("2.3", [None, 138, None])
    b6.r("2.4", [None, 402, None])
    b6.r("2.4.1", [None, 17, None])
    b6.r("2.4.2", [None, 236, None])
    b6.r("2.4.3", [None, 149, None])
    b6.r("2.5", [None, 1051, None])
    b6.r("2.6", [None, 0, None])
    t6 = Table(6, "Biểu mẫu 6", "Cải cách tài chính công", "multi", cols, 1, b6.rows,
               period_label="9 tháng năm 2025", label_head="Nội dung")

    b7 = TB(7)
    b7.r("1", "Chưa", label="Cập nhật kiến trúc CQĐT/CQS phiên bản mới nhất", unit="Chưa = 0; Hoàn thành = 1",
         note="Đang cập nhật theo địa giới mới")
    b7.r("2", 2)
    b7.r("3", 100)
    b7.r("4", 2, unit="Chưa = 0; Đang làm = 1; Hoàn thành = 2")
    b7.g("5")
    b7.r("5.1.1", 100)
    b7.r("5.1.3", 100, label="Tỷ lệ UBND cấp xã đã kết nối, liên thông với UBND tỉnh")
    b7.r("5.2.1", 99.41)
    b7.r("5.2.3", 97.86)
    b7.g("6")
    b7.r("6.4", pct(512380, 663204))
    b7.r("6.4.1", 663204)
    b7.r("6.4.2", 512380)
    b7.r("6.5", pct(391, 427))
    b7.r("6.5.1", 427)
    b7.r("6.5.2", 391)
    t7 = Table(7, "Biểu mẫu 7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "flat",
               ["Số liệu"], 0, b7.rows, label_head="Nội dung")

    rep = Report(
        rid="h04", issuer=AG, number="412/BC-UBND", place_date="An Giang, ngày 05 tháng 10 năm 2025",
        title=["BÁO CÁO", "Kết quả công tác cải cách hành chính 9 tháng đầu năm 2025",
               "và nhiệm vụ trọng tâm 3 tháng cuối năm 2025"],
        paras=["Ngày 01/7/2025, tỉnh An Giang (mới) chính thức hoạt động trên cơ sở hợp nhất tỉnh An Giang và "
               "tỉnh Kiên Giang; chính quyền địa phương được tổ chức theo mô hình hai cấp. Ủy ban nhân dân tỉnh "
               "báo cáo kết quả công tác cải cách hành chính 9 tháng đầu năm 2025 như sau:",
               "Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh là 2.104 thủ tục; giải ngân vốn "
               "đầu tư công đạt 51,22% kế hoạch. Các chỉ tiêu chi tiết được thống kê tại Biểu mẫu kèm theo."],
        tables=[t2, t3, t6, t7],
        annex_title=["THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH 9 THÁNG NĂM 2025",
                     "(Kèm theo Báo cáo số 412/BC-UBND ngày 05 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh An Giang)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Minh Khoa"],
        unit="tỉnh An Giang (after the 1 July 2025 merger)", period="2025-9M", issue_date="2025-10-05",
        opts=dict(docx_header="paragraphs", xlsx_numbers="mixed"),
    )
    rep.caption = rep.annex_title[-1]
    return rep

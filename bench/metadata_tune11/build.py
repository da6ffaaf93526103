"""Writes bench/metadata_tune11 (two thirds, tuned on) and bench/metadata_aside11 (every third
item, kept aside) from the openings below, written for issue #18 (round 4) as families of the
misses of bench/heldout13: a lead that names a higher unit only as the parent, actor, agent or
byline portal of a lower unit inside it (a provincial official checking or visiting a commune's
office; a district or ward ranked first in an index its city or province publishes; a bare
name in apposition with its type word under the higher unit's portal; a genitive with the
parent chain in brackets), and a lower unit that cannot be found on the day (no unit, never
its parent). Sentences written for this bench; names, dates and types are real, figures
invented.

    PYTHONPATH=. python bench/metadata_tune11/build.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASIDE = HERE.parent / "metadata_aside11"
FIELDS = ("file", "doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")

# (text, doc_type, doc_number, issue_date, unit_name, unit_level, province, period)
ITEMS = [
    # --- (1) a higher unit's official checks or visits a lower unit's office: the lower unit
    ("""Kiểm tra bộ phận một cửa ở xã mới

Báo Bắc Ninh - 04/11/2025

Sáng 3/11, Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh kiểm tra hoạt động tiếp nhận hồ sơ của xã Xuân Lương (tỉnh Bắc Ninh), nơi mỗi ngày có khoảng 70 lượt người dân đến giao dịch.

Đoàn đề nghị xã bố trí thêm cán bộ hướng dẫn nộp hồ sơ trực tuyến.""",
     "tin_bai", "", "2025-11-04", "xã Xuân Lương", "xa", "tỉnh Bắc Ninh", ""),
    ("""Lãnh đạo thành phố làm việc về cải cách hành chính

Cổng thông tin điện tử thành phố Cần Thơ - 18/04/2023

Chiều 17/4, Chủ tịch UBND thành phố Cần Thơ làm việc với UBND quận Ninh Kiều về tiến độ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của quận.

Quận cho biết tỷ lệ hồ sơ trực tuyến đã đạt trên 60%.""",
     "tin_bai", "", "2023-04-18", "quận Ninh Kiều", "huyen", "thành phố Cần Thơ", ""),
    ("""Thăm trung tâm hành chính công của phường

Báo Khánh Hòa - 22/09/2025

Phó Chủ tịch UBND tỉnh Khánh Hòa thăm Trung tâm phục vụ hành chính công của phường Bắc Nha Trang, nơi đang thí điểm ki-ốt tra cứu hồ sơ tự động.

Lãnh đạo tỉnh ghi nhận cách làm mới và đề nghị nhân rộng.""",
     "tin_bai", "", "2025-09-22", "phường Bắc Nha Trang", "xa", "tỉnh Khánh Hòa", ""),
    # --- (2) a lower unit ranked first in an index its higher unit publishes: the lower unit
    ("""Công bố chỉ số cải cách hành chính năm 2021

Hà Nội, 15/03/2022

Huyện Đông Anh đứng đầu khối quận, huyện, thị xã trong bảng xếp hạng chỉ số cải cách hành chính năm 2021 do UBND thành phố Hà Nội công bố sáng nay.

Nhiều đơn vị tăng hạng so với năm trước.""",
     "tin_bai", "", "2022-03-15", "huyện Đông Anh", "huyen", "thành phố Hà Nội", "2021"),
    ("""Chỉ số năng lực cạnh tranh cấp quận, huyện

Đà Nẵng - 09/05/2023

Quận Hải Châu có số điểm cao nhất trong bộ chỉ số năng lực cạnh tranh cấp quận, huyện năm 2022 được UBND thành phố Đà Nẵng công bố chiều 8/5.

Các quận còn lại xếp sau với khoảng cách nhỏ.""",
     "tin_bai", "", "2023-05-09", "quận Hải Châu", "huyen", "thành phố Đà Nẵng", "2022"),
    ("""Kết quả chấm điểm cải cách hành chính cấp huyện

Lâm Đồng, 20/02/2021

Thành phố Bảo Lộc đạt điểm cao nhất trong kết quả chấm điểm cải cách hành chính năm 2020 của các huyện, thành phố do UBND tỉnh Lâm Đồng công bố.

Đơn vị xếp cuối là huyện có điểm dưới 80.""",
     "tin_bai", "", "2021-02-20", "thành phố Bảo Lộc", "huyen", "tỉnh Lâm Đồng", "2020"),
    # --- (3) a bare name in apposition with its type word, under the higher unit's portal
    ("""Xã mới giải quyết hồ sơ đúng hạn

Cổng thông tin điện tử tỉnh Bắc Ninh - 12/10/2025

Tam Tiến, xã mới hình thành sau sắp xếp đơn vị hành chính, đã tiếp nhận hơn 3.000 hồ sơ trong quý đầu vận hành, không có hồ sơ trễ hạn.

Xã dự kiến mở rộng dịch vụ công trực tuyến toàn trình.""",
     "tin_bai", "", "2025-10-12", "xã Tam Tiến", "xa", "tỉnh Bắc Ninh", ""),
    ("""Phường trung tâm đẩy mạnh số hóa

Báo Khánh Hòa - 30/09/2025

Nha Trang, phường trung tâm của tỉnh Khánh Hòa sau sắp xếp, đã số hóa 85% kết quả giải quyết thủ tục hành chính.

Người dân được hướng dẫn cài đặt ứng dụng định danh điện tử.""",
     "tin_bai", "", "2025-09-30", "phường Nha Trang", "xa", "tỉnh Khánh Hòa", ""),
    ("""Quận trung tâm dẫn đầu dịch vụ công trực tuyến

Cổng thông tin điện tử thành phố Cần Thơ - 06/06/2024

Ninh Kiều, quận trung tâm của thành phố, có tỷ lệ hồ sơ nộp trực tuyến đạt 72%, cao nhất từ trước tới nay.

Quận tiếp tục giảm thời gian giải quyết hồ sơ đất đai.""",
     "tin_bai", "", "2024-06-06", "quận Ninh Kiều", "huyen", "thành phố Cần Thơ", ""),
    # --- (4) a genitive with the parent chain in brackets: the lower unit
    ("""Tổ công nghệ số về từng tổ dân phố

Vietnam.vn

Tất cả tổ dân phố của phường Hùng Vương (thành phố Phúc Yên, tỉnh Vĩnh Phúc) đã có tổ công nghệ số cộng đồng hỗ trợ người dân làm thủ tục trên môi trường mạng.

Tỷ lệ hồ sơ trực tuyến của phường đạt trên 50%.""",
     "tin_bai", "", "", "phường Hùng Vương", "xa", "tỉnh Vĩnh Phúc", ""),
    ("""Hỗ trợ người dân vùng cao nộp hồ sơ

Báo Quảng Trị - 14/10/2025

Nhiều bản của xã Dân Hóa (tỉnh Quảng Trị) đã có điểm hỗ trợ người dân nộp hồ sơ trực tuyến đặt tại nhà văn hóa.

Đoàn viên thanh niên trực hỗ trợ vào cuối tuần.""",
     "tin_bai", "", "2025-10-14", "xã Dân Hóa", "xa", "tỉnh Quảng Trị", ""),
    ("""Khu dân cư chung tay chuyển đổi số

Vĩnh Phúc, 11/08/2023

Các khu dân cư của phường Trưng Trắc (thành phố Phúc Yên, tỉnh Vĩnh Phúc) đã lập nhóm trên mạng xã hội để hướng dẫn người dân làm thủ tục trực tuyến.

Phường đặt mục tiêu 60% hồ sơ nộp trực tuyến.""",
     "tin_bai", "", "2023-08-11", "phường Trưng Trắc", "xa", "tỉnh Vĩnh Phúc", ""),
    # --- (5) a lower unit not found on the day: no unit, never its parent
    ("""Kiểm tra việc tiếp nhận hồ sơ ở cơ sở

Báo Nghệ An - 06/02/2026

Chiều 5/2, Chủ tịch UBND tỉnh Nghệ An kiểm tra việc tiếp nhận hồ sơ của xã Nghi Thạch (tỉnh Nghệ An), nơi người dân phản ánh thời gian chờ còn dài.

Đoàn yêu cầu rút ngắn thời gian trả kết quả.""",
     "tin_bai", "", "2026-02-06", "", "", "", ""),
    ("""Thôn nào cũng có tổ công nghệ số

Nghệ An, 20/01/2026

Tất cả các thôn của xã Hưng Đạo (tỉnh Nghệ An) đã có tổ công nghệ số cộng đồng đi từng nhà hướng dẫn cài ứng dụng định danh.

Tỷ lệ người dân kích hoạt tài khoản đạt 80%.""",
     "tin_bai", "", "2026-01-20", "", "", "", ""),
    ("""Trung tâm hành chính công cấp xã vận hành ổn định

Báo Nghệ An - 10/12/2025

Phó Chủ tịch UBND tỉnh Nghệ An làm việc với UBND xã Quỳnh Bảng (tỉnh Nghệ An) về việc vận hành trung tâm phục vụ hành chính công.

Xã kiến nghị bổ sung thiết bị số hóa hồ sơ.""",
     "tin_bai", "", "2025-12-10", "", "", "", ""),
    # --- (6) a bare headline name the lead takes up by its type word alone
    ("""Krông Pắc: hơn 90% hồ sơ được trả đúng hẹn

Báo Đắk Lắk - 12/01/2024

Năm 2023, Bộ phận Một cửa của UBND huyện tiếp nhận hơn 8.000 hồ sơ, trong đó 91% được trả kết quả đúng hẹn.

Huyện tiếp tục rà soát quy trình nội bộ.""",
     "tin_bai", "", "2024-01-12", "huyện Krông Pắc", "huyen", "tỉnh Đắk Lắk", "2023"),
    ("""Lục Ngạn tăng mạnh tỷ lệ hồ sơ trực tuyến

Báo Bắc Giang

Trong sáu tháng đầu năm 2022, huyện đã tiếp nhận gần 5.000 hồ sơ qua dịch vụ công trực tuyến, gấp đôi cùng kỳ năm trước.

Cán bộ một cửa hướng dẫn người dân tại nhà văn hóa thôn.""",
     "tin_bai", "", "", "huyện Lục Ngạn", "huyen", "tỉnh Bắc Giang", "2022-H1"),
    ("""Châu Thành: người dân hài lòng với bộ phận một cửa

Vietnam.vn - 20/12/2022

Năm 2022, Phó Chủ tịch UBND huyện cho biết 98% người dân được khảo sát hài lòng với cách phục vụ của cán bộ một cửa.

Huyện sẽ lắp thêm ki-ốt lấy số tự động.""",
     "tin_bai", "", "2022-12-20", "", "", "", "2022"),
    # --- (7) a report-like headline over a portal's long name and its date (60+ characters)
    ("""Kết quả thực hiện nhiệm vụ quý III năm 2023

Trang thông tin điện tử Sở Nội vụ tỉnh Quảng Ngãi, 02/10/2023

Sở Nội vụ tỉnh Quảng Ngãi vừa tổng kết nhiệm vụ quý III năm 2023, trong đó hoàn thành đúng hạn toàn bộ hồ sơ thủ tục hành chính thuộc thẩm quyền.

Sở tiếp tục rà soát, đơn giản hóa thủ tục.""",
     "tin_bai", "", "2023-10-02", "tỉnh Quảng Ngãi", "tinh", "tỉnh Quảng Ngãi", "2023-Q3"),
    ("""Tình hình giải quyết hồ sơ 6 tháng đầu năm 2022

Cổng thông tin điện tử Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh - 05/07/2022

Trong 6 tháng đầu năm 2022, Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh tiếp nhận 412 hồ sơ, không có hồ sơ trễ hạn.

Thời gian giải quyết bình quân giảm còn 3 ngày.""",
     "tin_bai", "", "2022-07-05", "tỉnh Hà Tĩnh", "tinh", "tỉnh Hà Tĩnh", "2022-H1"),
    ("""Tình hình cải cách hành chính 9 tháng năm 2024

Cổng thông tin điện tử Văn phòng UBND tỉnh Phú Yên - 28/09/2024

Văn phòng UBND tỉnh Phú Yên vừa đánh giá kết quả cải cách hành chính 9 tháng năm 2024, với tỷ lệ hồ sơ trực tuyến đạt 54%.

Văn phòng đề xuất thêm giải pháp hỗ trợ người dân.""",
     "tin_bai", "", "2024-09-28", "tỉnh Phú Yên", "tinh", "tỉnh Phú Yên", "2024-9M"),
    # --- (8) a lead on what a unit has now; the next paragraph opens on the period it reports
    ("""Người dân nộp hồ sơ mọi lúc, mọi nơi

Báo Đồng Nai - 10/07/2024

Bộ phận Một cửa của UBND huyện Long Thành hiện có 312 thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến, người dân có thể nộp hồ sơ bất cứ lúc nào.

Trong 6 tháng đầu năm, huyện đã tiếp nhận hơn 4.100 hồ sơ, phần lớn được giải quyết trước hạn.""",
     "tin_bai", "", "2024-07-10", "huyện Long Thành", "huyen", "tỉnh Đồng Nai", "2024-H1"),
    ("""Cổng dịch vụ công phủ khắp các cơ quan

Báo Cao Bằng

Cổng Dịch vụ công của tỉnh Cao Bằng hiện đã kết nối tới toàn bộ các sở, ngành và UBND cấp huyện, cấp xã, với hơn 1.700 dịch vụ công trực tuyến.

Riêng năm 2021, toàn tỉnh tiếp nhận hơn 300.000 hồ sơ, trong đó gần một phần tư nộp trực tuyến.""",
     "tin_bai", "", "", "tỉnh Cao Bằng", "tinh", "tỉnh Cao Bằng", "2021"),
    ("""Làm việc về phương án sắp xếp đơn vị hành chính

Báo Thanh Hóa

Sáng 3/4, đoàn công tác của tỉnh làm việc với thị xã Nghi Sơn về phương án sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.

Trong quý I/2025, thị xã đã giải quyết đúng hạn 99% hồ sơ thủ tục hành chính, không có hồ sơ tồn đọng.""",
     "tin_bai", "", "", "thị xã Nghi Sơn", "huyen", "tỉnh Thanh Hóa", "2025-Q1"),
    # --- (9) a programme's horizon or a document's issue date in the lead: no period
    ("""Quảng Ninh dành hơn 200 tỷ đồng cho chính quyền số

Báo Quảng Ninh - 15/04/2019

UBND tỉnh Quảng Ninh vừa phê duyệt đề án xây dựng chính quyền số đến năm 2020, tầm nhìn đến năm 2030, với tổng kinh phí hơn 200 tỷ đồng.

Đề án tập trung vào nền tảng dữ liệu dùng chung.""",
     "tin_bai", "", "2019-04-15", "tỉnh Quảng Ninh", "tinh", "tỉnh Quảng Ninh", ""),
    ("""Bộ Tư pháp đôn đốc cắt giảm thủ tục

Chinhphu.vn, 08/08/2024

Bộ Tư pháp vừa có văn bản đôn đốc các bộ, ngành thực hiện Nghị quyết số 02/NQ-CP được ban hành tháng 1/2024 về cải thiện môi trường kinh doanh.

Các bộ phải báo cáo trước ngày 15/9.""",
     "tin_bai", "", "2024-08-08", "", "", "", ""),
    ("""Tỉnh phê duyệt chiến lược chuyển đổi số

Báo Bình Phước - 21/06/2022

UBND tỉnh Bình Phước ban hành chiến lược chuyển đổi số với tầm nhìn đến năm 2035, ưu tiên dịch vụ công trực tuyến toàn trình.

Kinh phí thực hiện được bố trí hằng năm.""",
     "tin_bai", "", "2022-06-21", "tỉnh Bình Phước", "tinh", "tỉnh Bình Phước", ""),
    # --- (10) a fronted merger clause, then the unit with its role in its district in apposition
    ("""Thị trấn mở rộng, thủ tục nhanh hơn

Báo Nghệ An

Sau khi nhập thêm xã Đông Sơn, thị trấn Đô Lương, huyện lỵ của huyện Đô Lương (Nghệ An), có quy mô dân số tăng gần gấp đôi; nay 98% hồ sơ của thị trấn được giải quyết trực tuyến.

Thị trấn bố trí thêm cán bộ hướng dẫn tại bộ phận một cửa.""",
     "tin_bai", "", "", "thị trấn Đô Lương", "xa", "tỉnh Nghệ An", ""),
    ("""Thêm quầy tiếp nhận hồ sơ ở huyện lỵ

Báo Thanh Hóa - 03/03/2021

Sau khi nhập thêm hai xã lân cận, thị trấn Thường Xuân, huyện lỵ của huyện Thường Xuân (Thanh Hóa), đã bố trí thêm quầy tiếp nhận hồ sơ tại bộ phận một cửa.

Người dân không còn phải chờ lâu.""",
     "tin_bai", "", "2021-03-03", "thị trấn Thường Xuân", "xa", "tỉnh Thanh Hóa", ""),
    ("""Huyện lỵ sau sáp nhập đẩy mạnh dịch vụ công

Nghệ An, 12/10/2022

Sau khi nhập thêm một xã, thị trấn Hưng Nguyên, huyện lỵ của huyện Hưng Nguyên (Nghệ An), đã đưa toàn bộ thủ tục đủ điều kiện lên dịch vụ công trực tuyến.

Tỷ lệ hồ sơ trực tuyến đạt 70%.""",
     "tin_bai", "", "2022-10-12", "thị trấn Hưng Nguyên", "xa", "tỉnh Nghệ An", ""),
    # --- (11) a record over years in the lead (a rank or figure for each year): no one period
    ("""Bắc Giang bền bỉ cải cách hành chính

Báo Bắc Giang - 14/04/2023

Tỉnh Bắc Giang liên tục nằm trong nhóm dẫn đầu Chỉ số cải cách hành chính, xếp thứ 5 năm 2020, thứ 3 năm 2021 và thứ 2 năm 2022, nhờ đẩy mạnh số hóa hồ sơ.

Tỉnh đặt mục tiêu giữ vững thứ hạng.""",
     "tin_bai", "", "2023-04-14", "tỉnh Bắc Giang", "tinh", "tỉnh Bắc Giang", ""),
    ("""Hồ sơ trực tuyến tăng đều qua từng năm

Báo Hà Tĩnh

Tỷ lệ hồ sơ nộp trực tuyến của tỉnh Hà Tĩnh đạt 18% năm 2020, 31% năm 2021 và 47% năm 2022, theo thống kê của Văn phòng UBND tỉnh.

Người dân quen dần với dịch vụ công trực tuyến.""",
     "tin_bai", "", "", "tỉnh Hà Tĩnh", "tinh", "tỉnh Hà Tĩnh", ""),
    ("""Thứ hạng chỉ số hài lòng tăng liên tục

Báo Long An - 02/05/2024

Chỉ số hài lòng của người dân với tỉnh Long An đứng thứ 20 năm 2021, thứ 12 năm 2022, thứ 7 năm 2023, cao nhất từ trước tới nay.

Tỉnh sẽ mở rộng khảo sát tới cấp xã.""",
     "tin_bai", "", "2024-05-02", "tỉnh Long An", "tinh", "tỉnh Long An", ""),
    # --- (12) a headline's name after a demonym (Người X, Dân X), the lead taking it up by its
    # type word alone
    ("""Người Đà Nẵng nộp hồ sơ ở bất kỳ phường, xã nào

Tuổi Trẻ - 20/10/2025

UBND thành phố vừa cho phép người dân nộp hồ sơ đất đai tại bất kỳ trung tâm phục vụ hành chính công nào; thành phố cũng giảm một nửa phí cấp bản sao.

Quy định có hiệu lực ngay.""",
     "tin_bai", "", "2025-10-20", "thành phố Đà Nẵng", "tinh", "thành phố Đà Nẵng", ""),
    ("""Dân Cần Thơ được hẹn giờ làm thủ tục qua ứng dụng

Báo Cần Thơ - 11/03/2024

Từ tháng này, người dân có thể đặt lịch làm thủ tục tại bộ phận một cửa các cấp qua ứng dụng của thành phố, không phải xếp hàng chờ.

Ứng dụng đã có hơn 50.000 lượt tải.""",
     "tin_bai", "", "2024-03-11", "thành phố Cần Thơ", "tinh", "thành phố Cần Thơ", ""),
    ("""Người Huế làm thủ tục không cần giấy tờ đã có trong dữ liệu

Báo Thừa Thiên Huế - 05/08/2022

Phó Chủ tịch UBND tỉnh vừa yêu cầu các cơ quan không đòi người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu dân cư; tỉnh sẽ kiểm tra việc thực hiện hằng quý.

Người dân có thể phản ánh qua tổng đài.""",
     "tin_bai", "", "2022-08-05", "tỉnh Thừa Thiên Huế", "tinh", "tỉnh Thừa Thiên Huế", ""),
]


def main() -> None:
    for folder in (HERE, ASIDE):
        folder.mkdir(exist_ok=True)
        for old in folder.glob("[0-9][0-9][0-9][0-9].txt"):
            old.unlink()
    rows = {HERE: [], ASIDE: []}
    for i, (text, *gold) in enumerate(ITEMS):
        folder = ASIDE if i % 3 == 2 else HERE
        name = f"{1001 + i:04d}.txt"
        (folder / name).write_text(text.strip() + "\n", encoding="utf-8")
        rows[folder].append([name, *gold])
    for folder, got in rows.items():
        with (folder / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(FIELDS)
            w.writerows(got)


if __name__ == "__main__":
    main()

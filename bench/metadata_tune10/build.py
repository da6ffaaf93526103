"""Writes bench/metadata_tune10 (two thirds, tuned on) and bench/metadata_aside10 (every third
item, kept aside) from the openings below, written for issue #18 (round 3) as families of the
misses of bench/heldout12, each in forms other than the one seen: a short line between the
headline and the lead that carries the item's one date (bylines with an outlet in brackets,
stamps with weekdays, times, GMT, ``Đăng ngày``, ``Cập nhật``, an outlet and its place); an
undated item whose later lines name a year, which dates its units; a sentence adverb before
the lead's subject (``Hiện``, ``Hiện nay``, ``Đến nay``, ``Năm qua``, ``Thời gian gần đây``);
from the start of a year, quarter or month to a day, the year written once; a central or
provincial official visiting a unit (``Về thăm``, ``Tại buổi làm việc với UBND``, ``Kiểm tra
tại``, ``Làm việc với``, ``Thăm và làm việc tại``); a lead's own date is no issue date.
Sentences written for this bench; names, dates and types are real, figures invented.

    PYTHONPATH=. python bench/metadata_tune10/build.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASIDE = HERE.parent / "metadata_aside10"
FIELDS = ("file", "doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")

# (text, doc_type, doc_number, issue_date, unit_name, unit_level, province, period)
ITEMS = [
    # --- (1) a byline, a stamp or a dateline line holding the item's one date
    ("""Hơn 95% hồ sơ được giải quyết trước và đúng hạn

Minh Châu (Báo Bình Định) - 14/05/2022

Trong bốn tháng qua, tỉnh Bình Định tiếp nhận 52.300 hồ sơ thủ tục hành chính, trong đó 95,2% được giải quyết trước và đúng hạn.

Các sở, ngành đã gửi thư xin lỗi với mọi hồ sơ trễ hẹn.""",
     "tin_bai", "", "2022-05-14", "tỉnh Bình Định", "tinh", "tỉnh Bình Định", ""),
    ("""Bộ phận một cửa hiện đại đi vào hoạt động

Cập nhật: Thứ Năm, 09/11/2023 - 10:42 GMT+7

Huyện Krông Pắc (tỉnh Đắk Lắk) vừa đưa vào sử dụng bộ phận một cửa hiện đại, người dân lấy số thứ tự và đánh giá mức độ hài lòng qua máy tính bảng.

Mỗi ngày bộ phận tiếp nhận khoảng 150 hồ sơ.""",
     "tin_bai", "", "2023-11-09", "huyện Krông Pắc", "huyen", "tỉnh Đắk Lắk", ""),
    ("""Gần như mọi hồ sơ đều đúng hẹn trong quý đầu năm

Đăng ngày 05-06-2021 | 07:30

Quý I/2021, thị xã Sa Pa có 98,6% hồ sơ thủ tục hành chính được giải quyết đúng hạn, cao hơn cùng kỳ năm trước.

Thị xã đặt mục tiêu không còn hồ sơ trễ hạn vào cuối năm.""",
     "tin_bai", "", "2021-06-05", "thị xã Sa Pa", "huyen", "tỉnh Lào Cai", "2021-Q1"),
    ("""Đảo tiền tiêu chuyển đổi số trong giải quyết thủ tục

Hải Yến - Cổng TTĐT tỉnh Quảng Ngãi | 17.03.2024

Năm 2023, huyện Lý Sơn giải quyết 4.870 hồ sơ thủ tục hành chính, trong đó hơn 60% được nộp trực tuyến qua Cổng dịch vụ công quốc gia.

Huyện tiếp tục bố trí công chức hướng dẫn người dân tại bộ phận một cửa.""",
     "tin_bai", "", "2024-03-17", "huyện Lý Sơn", "huyen", "tỉnh Quảng Ngãi", "2023"),
    ("""Cắt giảm một phần ba thời gian giải quyết hồ sơ

Thứ Hai, 31/07/2023 08:15

Thành phố Hội An (Quảng Nam) đã cắt giảm 30% thời gian giải quyết thủ tục cấp phép xây dựng nhà ở riêng lẻ so với quy định.

Người dân được nhận kết quả tại nhà qua bưu điện.""",
     "tin_bai", "", "2023-07-31", "thành phố Hội An", "huyen", "tỉnh Quảng Nam", ""),
    ("""Nhiều cách làm mới ở vùng cao

NGUYỄN THẢO (Báo Hà Giang) – 02/10/2020

9 tháng năm 2020, tỉnh Hà Giang tiếp nhận 120.400 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 99,1%.

Nhiều xã vùng cao đã có điểm hỗ trợ người dân nộp hồ sơ trực tuyến.""",
     "tin_bai", "", "2020-10-02", "tỉnh Hà Giang", "tinh", "tỉnh Hà Giang", "2020-9M"),
    ("""Một năm vận hành Trung tâm Hành chính công

Bài và ảnh: Lê Vy | Báo Đồng Nai, 28/12/2019

Trong năm 2019, thành phố Biên Hòa đã tiếp nhận hơn 80.000 hồ sơ tại Trung tâm Hành chính công, tăng gần gấp đôi so với năm trước.

Thời gian chờ trung bình của người dân chỉ còn 12 phút.""",
     "tin_bai", "", "2019-12-28", "thành phố Biên Hòa", "huyen", "tỉnh Đồng Nai", "2019"),
    # --- (2) no issue date, a year named further down: the units as they were that year
    ("""Tổ hỗ trợ lưu động đến tận nhà dân

Thời gian qua, thị xã Hương Thủy đã tổ chức các tổ hỗ trợ lưu động giúp người cao tuổi nộp hồ sơ trực tuyến ngay tại nhà.

Từ tháng 3/2019 đến nay, các tổ đã hỗ trợ hơn 2.000 lượt hồ sơ.""",
     "tin_bai", "", "", "thị xã Hương Thủy", "huyen", "tỉnh Thừa Thiên Huế", ""),
    ("""Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất

Ủy ban nhân dân thị xã Hương Thủy vừa công bố quy trình mới, rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình.

Năm 2017, thời gian giải quyết trung bình là 25 ngày; đến năm 2019 chỉ còn 12 ngày.""",
     "tin_bai", "", "", "thị xã Hương Thủy", "huyen", "tỉnh Thừa Thiên Huế", ""),
    ("""Dịch vụ công trực tuyến mức độ 4 nhiều nhất từ trước đến nay

Tỉnh Thừa Thiên Huế đã đưa 1.200 dịch vụ công trực tuyến mức độ 4 lên Cổng dịch vụ công của tỉnh, nhiều nhất từ trước đến nay.

Kết quả được công bố tại hội nghị tổng kết tháng 1/2020.""",
     "tin_bai", "", "", "tỉnh Thừa Thiên Huế", "tinh", "tỉnh Thừa Thiên Huế", ""),
    ("""Khai trương trụ sở tiếp nhận hồ sơ mới

Huyện Côn Đảo đã khai trương Trung tâm Hành chính công mới, đặt tại khu trung tâm hành chính của huyện.

Công trình được khởi công từ năm 2021 và hoàn thành tháng 5/2022.""",
     "tin_bai", "", "", "huyện Côn Đảo", "huyen", "tỉnh Bà Rịa - Vũng Tàu", ""),
    # --- (3) a sentence adverb before the lead's subject, no comma
    ("""Gần 2.000 thủ tục tại một đầu mối

Báo Bến Tre - 10/01/2022

Hiện nay tỉnh Bến Tre có 1.850 thủ tục hành chính được tiếp nhận tại Trung tâm Phục vụ hành chính công, trong đó 1.120 thủ tục cung cấp trực tuyến toàn trình.

Người dân có thể theo dõi hồ sơ qua ứng dụng trên điện thoại.""",
     "tin_bai", "", "2022-01-10", "tỉnh Bến Tre", "tinh", "tỉnh Bến Tre", ""),
    ("""Số hóa hồ sơ còn hiệu lực

Báo Cần Thơ - 05/09/2023

Đến nay quận Cái Răng đã số hóa 85% hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính còn hiệu lực.

Quận phấn đấu hoàn thành trong năm.""",
     "tin_bai", "", "2023-09-05", "quận Cái Răng", "huyen", "thành phố Cần Thơ", ""),
    ("""Không để hồ sơ nằm ngoài hệ thống

Ngọc Anh (Báo Lai Châu) - 18/01/2024

Năm qua tỉnh Lai Châu duy trì 100% hồ sơ được tiếp nhận, xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Tỷ lệ hồ sơ trực tuyến tăng mạnh ở cấp xã.""",
     "tin_bai", "", "2024-01-18", "tỉnh Lai Châu", "tinh", "tỉnh Lai Châu", ""),
    ("""Xã biên giới cung cấp dịch vụ công trực tuyến

15/06/2022 | 09:10

Hiện tại xã Mường Nhé (huyện Mường Nhé) cung cấp 96 dịch vụ công trực tuyến, cán bộ xã hướng dẫn đồng bào cách nộp hồ sơ qua điện thoại.

Nhiều bản đã có sóng di động ổn định.""",
     "tin_bai", "", "2022-06-15", "xã Mường Nhé", "xa", "tỉnh Điện Biên", ""),
    ("""Lượng hồ sơ tăng mạnh tại trung tâm thành phố

Báo Quảng Ninh - 03/03/2021

Thời gian gần đây thành phố Hạ Long tiếp nhận trung bình 600 hồ sơ mỗi ngày tại Trung tâm Hành chính công.

Trung tâm đã bố trí thêm quầy tiếp nhận vào giờ cao điểm.""",
     "tin_bai", "", "2021-03-03", "thành phố Hạ Long", "huyen", "tỉnh Quảng Ninh", ""),
    # --- (4) from the start of a quarter, month or year to a day, the year written once
    ("""Hồ sơ đảo không phải vào đất liền

Báo Quảng Ngãi - 17/05/2022

Từ đầu quý II/2022 đến ngày 15/5, huyện Lý Sơn đã tiếp nhận 1.260 hồ sơ, không có hồ sơ nào phải chuyển vào đất liền để giải quyết.

Kết quả được trả qua dịch vụ bưu chính công ích.""",
     "tin_bai", "", "2022-05-17", "huyện Lý Sơn", "huyen", "tỉnh Quảng Ngãi", "2022-04-01/2022-05-15"),
    ("""Hơn 3.000 hồ sơ trong ba tuần

PV - 27/09/2023

Từ đầu tháng 9/2023 đến ngày 25/9, thành phố Đà Lạt tiếp nhận 3.140 hồ sơ thủ tục hành chính, chủ yếu về đất đai và hộ tịch.

Tỷ lệ hồ sơ đúng hạn đạt 99%.""",
     "tin_bai", "", "2023-09-27", "thành phố Đà Lạt", "huyen", "tỉnh Lâm Đồng", "2023-09-01/2023-09-25"),
    ("""Trực tuyến chiếm hơn một nửa hồ sơ

Báo Hậu Giang - 02/12/2021

Từ đầu năm đến ngày 30/11/2021, tỉnh Hậu Giang có 54% hồ sơ thủ tục hành chính được nộp trực tuyến, vượt chỉ tiêu đề ra.

Một số sở đạt trên 90%.""",
     "tin_bai", "", "2021-12-02", "tỉnh Hậu Giang", "tinh", "tỉnh Hậu Giang", "2021-01-01/2021-11-30"),
    ("""Huyện ven biển đẩy mạnh hồ sơ trực tuyến

Cập nhật 12/10/2024 14:05

Từ đầu năm 2024 đến hết ngày 10/10, huyện Cần Giờ đã tiếp nhận 9.870 hồ sơ, trong đó 7.210 hồ sơ nộp trực tuyến.

Huyện duy trì tổ hỗ trợ tại bộ phận một cửa.""",
     "tin_bai", "", "2024-10-12", "huyện Cần Giờ", "huyen", "thành phố Hồ Chí Minh", "2024-01-01/2024-10-10"),
    ("""Tỷ lệ đúng hạn cao nhất từ trước tới nay

Báo Kon Tum - 24/06/2019

Từ đầu năm 2019 - 20/6, tỉnh Kon Tum giải quyết đúng hạn 99,4% hồ sơ thủ tục hành chính.

Sở Nội vụ tiếp tục kiểm tra đột xuất các bộ phận một cửa.""",
     "tin_bai", "", "2019-06-24", "tỉnh Kon Tum", "tinh", "tỉnh Kon Tum", "2019-01-01/2019-06-20"),
    # --- (5) an official visiting a unit, the lead about that unit only
    ("""Bộ trưởng đề nghị huyện biên giới tháo gỡ khó khăn về hạ tầng số

Báo Điện Biên Phủ - 13/03/2023

Về thăm huyện Mường Nhé (tỉnh Điện Biên) ngày 12/3, Bộ trưởng Bộ Nội vụ đề nghị huyện tiếp tục đầu tư hạ tầng số phục vụ người dân nộp hồ sơ trực tuyến.

Bộ trưởng cũng thăm hỏi cán bộ bộ phận một cửa.""",
     "tin_bai", "", "2023-03-13", "huyện Mường Nhé", "huyen", "tỉnh Điện Biên", ""),
    ("""Thứ trưởng ghi nhận cách làm của huyện đảo

Chinhphu.vn - 06/04/2024

Tại buổi làm việc với UBND huyện Côn Đảo sáng 5/4, Thứ trưởng Bộ Nội vụ ghi nhận huyện đã giải quyết đúng hạn toàn bộ hồ sơ thủ tục hành chính năm 2023.

Huyện kiến nghị bổ sung biên chế cho bộ phận một cửa.""",
     "tin_bai", "", "2024-04-06", "huyện Côn Đảo", "huyen", "tỉnh Bà Rịa - Vũng Tàu", "2023"),
    ("""Đoàn công tác kiểm tra việc vận hành chính quyền hai cấp

Báo Lào Cai - 21/08/2025

Kiểm tra tại phường Sa Pa (tỉnh Lào Cai) chiều 20/8, Đoàn công tác của Văn phòng Chính phủ đánh giá cao việc phường giải quyết hồ sơ không phụ thuộc địa giới hành chính.

Phường đã tiếp nhận hơn 2.000 hồ sơ kể từ ngày đầu vận hành.""",
     "tin_bai", "", "2025-08-21", "phường Sa Pa", "xa", "tỉnh Lào Cai", ""),
    ("""Phó Thủ tướng yêu cầu tháo gỡ vướng mắc về đất đai

Thanh Hà - 09/06/2022

Làm việc với tỉnh Lai Châu ngày 8/6, Phó Thủ tướng yêu cầu tỉnh rà soát, rút ngắn thời gian giải quyết các thủ tục về đất đai cho doanh nghiệp.

Tỉnh kiến nghị được phân cấp thêm một số thủ tục.""",
     "tin_bai", "", "2022-06-09", "tỉnh Lai Châu", "tinh", "tỉnh Lai Châu", ""),
    ("""Thủ tướng yêu cầu đặc khu vận hành thông suốt

Sài Gòn Giải Phóng, 16/07/2025

Thăm và làm việc tại đặc khu Phú Quốc ngày 15/7, Thủ tướng Chính phủ yêu cầu bộ máy mới phục vụ người dân, doanh nghiệp không gián đoạn.

Đặc khu đã tiếp nhận hơn 1.000 hồ sơ trong hai tuần đầu.""",
     "tin_bai", "", "2025-07-16", "đặc khu Phú Quốc", "xa", "tỉnh An Giang", ""),
    # --- (6) the lead's own date is no issue date
    ("""Triển khai bộ chỉ số phục vụ người dân

Chiều 14/3/2024, Ủy ban nhân dân tỉnh Bắc Giang tổ chức hội nghị triển khai bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp.

Các sở, ngành được giao chỉ tiêu cụ thể.""",
     "tin_bai", "", "", "tỉnh Bắc Giang", "tinh", "tỉnh Bắc Giang", ""),
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

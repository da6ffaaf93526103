"""Writes bench/metadata_tune9 (two thirds, tuned on) and bench/metadata_aside9 (every third
item, kept aside) from the openings below, written for issue #18 (round 2) in other forms than
the misses of bench/heldout11: news datelines that credit an agency after the date; a day that
starts a range ending at a month's end; ranges to now in dated items, and the founding or
opening dates of bodies (no period); a unit formed from others, its participial opening
without ``Được``; the unit's own committee as the source of figures for the whole unit;
untyped provinces with a dash in their names, dated by the lead's year; a name the text writes
with marks the data lack. Sentences written for this bench; names, dates and types are real,
figures invented.

    PYTHONPATH=. python bench/metadata_tune9/build.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASIDE = HERE.parent / "metadata_aside9"
FIELDS = ("file", "doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")

# (text, doc_type, doc_number, issue_date, unit_name, unit_level, province, period)
ITEMS = [
    # --- (1) a dateline with an agency's credit after its date
    ("""Ninh Kiều rút ngắn thời gian trả kết quả

Cần Thơ, 14/8/2022 (TTXVN)

Trong 6 tháng đầu năm 2022, quận Ninh Kiều (thành phố Cần Thơ) đã trả trước hạn gần 40% hồ sơ đất đai, nhờ số hóa toàn bộ hồ sơ lưu trữ tại bộ phận một cửa.

Người dân có thể tra cứu tiến độ giải quyết qua tin nhắn.""",
     "tin_bai", "", "2022-08-14", "quận Ninh Kiều", "huyen", "thành phố Cần Thơ", "2022-H1"),
    ("""Quảng Ninh công bố chỉ số năng lực cạnh tranh cấp sở, ngành

Hạ Long, 3/2/2024 - TTXVN

Tỉnh Quảng Ninh vừa công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023, với 19 sở, ngành và 13 địa phương được doanh nghiệp chấm điểm.

Điểm trung bình tăng so với năm trước.""",
     "tin_bai", "", "2024-02-03", "tỉnh Quảng Ninh", "tinh", "tỉnh Quảng Ninh", "2023"),
    ("""Đà Lạt số hóa hồ sơ hộ tịch

Đà Lạt, 20/11/2019 (VNA)

Thành phố Đà Lạt (Lâm Đồng) đã hoàn thành việc số hóa hơn 120.000 trang sổ hộ tịch lưu trữ từ năm 1975, giúp người dân xin cấp bản sao trích lục nhanh hơn.

Công việc được thực hiện trong 10 tháng năm 2019.""",
     "tin_bai", "", "2019-11-20", "thành phố Đà Lạt", "huyen", "tỉnh Lâm Đồng", ""),
    ("""Hơn 40.000 hồ sơ qua Trung tâm Phục vụ hành chính công tỉnh

Thái Nguyên, 12/9/2025 (PV)

Trong tháng 8/2025, Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên đã tiếp nhận hơn 40.000 hồ sơ, trong đó gần 90% được nộp trực tuyến.

Số hồ sơ trễ hạn giảm mạnh so với tháng trước.""",
     "tin_bai", "", "2025-09-12", "tỉnh Thái Nguyên", "tinh", "tỉnh Thái Nguyên", "2025-M08"),
    ("""Phú Vang tăng tỷ lệ hồ sơ trực tuyến

Huế, ngày 2/4/2021 (TTXVN)

Quý I/2021, huyện Phú Vang (Thừa Thiên Huế) tiếp nhận 5.200 hồ sơ thủ tục hành chính, trong đó 31% nộp qua dịch vụ công trực tuyến mức độ 3 và 4.""",
     "tin_bai", "", "2021-04-02", "huyện Phú Vang", "huyen", "tỉnh Thừa Thiên Huế", "2021-Q1"),
    ("""Một cửa thông minh ở Pleiku

Gia Lai, 6/10/2025 (Chinhphu.vn)

Phường Pleiku (Gia Lai) đưa vào sử dụng ki-ốt tra cứu thủ tục hành chính tại Trung tâm Phục vụ hành chính công, người dân chỉ cần quét mã căn cước để biết hồ sơ đã đến bước nào.""",
     "tin_bai", "", "2025-10-06", "phường Pleiku", "xa", "tỉnh Gia Lai", ""),
    # --- (2) a first day, then the end of a month, the year written once
    ("""Tân Hiệp giải quyết hồ sơ đất đai đúng hẹn

Từ ngày 15/3 đến hết tháng 5/2024, Bộ phận một cửa huyện Tân Hiệp (Kiên Giang) đã tiếp nhận 3.100 hồ sơ, không có hồ sơ nào trễ hẹn.

Cán bộ địa chính được tăng cường vào các ngày cao điểm.""",
     "tin_bai", "", "", "huyện Tân Hiệp", "huyen", "tỉnh Kiên Giang", "2024-03-15/2024-05-31"),
    ("""Bỉm Sơn: quý cuối năm không có hồ sơ trễ hạn

Từ 1/10 đến hết tháng 12/2023, thị xã Bỉm Sơn (Thanh Hóa) giải quyết 2.450 hồ sơ, 100% đúng và trước hạn.""",
     "tin_bai", "", "", "thị xã Bỉm Sơn", "huyen", "tỉnh Thanh Hóa", "2023-Q4"),
    ("""Phường Hạc Thành đón lượng hồ sơ lớn sau sắp xếp

Kể từ ngày 10/7 đến hết tháng 9 năm 2025, Trung tâm Phục vụ hành chính công phường Hạc Thành (Thanh Hóa) đã nhận gần 6.000 hồ sơ, phần lớn là chứng thực và hộ tịch.

Phường bố trí thêm hai quầy tiếp nhận vào buổi chiều.""",
     "tin_bai", "", "", "phường Hạc Thành", "xa", "tỉnh Thanh Hóa", "2025-07-10/2025-09-30"),
    ("""Bến Tre đẩy mạnh thanh toán không dùng tiền mặt

Từ ngày 01/02/2022 đến hết tháng 7/2022, các cơ quan hành chính tỉnh Bến Tre đã có hơn 8.000 giao dịch nộp phí, lệ phí qua Cổng Dịch vụ công quốc gia.""",
     "tin_bai", "", "", "tỉnh Bến Tre", "tinh", "tỉnh Bến Tre", "2022-02-01/2022-07-31"),
    ("""Xã Mường Tè tiếp nhận hồ sơ cả ngày thứ Bảy

Từ 1/7 tới hết tháng 10/2025, xã Mường Tè (Lai Châu) đã tiếp nhận và trả kết quả cho hơn 1.500 lượt hồ sơ, kể cả vào sáng thứ Bảy.""",
     "tin_bai", "", "", "xã Mường Tè", "xa", "tỉnh Lai Châu", "2025-07-01/2025-10-31"),
    # --- (3) a range to now in a dated item; the date a body was founded or opened is no period
    ("""Gia Lâm: bộ phận một cửa hiện đại phát huy hiệu quả

12/06/2020 08:30

Bộ phận một cửa hiện đại huyện Gia Lâm (Hà Nội), khai trương tháng 10/2019, từ ngày 01/01/2020 đến nay đã tiếp nhận hơn 11.000 hồ sơ, tỷ lệ đúng hạn đạt 99,2%.""",
     "tin_bai", "", "2020-06-12", "huyện Gia Lâm", "huyen", "thành phố Hà Nội", "2020-01-01/2020-06-12"),
    ("""Trung tâm hành chính công tỉnh mở rộng dịch vụ

Trung tâm Phục vụ hành chính công tỉnh Bình Định được thành lập năm 2018, hiện tiếp nhận hồ sơ của 19 sở, ngành và trả kết quả qua bưu điện theo yêu cầu.

Người dân đánh giá cao thái độ của công chức tại các quầy.""",
     "tin_bai", "", "", "tỉnh Bình Định", "tinh", "tỉnh Bình Định", ""),
    ("""Sơn Tây giảm thời gian chờ tại trung tâm hành chính công

20/10/2022 09:30

Đi vào hoạt động từ tháng 3/2021, Trung tâm Hành chính công thị xã Sơn Tây (Hà Nội) từ đầu năm đến nay đã giải quyết gần 9.000 hồ sơ, thời gian chờ trung bình dưới 10 phút.""",
     "tin_bai", "", "2022-10-20", "thị xã Sơn Tây", "huyen", "thành phố Hà Nội", "2022-01-01/2022-10-20"),
    ("""Phường Buôn Ma Thuột vận hành trung tâm mới

18/7/2025 10:15

Trung tâm Phục vụ hành chính công phường Buôn Ma Thuột (Đắk Lắk), ra mắt ngày 1/7/2025, đã tiếp nhận hơn 900 hồ sơ sau hai tuần vận hành.""",
     "tin_bai", "", "2025-07-18", "phường Buôn Ma Thuột", "xa", "tỉnh Đắk Lắk", ""),
    ("""Tây Ninh: hệ thống phản ánh kiến nghị trực tuyến

Đưa vào vận hành tháng 8/2023, hệ thống tiếp nhận phản ánh, kiến nghị trực tuyến của tỉnh Tây Ninh trong quý I/2024 đã xử lý 1.320 phản ánh, 97% đúng hạn.""",
     "tin_bai", "", "", "tỉnh Tây Ninh", "tinh", "tỉnh Tây Ninh", "2024-Q1"),
    ("""Tổ công nghệ số cộng đồng hỗ trợ người cao tuổi

05/12/2023

Thành lập từ tháng 5/2022, các tổ công nghệ số cộng đồng của huyện Krông Năng (Đắk Lắk) từ đầu năm đến nay đã hướng dẫn hơn 3.000 người dân cài đặt và dùng ứng dụng định danh điện tử.""",
     "tin_bai", "", "2023-12-05", "huyện Krông Năng", "huyen", "tỉnh Đắk Lắk", "2023-01-01/2023-12-05"),
    # --- (4) a unit formed from others, the participial opening without "Được"
    ("""Phường mới bố trí thêm quầy tiếp dân

Hình thành từ các phường Bến Thủy, Trung Đô và Hưng Dũng, phường Trường Vinh (Nghệ An) bố trí 12 quầy tiếp nhận hồ sơ ngay từ tuần đầu vận hành chính quyền hai cấp.

Cán bộ phường trực cả buổi trưa để người dân không phải chờ.""",
     "tin_bai", "", "", "phường Trường Vinh", "xa", "tỉnh Nghệ An", ""),
    ("""Sầm Sơn sau sắp xếp: hồ sơ đất đai tăng gấp đôi

Sáp nhập từ các phường Bắc Sơn, Trung Sơn và Quảng Cư, phường Sầm Sơn (Thanh Hóa) nhận trung bình 150 hồ sơ mỗi ngày trong tháng đầu tiên, gấp đôi trước đây.""",
     "tin_bai", "", "", "phường Sầm Sơn", "xa", "tỉnh Thanh Hóa", ""),
    ("""Xã vùng biên ổn định bộ máy

Trên cơ sở sáp nhập thị trấn Mường Tè và xã Bum Tở, xã Mường Tè (Lai Châu) kiện toàn các phòng chuyên môn, phân công 18 công chức phụ trách từng lĩnh vực.""",
     "tin_bai", "", "", "xã Mường Tè", "xa", "tỉnh Lai Châu", ""),
    ("""Phường trung tâm Buôn Ma Thuột đi vào nền nếp

Hình thành từ phường Tân Lợi, phường Thắng Lợi và một phần các phường lân cận, phường Buôn Ma Thuột (tỉnh Đắk Lắk) mở thêm điểm tiếp nhận hồ sơ tại trụ sở cũ.""",
     "tin_bai", "", "", "phường Buôn Ma Thuột", "xa", "tỉnh Đắk Lắk", ""),
    ("""Phường Hạc Thành họp dân về thủ tục hành chính

Hợp nhất từ các phường Điện Biên, Lam Sơn, Ba Đình và Đông Vệ, phường Hạc Thành (Thanh Hóa) lấy ý kiến người dân về quy trình một cửa sau sắp xếp.""",
     "tin_bai", "", "", "phường Hạc Thành", "xa", "tỉnh Thanh Hóa", ""),
    # --- (5) the unit's own committee as the source of figures for the whole unit
    ("""Sáu tháng, hơn 95% hồ sơ được giải quyết đúng hạn

Theo đánh giá của Ủy ban nhân dân tỉnh Hà Giang, trong 6 tháng đầu năm 2023 toàn tỉnh đã tiếp nhận 61.000 hồ sơ, tỷ lệ giải quyết đúng hạn trên 95%.

Một số huyện vùng cao còn chậm số hóa kết quả.""",
     "tin_bai", "", "", "tỉnh Hà Giang", "tinh", "tỉnh Hà Giang", "2023-H1"),
    ("""Quy Nhơn rà soát thủ tục đất đai

Theo số liệu từ UBND thành phố Quy Nhơn về kết quả cải cách hành chính năm 2022, toàn thành phố có 98,7% hồ sơ được giải quyết trước và đúng hạn.""",
     "tin_bai", "", "", "thành phố Quy Nhơn", "huyen", "tỉnh Bình Định", "2022"),
    ("""Krông Năng giảm hồ sơ trễ hạn

Theo báo cáo của UBND huyện Krông Năng, 9 tháng năm 2021 toàn huyện chỉ còn 12 hồ sơ trễ hạn, giảm gần 80% so với cùng kỳ.""",
     "tin_bai", "", "", "huyện Krông Năng", "huyen", "tỉnh Đắk Lắk", "2021-9M"),
    ("""Xã biên giới vận hành ổn định chính quyền hai cấp

Theo nhận định của UBND xã Mường Tè (Lai Châu) về ba tháng vận hành mô hình mới, toàn xã đã bố trí đủ công chức ở các vị trí tiếp nhận hồ sơ, chưa có hồ sơ nào trễ hạn.""",
     "tin_bai", "", "", "xã Mường Tè", "xa", "tỉnh Lai Châu", ""),
    ("""Cán bộ, công chức được sắp xếp theo vị trí việc làm

Theo đánh giá của Ủy ban nhân dân tỉnh Gia Lai về công tác tổ chức bộ máy, toàn tỉnh đã bố trí 6.200 cán bộ, công chức cấp xã theo vị trí việc làm mới.""",
     "tin_bai", "", "", "tỉnh Gia Lai", "tinh", "tỉnh Gia Lai", ""),
    # --- (6) untyped provinces with a dash in their names, undated, the lead naming a year
    ("""Bà Rịa – Vũng Tàu tăng hạng chỉ số hài lòng

Năm 2022, Bà Rịa – Vũng Tàu đứng thứ 6 cả nước về Chỉ số hài lòng về sự phục vụ hành chính, tăng 9 bậc so với năm trước.

Tỉnh tiếp tục mở rộng dịch vụ công trực tuyến toàn trình.""",
     "tin_bai", "", "", "tỉnh Bà Rịa - Vũng Tàu", "tinh", "tỉnh Bà Rịa - Vũng Tàu", "2022"),
    ("""Thừa Thiên Huế giữ vững vị trí trong nhóm dẫn đầu

Năm 2021, Thừa Thiên Huế tiếp tục nằm trong nhóm 10 địa phương dẫn đầu cả nước về Chỉ số cải cách hành chính, với nhiều mô hình đô thị thông minh được nhân rộng.""",
     "tin_bai", "", "", "tỉnh Thừa Thiên Huế", "tinh", "tỉnh Thừa Thiên Huế", "2021"),
    ("""Cải cách hành chính: Bà Rịa - Vũng Tàu đi đầu về số hóa

Từ năm 2020, Bà Rịa - Vũng Tàu đã số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cả ba cấp chính quyền, sớm hơn nhiều địa phương.""",
     "tin_bai", "", "", "tỉnh Bà Rịa - Vũng Tàu", "tinh", "tỉnh Bà Rịa - Vũng Tàu", ""),
    ("""Phan Rang - Tháp Chàm đưa 100% thủ tục lên mạng

Năm 2023, thành phố Phan Rang - Tháp Chàm (Ninh Thuận) đưa toàn bộ thủ tục hành chính thuộc thẩm quyền lên Cổng dịch vụ công của tỉnh.""",
     "tin_bai", "", "", "thành phố Phan Rang - Tháp Chàm", "huyen", "tỉnh Ninh Thuận", "2023"),
    # --- (7) a name the text writes with marks the data lack
    ("""Xã vùng cao làm thủ tục không cần giấy

Trong quý III/2023, Bộ phận một cửa xã Tà Mùng (huyện Than Uyên, tỉnh Lai Châu) đã trả kết quả điện tử cho 86% hồ sơ hộ tịch.""",
     "tin_bai", "", "", "xã Tà Mùng", "xa", "tỉnh Lai Châu", "2023-Q3"),
    ("""Công chức xã đến từng bản hướng dẫn thủ tục

Năm 2022, công chức tư pháp - hộ tịch xã Suối Bú (huyện Văn Chấn, Yên Bái) đã đến tận các bản để hướng dẫn người dân đăng ký khai sinh trực tuyến.""",
     "tin_bai", "", "", "xã Suối Bú", "xa", "tỉnh Yên Bái", "2022"),
    ("""Một cửa xã vùng lòng hồ

Trong 6 tháng đầu năm 2024, xã Sập Xà (huyện Phù Yên, Sơn La) tiếp nhận 640 hồ sơ thủ tục hành chính, tất cả đều được trả đúng hẹn.""",
     "tin_bai", "", "", "xã Sập Xà", "xa", "tỉnh Sơn La", "2024-H1"),
    ("""Hộ tịch điện tử ở xã vùng cao

Năm 2023, Ủy ban nhân dân xã Hang Chú (huyện Bắc Yên, Sơn La) hoàn thành số hóa sổ hộ tịch từ năm 1999 đến nay.""",
     "tin_bai", "", "", "xã Hang Chú", "xa", "tỉnh Sơn La", "2023"),
]


def main() -> None:
    for folder in (HERE, ASIDE):
        folder.mkdir(exist_ok=True)
        for old in folder.glob("[0-9][0-9][0-9].txt"):
            old.unlink()
    rows = {HERE: [], ASIDE: []}
    for i, (text, *gold) in enumerate(ITEMS):
        folder = ASIDE if i % 3 == 2 else HERE
        name = f"{901 + i:03d}.txt"
        (folder / name).write_text(text.strip() + "\n", encoding="utf-8")
        rows[folder].append([name, *gold])
    for folder, got in rows.items():
        with (folder / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(FIELDS)
            w.writerows(got)


if __name__ == "__main__":
    main()

"""Writes bench/metadata_tune12 (two thirds, tuned on) and bench/metadata_aside12 (every third
item, kept aside) from the openings below, written for issue #18 (round 5) as families of the
wrong units of bench/heldout14: a headline led by a province's name whose matter is one unit
below it, its type word written apart from its name (``xã vùng cao X``, ``"siêu phường" Y``):
that unit, none when it is not found in the province, the province when the units are plural;
a committee named only in a later paragraph while the lead's first sentence already names
another unit (a city's service centre) is no actor of the lead; a bare headline xã among
namesakes told apart by the province the lead brackets; the one xã a lead names (a resident's
home with its city) and then takes up by its type word alone; a portal's byline whose body
name runs in lower case beside its site's domain in brackets; the days a body has run since
it opened (sau hơn hai tuần hoạt động, từ ngày ... đến ngày ...), which are no period. Sentences written for this bench;
names, dates and types are real, figures invented.

    PYTHONPATH=. python bench/metadata_tune12/build.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASIDE = HERE.parent / "metadata_aside12"
FIELDS = ("file", "doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")

# (text, doc_type, doc_number, issue_date, unit_name, unit_level, province, period)
ITEMS = [
    # --- (1) a province's name leads the headline, the matter a lower unit typed apart from its name
    ("""Lào Cai: Bộ phận một cửa ở xã biên giới Bát Xát đón người dân từ sớm

Báo Lào Cai, 12/09/2025

Mỗi sáng, cán bộ trung tâm phục vụ hành chính công của xã mở cửa từ 7 giờ để người dân ở các thôn xa kịp làm thủ tục trong ngày.

Xã đã bố trí hai máy tính cho người dân tự tra cứu hồ sơ.""",
     "tin_bai", "", "2025-09-12", "xã Bát Xát", "xa", "tỉnh Lào Cai", ""),
    ("""Thanh Hóa: "phường trung tâm" Hạc Thành giải quyết hồ sơ không hẹn ngày

Báo Thanh Hóa - 21/08/2025

Sau gần hai tháng vận hành chính quyền hai cấp, trung tâm phục vụ hành chính công của phường trả kết quả trong ngày cho phần lớn hồ sơ chứng thực.

Phường đang đề xuất tăng thêm quầy tiếp nhận.""",
     "tin_bai", "", "2025-08-21", "phường Hạc Thành", "xa", "tỉnh Thanh Hóa", ""),
    ("""Đồng Nai: Người dân phường đông dân nhất Biên Hòa không phải chờ lâu

Báo Đồng Nai - 15/08/2025

Bộ phận tiếp nhận của phường đã chia ca làm việc, nhờ vậy thời gian chờ trung bình của mỗi lượt giao dịch giảm còn chưa đến 15 phút.

Cán bộ phường hướng dẫn người dân nộp hồ sơ trên điện thoại.""",
     "tin_bai", "", "2025-08-15", "phường Biên Hòa", "xa", "tỉnh Đồng Nai", ""),
    ("""Lào Cai: Chuyển đổi số ở xã vùng cao Mù Cang Chải

Báo Lào Cai - 02/10/2025

Từ đầu tháng 7, trung tâm phục vụ hành chính công của xã đã tiếp nhận gần 2.000 hồ sơ, hơn một nửa nộp trực tuyến với sự hỗ trợ của đoàn viên thanh niên.

Xã tiếp tục phủ sóng internet tới các bản.""",
     "tin_bai", "", "2025-10-02", "xã Mù Cang Chải", "xa", "tỉnh Lào Cai", ""),
    # a lower unit so typed that the province does not hold: no unit, never the province
    ("""Nghệ An: Xã miền núi Mường Khương đưa dịch vụ công về tận bản

Báo Nghệ An - 18/09/2025

Cán bộ xã mang máy tính bảng tới từng bản để hướng dẫn bà con cài ứng dụng định danh và nộp hồ sơ trực tuyến.

Xã đặt mục tiêu 80% người dân có tài khoản dịch vụ công.""",
     "tin_bai", "", "2025-09-18", "", "", "", ""),
    # plural lower units: the province stands
    ("""Tuyên Quang: Các xã vùng cao đẩy mạnh hồ sơ trực tuyến

Báo Tuyên Quang - 25/09/2025

UBND tỉnh Tuyên Quang cho biết tỷ lệ hồ sơ nộp trực tuyến ở các xã vùng cao đã đạt 45%, tăng gần gấp đôi so với đầu năm.

Tỉnh sẽ hỗ trợ thêm thiết bị cho các điểm một cửa.""",
     "tin_bai", "", "2025-09-25", "tỉnh Tuyên Quang", "tinh", "tỉnh Tuyên Quang", ""),
    # --- (2) a committee named only past a lead that names the unit already: not the actor
    ("""Mở rộng nơi tiếp nhận hồ sơ đất đai

Báo Bắc Ninh - 05/05/2024

Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh bổ sung các điểm tiếp nhận hồ sơ đất đai từ ngày 6/5/2024 để giảm tải cho trụ sở chính.

Theo đó, người dân có thể nộp hồ sơ tại UBND thành phố Từ Sơn, UBND huyện Tiên Du và các chi nhánh văn phòng đăng ký đất đai.""",
     "tin_bai", "", "2024-05-05", "tỉnh Bắc Ninh", "tinh", "tỉnh Bắc Ninh", ""),
    ("""Thay đổi giờ tiếp nhận hồ sơ cuối năm

Báo Đà Nẵng - 10/12/2023

Trung tâm hành chính thành phố Đà Nẵng kéo dài giờ tiếp nhận hồ sơ đến 19 giờ các ngày thứ Năm đến hết năm để người dân hoàn tất thủ tục trước Tết.

Ngoài trụ sở trung tâm, hồ sơ còn được nhận tại UBND quận Hải Châu và UBND quận Thanh Khê.""",
     "tin_bai", "", "2023-12-10", "thành phố Đà Nẵng", "tinh", "thành phố Đà Nẵng", ""),
    ("""Thêm điểm nhận hồ sơ cấp đổi giấy phép lái xe

Báo Hải Phòng - 14/03/2024

Sở Giao thông vận tải thành phố Hải Phòng mở thêm điểm tiếp nhận hồ sơ cấp đổi giấy phép lái xe từ ngày 15/3/2024.

Các điểm mới đặt tại UBND quận Lê Chân và UBND huyện Thủy Nguyên, làm việc cả sáng thứ Bảy.""",
     "tin_bai", "", "2024-03-14", "thành phố Hải Phòng", "tinh", "thành phố Hải Phòng", ""),
    # --- (3) a bare headline name of a xã among namesakes, told apart by the province the lead brackets
    ("""Tân Hiệp: hồ sơ đất đai trả trước hẹn

Báo Đà Nẵng

Từ khi vận hành chính quyền hai cấp, Trung tâm Phục vụ hành chính công xã (TP Đà Nẵng) đã trả trước hẹn gần 90% hồ sơ đất đai, nhờ số hóa toàn bộ sổ bộ cũ.

Người dân được nhắn tin khi hồ sơ có kết quả.""",
     "tin_bai", "", "", "xã Tân Hiệp", "xa", "thành phố Đà Nẵng", ""),
    ("""Phú Lộc đưa ki-ốt tra cứu vào trung tâm một cửa

Báo Huế

Chủ tịch UBND xã cho biết ki-ốt tra cứu hồ sơ đặt tại Trung tâm Phục vụ hành chính công xã (thành phố Huế) đã phục vụ hơn 600 lượt người dân trong tháng đầu.

Xã sẽ lắp thêm một ki-ốt ở khu chợ.""",
     "tin_bai", "", "", "xã Phú Lộc", "xa", "thành phố Huế", ""),
    ("""Phú Lộc rút ngắn thời gian chờ tại bộ phận một cửa

Vietnam.vn

Chủ tịch UBND xã đã sắp xếp lại các quầy tiếp nhận, nhờ vậy thời gian chờ trung bình chỉ còn khoảng 10 phút cho mỗi lượt.

Người dân được hướng dẫn lấy số trên điện thoại.""",
     "tin_bai", "", "", "", "", "", ""),
    # --- (4) the one xã a lead names (a resident's home, with its city), then takes up by its type word
    ("""Hài lòng vì thủ tục nhanh gọn

Vietnam.vn

Chỉ mất chưa đến 20 phút để nhận bản sao chứng thực, bà Lê Thị H, người dân xã Quế Sơn của thành phố Đà Nẵng, cho biết cán bộ hướng dẫn rất tận tình.

Theo Chủ tịch UBND xã, trung tâm đã có hệ thống lấy số tự động và màn hình tra cứu hồ sơ.""",
     "tin_bai", "", "", "xã Quế Sơn", "xa", "thành phố Đà Nẵng", ""),
    ("""Người dân được đón tiếp chu đáo

Báo Huế

Ông Nguyễn Văn T, người dân xã Phú Lộc của thành phố Huế, chỉ chờ 10 phút để được cấp lại giấy khai sinh cho con.

Lãnh đạo UBND xã cho biết mỗi ngày trung tâm tiếp nhận khoảng 80 hồ sơ.""",
     "tin_bai", "", "", "xã Phú Lộc", "xa", "thành phố Huế", ""),
    ("""Cán bộ một cửa tận tình với người dân

Vietnam.vn

Bà Phạm Thị K, người dân xã Tân Hiệp, cho biết chỉ sau 15 phút đã nhận được kết quả chứng thực.

Chủ tịch UBND xã cho biết trung tâm sẽ mở cửa cả sáng thứ Bảy.""",
     "tin_bai", "", "", "", "", "", ""),
    # --- (5) a portal's byline: a body's name in lower case, its site's domain in brackets, a date
    ("""Hướng dẫn mới về tiếp công dân

Thanh tra Chính phủ (thanhtra.gov.vn), 21/03/2023

Thanh tra Chính phủ vừa ban hành thông tư hướng dẫn quy trình tiếp công dân, xử lý đơn thư tại các cơ quan hành chính nhà nước.

Thông tư có hiệu lực sau 45 ngày kể từ ngày ký.""",
     "tin_bai", "", "2023-03-21", "", "", "", ""),
    ("""Giảm thời gian giải quyết chế độ ốm đau

Bảo hiểm xã hội Việt Nam (baohiemxahoi.gov.vn) - 05/09/2024

Cơ quan bảo hiểm xã hội rút ngắn thời gian giải quyết hồ sơ hưởng chế độ ốm đau, thai sản xuống còn 5 ngày làm việc.

Người lao động có thể theo dõi hồ sơ trên ứng dụng.""",
     "tin_bai", "", "2024-09-05", "", "", "", ""),
    ("""Công khai kết quả kiểm toán năm 2022

Kiểm toán Nhà nước (sav.gov.vn), 18/07/2023

Kiểm toán Nhà nước vừa công khai kết quả kiểm toán báo cáo quyết toán ngân sách nhà nước năm 2022.

Báo cáo được đăng tải trên cổng thông tin điện tử.""",
     "tin_bai", "", "2023-07-18", "", "", "", "2022"),
    # --- (6) the days a body has run since it opened: no reporting period
    ("""Trung tâm một cửa xã mới đông người đến giao dịch

Báo Đồng Tháp - 20/07/2025

Sau gần ba tuần hoạt động, từ ngày 1/7 đến ngày 18/7, Trung tâm Phục vụ hành chính công xã Bình Ninh (tỉnh Đồng Tháp) đã tiếp nhận hơn 500 hồ sơ, phần lớn là chứng thực.

Xã bố trí thêm cán bộ trực vào giờ cao điểm.""",
     "tin_bai", "", "2025-07-20", "xã Bình Ninh", "xa", "tỉnh Đồng Tháp", ""),
    ("""Phường mới trả kết quả đúng hẹn

Báo Khánh Hòa - 03/10/2025

Sau 3 tháng vận hành, từ ngày 1/7/2025 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công phường Nha Trang đã trả kết quả đúng hẹn toàn bộ hồ sơ.

Người dân được khảo sát đều hài lòng.""",
     "tin_bai", "", "2025-10-03", "phường Nha Trang", "xa", "tỉnh Khánh Hòa", ""),
    ("""Bộ phận một cửa sau một tháng đi vào hoạt động

Báo Bắc Ninh - 05/08/2025

Sau một tháng đi vào hoạt động, từ ngày 1/7 đến ngày 31/7, Trung tâm Phục vụ hành chính công xã Tam Tiến (tỉnh Bắc Ninh) đã giải quyết gần 900 hồ sơ.

Xã đặt mục tiêu tăng tỷ lệ hồ sơ trực tuyến.""",
     "tin_bai", "", "2025-08-05", "xã Tam Tiến", "xa", "tỉnh Bắc Ninh", ""),
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

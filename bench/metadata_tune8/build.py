"""Writes bench/metadata_tune8 (two thirds, tuned on) and bench/metadata_aside8 (every third
item, kept aside) from the openings below: news leads naming their unit in the lead in varied
ways (subject, genitive, tại/ở/trên địa bàn, a person's title, a body of the unit), half of them
before the 2025 reform, and headers of older years and unusual issuers (two-level headers,
Văn phòng, Trung tâm, Ban quản lý, a Sở of a merged province). Sentences written for this bench;
names, dates and types are real, figures invented.

    PYTHONPATH=. python bench/metadata_tune8/build.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ASIDE = HERE.parent / "metadata_aside8"
FIELDS = ("file", "doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")

# (text, doc_type, doc_number, issue_date, unit_name, unit_level, province, period)
ITEMS = [
    ("""Đông Anh rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất

12/05/2019 08:15

Huyện Đông Anh (Hà Nội) vừa công bố kết quả rà soát quy trình cấp giấy chứng nhận quyền sử dụng đất lần đầu, thời gian giải quyết giảm từ 30 ngày xuống còn 15 ngày.

Ảnh: Người dân làm thủ tục tại Bộ phận một cửa huyện.""",
     "tin_bai", "", "2019-05-12", "huyện Đông Anh", "huyen", "thành phố Hà Nội", ""),
    ("""Hồ sơ trực tuyến tăng mạnh trong quý I

Trong quý I/2021, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của thị xã Ninh Hòa (Khánh Hòa) đạt 41,2%, tăng gần gấp đôi so với cùng kỳ năm trước.

Lãnh đạo thị xã cho biết sẽ tiếp tục hướng dẫn người dân sử dụng dịch vụ công mức độ 4.""",
     "tin_bai", "", "", "thị xã Ninh Hòa", "huyen", "tỉnh Khánh Hòa", "2021-Q1"),
    ("""Một cửa liên thông hiện đại phát huy hiệu quả

Tại huyện Krông Pắc, tỉnh Đắk Lắk, sau một năm đưa vào vận hành Bộ phận một cửa liên thông hiện đại, 98,6% hồ sơ được giải quyết đúng hạn trong năm 2020.

Người dân không còn phải chờ đợi lâu như trước.""",
     "tin_bai", "", "", "huyện Krông Pắc", "huyen", "tỉnh Đắk Lắk", "2020"),
    ("""Người dân hài lòng với cán bộ một cửa

Ở thành phố Bảo Lộc (Lâm Đồng), người dân đến làm thủ tục tại Bộ phận tiếp nhận và trả kết quả đều được hướng dẫn tận tình, không phải đi lại nhiều lần.

Ông Nguyễn Văn Tư, ngụ phường Lộc Phát, chia sẻ hồ sơ của ông được trả trước hẹn hai ngày.""",
     "tin_bai", "", "", "thành phố Bảo Lộc", "huyen", "tỉnh Lâm Đồng", ""),
    ("""Đẩy mạnh thanh toán trực tuyến phí, lệ phí

03/11/2022

Trong 9 tháng đầu năm 2022, trên địa bàn tỉnh Hậu Giang đã có hơn 12.000 giao dịch thanh toán trực tuyến phí, lệ phí thủ tục hành chính qua Cổng Dịch vụ công quốc gia.""",
     "tin_bai", "", "2022-11-03", "tỉnh Hậu Giang", "tinh", "tỉnh Hậu Giang", "2022-9M"),
    ("""Xã vùng cao chuyển mình nhờ cải cách hành chính

Ông Lò Văn Khánh, Chủ tịch UBND xã Chiềng Khoi, huyện Yên Châu (Sơn La), cho biết năm 2018 toàn bộ hồ sơ hộ tịch của xã đều được trả đúng hẹn, không có hồ sơ phải xin lỗi người dân.""",
     "tin_bai", "", "", "xã Chiềng Khoi", "xa", "tỉnh Sơn La", "2018"),
    ("""Sở Nội vụ đi đầu trong ứng dụng văn bản điện tử

Bà Nguyễn Thị Hương, Giám đốc Sở Nội vụ tỉnh Bắc Giang, cho biết trong năm 2021, 100% văn bản đi của sở được ký số và gửi trên môi trường mạng.

Sở cũng là đơn vị đầu tiên của tỉnh vận hành hệ thống quản lý chất lượng theo tiêu chuẩn ISO điện tử.""",
     "tin_bai", "", "", "tỉnh Bắc Giang", "tinh", "tỉnh Bắc Giang", "2021"),
    ("""Số hóa kết quả giải quyết thủ tục hành chính

Văn phòng HĐND và UBND huyện Thạch Hà (Hà Tĩnh) vừa hoàn thành số hóa hơn 8.000 hồ sơ, kết quả giải quyết thủ tục hành chính lưu trữ giai đoạn 2016-2020.""",
     "tin_bai", "", "", "huyện Thạch Hà", "huyen", "tỉnh Hà Tĩnh", "2016/2020"),
    ("""Gần 200 nghìn hồ sơ được tiếp nhận trong 6 tháng

05/07/2023 10:20

6 tháng đầu năm 2023, Trung tâm Phục vụ hành chính công tỉnh Quảng Bình đã tiếp nhận 195.430 hồ sơ, trong đó 99,2% được giải quyết trước và đúng hạn.""",
     "tin_bai", "", "2023-07-05", "tỉnh Quảng Bình", "tinh", "tỉnh Quảng Bình", "2023-H1"),
    ("""Phường đầu tiên trả kết quả tại nhà

Bộ phận một cửa phường Phú Hòa, thành phố Thủ Dầu Một (Bình Dương) đã triển khai dịch vụ trả kết quả thủ tục hành chính tại nhà cho người cao tuổi trong quý III/2020.""",
     "tin_bai", "", "", "phường Phú Hòa", "xa", "tỉnh Bình Dương", "2020-Q3"),
    ("""Chỉ số PAR INDEX năm 2019 tăng 5 bậc

Chỉ số cải cách hành chính năm 2019 của tỉnh Ninh Thuận đạt 82,15%, tăng 5 bậc so với năm trước và đứng thứ 28/63 tỉnh, thành phố.""",
     "tin_bai", "", "", "tỉnh Ninh Thuận", "tinh", "tỉnh Ninh Thuận", "2019"),
    ("""Thị trấn đầu tiên của huyện đạt chuẩn chính quyền điện tử

Năm 2022, thị trấn Phong Điền, huyện Phong Điền, thành phố Cần Thơ đã có 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.""",
     "tin_bai", "", "", "thị trấn Phong Điền", "xa", "thành phố Cần Thơ", "2022"),
    ("""Tiếp dân định kỳ gắn với giải quyết thủ tục

Theo ông Trần Minh Tâm, Phó Chủ tịch UBND thị xã Kỳ Anh (Hà Tĩnh), trong năm 2017 thị xã đã tổ chức 24 buổi tiếp công dân định kỳ và giải quyết dứt điểm 96% kiến nghị.""",
     "tin_bai", "", "", "thị xã Kỳ Anh", "huyen", "tỉnh Hà Tĩnh", "2017"),
    ("""Quận đi đầu trong cải cách thủ tục đất đai

18/10/2018

Chín tháng năm 2018, UBND quận Hải Châu (Đà Nẵng) tiếp nhận 6.512 hồ sơ đất đai, giải quyết đúng hạn 99,4%.""",
     "tin_bai", "", "2018-10-18", "quận Hải Châu", "huyen", "thành phố Đà Nẵng", "2018-9M"),
    ("""Chỉ số SIPAS năm 2021 cải thiện rõ rệt

Kết quả khảo sát cho thấy Chỉ số hài lòng về sự phục vụ hành chính năm 2021 của Quảng Ngãi đạt 83,6%, cao hơn 2,4 điểm phần trăm so với năm 2020.""",
     "tin_bai", "", "", "tỉnh Quảng Ngãi", "tinh", "tỉnh Quảng Ngãi", "2021"),
    ("""Mô hình tiếp nhận hồ sơ ngày nghỉ

14/04/2019 16:40

Sáng 14/4, UBND huyện Cẩm Giàng (Hải Dương) tổ chức ra mắt mô hình tiếp nhận hồ sơ vào thứ Bảy, Chủ nhật để phục vụ người lao động ở các khu công nghiệp.""",
     "tin_bai", "", "2019-04-14", "huyện Cẩm Giàng", "huyen", "tỉnh Hải Dương", ""),
    ("""Rút ngắn thời gian cấp giấy chứng nhận đầu tư

Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh đã giải quyết 312 hồ sơ điều chỉnh giấy chứng nhận đăng ký đầu tư trong năm 2016, không có hồ sơ trễ hạn.""",
     "tin_bai", "", "", "tỉnh Bắc Ninh", "tinh", "tỉnh Bắc Ninh", "2016"),
    ("""Người dân xã miền núi dùng dịch vụ công trực tuyến

Người dân xã Lộc Yên, huyện Hương Khê (Hà Tĩnh) nay có thể nộp hồ sơ đăng ký khai sinh qua mạng mà không cần đến trụ sở xã.

Cán bộ tư pháp xã cho biết mỗi tháng có khoảng 40 hồ sơ được nộp trực tuyến.""",
     "tin_bai", "", "", "xã Lộc Yên", "xa", "tỉnh Hà Tĩnh", ""),
    ("""Thành phố biển nâng cao chất lượng phục vụ

20/12/2020

Năm 2020, tại thành phố Sầm Sơn (Thanh Hóa), tỷ lệ hồ sơ giải quyết trước hạn đạt 87%, cao nhất từ trước tới nay.""",
     "tin_bai", "", "2020-12-20", "thành phố Sầm Sơn", "huyen", "tỉnh Thanh Hóa", "2020"),
    ("""Chính quyền điện tử: bước tiến mới

Ông Lê Văn Hùng, Chánh Văn phòng UBND tỉnh Kon Tum, cho biết 6 tháng đầu năm 2022 tỉnh đã xử lý 98% văn bản trên môi trường mạng, kể cả văn bản mật được xử lý riêng.""",
     "tin_bai", "", "", "tỉnh Kon Tum", "tinh", "tỉnh Kon Tum", "2022-H1"),
    ("""Lan tỏa mô hình công dân số

Trên địa bàn huyện Tân Uyên (Lai Châu), từ ngày 1/3 đến ngày 31/5/2022 đã có 4.250 tài khoản định danh điện tử được kích hoạt.""",
     "tin_bai", "", "", "huyện Tân Uyên", "huyen", "tỉnh Lai Châu", "2022-03-01/2022-05-31"),
    ("""Đặc khu Côn Đảo vận hành ổn định bộ máy mới

15/08/2025

Sau một tháng hoạt động, đặc khu Côn Đảo đã tiếp nhận 1.120 hồ sơ thủ tục hành chính, 100% được giải quyết đúng hạn.""",
     "tin_bai", "", "2025-08-15", "đặc khu Côn Đảo", "xa", "thành phố Hồ Chí Minh", ""),
    ("""Tỷ lệ hồ sơ trực tuyến vượt chỉ tiêu

Trong quý IV/2025, tỷ lệ hồ sơ nộp trực tuyến của phường Buôn Ma Thuột (Đắk Lắk) đạt 82%, vượt chỉ tiêu tỉnh giao.""",
     "tin_bai", "", "", "phường Buôn Ma Thuột", "xa", "tỉnh Đắk Lắk", "2025-Q4"),
    ("""Người dân hài lòng khi làm thủ tục ở phường mới

Tại phường Thủ Dầu Một, Thành phố Hồ Chí Minh, mỗi ngày Trung tâm Phục vụ hành chính công tiếp nhận khoảng 300 hồ sơ, chủ yếu là chứng thực và đất đai.""",
     "tin_bai", "", "", "phường Thủ Dầu Một", "xa", "thành phố Hồ Chí Minh", ""),
    ("""Chính quyền hai cấp: thuận lợi cho người dân

Ở xã Ngọc Lặc (Thanh Hóa), người dân đã quen với việc nộp hồ sơ trực tuyến chỉ sau ba tháng vận hành mô hình chính quyền địa phương hai cấp.

Anh Bùi Văn Nam, thôn Minh Sơn, cho biết anh đăng ký kết hôn mà không phải đến trụ sở.""",
     "tin_bai", "", "", "xã Ngọc Lặc", "xa", "tỉnh Thanh Hóa", ""),
    ("""Hơn 1,2 triệu hồ sơ được giải quyết sau sáp nhập

02/01/2026

Từ ngày 1/7 đến ngày 31/12/2025, trên địa bàn tỉnh Tuyên Quang đã tiếp nhận hơn 1,2 triệu hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,7%.""",
     "tin_bai", "", "2026-01-02", "tỉnh Tuyên Quang", "tinh", "tỉnh Tuyên Quang", "2025-H2"),
    ("""Xã mới chủ động chuyển đổi số

Bà Hà Thị Lan, Chủ tịch UBND xã Bảo Lâm (Cao Bằng), cho biết trong tháng 9/2025 xã đã tiếp nhận 860 hồ sơ, không có hồ sơ quá hạn.""",
     "tin_bai", "", "", "xã Bảo Lâm", "xa", "tỉnh Cao Bằng", "2025-M09"),
    ("""Cắt giảm thời gian xử lý hồ sơ đất đai

Ông Nguyễn Văn Bình, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Gia Lai, cho biết sau hợp nhất, thời gian cấp giấy chứng nhận lần đầu đã giảm còn 10 ngày làm việc.""",
     "tin_bai", "", "", "tỉnh Gia Lai", "tinh", "tỉnh Gia Lai", ""),
    ("""Văn phòng xã một cửa thân thiện

Văn phòng HĐND và UBND xã Tam Nông (Phú Thọ) vừa đưa vào sử dụng hệ thống lấy số tự động và đánh giá mức độ hài lòng bằng máy tính bảng.""",
     "tin_bai", "", "", "xã Tam Nông", "xa", "tỉnh Phú Thọ", ""),
    ("""Trung tâm tiếp nhận thêm hơn 300 thủ tục

10/10/2025 07:45

Sau hợp nhất, Trung tâm Phục vụ hành chính công tỉnh Ninh Bình tiếp nhận thêm 312 thủ tục của các sở, nâng tổng số lên 1.845 thủ tục.""",
     "tin_bai", "", "2025-10-10", "tỉnh Ninh Bình", "tinh", "tỉnh Ninh Bình", ""),
    ("""Một cửa làm việc cả sáng thứ Bảy

Bộ phận một cửa phường Hoàn Kiếm (Hà Nội) duy trì tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần để giảm tải cho các ngày trong tuần.""",
     "tin_bai", "", "", "phường Hoàn Kiếm", "xa", "thành phố Hà Nội", ""),
    ("""Chỉ số chuyển đổi số cấp tỉnh năm 2025

Theo kết quả công bố, Chỉ số chuyển đổi số năm 2025 của An Giang đạt 0,62, xếp thứ 12/34 tỉnh, thành phố.""",
     "tin_bai", "", "", "tỉnh An Giang", "tinh", "tỉnh An Giang", "2025"),
    ("""Lâm Đồng: hơn 95% hồ sơ được giải quyết đúng hạn

Trong quý III/2025, toàn tỉnh tiếp nhận 245.000 hồ sơ, trong đó 95,6% được giải quyết đúng hạn.""",
     "tin_bai", "", "", "tỉnh Lâm Đồng", "tinh", "tỉnh Lâm Đồng", "2025-Q3"),
    ("""Giải quyết hồ sơ không phụ thuộc địa giới

Trong tháng 11/2025, Trung tâm Phục vụ hành chính công xã Văn Bàn (Lào Cai) tiếp nhận 1.034 hồ sơ, trong đó có 215 hồ sơ của người dân các xã lân cận.""",
     "tin_bai", "", "", "xã Văn Bàn", "xa", "tỉnh Lào Cai", "2025-M11"),
    ("""Chủ tịch phường đối thoại với người dân

22/09/2025

Sáng 20/9, ông Phạm Quốc Hưng, Chủ tịch UBND phường Vũng Tàu, Thành phố Hồ Chí Minh, đã đối thoại trực tiếp với hơn 100 hộ dân về thủ tục cấp phép xây dựng.""",
     "tin_bai", "", "2025-09-22", "phường Vũng Tàu", "xa", "thành phố Hồ Chí Minh", ""),
    ("""Định danh điện tử phủ kín khu dân cư

Trong tháng 10/2025, thêm 3.200 người dân phường Nha Trang (Khánh Hòa) được kích hoạt tài khoản định danh điện tử mức độ 2.""",
     "tin_bai", "", "", "phường Nha Trang", "xa", "tỉnh Khánh Hòa", "2025-M10"),
    ("""Đặc khu tăng tốc giải quyết hồ sơ đất đai

Từ ngày 1/10 đến ngày 31/12/2025, đặc khu Phú Quốc (An Giang) giải quyết 3.400 hồ sơ đất đai, nhiều gấp đôi quý trước. Một số hồ sơ của người dân phường Rạch Giá cũng được chuyển về xử lý.""",
     "tin_bai", "", "", "đặc khu Phú Quốc", "xa", "tỉnh An Giang", "2025-Q4"),
    ("""Phường dẫn đầu tỉnh về thanh toán trực tuyến

Phường Sa Đéc (Đồng Tháp) dẫn đầu toàn tỉnh về tỷ lệ thanh toán trực tuyến trong quý IV/2025 với 71%, tiếp theo là phường Cao Lãnh.""",
     "tin_bai", "", "", "phường Sa Đéc", "xa", "tỉnh Đồng Tháp", "2025-Q4"),
    ("""Hướng dẫn đánh giá chỉ số cải cách hành chính năm 2025

Bộ Nội vụ vừa ban hành văn bản hướng dẫn các bộ, ngành và địa phương tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 theo bộ tiêu chí mới.""",
     "tin_bai", "", "", "", "", "", "2025"),
    ("""Công bố Chỉ số PAPI năm 2017

Ngày 4/4/2018, Chương trình Phát triển Liên hợp quốc và các đối tác công bố Chỉ số PAPI năm 2017, với dữ liệu khảo sát hơn 14.000 người dân tại 63 tỉnh, thành phố.""",
     "tin_bai", "", "", "", "", "", "2017"),
    ("""Xã nông thôn mới kiểu mẫu về cải cách hành chính

Xã Tân Hội thuộc huyện Đan Phượng (Hà Nội) năm 2019 đã giải quyết 100% hồ sơ đúng hạn, không có đơn thư khiếu nại vượt cấp.""",
     "tin_bai", "", "", "xã Tân Hội", "xa", "thành phố Hà Nội", "2019"),
    ("""Tiếp nhận hồ sơ qua bưu chính tăng mạnh

Theo bà Đỗ Thị Mai, Phó Giám đốc Trung tâm Hành chính công thành phố Hải Phòng, năm 2019 có 18.500 hồ sơ được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.""",
     "tin_bai", "", "", "thành phố Hải Phòng", "tinh", "thành phố Hải Phòng", "2019"),
    # ------------------------------------------------------------------ headers
    ("""ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-SNV

Quảng Nam, ngày 12 tháng 12 năm 2018

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2018

Thực hiện Kế hoạch cải cách hành chính năm 2018 của UBND tỉnh, Sở Nội vụ báo cáo kết quả như sau:""",
     "bao_cao", "215/BC-SNV", "2018-12-12", "tỉnh Quảng Nam", "tinh", "tỉnh Quảng Nam", "2018"),
    ("""UBND HUYỆN NGHI XUÂN
VĂN PHÒNG HĐND VÀ UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/BC-VP

Nghi Xuân, ngày 20 tháng 6 năm 2017

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2017

Văn phòng HĐND và UBND huyện báo cáo kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận một cửa như sau:""",
     "bao_cao", "45/BC-VP", "2017-06-20", "huyện Nghi Xuân", "huyen", "tỉnh Hà Tĩnh", "2017-H1"),
    ("""UBND TỈNH BÌNH PHƯỚC
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 38/BC-TTPVHCC

Đồng Xoài, ngày 28 tháng 9 năm 2022

BÁO CÁO
Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính quý III năm 2022""",
     "bao_cao", "38/BC-TTPVHCC", "2022-09-28", "tỉnh Bình Phước", "tinh", "tỉnh Bình Phước", "2022-Q3"),
    ("""UBND TỈNH LONG AN
BAN QUẢN LÝ KHU KINH TẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 98/BC-BQLKKT

Long An, ngày 05 tháng 6 năm 2021

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021""",
     "bao_cao", "98/BC-BQLKKT", "2021-06-05", "tỉnh Long An", "tinh", "tỉnh Long An", "2021-H1"),
    ("""UBND TỈNH PHÚ THỌ
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-SNV

Phú Thọ, ngày 30 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính quý III năm 2025

Sau hợp nhất tỉnh Phú Thọ, tỉnh Vĩnh Phúc và tỉnh Hòa Bình, Sở Nội vụ báo cáo như sau:""",
     "bao_cao", "412/BC-SNV", "2025-09-30", "tỉnh Phú Thọ", "tinh", "tỉnh Phú Thọ", "2025-Q3"),
    ("""SỞ TƯ PHÁP TỈNH ĐỒNG NAI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/KH-STP

Đồng Nai, ngày 15 tháng 12 năm 2025

KẾ HOẠCH
Cải cách hành chính năm 2026""",
     "ke_hoach", "77/KH-STP", "2025-12-15", "tỉnh Đồng Nai", "tinh", "tỉnh Đồng Nai", "2026"),
    ("""ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1203/VP-KSTTHC
V/v báo cáo kết quả kiểm soát thủ tục hành chính quý II năm 2016

Hà Nội, ngày 08 tháng 7 năm 2016

Kính gửi: Các sở, ban, ngành Thành phố""",
     "cong_van", "1203/VP-KSTTHC", "2016-07-08", "thành phố Hà Nội", "tinh", "thành phố Hà Nội", "2016-Q2"),
    ("""UBND QUẬN BÌNH THẠNH
PHÒNG NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 56/BC-PNV

Bình Thạnh, ngày 15 tháng 6 năm 2020

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2020""",
     "bao_cao", "56/BC-PNV", "2020-06-15", "quận Bình Thạnh", "huyen", "thành phố Hồ Chí Minh", "2020-H1"),
    ("""ỦY BAN NHÂN DÂN
THỊ XÃ HƯƠNG THỦY

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 210/BC-UBND

Hương Thủy, ngày 10 tháng 12 năm 2019

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2019""",
     "bao_cao", "210/BC-UBND", "2019-12-10", "thị xã Hương Thủy", "huyen", "tỉnh Thừa Thiên Huế", "2019"),
    ("""ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 312/KH-UBND

Đức Trọng, ngày 20 tháng 12 năm 2021

KẾ HOẠCH
Cải cách hành chính năm 2022 trên địa bàn huyện""",
     "ke_hoach", "312/KH-UBND", "2021-12-20", "huyện Đức Trọng", "huyen", "tỉnh Lâm Đồng", "2022"),
    ("""UBND HUYỆN HÒA VANG
UBND XÃ HÒA PHÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/BC-UBND

Hòa Phú, ngày 14 tháng 12 năm 2018

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2018""",
     "bao_cao", "88/BC-UBND", "2018-12-14", "xã Hòa Phú", "xa", "thành phố Đà Nẵng", "2018"),
    ("""UBND TỈNH HÀ NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 61/BC-STTTT

Hà Nam, ngày 25 tháng 3 năm 2019

BÁO CÁO
Kết quả cải cách hành chính quý I năm 2019""",
     "bao_cao", "61/BC-STTTT", "2019-03-25", "tỉnh Hà Nam", "tinh", "tỉnh Hà Nam", "2019-Q1"),
    ("""UBND TỈNH GIA LAI
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/BC-TTPVHCC

Gia Lai, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 10 năm 2025""",
     "bao_cao", "15/BC-TTPVHCC", "2025-11-05", "tỉnh Gia Lai", "tinh", "tỉnh Gia Lai", "2025-M10"),
    ("""UBND PHƯỜNG ĐỒNG XOÀI
VĂN PHÒNG HĐND VÀ UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/BC-VP

Đồng Xoài, ngày 12 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2025""",
     "bao_cao", "21/BC-VP", "2025-12-12", "phường Đồng Xoài", "xa", "tỉnh Đồng Nai", "2025"),
    ("""BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
TỈNH BÌNH DƯƠNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 402/BC-BQL

Bình Dương, ngày 18 tháng 12 năm 2020

BÁO CÁO
Kết quả thực hiện cải cách hành chính năm 2020""",
     "bao_cao", "402/BC-BQL", "2020-12-18", "tỉnh Bình Dương", "tinh", "tỉnh Bình Dương", "2020"),
    ("""UBND THÀNH PHỐ CẦN THƠ
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1890/BC-SNV

Cần Thơ, ngày 09 tháng 12 năm 2016

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2016""",
     "bao_cao", "1890/BC-SNV", "2016-12-09", "thành phố Cần Thơ", "tinh", "thành phố Cần Thơ", "2016"),
    ("""ỦY BAN NHÂN DÂN
THỊ XÃ SƠN TÂY

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 175/BC-UBND

Sơn Tây, ngày 22 tháng 6 năm 2022

BÁO CÁO
Kết quả công tác cải cách hành chính quý II năm 2022""",
     "bao_cao", "175/BC-UBND", "2022-06-22", "thị xã Sơn Tây", "huyen", "thành phố Hà Nội", "2022-Q2"),
    ("""ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 502/BC-UBND

Châu Thành, ngày 11 tháng 12 năm 2020

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2020

Thực hiện Kế hoạch số 4012/KH-UBND của UBND tỉnh Tiền Giang về cải cách hành chính năm 2020, UBND huyện báo cáo như sau:""",
     "bao_cao", "502/BC-UBND", "2020-12-11", "huyện Châu Thành", "huyen", "tỉnh Tiền Giang", "2020"),
    ("""ỦY BAN NHÂN DÂN
ĐẶC KHU VÂN ĐỒN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 64/BC-UBND

Vân Đồn, ngày 03 tháng 9 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 8 năm 2025""",
     "bao_cao", "64/BC-UBND", "2025-09-03", "đặc khu Vân Đồn", "xa", "tỉnh Quảng Ninh", "2025-M08"),
    ("""UBND TỈNH THỪA THIÊN HUẾ
VĂN PHÒNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 2345/VP-CCHC
V/v báo cáo kết quả kiểm soát thủ tục hành chính quý IV năm 2020

Thừa Thiên Huế, ngày 28 tháng 12 năm 2020

Kính gửi: Các sở, ban, ngành cấp tỉnh""",
     "cong_van", "2345/VP-CCHC", "2020-12-28", "tỉnh Thừa Thiên Huế", "tinh", "tỉnh Thừa Thiên Huế", "2020-Q4"),
    ("""UBND TỈNH BẮC KẠN
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 19/KH-SNV

Bắc Kạn, ngày 10 tháng 02 năm 2023

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2023""",
     "ke_hoach", "19/KH-SNV", "2023-02-10", "tỉnh Bắc Kạn", "tinh", "tỉnh Bắc Kạn", "2023"),
]

ITEMS += [
    # ------------------------------------------------------------ harder leads (second batch)
    ("""Bắc Ninh số hóa hồ sơ hộ tịch

Năm 2020, Bắc Ninh đã số hóa hơn 1,1 triệu trang sổ hộ tịch lưu trữ tại các xã, phường, thị trấn, phục vụ việc cấp bản sao trích lục cho người dân.""",
     "tin_bai", "", "", "tỉnh Bắc Ninh", "tinh", "tỉnh Bắc Ninh", "2020"),
    ("""Thị xã dẫn đầu về dịch vụ công trực tuyến

Theo Chủ tịch UBND thị xã Từ Sơn Nguyễn Văn Phong, trong 6 tháng đầu năm 2020, 72% hồ sơ của thị xã được tiếp nhận qua mạng. Các xã Tam Sơn, Hương Mạc cũng đạt trên 60%.""",
     "tin_bai", "", "", "thị xã Từ Sơn", "huyen", "tỉnh Bắc Ninh", "2020-H1"),
    ("""Rút ngắn thời gian chờ tại Bộ phận một cửa

Bộ phận một cửa UBND huyện Đắk Mil (Đắk Nông) đã đưa vào sử dụng hệ thống xếp hàng tự động từ quý II/2019, thời gian chờ trung bình giảm còn 7 phút.""",
     "tin_bai", "", "", "huyện Đắk Mil", "huyen", "tỉnh Đắk Nông", ""),
    ("""Tiếp nhận hồ sơ đất đai qua mạng

Giám đốc Trung tâm Hành chính công thị xã Bỉm Sơn (Thanh Hóa) cho biết năm 2021 trung tâm tiếp nhận 3.210 hồ sơ đất đai, trong đó hơn một nửa nộp trực tuyến.

Người dân phường Ba Đình, Lam Sơn chiếm phần lớn số hồ sơ.""",
     "tin_bai", "", "", "thị xã Bỉm Sơn", "huyen", "tỉnh Thanh Hóa", "2021"),
    ("""Người dân vùng biển hài lòng với chính quyền

21/11/2017

Trên địa bàn xã Quảng Phú, huyện Quảng Trạch, tỉnh Quảng Bình, 10 tháng năm 2017 không có hồ sơ thủ tục hành chính nào bị trễ hẹn.""",
     "tin_bai", "", "2017-11-21", "xã Quảng Phú", "xa", "tỉnh Quảng Bình", ""),
    ("""Phố cổ làm thủ tục không cần giấy tờ

Ở phường Hội An (Đà Nẵng), từ tháng 8/2025 người dân làm thủ tục chứng thực không phải xuất trình bản giấy căn cước, cán bộ tra cứu trên hệ thống dữ liệu dân cư.

Ông Lê Văn Sáu, Chủ tịch UBND phường, cho biết trung bình mỗi ngày phường tiếp nhận 120 hồ sơ.""",
     "tin_bai", "", "", "phường Hội An", "xa", "thành phố Đà Nẵng", ""),
    ("""Huyện ngoại thành đi đầu về thanh toán không tiền mặt

Theo thống kê của UBND huyện Bình Chánh, TP.HCM, 9 tháng đầu năm 2024 có 41% hồ sơ thủ tục hành chính được thanh toán phí, lệ phí trực tuyến.""",
     "tin_bai", "", "", "huyện Bình Chánh", "huyen", "thành phố Hồ Chí Minh", "2024-9M"),
    ("""Mô hình cà phê pháp luật ở xã ven đô

Tại xã Cẩm Thanh, thành phố Hội An, tỉnh Quảng Nam, mô hình cà phê pháp luật được duy trì mỗi tháng một lần từ năm 2018, thu hút hàng trăm lượt người dân tham gia.""",
     "tin_bai", "", "", "xã Cẩm Thanh", "xa", "tỉnh Quảng Nam", ""),
    ("""Phường mới ở cao nguyên tăng tốc chuyển đổi số

Sau ba tháng vận hành, Trung tâm Phục vụ hành chính công phường Mộc Châu (Sơn La) tiếp nhận 4.015 hồ sơ; Phó Chủ tịch UBND phường Mộc Châu Hà Văn Tuấn cho biết 97% được trả đúng hạn.""",
     "tin_bai", "", "", "phường Mộc Châu", "xa", "tỉnh Sơn La", ""),
    ("""Dịch vụ công trực tuyến ở thị xã công nghiệp

Năm 2023, tỷ lệ hồ sơ nộp trực tuyến tại thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu đạt 68%, cao hơn bình quân chung của tỉnh.

Các phường Phú Mỹ, Tân Phước và xã Châu Pha có tỷ lệ cao nhất.""",
     "tin_bai", "", "", "thị xã Phú Mỹ", "huyen", "tỉnh Bà Rịa - Vũng Tàu", "2023"),
    ("""Hội nghị đối thoại doanh nghiệp về thủ tục đầu tư

Sáng 12/3/2022, tại Hà Nội, Bộ Kế hoạch và Đầu tư tổ chức hội nghị đối thoại với doanh nghiệp về cải cách thủ tục đầu tư kinh doanh.""",
     "tin_bai", "", "", "", "", "", ""),
    ("""Cao Bằng: công dân số vùng biên

Ông Nông Văn Hùng, Chủ tịch UBND xã Trùng Khánh, cho biết từ tháng 7/2025 đến nay xã đã hướng dẫn 2.400 người dân cài đặt và sử dụng ứng dụng định danh điện tử.""",
     "tin_bai", "", "", "xã Trùng Khánh", "xa", "tỉnh Cao Bằng", ""),
    ("""Văn phòng UBND tỉnh vận hành hệ thống điều hành mới

Văn phòng UBND tỉnh Hòa Bình vừa đưa vào vận hành hệ thống quản lý văn bản và điều hành liên thông bốn cấp trong tháng 5/2021, thay thế phần mềm cũ.""",
     "tin_bai", "", "", "tỉnh Hòa Bình", "tinh", "tỉnh Hòa Bình", "2021-M05"),
    ("""Huyện miền núi hoàn thành sớm chỉ tiêu dịch vụ công

Ngày 28/12/2022, lãnh đạo huyện Lạc Sơn (Hòa Bình) cho biết năm 2022 huyện đã hoàn thành sớm chỉ tiêu 50% hồ sơ trực tuyến mà UBND tỉnh giao.""",
     "tin_bai", "", "", "huyện Lạc Sơn", "huyen", "tỉnh Hòa Bình", "2022"),
    ("""Đặc khu đảo tiên phong cấp giấy phép trực tuyến

Đặc khu Lý Sơn (Quảng Ngãi) là địa phương đầu tiên của tỉnh cấp 100% giấy phép xây dựng nhà ở riêng lẻ qua mạng trong quý IV/2025.""",
     "tin_bai", "", "", "đặc khu Lý Sơn", "xa", "tỉnh Quảng Ngãi", "2025-Q4"),
    ("""PAPI 2022: thủ tục hành chính công được đánh giá cao

Năm 2022, Chỉ số PAPI của Đắk Nông có 6/8 chỉ số nội dung tăng điểm, trong đó thủ tục hành chính công tăng mạnh nhất.""",
     "tin_bai", "", "", "tỉnh Đắk Nông", "tinh", "tỉnh Đắk Nông", "2022"),
    ("""Phường biên giới hướng dẫn người dân nộp hồ sơ trực tuyến

Đoàn viên thanh niên phường Móng Cái 1 (Quảng Ninh) hỗ trợ hơn 500 lượt người dân nộp hồ sơ trực tuyến trong tháng 10/2025 tại Trung tâm Phục vụ hành chính công phường.""",
     "tin_bai", "", "", "phường Móng Cái 1", "xa", "tỉnh Quảng Ninh", "2025-M10"),
    ("""Tháo gỡ vướng mắc về đất đai cho người dân

Phó Chủ tịch UBND huyện Củ Chi, TP Hồ Chí Minh Trần Văn Hòa chủ trì buổi đối thoại với hộ dân xã Phước Vĩnh An về thủ tục cấp giấy chứng nhận quyền sử dụng đất.""",
     "tin_bai", "", "", "huyện Củ Chi", "huyen", "thành phố Hồ Chí Minh", ""),
    ("""Người dân đến thành phố làm thủ tục giảm mạnh

Nhờ dịch vụ công trực tuyến, lượng người dân đến Bộ phận một cửa thành phố Thủ Đức (TP.HCM) trong năm 2022 giảm 35% so với năm 2021.""",
     "tin_bai", "", "", "thành phố Thủ Đức", "huyen", "thành phố Hồ Chí Minh", "2022"),
    ("""UBND TỈNH VĨNH PHÚC
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1045/SNV-CCHC
V/v báo cáo kết quả cải cách hành chính 9 tháng năm 2019

Vĩnh Phúc, ngày 16 tháng 9 năm 2019

Kính gửi: Ủy ban nhân dân các huyện, thành phố""",
     "cong_van", "1045/SNV-CCHC", "2019-09-16", "tỉnh Vĩnh Phúc", "tinh", "tỉnh Vĩnh Phúc", "2019-9M"),
    ("""UBND THÀNH PHỐ ĐÀ NẴNG
BAN QUẢN LÝ KHU CÔNG NGHỆ CAO VÀ CÁC KHU CÔNG NGHIỆP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 27/BC-BQL

Đà Nẵng, ngày 04 tháng 7 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025""",
     "bao_cao", "27/BC-BQL", "2025-07-04", "thành phố Đà Nẵng", "tinh", "thành phố Đà Nẵng", "2025-H1"),
    ("""UBND HUYỆN YÊN LẠC
VĂN PHÒNG HĐND VÀ UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 33/BC-VP

Yên Lạc, ngày 02 tháng 10 năm 2023

BÁO CÁO
Tình hình giải quyết thủ tục hành chính quý III năm 2023

Văn phòng HĐND và UBND huyện báo cáo tình hình tiếp nhận hồ sơ tại Bộ phận một cửa huyện và các xã, thị trấn như sau:""",
     "bao_cao", "33/BC-VP", "2023-10-02", "huyện Yên Lạc", "huyen", "tỉnh Vĩnh Phúc", "2023-Q3"),
    ("""UBND TỈNH AN GIANG
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 508/BC-SNV

An Giang, ngày 20 tháng 11 năm 2025

BÁO CÁO
Kết quả cải cách hành chính tháng 10 năm 2025 (sau hợp nhất tỉnh An Giang và tỉnh Kiên Giang)""",
     "bao_cao", "508/BC-SNV", "2025-11-20", "tỉnh An Giang", "tinh", "tỉnh An Giang", "2025-M10"),
    ("""ỦY BAN NHÂN DÂN
THỊ TRẤN TÂN TÚC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/BC-UBND

Tân Túc, ngày 14 tháng 6 năm 2021

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021

Thực hiện Kế hoạch của UBND huyện Bình Chánh, UBND thị trấn báo cáo như sau:""",
     "bao_cao", "41/BC-UBND", "2021-06-14", "thị trấn Tân Túc", "xa", "thành phố Hồ Chí Minh", "2021-H1"),
]

ITEMS += [
    # ------------------------------------------------------------ third batch: older years, abbreviations
    ("""Phú Quốc đưa dịch vụ công trực tuyến đến từng khu phố

Trong năm 2019, UBND huyện Phú Quốc (Kiên Giang) đã tổ chức 36 buổi hướng dẫn người dân nộp hồ sơ qua Cổng dịch vụ công của tỉnh.""",
     "tin_bai", "", "", "huyện Phú Quốc", "huyen", "tỉnh Kiên Giang", "2019"),
    ("""Thị xã Long Khánh giảm mạnh hồ sơ trễ hẹn

16/01/2019

Năm 2018, thị xã Long Khánh (Đồng Nai) chỉ có 0,3% hồ sơ trễ hẹn, giảm 1,2 điểm phần trăm so với năm 2017.""",
     "tin_bai", "", "2019-01-16", "thị xã Long Khánh", "huyen", "tỉnh Đồng Nai", "2018"),
    ("""Cải cách thủ tục đất đai ở huyện ven biển

Chủ tịch UBND huyện Mỹ Hào Nguyễn Văn Tuấn cho biết 6 tháng đầu năm 2018, huyện đã cấp 1.240 giấy chứng nhận quyền sử dụng đất, không có hồ sơ quá hạn.""",
     "tin_bai", "", "", "huyện Mỹ Hào", "huyen", "tỉnh Hưng Yên", "2018-H1"),
    ("""Người dân hài lòng với Bộ phận một cửa

Khảo sát của UBND TP Cần Thơ năm 2021 cho thấy 94,5% người dân hài lòng với cán bộ tiếp nhận hồ sơ tại Bộ phận một cửa các cấp.""",
     "tin_bai", "", "", "thành phố Cần Thơ", "tinh", "thành phố Cần Thơ", "2021"),
    ("""Hơn 70% hồ sơ nộp qua mạng

(Chinhphu.vn) - Trong quý III/2024, tỷ lệ hồ sơ nộp trực tuyến của TP. Hải Phòng đạt 71,3%, tăng 9 điểm phần trăm so với quý trước.""",
     "tin_bai", "", "", "thành phố Hải Phòng", "tinh", "thành phố Hải Phòng", "2024-Q3"),
    ("""Xã đầu tiên trả kết quả qua bưu điện

Từ tháng 3/2017, người dân xã Hòa Long, thành phố Bà Rịa, tỉnh Bà Rịa - Vũng Tàu có thể nhận kết quả thủ tục hành chính tại nhà qua bưu điện.""",
     "tin_bai", "", "", "xã Hòa Long", "xa", "tỉnh Bà Rịa - Vũng Tàu", ""),
    ("""Đối thoại với doanh nghiệp về thủ tục đầu tư

Sáng 15/6/2021, Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng chủ trì hội nghị đối thoại với hơn 100 doanh nghiệp về thủ tục đầu tư, đất đai và thuế.

Ảnh: Hội nghị đối thoại tại thành phố Đông Hà.""",
     "tin_bai", "", "", "tỉnh Quảng Trị", "tinh", "tỉnh Quảng Trị", ""),
    ("""Tăng cường kỷ luật, kỷ cương hành chính

Tại buổi làm việc với Sở Nội vụ sáng 20/10/2020, Chủ tịch UBND tỉnh Đắk Lắk yêu cầu các sở, ngành chấn chỉnh tình trạng hồ sơ trễ hẹn trong 9 tháng năm 2020.""",
     "tin_bai", "", "", "tỉnh Đắk Lắk", "tinh", "tỉnh Đắk Lắk", "2020-9M"),
    ("""Người dân phường mới không phải đi xa

Kể từ ngày 1/7/2025, người dân ở phường Long Khánh (Đồng Nai) được giải quyết gần 400 thủ tục tại Trung tâm Phục vụ hành chính công phường thay vì phải lên thành phố Long Khánh như trước.""",
     "tin_bai", "", "", "phường Long Khánh", "xa", "tỉnh Đồng Nai", ""),
    ("""Huyện đảo số hóa hồ sơ địa chính

Năm 2022, Văn phòng đăng ký đất đai chi nhánh huyện Côn Đảo (Bà Rịa - Vũng Tàu) hoàn thành số hóa 100% hồ sơ địa chính, phục vụ cấp giấy chứng nhận trực tuyến.""",
     "tin_bai", "", "", "huyện Côn Đảo", "huyen", "tỉnh Bà Rịa - Vũng Tàu", "2022"),
    ("""Chủ tịch xã trực tiếp tiếp dân mỗi tuần

Theo ông Vàng Seo Pao, Chủ tịch UBND xã Quản Bạ, tỉnh Tuyên Quang, từ khi vận hành chính quyền hai cấp, xã tổ chức tiếp dân vào sáng thứ Năm hằng tuần.""",
     "tin_bai", "", "", "xã Quản Bạ", "xa", "tỉnh Tuyên Quang", ""),
    ("""Cần Thơ: thêm 3 phường vận hành một cửa số

Trong tháng 8/2025, phường Sóc Trăng, phường Vị Thanh và phường Ninh Kiều đã vận hành thí điểm mô hình một cửa số, tiếp nhận hồ sơ hoàn toàn trên môi trường điện tử.""",
     "tin_bai", "", "", "thành phố Cần Thơ", "tinh", "thành phố Cần Thơ", "2025-M08"),
    ("""Chỉ số SIPAS 2020: nhiều địa phương cải thiện

Năm 2020, chỉ số hài lòng về sự phục vụ hành chính của người dân tăng ở 51/63 tỉnh, thành phố, trong đó Quảng Ninh, Hải Phòng, Bắc Giang ở nhóm dẫn đầu.""",
     "tin_bai", "", "", "", "", "", "2020"),
    ("""Dầu Giây giải quyết hồ sơ đúng hạn 100%

Quý IV/2025, xã Dầu Giây, tỉnh Đồng Nai giải quyết đúng hạn toàn bộ 2.315 hồ sơ, trong đó 1.600 hồ sơ nộp trực tuyến. Xã cũng tiếp nhận một số hồ sơ của người dân xã Thống Nhất.""",
     "tin_bai", "", "", "xã Dầu Giây", "xa", "tỉnh Đồng Nai", "2025-Q4"),
    ("""Cán bộ một cửa được tập huấn kỹ năng

Ngày 12/5/2016, Sở Nội vụ tỉnh Hà Tĩnh tổ chức lớp tập huấn kỹ năng giao tiếp cho 120 công chức làm việc tại Bộ phận một cửa các huyện, thị xã, thành phố.""",
     "tin_bai", "", "", "tỉnh Hà Tĩnh", "tinh", "tỉnh Hà Tĩnh", ""),
    ("""Kết quả giải quyết thủ tục hành chính của huyện

Kết quả giải quyết thủ tục hành chính năm 2021 của huyện Vĩnh Linh (Quảng Trị) đạt 99,1% đúng hạn, cao nhất từ trước đến nay.""",
     "tin_bai", "", "", "huyện Vĩnh Linh", "huyen", "tỉnh Quảng Trị", "2021"),
    ("""Phường dẫn đầu về hồ sơ trực tuyến

Với 88% hồ sơ nộp trực tuyến trong tháng 11/2025, phường Hà Giang 1 (Tuyên Quang) dẫn đầu các xã, phường của tỉnh.""",
     "tin_bai", "", "", "phường Hà Giang 1", "xa", "tỉnh Tuyên Quang", "2025-M11"),
    ("""Ứng dụng trí tuệ nhân tạo trả lời thủ tục

Trung tâm Phục vụ hành chính công TP.HCM vừa đưa vào sử dụng trợ lý ảo trả lời câu hỏi về thủ tục hành chính trong tháng 12/2025.""",
     "tin_bai", "", "", "thành phố Hồ Chí Minh", "tinh", "thành phố Hồ Chí Minh", "2025-M12"),
    ("""HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG NGÃI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/BC-HĐND

Quảng Ngãi, ngày 28 tháng 11 năm 2017

BÁO CÁO
Kết quả giám sát công tác cải cách hành chính năm 2017""",
     "bao_cao", "12/BC-HĐND", "2017-11-28", "tỉnh Quảng Ngãi", "tinh", "tỉnh Quảng Ngãi", "2017"),
    ("""UBND TỈNH THÁI BÌNH
BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05/KH-BCĐ

Thái Bình, ngày 22 tháng 01 năm 2019

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2019""",
     "ke_hoach", "05/KH-BCĐ", "2019-01-22", "tỉnh Thái Bình", "tinh", "tỉnh Thái Bình", "2019"),
    ("""UBND THÀNH PHỐ LONG KHÁNH
PHÒNG NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/BC-PNV

Long Khánh, ngày 10 tháng 12 năm 2022

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2022""",
     "bao_cao", "88/BC-PNV", "2022-12-10", "thành phố Long Khánh", "huyen", "tỉnh Đồng Nai", "2022"),
    ("""ỦY BAN NHÂN DÂN
HUYỆN PHÚ QUỐC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 145/BC-UBND

Phú Quốc, ngày 18 tháng 6 năm 2019

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2019""",
     "bao_cao", "145/BC-UBND", "2019-06-18", "huyện Phú Quốc", "huyen", "tỉnh Kiên Giang", "2019-H1"),
    ("""UBND HUYỆN VĨNH LINH
VĂN PHÒNG HĐND VÀ UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 19/BC-VP

Vĩnh Linh, ngày 27 tháng 3 năm 2018

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2018""",
     "bao_cao", "19/BC-VP", "2018-03-27", "huyện Vĩnh Linh", "huyen", "tỉnh Quảng Trị", "2018-Q1"),
    ("""UBND TỈNH ĐẮK NÔNG
SỞ KẾ HOẠCH VÀ ĐẦU TƯ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 230/QĐ-SKHĐT

Gia Nghĩa, ngày 04 tháng 3 năm 2020

QUYẾT ĐỊNH
Ban hành Kế hoạch cải cách hành chính năm 2020 của Sở Kế hoạch và Đầu tư""",
     "quyet_dinh", "230/QĐ-SKHĐT", "2020-03-04", "tỉnh Đắk Nông", "tinh", "tỉnh Đắk Nông", ""),
    ("""UBND THỊ XÃ PHÚ MỸ
UBND PHƯỜNG MỸ XUÂN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 62/BC-UBND

Mỹ Xuân, ngày 05 tháng 7 năm 2022

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022""",
     "bao_cao", "62/BC-UBND", "2022-07-05", "phường Mỹ Xuân", "xa", "tỉnh Bà Rịa - Vũng Tàu", "2022-H1"),
    ("""TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
TỈNH QUẢNG NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 310/TTPVHCC-NV
V/v báo cáo tình hình tiếp nhận hồ sơ tháng 11 năm 2025

Quảng Ninh, ngày 01 tháng 12 năm 2025

Kính gửi: Văn phòng UBND tỉnh""",
     "cong_van", "310/TTPVHCC-NV", "2025-12-01", "tỉnh Quảng Ninh", "tinh", "tỉnh Quảng Ninh", "2025-M11"),
    ("""SỞ NỘI VỤ THÀNH PHỐ HUẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1502/BC-SNV

Huế, ngày 24 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2025""",
     "bao_cao", "1502/BC-SNV", "2025-12-24", "thành phố Huế", "tinh", "thành phố Huế", "2025"),
]

ITEMS += [
    # ------------------------------------------------------------ fourth batch: more lead forms
    ("""Người dân hài lòng khi làm thủ tục

Anh Trần Văn Lực đến làm thủ tục chuyển nhượng đất tại Trung tâm Hành chính công huyện Thống Nhất (Đồng Nai) sáng 14/9/2021 chỉ mất 20 phút để nộp hồ sơ.""",
     "tin_bai", "", "", "huyện Thống Nhất", "huyen", "tỉnh Đồng Nai", ""),
    ("""Một cửa điện tử rút ngắn thời gian chờ

Trên địa bàn Quảng Trị, trong năm 2020 có 98,5% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn, tỉnh không có hồ sơ tồn đọng.""",
     "tin_bai", "", "", "tỉnh Quảng Trị", "tinh", "tỉnh Quảng Trị", "2020"),
    ("""Ký số 100% văn bản đi

Giám đốc Sở Nội vụ Quảng Trị Lê Văn Bảo cho biết trong quý I/2022, toàn bộ văn bản đi của các sở, ngành đều được ký số.""",
     "tin_bai", "", "", "tỉnh Quảng Trị", "tinh", "tỉnh Quảng Trị", "2022-Q1"),
    ("""Trả kết quả đúng hẹn trên 99%

Tỷ lệ hồ sơ trả đúng hẹn của TP.HCM năm 2023 đạt 99,2%, theo số liệu của Văn phòng UBND Thành phố.""",
     "tin_bai", "", "", "thành phố Hồ Chí Minh", "tinh", "thành phố Hồ Chí Minh", "2023"),
    ("""Ứng dụng mã QR tra cứu hồ sơ

Chủ tịch UBND xã Đa Phước Nguyễn Văn Mười cho biết từ quý IV/2021, người dân trong xã có thể quét mã QR để tra cứu tình trạng hồ sơ.""",
     "tin_bai", "", "", "xã Đa Phước", "xa", "thành phố Hồ Chí Minh", ""),
    ("""Hướng dẫn người dân cài đặt định danh điện tử

Ở Hà Tĩnh, đến hết tháng 6/2022 đã có hơn 400.000 tài khoản định danh điện tử được kích hoạt.""",
     "tin_bai", "", "", "tỉnh Hà Tĩnh", "tinh", "tỉnh Hà Tĩnh", ""),
    ("""Tiếp nhận hồ sơ tại nhà cho người già

Đoàn thanh niên thị trấn Hương Canh, huyện Bình Xuyên (Vĩnh Phúc) đã hỗ trợ 150 người cao tuổi nộp hồ sơ trực tuyến trong tháng 4/2021.""",
     "tin_bai", "", "", "thị trấn Hương Canh", "xa", "tỉnh Vĩnh Phúc", "2021-M04"),
    ("""Đối thoại về thủ tục cấp phép xây dựng

“Thủ tục nay nhanh hơn rất nhiều”, ông Nguyễn Văn Hải, một người dân phường Thủ Dầu Một, Thành phố Hồ Chí Minh chia sẻ tại buổi đối thoại sáng 10/11/2025.

Chủ tịch UBND phường cho biết phường sẽ rút ngắn thời gian cấp phép còn 7 ngày.""",
     "tin_bai", "", "", "phường Thủ Dầu Một", "xa", "thành phố Hồ Chí Minh", ""),
    ("""Huyện đạt chuẩn chính quyền số

Huyện Ea Kar, tỉnh Đắk Lắk được công nhận đạt chuẩn chính quyền số cấp huyện năm 2023, là huyện đầu tiên của tỉnh.""",
     "tin_bai", "", "", "huyện Ea Kar", "huyen", "tỉnh Đắk Lắk", "2023"),
    ("""Xã Ea Kar tiếp nhận 1.200 hồ sơ tháng đầu

Trong tháng 7/2025, Trung tâm Phục vụ hành chính công xã Ea Kar tiếp nhận 1.200 hồ sơ, phần lớn là hồ sơ đất đai chuyển từ huyện Ea Kar cũ.""",
     "tin_bai", "", "", "xã Ea Kar", "xa", "tỉnh Đắk Lắk", "2025-M07"),
    ("""Tân Biên: giải quyết hồ sơ đúng hạn

Xã Tân Biên (Tây Ninh) giải quyết đúng hạn 99,6% hồ sơ trong quý III/2025.""",
     "tin_bai", "", "", "xã Tân Biên", "xa", "tỉnh Tây Ninh", "2025-Q3"),
    ("""Đánh giá cán bộ qua mức độ hài lòng

Năm 2019, UBND thị xã Hoàng Mai (Nghệ An) lắp đặt thiết bị đánh giá mức độ hài lòng tại Bộ phận một cửa thị xã và 10 xã, phường.""",
     "tin_bai", "", "", "thị xã Hoàng Mai", "huyen", "tỉnh Nghệ An", "2019"),
    ("""Thủ tục đất đai được giải quyết nhanh hơn

Theo Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Hòa Bình, 6 tháng đầu năm 2023 thời gian giải quyết thủ tục đất đai trung bình giảm 3 ngày.""",
     "tin_bai", "", "", "tỉnh Hòa Bình", "tinh", "tỉnh Hòa Bình", "2023-H1"),
    ("""Sau hợp nhất, Khánh Hòa có hơn 2.000 thủ tục hành chính

Kể từ ngày 1/7/2025, tỉnh Khánh Hòa mới (hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận) công bố danh mục 2.048 thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp.""",
     "tin_bai", "", "", "tỉnh Khánh Hòa", "tinh", "tỉnh Khánh Hòa", ""),
    ("""Bộ phận một cửa xã làm việc cả ngày thứ Bảy

Bộ phận một cửa UBND xã Tân Hội, huyện Đan Phượng (Hà Nội) làm việc cả ngày thứ Bảy từ tháng 6/2019 để người dân đi làm xa có thể nộp hồ sơ.""",
     "tin_bai", "", "", "xã Tân Hội", "xa", "thành phố Hà Nội", ""),
    ("""Phó Chủ tịch huyện trực tiếp giải quyết kiến nghị

Sáng 8/8/2020, Phó Chủ tịch UBND huyện Nhơn Trạch Lê Văn Khánh trực tiếp đối thoại với 30 hộ dân xã Long Tân về thủ tục cấp giấy chứng nhận.""",
     "tin_bai", "", "", "huyện Nhơn Trạch", "huyen", "tỉnh Đồng Nai", ""),
    ("""Người dân xã đảo làm thủ tục qua mạng

Trong 9 tháng năm 2025, người dân ở xã Cần Giờ, Thành phố Hồ Chí Minh đã nộp 3.100 hồ sơ trực tuyến.""",
     "tin_bai", "", "", "xã Cần Giờ", "xa", "thành phố Hồ Chí Minh", "2025-9M"),
    ("""Hội thi cán bộ một cửa giỏi

Ngày 20/10/2018, Sở Nội vụ phối hợp với Liên đoàn Lao động tỉnh Bình Dương tổ chức hội thi cán bộ một cửa giỏi với 60 thí sinh của các huyện, thị xã, thành phố.""",
     "tin_bai", "", "", "tỉnh Bình Dương", "tinh", "tỉnh Bình Dương", ""),
    ("""UBND THỊ XÃ NINH HÒA
VĂN PHÒNG HĐND VÀ UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 27/BC-VP

Ninh Hòa, ngày 15 tháng 9 năm 2017

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 9 tháng năm 2017""",
     "bao_cao", "27/BC-VP", "2017-09-15", "thị xã Ninh Hòa", "huyen", "tỉnh Khánh Hòa", "2017-9M"),
    ("""ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
SỞ NỘI VỤ
Số: 412/SNV-CCHC
V/v báo cáo công tác cải cách hành chính từ tháng 1 đến tháng 6 năm 2020

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 02 tháng 6 năm 2020""",
     "cong_van", "412/SNV-CCHC", "2020-06-02", "tỉnh Hà Giang", "tinh", "tỉnh Hà Giang", "2020-H1"),
    ("""UBND TỈNH TIỀN GIANG
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 115/KH-BQL

Tiền Giang, ngày 28 tháng 12 năm 2021

KẾ HOẠCH
Cải cách hành chính năm 2022""",
     "ke_hoach", "115/KH-BQL", "2021-12-28", "tỉnh Tiền Giang", "tinh", "tỉnh Tiền Giang", "2022"),
    ("""UBND HUYỆN CẦN GIỜ
UBND XÃ THẠNH AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/BC-UBND

Thạnh An, ngày 12 tháng 12 năm 2016

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2016""",
     "bao_cao", "45/BC-UBND", "2016-12-12", "xã Thạnh An", "xa", "thành phố Hồ Chí Minh", "2016"),
    ("""UBND TỈNH KIÊN GIANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 08/BC-STTTT

Rạch Giá, ngày 10 tháng 01 năm 2023

BÁO CÁO
Tình hình cung cấp dịch vụ công trực tuyến năm 2022""",
     "bao_cao", "08/BC-STTTT", "2023-01-10", "tỉnh Kiên Giang", "tinh", "tỉnh Kiên Giang", "2022"),
    ("""ỦY BAN NHÂN DÂN
XÃ DẦU GIÂY

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 30/KH-UBND

Dầu Giây, ngày 26 tháng 12 năm 2025

KẾ HOẠCH
Cải cách hành chính năm 2026""",
     "ke_hoach", "30/KH-UBND", "2025-12-26", "xã Dầu Giây", "xa", "tỉnh Đồng Nai", "2026"),
]


def main() -> None:
    for folder in (HERE, ASIDE):
        folder.mkdir(exist_ok=True)
        for old in folder.glob("[0-9][0-9][0-9].txt"):
            old.unlink()
    rows = {HERE: [], ASIDE: []}
    for i, (text, *gold) in enumerate(ITEMS):
        folder = ASIDE if i % 3 == 2 else HERE
        name = f"{801 + i:03d}.txt"
        (folder / name).write_text(text.strip() + "\n", encoding="utf-8")
        rows[folder].append([name, *gold])
    for folder, got in rows.items():
        with (folder / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(FIELDS)
            w.writerows(got)


if __name__ == "__main__":
    main()

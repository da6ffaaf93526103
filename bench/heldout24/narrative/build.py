# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for held-out set 24 (narrative). Run: python3 build.py"""
import csv, json, re, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

U_HN = "https://news.laodong.vn/xa-hoi/mot-lanh-dao-so-xay-dung-ha-noi-bi-nhac-ten-vi-cham-giai-quyet-thu-tuc-hanh-chinh-1496345.ldo"
U_LC = "https://www.vietnam.vn/en/chuan-bi-cac-dieu-kien-tot-nhat-de-sap-nhap-tinh-moi"
U_HUU = "https://vietnam.vn/en/nhieu-can-bo-lanh-dao-ve-huu-som-mot-so-dia-phuong-them-chinh-sach-ho-tro"
U_SXD = "https://www.vietnam.vn/en/khan-truong-trien-khai-chien-dich-giai-ngan-von-dau-tu-cong"
U_STP = "https://thongtin.vietnam.vn/en/xay-dung-khung-phap-ly-vung-chac-de-phat-huy-toi-da-nguon-luc-phat-trien"
U_BTP = "https://vietnam.vn/en/doan-kiem-tra-lien-nganh-bo-tu-phap-lam-viec-voi-ubnd-tinh"
U_QN = "https://www.vietnam.vn/en/dua-chinh-sach-phap-luat-vao-cuoc-song"
U_BG = "https://thanhtra.com.vn/thong-tin-doanh-nghiep/to-kiem-tra-cong-vu-tinh-bac-giang-kiem-tra-10-don-vi-223175.html"
U_KH = "https://news.laodong.vn/kinh-doanh/khanh-hoa-cat-giam-100-dieu-kien-kinh-doanh-khong-can-thiet-vao-nam-2026-1549724.ldo"
U_DX = "https://www.vietnam.vn/en/dong-xuan-tong-von-dau-tu-phat-trien-thuc-hien-223-5-ti-dong"
U_LD = "https://www.vietnam.vn/en/lam-dong-tap-trung-go-vuong-cho-cac-du-an-dau-tu-cong-nam-2025"
U_LS = "https://old.baolangson.vn/en/economy/17636-the-department-of-construction-needs-to-focus-on-completing-key-tasks-ensuring-quality-and-efficiency.html"
U_TG = "https://vccinews.com/prode/51365/enhancing-state-administration-of-natural-resources-and-environment.html"
U_NA = "https://www.vietnam.vn/en/thu-tuc-hanh-chinh-linh-vuc-nong-nghiep-va-moi-truong-ngay-cang-nhanh-gon-hieu-qua"

# (source_kind, doc_level, text, facts, source)
CASES = [
 # 1-2 Hà Nội, Sở Xây dựng: kết luận kiểm tra đột xuất (PAKN / kiểm tra)
 ("news", "so_nganh",
  "Kết luận kiểm tra đột xuất của Trung tâm Phục vụ hành chính công thành phố Hà Nội đối với Sở Xây dựng cho thấy, trong thời gian từ ngày 01/01/2024 đến ngày 26/12/2024, tỷ lệ hồ sơ đã giải quyết nhưng trả kết quả quá hạn của Sở là 27% (903/3.337 hồ sơ); riêng lĩnh vực vật liệu xây dựng, tỷ lệ quá hạn lên tới 68% (101/148 hồ sơ).",
  [F(27, "%", "tỷ lệ hồ sơ đã giải quyết quá hạn", "so_nganh"),
   F(903, "hồ sơ", "hồ sơ giải quyết quá hạn", "so_nganh"),
   F(3337, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", code="BM3-3.1.1"),
   F(68, "%", "tỷ lệ hồ sơ quá hạn lĩnh vực vật liệu xây dựng", "so_nganh"),
   F(101, "hồ sơ", "hồ sơ quá hạn lĩnh vực vật liệu xây dựng", "so_nganh"),
   F(148, "hồ sơ", "hồ sơ đã giải quyết lĩnh vực vật liệu xây dựng", "so_nganh")], U_HN),
 ("news", "so_nganh",
  "Việc kiểm tra được thực hiện trên hệ thống kết hợp kiểm tra xác suất 10 hồ sơ; đoàn kiểm tra xác định 100% hồ sơ quá hạn của Sở Xây dựng không có văn bản xin lỗi theo quy định tại Nghị định số 61/2018/NĐ-CP, đồng thời đến thời điểm kiểm tra (ngày 13/01/2025) Sở vẫn chưa tham mưu UBND thành phố ban hành quyết định công bố danh mục thủ tục hành chính.",
  [F(10, "hồ sơ", "hồ sơ được kiểm tra xác suất", "so_nganh"),
   F(100, "%", "tỷ lệ hồ sơ quá hạn không có văn bản xin lỗi", "so_nganh")], U_HN),
 # 3-4 Lào Cai: sắp xếp bộ máy, nghỉ hưu trước tuổi
 ("news", "tinh",
  "Tính đến ngày 28/02/2025, tỉnh Lào Cai đã hoàn thành việc sắp xếp, hợp nhất 6 sở và cơ quan tương đương (Nội vụ, Tài chính, Xây dựng, Nông nghiệp và Môi trường, Khoa học và Công nghệ, Dân tộc và Tôn giáo), đồng thời hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy; qua đó giảm 5 sở, 5 giám đốc sở và nhiều trưởng phòng chuyên môn cấp tỉnh.",
  [F(6, "đơn vị", "sở và cơ quan tương đương đã sắp xếp, hợp nhất", "tinh"),
   F(5, "đơn vị", "số sở giảm sau sắp xếp", "tinh"),
   F(5, "người", "giám đốc sở giảm sau sắp xếp", "tinh")], U_LC),
 ("news", "tinh",
  "Về nhân sự, toàn tỉnh Lào Cai có 111 cán bộ tự nguyện xin nghỉ hưu trước tuổi, trong đó có 4 giám đốc sở và 2 phó giám đốc sở; đến nay đã có 71 trường hợp được phê duyệt, gồm 38 trường hợp khối Đảng và 33 trường hợp khối chính quyền.",
  [F(111, "người", "cán bộ tự nguyện xin nghỉ hưu trước tuổi", "tinh"),
   F(4, "người", "giám đốc sở xin nghỉ hưu trước tuổi", "tinh"),
   F(2, "người", "phó giám đốc sở xin nghỉ hưu trước tuổi", "tinh"),
   F(71, "người", "trường hợp nghỉ hưu trước tuổi đã được phê duyệt", "tinh"),
   F(38, "người", "trường hợp được phê duyệt thuộc khối Đảng", "tinh"),
   F(33, "người", "trường hợp được phê duyệt thuộc khối chính quyền", "tinh")], U_LC),
 # 5-6 Quảng Nam, Bình Phước, Hòa Bình: nghỉ hưu sớm
 ("news", "tinh",
  "Tại Quảng Nam, hơn 500 cán bộ đã làm đơn xin nghỉ hưu trước tuổi; ngày 20/02, Chủ tịch UBND tỉnh ký quyết định phê duyệt danh sách 54 cán bộ nghỉ hưu trước tuổi hoặc thôi việc trong quý I/2025, trong đó có 6 giám đốc sở và 1 phó giám đốc sở.",
  [F(500, "người", "cán bộ làm đơn xin nghỉ hưu trước tuổi", "tinh", approx=True),
   F(54, "người", "cán bộ được phê duyệt nghỉ hưu trước tuổi, thôi việc", "tinh"),
   F(6, "người", "giám đốc sở được phê duyệt nghỉ hưu trước tuổi, thôi việc", "tinh"),
   F(1, "người", "phó giám đốc sở được phê duyệt nghỉ hưu trước tuổi, thôi việc", "tinh")], U_HUU),
 ("news", "tinh",
  "Tỉnh ủy Bình Phước đã phê duyệt danh sách 18 cán bộ lãnh đạo ngành tuyên giáo và dân vận nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP; Ban Thường vụ Tỉnh ủy Hòa Bình cũng công bố quyết định nghỉ hưu, thôi việc đối với 16 cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
  [F(18, "người", "cán bộ lãnh đạo được phê duyệt nghỉ hưu trước tuổi (Bình Phước)", "tinh"),
   F(16, "người", "cán bộ diện Ban Thường vụ quản lý nghỉ hưu, thôi việc (Hòa Bình)", "tinh")], U_HUU),
 # 7 Sở Xây dựng: giải ngân vốn đầu tư công
 ("news", "so_nganh",
  "Sau điều chỉnh, năm 2025 Sở Xây dựng được giao tổng kế hoạch vốn đầu tư công hơn 1.850 tỷ đồng, trong đó vốn ngân sách tỉnh chiếm phần lớn với hơn 1.120 tỷ đồng; tuy nhiên, đến hết tháng 9/2025 Sở mới giải ngân được 302 tỷ đồng.",
  [F(1850, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "so_nganh", approx=True),
   F(1120, "tỷ đồng", "kế hoạch vốn ngân sách tỉnh được giao", "so_nganh", approx=True),
   F(302, "tỷ đồng", "vốn đầu tư công đã giải ngân", "so_nganh")], U_SXD),
 # 8-9 Sở Tư pháp: nhiệm kỳ 2020-2025
 ("report", "so_nganh",
  "Trong nhiệm kỳ 2020 - 2025, Sở Tư pháp đã tham mưu ban hành 5 nghị quyết và 3 quyết định; thẩm định 56 đề nghị xây dựng nghị quyết và 475 dự thảo văn bản quy phạm pháp luật.",
  [F(5, "văn bản", "nghị quyết được tham mưu ban hành", "so_nganh"),
   F(3, "văn bản", "quyết định được tham mưu ban hành", "so_nganh"),
   F(56, "văn bản", "đề nghị xây dựng nghị quyết được thẩm định", "so_nganh"),
   F(475, "văn bản", "dự thảo văn bản QPPL được thẩm định", "so_nganh")], U_STP),
 ("report", "so_nganh",
  "Cũng trong nhiệm kỳ, Sở đã kiểm tra 357 văn bản do HĐND, UBND cấp huyện ban hành, qua đó phát hiện 32 văn bản có sai sót, trái pháp luật và kịp thời kiến nghị cơ quan, đơn vị, địa phương sửa đổi, bổ sung.",
  [F(357, "văn bản", "văn bản cấp huyện đã được kiểm tra", "so_nganh", code="BM2-2.1"),
   F(32, "văn bản", "văn bản sai sót, trái pháp luật phát hiện qua kiểm tra", "so_nganh", code="BM2-2.2.1")], U_STP),
 # 10-12 Đoàn kiểm tra liên ngành Bộ Tư pháp làm việc với UBND tỉnh
 ("report", "tinh",
  "Từ ngày 01/01/2021 đến ngày 30/6/2023, UBND tỉnh đã ban hành 219 văn bản quy phạm pháp luật và tự kiểm tra 219/219 văn bản; qua tự kiểm tra phát hiện 3 văn bản có nội dung trái pháp luật và 8 văn bản sai sót về căn cứ pháp lý, hiệu lực, thể thức, kỹ thuật trình bày, đã được xử lý bằng quyết định đính chính.",
  [F(219, "văn bản", "VBQPPL do UBND tỉnh ban hành", "tinh"),
   F(219, "văn bản", "VBQPPL đã tự kiểm tra", "tinh"),
   F(3, "văn bản", "văn bản có nội dung trái pháp luật", "tinh"),
   F(8, "văn bản", "văn bản sai sót về căn cứ, hiệu lực, thể thức", "tinh")], U_BTP),
 ("report", "tinh",
  "Thông qua Sở Tư pháp, tỉnh đã tiếp nhận 54 văn bản quy phạm pháp luật do UBND cấp huyện gửi đến để kiểm tra theo thẩm quyền. Về rà soát, có 159 văn bản HĐND, UBND tỉnh phải thực hiện và đã thực hiện 159/159 văn bản; tổng số văn bản cần xử lý là 176, đến nay tỉnh đã sửa đổi, bổ sung, thay thế hoặc bãi bỏ xong 176 văn bản.",
  [F(54, "văn bản", "văn bản cấp huyện tiếp nhận để kiểm tra", "tinh"),
   F(159, "văn bản", "văn bản đã rà soát", "tinh", code="BM2-3.1"),
   F(176, "văn bản", "văn bản cần xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(176, "văn bản", "văn bản đã xử lý xong sau rà soát", "tinh", code="BM2-3.2.2")], U_BTP),
 ("news", "tinh",
  "UBND tỉnh đã công bố 124 văn bản hết hiệu lực toàn bộ và 46 văn bản hết hiệu lực một phần; qua kiểm tra, Đoàn kiểm tra liên ngành của Bộ Tư pháp chỉ ra 23 văn bản do HĐND, UBND tỉnh ban hành có dấu hiệu chưa phù hợp quy định pháp luật.",
  [F(124, "văn bản", "văn bản công bố hết hiệu lực toàn bộ", "tinh"),
   F(46, "văn bản", "văn bản công bố hết hiệu lực một phần", "tinh"),
   F(23, "văn bản", "văn bản có dấu hiệu chưa phù hợp pháp luật phát hiện qua kiểm tra", "tinh")], U_BTP),
 # 13 Quảng Ninh: VBQPPL 6 tháng đầu năm 2025
 ("news", "tinh",
  "Tỉnh Quảng Ninh xác định 5 lĩnh vực trọng tâm cần theo dõi thi hành pháp luật; 6 tháng đầu năm 2025, tỉnh đã ban hành 50 văn bản quy phạm pháp luật, gồm 3 nghị quyết và 47 quyết định quy định chi tiết thi hành các luật mới như Luật Đất đai, Luật Nhà ở.",
  [F(50, "văn bản", "VBQPPL cấp tỉnh đã ban hành", "tinh", code="BM2-1.1"),
   F(3, "văn bản", "nghị quyết QPPL đã ban hành", "tinh"),
   F(47, "văn bản", "quyết định QPPL đã ban hành", "tinh")], U_QN),
 # 14 Bắc Giang: Tổ kiểm tra công vụ
 ("news", "tinh",
  "Tổ kiểm tra công vụ tỉnh Bắc Giang đã kiểm tra 10 đơn vị, gồm Sở Nông nghiệp và Phát triển nông thôn, Phòng Nội vụ huyện Hiệp Hòa, 2 Bộ phận tiếp nhận và trả kết quả huyện Việt Yên, Hiệp Hòa, Trạm Y tế xã Lương Phong và UBND các xã Nội Hoàng, Tăng Tiến, Thái Đào, Phương Sơn, Lương Phong; qua kiểm tra, một số cán bộ, công chức còn đi muộn, vắng mặt không rõ lý do.",
  [F(10, "đơn vị", "cơ quan, đơn vị được kiểm tra công vụ", "tinh"),
   F(2, "đơn vị", "bộ phận tiếp nhận và trả kết quả cấp huyện được kiểm tra", "huyen")], U_BG),
 # 15 Khánh Hòa: kế hoạch (không có fact)
 ("news", "tinh",
  "Theo kế hoạch thực hiện Chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh giai đoạn 2025 - 2026, năm 2025 tỉnh Khánh Hòa phấn đấu cắt giảm ít nhất 30% điều kiện đầu tư kinh doanh không cần thiết, giảm 30% thời gian giải quyết và chi phí tuân thủ TTHC; 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến.",
  [], U_KH),
 # 16-17 huyện Đồng Xuân (Phú Yên), quý I/2025
 ("news", "huyen",
  "Trong 3 tháng đầu năm 2025, huyện Đồng Xuân đã phê duyệt chủ trương đầu tư 9 dự án với tổng mức đầu tư 6,2 tỷ đồng; phê duyệt kế hoạch lựa chọn nhà thầu 16 dự án với tổng giá trị gói thầu hơn 9,5 tỷ đồng và phê duyệt quyết toán vốn đầu tư 17 dự án, giá trị quyết toán 49,6 tỷ đồng.",
  [F(9, "dự án", "dự án được phê duyệt chủ trương đầu tư", "huyen"),
   F(6.2, "tỷ đồng", "tổng mức đầu tư các dự án được phê duyệt chủ trương", "huyen"),
   F(16, "dự án", "dự án được phê duyệt kế hoạch lựa chọn nhà thầu", "huyen"),
   F(9.5, "tỷ đồng", "giá trị gói thầu được phê duyệt", "huyen", approx=True),
   F(17, "dự án", "dự án được phê duyệt quyết toán", "huyen"),
   F(49.6, "tỷ đồng", "giá trị quyết toán được phê duyệt", "huyen")], U_DX),
 ("news", "huyen",
  "Tổng vốn đầu tư phát triển từ ngân sách nhà nước giao cho huyện Đồng Xuân năm 2025 là hơn 39,3 tỷ đồng; đến nay huyện đã giải ngân 15,4 tỷ đồng, đạt 39,25% kế hoạch.",
  [F(39.3, "tỷ đồng", "kế hoạch vốn đầu tư phát triển được giao", "huyen", approx=True),
   F(15.4, "tỷ đồng", "vốn đầu tư đã giải ngân", "huyen"),
   F(39.25, "%", "tỷ lệ giải ngân kế hoạch vốn", "huyen")], U_DX),
 # 18 Lâm Đồng: ban QLDA khu vực
 ("news", "so_nganh",
  "Ban Quản lý dự án đầu tư xây dựng khu vực Tuy Phong đã giải ngân hơn 112/212,4 tỷ đồng, đạt gần 53% kế hoạch vốn năm 2025; Ban Quản lý dự án khu vực Hàm Thuận Nam đến giữa tháng 10 giải ngân hơn 67,6 tỷ đồng trên tổng số 128,46 tỷ đồng, đạt 52,6%, và dự kiến đến cuối năm giải ngân trên 80% vốn được giao.",
  [F(112, "tỷ đồng", "vốn đã giải ngân (Ban QLDA khu vực Tuy Phong)", "so_nganh", approx=True),
   F(212.4, "tỷ đồng", "kế hoạch vốn năm 2025 (Ban QLDA khu vực Tuy Phong)", "so_nganh"),
   F(53, "%", "tỷ lệ giải ngân (Ban QLDA khu vực Tuy Phong)", "so_nganh", approx=True),
   F(67.6, "tỷ đồng", "vốn đã giải ngân (Ban QLDA khu vực Hàm Thuận Nam)", "so_nganh", approx=True),
   F(128.46, "tỷ đồng", "kế hoạch vốn được giao (Ban QLDA khu vực Hàm Thuận Nam)", "so_nganh"),
   F(52.6, "%", "tỷ lệ giải ngân (Ban QLDA khu vực Hàm Thuận Nam)", "so_nganh")], U_LD),
 # 19-20 Lạng Sơn, Sở Xây dựng, 9 tháng 2021
 ("report", "so_nganh",
  "Chín tháng đầu năm 2021, Sở Xây dựng tỉnh Lạng Sơn đã hoàn thành 47 báo cáo thẩm định quy hoạch xây dựng, quy hoạch đô thị; tham mưu UBND tỉnh ban hành 27 quyết định phê duyệt nhiệm vụ, đồ án quy hoạch; thẩm định dự án, thiết kế xây dựng và dự toán của 103 công trình và kiểm tra 41 công trình xây dựng.",
  [F(47, "báo cáo", "báo cáo thẩm định quy hoạch đã hoàn thành", "so_nganh"),
   F(27, "quyết định", "quyết định phê duyệt nhiệm vụ, đồ án quy hoạch được tham mưu ban hành", "so_nganh"),
   F(103, "công trình", "công trình được thẩm định dự án, thiết kế, dự toán", "so_nganh"),
   F(41, "công trình", "công trình xây dựng được kiểm tra", "so_nganh")], U_LS),
 ("report", "so_nganh",
  "Sở hiện được giao 39 vị trí việc làm nhưng đang quản lý 35 công chức tại 5 phòng chuyên môn. Trong 9 tháng, Sở được UBND tỉnh, Chủ tịch và các Phó Chủ tịch UBND tỉnh giao 138 nhiệm vụ, gồm 5 nhiệm vụ trọng tâm và 133 nhiệm vụ thường xuyên; đến nay đã hoàn thành 2/5 nhiệm vụ trọng tâm và 119 nhiệm vụ được giao.",
  [F(138, "nhiệm vụ", "nhiệm vụ được UBND tỉnh giao", "so_nganh"),
   F(5, "nhiệm vụ", "nhiệm vụ trọng tâm được giao", "so_nganh"),
   F(133, "nhiệm vụ", "nhiệm vụ thường xuyên được giao", "so_nganh"),
   F(2, "nhiệm vụ", "nhiệm vụ trọng tâm đã hoàn thành", "so_nganh"),
   F(119, "nhiệm vụ", "nhiệm vụ được giao đã hoàn thành", "so_nganh")], U_LS),
 # 21 Tiền Giang, Sở TN&MT
 ("news", "so_nganh",
  "Sở Tài nguyên và Môi trường tỉnh Tiền Giang đã công khai 110 thủ tục hành chính thuộc thẩm quyền trên trang thông tin điện tử của Sở và Bộ phận Một cửa điện tử của tỉnh, trong đó có 57 thủ tục trực tuyến một phần và 37 thủ tục trực tuyến toàn trình; 100% hồ sơ hành chính đã được số hóa. Năm 2023, Sở đăng ký rà soát 9 thủ tục, gồm 5 thủ tục lĩnh vực đất đai, 2 thủ tục lĩnh vực môi trường và 2 thủ tục lĩnh vực tài nguyên nước, khoáng sản, biển.",
  [F(110, "TTHC", "TTHC thuộc thẩm quyền của Sở được công khai", "so_nganh", code="BM3-1.4.1"),
   F(57, "TTHC", "TTHC trực tuyến một phần", "so_nganh"),
   F(37, "TTHC", "TTHC trực tuyến toàn trình", "so_nganh"),
   F(100, "%", "tỷ lệ hồ sơ hành chính được số hóa", "so_nganh"),
   F(9, "TTHC", "TTHC đăng ký rà soát", "so_nganh"),
   F(5, "TTHC", "TTHC đất đai đăng ký rà soát", "so_nganh"),
   F(2, "TTHC", "TTHC môi trường đăng ký rà soát", "so_nganh"),
   F(2, "TTHC", "TTHC tài nguyên nước, khoáng sản, biển đăng ký rà soát", "so_nganh")], U_TG),
 # 22 Nghệ An, ngành NN&MT (không có fact)
 ("news", "so_nganh",
  "Ngành Nông nghiệp và Môi trường Nghệ An đã rút ngắn thời gian giải quyết thủ tục công nhận làng nghề và công nhận nghề truyền thống từ 30 ngày xuống 22 ngày, thủ tục hỗ trợ dự án liên kết từ 25 ngày xuống 20 ngày; đồng thời đề xuất cắt giảm tới 40% thời gian giải quyết đối với 47 TTHC có phát sinh hồ sơ và 108 TTHC thực hiện không phụ thuộc địa giới hành chính.",
  [], U_NA),
 # 23-25 synthetic
 ("report", "so_nganh",
  "Năm 2025, Sở Nội vụ tỉnh Tuyên Quang đã chủ trì kiểm tra công tác cải cách hành chính tại 13 sở, ngành và 33 xã, phường; qua kiểm tra phát hiện 64 tồn tại, hạn chế, đến thời điểm báo cáo các đơn vị đã khắc phục xong 58 nội dung, đạt 90,63%.",
  [F(13, "đơn vị", "sở, ngành đã kiểm tra CCHC", "tinh", code="BM1-3.1"),
   F(33, "đơn vị", "xã, phường đã kiểm tra CCHC", "xa"),
   F(64, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(58, "vấn đề", "tồn tại, hạn chế đã khắc phục xong", "tinh", code="BM1-3.3.2"),
   F(90.63, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
  "synthetic: Sở Nội vụ tỉnh Tuyên Quang, năm 2025"),
 ("report", "tinh",
  "Trong quý IV/2025, UBND tỉnh Đồng Tháp tiếp nhận 146 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính qua Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia; đã xử lý xong 131 phản ánh, kiến nghị, đạt 89,73%, còn 15 trường hợp đang được xem xét, giải quyết trong thời hạn quy định.",
  [F(146, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(131, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
   F(89.73, "%", "tỷ lệ giải quyết PAKN", "tinh", code="BM3-3.4"),
   F(15, "PAKN", "PAKN đang xem xét, giải quyết", "tinh")],
  "synthetic: tỉnh Đồng Tháp, quý IV/2025"),
 ("news", "xa",
  "Tháng 11/2025, Trung tâm Phục vụ hành chính công xã Cái Bè tiếp nhận 3.158 hồ sơ, trong đó 2.517 hồ sơ nộp trực tuyến, đạt 79,70%; đã giải quyết 3.064 hồ sơ, trong đó 3.057 hồ sơ đúng và trước hạn, chỉ có 7 hồ sơ trễ hạn.",
  [F(3158, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
   F(2517, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
   F(79.70, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4"),
   F(3064, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
   F(3057, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "xa", code="BM3-3.3.2"),
   F(7, "hồ sơ", "hồ sơ trễ hạn", "xa")],
  "synthetic: xã Cái Bè (tỉnh Đồng Tháp), tháng 11/2025"),
]

def vn_num(v):
    """Vietnamese renderings of a value, to check it is printed in the text."""
    out = set()
    if float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out.add(s)
        out.add(str(n))
    else:
        s = repr(float(v))
        ip, fp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        out.add(ipf + "," + fp)
        out.add(ipf + "," + fp + "0")
    return out

def main():
    cat = {}
    with open(CATALOG, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cat[f"BM{r['form']}-{r['code']}"] = r
    synth = 0
    texts = set()
    rows, srcs = [], []
    nfacts = ncoded = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H24-N-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
        text = unicodedata.normalize("NFC", text)
        assert text not in texts, cid
        texts.add(text)
        for f in facts:
            assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            if f["code"]:
                assert f["code"] in cat, (cid, f["code"])
                ncoded += 1
            assert any(r in text for r in vn_num(f["value"])), (cid, f["value"])
            f["measure"] = unicodedata.normalize("NFC", f["measure"])
            f["unit"] = unicodedata.normalize("NFC", f["unit"])
        nfacts += len(facts)
        if src.startswith("synthetic"):
            synth += 1
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, unicodedata.normalize("NFC", src)))
    assert synth * 2 <= len(CASES)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        for cid, s in srcs:
            fh.write(f"{cid}\t{s}\n")
    # re-read check
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    assert len(back) == len(CASES)
    for r in back:
        json.loads(r["facts"])
        assert unicodedata.is_normalized("NFC", r["text"])
    print(f"cases={len(CASES)} synthetic={synth} real={len(CASES)-synth} facts={nfacts} coded={ncoded} empty={sum(1 for c in CASES if not c[3])}")

if __name__ == "__main__":
    main()

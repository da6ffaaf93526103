#!/usr/bin/env python3
"""Holds and validates held-out set 33 narrative cases (H33-A-*), then writes cases.csv and sources_by_case.tsv."""
import csv, json, glob, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.path.join(HERE, '..', 'earlier')
CATALOG = '/work/shared/reference/catalog.csv'

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

U_TN = "https://m.baothainguyen.vn/tin-tuc/xa-hoi/bai-bo-436-thu-tuc-hanh-chinh-272326-85.html"
U_BT = "https://baodongkhoi.vn/tang-cuong-cong-tac-kiem-tra-ra-soat-van-ban-quy-pham-phap-luat-22112010-a4545.html"
U_BD = "https://baobinhduong.vn/nam-2019-kiem-tra-ca-i-ca-ch-ha-nh-chi-nh-tai-11-co-quan-don-vi-a213791.html"
U_HD = "https://m.baohaiduong.vn/xay-dung-dang---chinh-quyen/kiem-tra-8-so-nganh-va-6-huyen-thi-xa-ve-cai-cach-hanh-chinh-214360"
U_QN = "http://baoquangnam.vn/cai-cach-hanh-chinh/tap-trung-xu-ly-dut-diem-cac-nhiem-vu-qua-han-90184.html"
U_TN2 = "https://baothainguyen.vn/thoi-su-trong-tinh/202102/tinh-gian-116-bien-che-theo-nghi-dinh-1082014nd-cp-3674A7D"
U_BN = "http://svhttdl.bacninh.gov.vn/web/so-y-te/news/-/details/22511/tang-cuong-cai-cach-thu-tuc-hanh-chinh-khong-e-ho-so-tra-muon-tre-hen"
U_HCM = "http://plo.vn/thoi-su/cap-nhat-hon-4000-van-ban-len-co-so-du-lieu-quoc-gia-678885.html"
U_VL = "https://vjs.vietnam.vn/en/vinh-long-gan-4-000-ty-dong-giai-quyet-che-do-chinh-sach-cho-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-viec"
U_BDI = "https://news.laodong.vn/xa-hoi/855-can-bo-cap-huyen-xa-o-binh-dinh-du-kien-xin-nghi-che-do-tu-ngay-17-1527908.ldo"
U_HB = "https://doanhnghiephoinhap.vn/hoa-binh-ty-le-giai-quyet-ho-so-thu-tuc-hanh-chinh-9-thang-nam-2022-dat-96-6.html"
U_BG = "http://en.baobacgiang.com.vn/bg/business/358055/using-specialized-digital-signatures-towards-e-government.html"
U_HUE = "https://huengaynay.vn/chinh-tri-xa-hoi/thanh-pho-hue-tuyen-dung-50-cong-chuc-nam-2025-157269.html"

CASES = [
 # ---- real pages -------------------------------------------------------
 ("H33-A-001", "news", "tinh", U_TN,
  "Từ đầu năm 2020, UBND tỉnh Thái Nguyên đã ban hành 16 quyết định công bố danh mục thủ tục hành chính thuộc chức năng của 13 sở, ngành với tổng số 865 TTHC; trong đó ban hành mới 428 TTHC, sửa đổi 1 TTHC và bãi bỏ 436 TTHC.",
  [F(16, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(865, "TTHC", "TTHC được công bố", "tinh"),
   F(428, "TTHC", "TTHC ban hành mới", "tinh", code="BM3-1.2"),
   F(1, "TTHC", "TTHC sửa đổi", "tinh"),
   F(436, "TTHC", "TTHC bị bãi bỏ", "tinh", code="BM3-1.3")]),
 ("H33-A-002", "news", "tinh", U_TN,
  "Sáu tháng đầu năm 2020, toàn tỉnh Thái Nguyên tiếp nhận 278.797 hồ sơ thủ tục hành chính, trong đó 268.597 hồ sơ được giải quyết đúng hạn, số còn lại đang giải quyết. Tỉnh tiếp nhận 2 phản ánh, kiến nghị; đã xử lý và công khai kết quả trên Cổng Dịch vụ công quốc gia đối với 1 phản ánh, kiến nghị về quy định hành chính, còn 1 phản ánh, kiến nghị về hành vi hành chính đang được xử lý.",
  [F(278797, "hồ sơ", "hồ sơ TTHC tiếp nhận", "tinh", code="BM7-6.4.1"),
   F(268597, "hồ sơ", "giải quyết đúng hạn", "tinh"),
   F(2, "PAKN", "PAKN tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(1, "PAKN", "PAKN về quy định hành chính đã xử lý", "tinh", code="BM3-3.4.2"),
   F(1, "PAKN", "PAKN về hành vi hành chính đang xử lý", "tinh")]),
 ("H33-A-003", "report", "so_nganh", U_BT,
  "Năm 2010, ngành tư pháp tỉnh Bến Tre đã giúp UBND tỉnh, UBND cấp huyện tự kiểm tra 38 văn bản quy phạm pháp luật do UBND tỉnh ban hành và 41 văn bản do UBND cấp huyện ban hành (trong đó phát hiện, kiến nghị xử lý 1 văn bản); đồng thời thực hiện kiểm tra 696 văn bản do HĐND, UBND các cấp ban hành, qua đó phát hiện và kiến nghị xử lý 6 văn bản.",
  [F(38, "văn bản", "VBQPPL của UBND tỉnh được tự kiểm tra", "tinh"),
   F(41, "văn bản", "văn bản của UBND cấp huyện được tự kiểm tra", "huyen"),
   F(1, "văn bản", "văn bản kiến nghị xử lý qua tự kiểm tra", "huyen"),
   F(696, "văn bản", "văn bản đã kiểm tra", "tinh", code="BM2-2.1"),
   F(6, "văn bản", "văn bản phát hiện, kiến nghị xử lý sau kiểm tra", "tinh", code="BM2-2.2.1")]),
 ("H33-A-004", "report", "so_nganh", U_BT,
  "Về công tác rà soát, năm 2010 ngành tư pháp tỉnh đã rà soát 791 văn bản, tăng 657 văn bản so với năm 2009; trong đó Sở Tư pháp rà soát 786 văn bản cấp tỉnh (223 nghị quyết, 563 quyết định và chỉ thị) và kiến nghị xử lý 150 văn bản, gồm 5 nghị quyết và 145 quyết định, chỉ thị.",
  [F(791, "văn bản", "văn bản đã rà soát", "tinh"),
   F(786, "văn bản", "văn bản cấp tỉnh đã rà soát", "tinh", code="BM2-3.1"),
   F(223, "văn bản", "nghị quyết đã rà soát", "tinh"),
   F(563, "văn bản", "quyết định và chỉ thị đã rà soát", "tinh"),
   F(150, "văn bản", "văn bản kiến nghị xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(5, "văn bản", "nghị quyết kiến nghị xử lý", "tinh"),
   F(145, "văn bản", "quyết định, chỉ thị kiến nghị xử lý", "tinh")]),
 ("H33-A-005", "report", "so_nganh", U_BT,
  "Ngoài ra, Sở rà soát 5 văn bản liên quan đến lĩnh vực quản lý nhà nước của Bộ Công Thương; các phòng tư pháp cấp huyện rà soát 367 văn bản, kiến nghị xử lý 4 văn bản; cấp xã tiến hành rà soát 1.179 văn bản.",
  [F(5, "văn bản", "văn bản lĩnh vực Bộ Công Thương đã rà soát", "so_nganh"),
   F(367, "văn bản", "văn bản đã rà soát", "huyen"),
   F(4, "văn bản", "văn bản kiến nghị xử lý sau rà soát", "huyen"),
   F(1179, "văn bản", "văn bản đã rà soát", "xa")]),
 ("H33-A-006", "news", "tinh", U_BD,
  "Thực hiện kế hoạch kiểm tra cải cách hành chính năm 2019 của UBND tỉnh Bình Dương, đoàn kiểm tra của tỉnh đã kiểm tra 11 cơ quan, đơn vị, gồm 9 cơ quan chuyên môn cấp tỉnh, đơn vị hành chính cấp huyện và 2 đơn vị ngành dọc; sau kiểm tra, đoàn đề nghị các nơi được kiểm tra chấn chỉnh, khắc phục những tồn tại, hạn chế đã phát hiện.",
  [F(11, "đơn vị", "cơ quan, đơn vị được kiểm tra CCHC", "tinh"),
   F(9, "đơn vị", "cơ quan chuyên môn cấp tỉnh, đơn vị cấp huyện được kiểm tra", "tinh"),
   F(2, "đơn vị", "đơn vị ngành dọc được kiểm tra", "tinh")]),
 ("H33-A-007", "news", "tinh", U_HD,
  "Theo kế hoạch, trong tháng 10/2022, 2 đoàn kiểm tra công tác cải cách hành chính của UBND tỉnh Hải Dương sẽ kiểm tra tại 8 sở, ngành và 6 huyện, thị xã; tại mỗi huyện, thị xã, đoàn kiểm tra thêm 2 UBND cấp xã.",
  []),
 ("H33-A-008", "news", "tinh", U_QN,
  "Từ ngày 1/1 đến ngày 6/7/2020, UBND tỉnh Quảng Nam đã giao 833 nhiệm vụ cho các sở, ban, ngành, địa phương; trong đó 585 nhiệm vụ đã hoàn thành, 67 nhiệm vụ còn trong hạn và 181 nhiệm vụ quá hạn, có nhiệm vụ quá hạn hơn 120 ngày.",
  [F(833, "nhiệm vụ", "nhiệm vụ UBND tỉnh giao", "tinh"),
   F(585, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh"),
   F(67, "nhiệm vụ", "nhiệm vụ còn trong hạn", "tinh"),
   F(181, "nhiệm vụ", "nhiệm vụ quá hạn", "tinh")]),
 ("H33-A-009", "news", "tinh", U_TN2,
  "Năm 2020, UBND tỉnh Thái Nguyên đã quyết định lại chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của 3 sở gồm Tài chính, Công Thương, Khoa học và Công nghệ, qua đó giảm 7 phòng và 1 chi cục; đồng thời thành lập Chi cục Chăn nuôi Thú y và Thủy sản trên cơ sở sáp nhập Chi cục Chăn nuôi Thú y và Chi cục Thủy sản, giảm thêm 1 chi cục.",
  [F(3, "đơn vị", "sở được kiện toàn cơ cấu tổ chức", "so_nganh"),
   F(7, "đơn vị", "phòng thuộc sở giảm", "so_nganh"),
   F(1, "đơn vị", "chi cục giảm khi kiện toàn 3 sở", "so_nganh"),
   F(1, "đơn vị", "chi cục giảm do sáp nhập", "so_nganh")]),
 ("H33-A-010", "news", "tinh", U_TN2,
  "Đối với các đơn vị sự nghiệp công lập, tỉnh đã thành lập 6 đơn vị trên cơ sở sáp nhập, tổ chức lại 4 đơn vị và chuyển 3 đơn vị sang loại hình tự bảo đảm chi thường xuyên; cùng với đó thực hiện tinh giản biên chế 116 trường hợp theo Nghị định 108/2014/NĐ-CP, điều chỉnh kinh phí hưởng chế độ cho 9 trường hợp và giải quyết chế độ theo Nghị định 26/2016/NĐ-CP cho 59 trường hợp.",
  [F(6, "đơn vị", "ĐVSNCL thành lập trên cơ sở sáp nhập", "tinh"),
   F(4, "đơn vị", "ĐVSNCL được tổ chức lại", "tinh"),
   F(3, "đơn vị", "ĐVSNCL chuyển sang tự bảo đảm chi thường xuyên", "tinh"),
   F(116, "người", "tinh giản biên chế theo Nghị định 108", "tinh"),
   F(9, "người", "trường hợp điều chỉnh kinh phí hưởng chế độ", "tinh"),
   F(59, "người", "trường hợp hưởng chế độ theo Nghị định 26", "tinh")]),
 ("H33-A-011", "news", "so_nganh", U_BN,
  "Trong kỳ, ngành y tế tỉnh Bắc Ninh đã tiếp nhận 1.545 hồ sơ của tổ chức, cá nhân đăng ký hoạt động trong các lĩnh vực do ngành quản lý; đã giải quyết xong 1.436 hồ sơ, 109 hồ sơ đang trong thời gian xử lý, không có hồ sơ trả muộn, trễ hẹn.",
  [F(1545, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", code="BM7-6.4.1"),
   F(1436, "hồ sơ", "hồ sơ đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
   F(109, "hồ sơ", "hồ sơ đang xử lý", "so_nganh")]),
 ("H33-A-012", "news", "so_nganh", U_HCM,
  "Trong năm 2016, Sở Tư pháp TP.HCM nhận được 14 văn bản quy phạm pháp luật do các quận, huyện gửi đến để kiểm tra và phát hiện 13 văn bản có dấu hiệu vi phạm về thẩm quyền ban hành, căn cứ pháp lý, hiệu lực; đến nay cơ sở dữ liệu quốc gia đã được cập nhật đầy đủ 4.048 văn bản quy phạm pháp luật của HĐND, UBND thành phố.",
  [F(14, "văn bản", "VBQPPL cấp huyện đã kiểm tra", "tinh", code="BM2-2.1"),
   F(13, "văn bản", "văn bản có dấu hiệu vi phạm phát hiện qua kiểm tra", "tinh", code="BM2-2.2.1"),
   F(4048, "văn bản", "VBQPPL cập nhật lên cơ sở dữ liệu quốc gia", "tinh")]),
 ("H33-A-013", "news", "tinh", U_VL,
  "Sau hợp nhất, tỉnh Vĩnh Long đã sắp xếp lại còn 13 cơ quan chuyên môn thuộc UBND tỉnh, giảm 25/38 cơ quan, đạt tỷ lệ 65,8%; đơn vị sự nghiệp công lập trực thuộc UBND tỉnh còn 9 đơn vị, giảm 4/13 đơn vị, đạt tỷ lệ hơn 30%.",
  [F(25, "đơn vị", "cơ quan chuyên môn cấp tỉnh giảm", "tinh"),
   F(38, "đơn vị", "cơ quan chuyên môn trước sắp xếp", "tinh"),
   F(65.8, "%", "tỷ lệ cơ quan chuyên môn giảm", "tinh"),
   F(4, "đơn vị", "ĐVSNCL giảm", "tinh"),
   F(13, "đơn vị", "ĐVSNCL trước sắp xếp", "tinh"),
   F(30, "%", "tỷ lệ ĐVSNCL giảm", "tinh", approx=True)]),
 ("H33-A-014", "news", "tinh", U_VL,
  "Về chế độ, chính sách, tỉnh đã giải quyết cho 4.055 cán bộ, công chức, viên chức nghỉ hưu trước tuổi, thôi việc với tổng kinh phí hơn 3.975 tỷ đồng; ngoài ra còn hơn 1.100 người hoạt động không chuyên trách cấp xã nghỉ việc, trong đó hơn 800 người đã được chi trả với tổng số tiền hơn 150 tỷ đồng.",
  [F(4055, "người", "CBCCVC nghỉ hưu trước tuổi, thôi việc được giải quyết chế độ", "tinh"),
   F(3975, "tỷ đồng", "kinh phí giải quyết chế độ nghỉ việc", "tinh", approx=True),
   F(1100, "người", "người hoạt động không chuyên trách nghỉ việc", "xa", approx=True),
   F(800, "người", "người hoạt động không chuyên trách đã được chi trả", "xa", approx=True),
   F(150, "tỷ đồng", "kinh phí chi trả người hoạt động không chuyên trách", "xa", approx=True)]),
 ("H33-A-015", "news", "so_nganh", U_BDI,
  "Theo Sở Nội vụ tỉnh Bình Định, từ khi triển khai sắp xếp tổ chức bộ máy đến ngày 22/6/2025 đã có 134 trường hợp cán bộ, công chức, viên chức, người lao động nghỉ hưu trước tuổi, thôi việc theo Nghị định 178/2024/NĐ-CP và Nghị định 67/2025/NĐ-CP; UBND tỉnh đã phê duyệt kinh phí hỗ trợ cho 119 trường hợp với tổng số tiền hơn 128 tỷ đồng, gồm 95 người nghỉ hưu trước tuổi (hơn 102 tỷ đồng) và 24 người thôi việc (hơn 26 tỷ đồng). Dự kiến từ ngày 1/7, sẽ có thêm 855 cán bộ, công chức, viên chức cấp huyện, cấp xã xin nghỉ theo chế độ.",
  [F(134, "người", "trường hợp nghỉ hưu trước tuổi, thôi việc theo Nghị định 178", "tinh"),
   F(119, "người", "trường hợp được phê duyệt kinh phí hỗ trợ", "tinh"),
   F(128, "tỷ đồng", "kinh phí hỗ trợ đã phê duyệt", "tinh", approx=True),
   F(95, "người", "người nghỉ hưu trước tuổi", "tinh"),
   F(102, "tỷ đồng", "kinh phí hỗ trợ nghỉ hưu trước tuổi", "tinh", approx=True),
   F(24, "người", "người thôi việc", "tinh"),
   F(26, "tỷ đồng", "kinh phí hỗ trợ thôi việc", "tinh", approx=True)]),
 ("H33-A-016", "news", "tinh", U_HB,
  "Trong 9 tháng năm 2022, toàn tỉnh Hòa Bình tiếp nhận 336.418 hồ sơ thủ tục hành chính, trong đó 51.994 hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích, 278.219 hồ sơ tiếp nhận trực tuyến; đã giải quyết 324.824 hồ sơ, đạt 96,6%.",
  [F(336418, "hồ sơ", "hồ sơ TTHC tiếp nhận", "tinh", code="BM7-6.4.1"),
   F(51994, "hồ sơ", "hồ sơ tiếp nhận trực tiếp và qua bưu chính công ích", "tinh"),
   F(278219, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
   F(324824, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
   F(96.6, "%", "tỷ lệ hồ sơ đã giải quyết", "tinh")]),
 ("H33-A-017", "news", "tinh", U_HB,
  "Cũng trong 9 tháng, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn của các cơ quan chuyên môn cấp tỉnh đạt 99,74%, của UBND cấp huyện đạt 99,33% và của UBND cấp xã đạt 99,73%.",
  [F(99.74, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
   F(99.33, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"),
   F(99.73, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")]),
 ("H33-A-018", "news", "tinh", U_BG,
  "Đến nay, tỉnh Bắc Giang đã cấp hơn 5.700 chứng thư số, gồm 4.028 chứng thư số cá nhân và 1.676 chứng thư số tổ chức, cùng 156 SIM PKI phục vụ ký số trên thiết bị di động; tỷ lệ văn bản được lãnh đạo ký số ở cấp tỉnh đạt hơn 97%.",
  [F(5700, "chứng thư số", "chứng thư số đã cấp", "tinh", approx=True),
   F(4028, "chứng thư số", "chứng thư số cá nhân đã cấp", "tinh"),
   F(1676, "chứng thư số", "chứng thư số tổ chức đã cấp", "tinh"),
   F(156, "SIM", "SIM PKI đã cấp", "tinh"),
   F(97, "%", "tỷ lệ văn bản được ký số", "so_nganh", approx=True, code="BM7-5.2.1")]),
 ("H33-A-019", "news", "so_nganh", U_HUE,
  "Sở Nội vụ thành phố Huế thông báo tuyển dụng 50 chỉ tiêu công chức năm 2025; người đăng ký dự tuyển nộp phiếu trực tiếp tại Sở từ ngày 20/8 đến hết ngày 18/9/2025 và mỗi thí sinh chỉ được đăng ký một vị trí việc làm.",
  []),
 # ---- synthetic (real units after 1/7/2025, invented figures) -----------
 ("H33-A-020", "report", "so_nganh", "synthetic: Sở Nội vụ tỉnh Lạng Sơn, năm 2025 (tuyển dụng, thi tuyển lãnh đạo)",
  "Năm 2025, Sở Nội vụ tỉnh Lạng Sơn đã tham mưu tuyển dụng 67 công chức thông qua thi tuyển, xét tuyển và tiếp nhận 5 trường hợp vào làm công chức theo trường hợp đặc biệt; các đơn vị sự nghiệp công lập tuyển dụng 446 viên chức; toàn tỉnh có 3 chức danh lãnh đạo, quản lý cấp phòng được bổ nhiệm thông qua thi tuyển.",
  [F(67, "người", "công chức được tuyển dụng qua thi tuyển, xét tuyển", "tinh", code="BM5-2.1"),
   F(5, "người", "công chức tuyển dụng theo trường hợp đặc biệt", "tinh", code="BM5-2.2"),
   F(446, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4"),
   F(3, "người", "lãnh đạo, quản lý được bổ nhiệm qua thi tuyển", "tinh", code="BM5-3")]),
 ("H33-A-021", "report", "tinh", "synthetic: tỉnh Quảng Ngãi, năm 2025 (chỉ đạo, kế hoạch, kiểm tra CCHC)",
  "Năm 2025, UBND tỉnh Quảng Ngãi ban hành 17 văn bản chỉ đạo, điều hành về cải cách hành chính; Kế hoạch CCHC năm 2025 đề ra 62 nhiệm vụ, đến ngày 15/12/2025 đã hoàn thành 59 nhiệm vụ, đạt 95,16%. Qua kiểm tra công tác CCHC tại 11 sở, ngành và 26 xã, phường, đoàn kiểm tra phát hiện 43 vấn đề tồn tại, hạn chế; đến nay đã xử lý xong 38 vấn đề, đạt 88,37%.",
  [F(17, "văn bản", "văn bản chỉ đạo, điều hành về CCHC", "tinh", code="BM1-1"),
   F(62, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "tinh", code="BM1-2.1"),
   F(59, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh", code="BM1-2.2"),
   F(95.16, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", code="BM1-2"),
   F(11, "đơn vị", "sở, ngành được kiểm tra", "so_nganh", code="BM1-3.1"),
   F(26, "đơn vị", "xã, phường được kiểm tra", "xa"),
   F(43, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(38, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2"),
   F(88.37, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")]),
 ("H33-A-022", "report", "tinh", "synthetic: tỉnh Điện Biên, 6 tháng đầu năm 2026 (TTHC theo cấp, liên thông)",
  "Tính đến ngày 30/6/2026, tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn tỉnh Điện Biên là 1.673 thủ tục, trong đó cấp tỉnh 1.296 thủ tục (kể cả TTHC của cơ quan ngành dọc) và cấp xã 377 thủ tục; tỉnh đã công bố 43 TTHC liên thông cùng cấp, 29 TTHC liên thông giữa các cấp chính quyền và 534 TTHC tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.",
  [F(1673, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "tinh", code="BM3-1.4"),
   F(1296, "TTHC", "TTHC cấp tỉnh", "tinh", code="BM3-1.4.1"),
   F(377, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3"),
   F(43, "TTHC", "TTHC liên thông cùng cấp", "tinh", code="BM3-2.1"),
   F(29, "TTHC", "TTHC liên thông giữa các cấp", "tinh", code="BM3-2.2"),
   F(534, "TTHC", "TTHC không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3")]),
 ("H33-A-023", "report", "tinh", "synthetic: tỉnh Lào Cai, quý I/2026 (dịch vụ công trực tuyến, thanh toán trực tuyến)",
  "Quý I/2026, tỉnh Lào Cai đang cung cấp 1.929 dịch vụ công trực tuyến, trong đó 1.058 dịch vụ toàn trình và 871 dịch vụ một phần, 100% đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia; trong 1.147 TTHC có yêu cầu nghĩa vụ tài chính, đã có 1.116 TTHC được tích hợp, triển khai thanh toán trực tuyến, đạt 97,3%.",
  [F(1929, "TTHC", "TTHC đang cung cấp trực tuyến", "tinh", code="BM7-6.3.1"),
   F(1058, "TTHC", "dịch vụ công trực tuyến toàn trình", "tinh", code="BM7-6.2.2"),
   F(871, "TTHC", "dịch vụ công trực tuyến một phần", "tinh", code="BM7-6.1.2"),
   F(100, "%", "tỷ lệ TTHC trực tuyến tích hợp, công khai trên Cổng DVC quốc gia", "tinh", code="BM7-6.3"),
   F(1147, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
   F(1116, "TTHC", "TTHC triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
   F(97.3, "%", "tỷ lệ TTHC triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5")]),
 ("H33-A-024", "report", "so_nganh", "synthetic: Sở Tư pháp tỉnh Hà Tĩnh, 01/7-31/12/2025 (ban hành, kiểm tra VBQPPL)",
  "Từ ngày 01/7 đến 31/12/2025, HĐND và UBND tỉnh Hà Tĩnh ban hành 94 văn bản quy phạm pháp luật, HĐND và UBND các xã, phường ban hành 257 văn bản; Sở Tư pháp đã kiểm tra theo thẩm quyền 206 văn bản do cấp xã ban hành, phát hiện 12 văn bản có nội dung chưa phù hợp, đến nay đã có 9 văn bản được xử lý xong.",
  [F(94, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", code="BM2-1.1"),
   F(257, "văn bản", "VBQPPL cấp xã ban hành", "xa", code="BM2-1.3"),
   F(206, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", code="BM2-2.1"),
   F(12, "văn bản", "văn bản cần xử lý sau kiểm tra", "tinh", code="BM2-2.2.1"),
   F(9, "văn bản", "văn bản đã xử lý xong", "tinh", code="BM2-2.2.2")]),
 ("H33-A-025", "report", "tinh", "synthetic: tỉnh Đồng Nai, năm 2025 (báo cáo qua HTTT báo cáo quốc gia, văn bản điện tử)",
  "Năm 2025, 100% báo cáo định kỳ của tỉnh Đồng Nai được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia; tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử, có ký số của các sở, ban, ngành đạt 98,9% và của UBND các xã, phường đạt 96,4%, tăng 2,1% so với năm 2024.",
  [F(100, "%", "tỷ lệ báo cáo định kỳ gửi, nhận qua Hệ thống thông tin báo cáo quốc gia", "tinh", code="BM7-3"),
   F(98.9, "%", "tỷ lệ văn bản điện tử", "so_nganh", code="BM7-5.2.1"),
   F(96.4, "%", "tỷ lệ văn bản điện tử", "xa", code="BM7-5.2.3")]),
]

KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}

def vn_forms(v):
    forms = set()
    if float(v).is_integer():
        n = int(v)
        forms.add(str(n))
        forms.add(f"{n:,}".replace(",", "."))
    else:
        s = repr(float(v))
        ip, dp = s.split(".")
        forms.add(f"{int(ip):,}".replace(",", ".") + "," + dp)
    return forms

def main():
    warnings = 0
    def warn(msg):
        nonlocal warnings
        warnings += 1
        print("WARN", msg)
    codes = set()
    with open(CATALOG, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            codes.add(f"BM{r['form']}-{r['code']}")
    used_urls = set()
    earlier_vals = {}
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                used_urls.add(parts[1].strip())
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "cases.csv")):
        with open(p, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                try:
                    for f in json.loads(r.get("facts") or "[]"):
                        earlier_vals.setdefault(float(f["value"]), r["case_id"])
                except Exception:
                    pass
    ids, texts = set(), set()
    n_syn = 0
    for cid, kind, level, src, text, facts in CASES:
        if cid in ids: warn(f"{cid} duplicate id")
        ids.add(cid)
        if text in texts: warn(f"{cid} duplicate text")
        texts.add(text)
        if unicodedata.normalize("NFC", text) != text: warn(f"{cid} not NFC")
        if kind not in ("report", "news"): warn(f"{cid} kind")
        if level not in ("tinh", "huyen", "xa", "so_nganh"): warn(f"{cid} level")
        syn = src.startswith("synthetic:")
        n_syn += syn
        if not syn and src in used_urls: warn(f"{cid} URL used earlier: {src}")
        seen_codes = set()
        for f in facts:
            if list(f.keys()) != KEYS: warn(f"{cid} keys {list(f.keys())}")
            if f["scope"] not in SCOPES: warn(f"{cid} scope {f['scope']}")
            if f["code"]:
                if f["code"] not in codes: warn(f"{cid} unknown code {f['code']}")
                if f["code"] in seen_codes: warn(f"{cid} repeated code {f['code']}")
                seen_codes.add(f["code"])
            if not any(s in text for s in vn_forms(f["value"])):
                warn(f"{cid} value {f['value']} not found in text")
            if syn and f["value"] >= 100 and float(f["value"]) in earlier_vals and f["value"] != 100:
                warn(f"{cid} synthetic value {f['value']} also in {earlier_vals[float(f['value'])]}")
    if n_syn * 2 > len(CASES): warn("too many synthetic cases")
    out = os.path.join(HERE, "cases.csv")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for cid, kind, level, src, text, facts in CASES:
            w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        for cid, kind, level, src, text, facts in CASES:
            fh.write(f"{cid}\t{src}\n")
    # read back
    nf = nc = 0
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        fl = json.loads(r["facts"])
        nf += len(fl); nc += sum(1 for f in fl if f["code"])
    real = [c for c in CASES if not c[3].startswith("synthetic:")]
    rf = sum(len(c[5]) for c in real); rc = sum(1 for c in real for f in c[5] if f["code"])
    print(f"cases {len(rows)} real {len(real)} synthetic {n_syn} facts {nf} (real {rf}) coded {nc} (real {rc}) pages {len(set(c[3] for c in real))}")
    from collections import Counter
    print("codes", sorted(Counter(f['code'] for c in CASES for f in c[5] if f['code']).items()))
    print("approx", sum(1 for c in CASES for f in c[5] if f['approx']), "scopes", Counter(f['scope'] for c in CASES for f in c[5]))
    print("levels", Counter(c[2] for c in CASES), "kinds", Counter(c[1] for c in CASES))
    print("warnings", warnings)

if __name__ == "__main__":
    main()

# Builds cases.csv and sources_by_case.tsv for holdout19/narrative_b and validates them.
import csv, json, re, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
_src = None


def src(s):
    global _src
    _src = s


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


def case(kind, level, text, facts):
    CASES.append((kind, level, text, facts, _src))


# ---------------------------------------------------------------- real pages
src("https://news.laodong.vn/bat-dong-san/lap-to-kiem-tra-cong-vu-trong-giai-quyet-thu-tuc-dat-dai-tai-lam-dong-1648920.ldo")
case("news", "so_nganh",
     "Kết quả rà soát giữa tháng 1/2026 cho thấy Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng có 1.803 hồ sơ thuộc thẩm quyền bị chậm trễ, trong đó 1.789 hồ sơ đất đai thuộc thẩm quyền của Văn phòng Đăng ký đất đai tỉnh.",
     [F(1803, "hồ sơ", "hồ sơ chậm trễ thuộc thẩm quyền của Sở", "so_nganh"),
      F(1789, "hồ sơ", "hồ sơ đất đai chậm trễ thuộc thẩm quyền Văn phòng Đăng ký đất đai tỉnh", "so_nganh")])
case("news", "tinh",
     "Ngày 30/1, Phó Chủ tịch Thường trực UBND tỉnh Lâm Đồng Lê Trọng Yên ký Quyết định số 352/QĐ-UBND thành lập Tổ kiểm tra công vụ tại các Văn phòng Đăng ký đất đai trên địa bàn tỉnh, do Phó Giám đốc Sở Nội vụ Bùi Hiếu làm tổ trưởng.",
     [])

src("https://news.laodong.vn/bat-dong-san/ho-so-dat-dai-tre-han-nhieu-lam-dong-tap-trung-xu-ly-1648098.ldo")
case("news", "so_nganh",
     "Theo lãnh đạo Văn phòng Đăng ký đất đai tỉnh Lâm Đồng, toàn tỉnh hiện có 28 chi nhánh Văn phòng Đăng ký đất đai khu vực; sau khi sắp xếp đơn vị hành chính, lượng hồ sơ đất đai phát sinh tăng mạnh trong khi nhân lực phải dàn trải cho nhiều nhiệm vụ ngoài kế hoạch.",
     [])
case("news", "so_nganh",
     "Năm 2025, Chi nhánh Văn phòng Đăng ký đất đai khu vực Đắk Song tiếp nhận hơn 11.000 hồ sơ, giải quyết hơn 9.700 hồ sơ, tỷ lệ đúng hạn đạt 94,4%; 5,6% hồ sơ còn lại bị trễ hạn.",
     [F(11000, "hồ sơ", "hồ sơ đất đai tiếp nhận", "so_nganh", True),
      F(9700, "hồ sơ", "hồ sơ đất đai đã giải quyết", "so_nganh", True),
      F(94.4, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "so_nganh"),
      F(5.6, "%", "tỷ lệ hồ sơ trễ hạn", "so_nganh")])
case("news", "so_nganh",
     "Riêng 6 tháng cuối năm 2025, chi nhánh nhận khoảng 7.000 hồ sơ, tăng gần 2.000 hồ sơ so với cùng kỳ, chủ yếu do nhu cầu cấp đổi giấy chứng nhận để cập nhật địa giới mới.",
     [F(7000, "hồ sơ", "hồ sơ đất đai tiếp nhận 6 tháng cuối năm", "so_nganh", True)])

src("https://www.vietnam.vn/en/lam-dong-quyet-liet-thao-go-kho-khan-trong-thu-tuc-hanh-chinh-ve-dat-dai")
case("report", "so_nganh",
     "Tính đến ngày 15/9/2025, Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng đã tiếp nhận 24.280 hồ sơ, trong đó 19.641 hồ sơ trực tuyến và 4.639 hồ sơ qua dịch vụ bưu chính công ích; đã giải quyết 13.344 hồ sơ, còn 10.935 hồ sơ đang giải quyết.",
     [F(24280, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
      F(19641, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "so_nganh", False, "BM7-6.4.2"),
      F(4639, "hồ sơ", "hồ sơ tiếp nhận qua bưu chính công ích", "so_nganh"),
      F(13344, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(10935, "hồ sơ", "hồ sơ đang giải quyết", "so_nganh")])
case("report", "tinh",
     "Dự án xây dựng cơ sở dữ liệu đất đai dự kiến hoàn thành trong tháng 12/2025 nhưng khó kịp tiến độ; các sở, ngành đang đẩy nhanh chiến dịch 90 ngày làm giàu, làm sạch cơ sở dữ liệu đất đai quốc gia theo Kế hoạch 515/KH-BCA-BNN&MT ngày 31/8/2025.",
     [])

src("https://news.laodong.vn/ldt/thi-truong/moi-tuan-lam-dong-tang-khoang-2000-ho-so-dat-dai-1488738.ldo")
case("news", "so_nganh",
     "Ngày 8/4, Giám đốc Văn phòng Đăng ký đất đai tỉnh Lâm Đồng cho biết trong 3 tuần gần đây, mỗi tuần toàn tỉnh tăng khoảng 2.000 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất, tập trung ở các chi nhánh Lâm Hà, Di Linh, Đức Trọng.",
     [])

src("https://www.vietnam.vn/no/dot-pha-cai-cach-hanh-chinh-tu-chuyen-doi-so")
case("news", "tinh",
     "Đến nay, tỉnh Đắk Lắk đã công bố 1.427 dịch vụ công trực tuyến toàn trình; hệ thống quản lý văn bản và điều hành được triển khai đồng bộ từ cấp tỉnh đến cấp xã và liên thông với Trục liên thông văn bản quốc gia.",
     [F(1427, "dịch vụ công", "dịch vụ công trực tuyến toàn trình đã công bố", "tinh")])

src("https://vrviet.vn/en/dak-lak-thao-go-kho-khan-trong-trien-khai-mo-hinh-chinh-quyen-dia-phuong-hai-cap")
case("report", "so_nganh",
     "Từ ngày 01/7 đến ngày 12/8/2025, Sở Khoa học và Công nghệ tỉnh Đắk Lắk tiếp nhận tổng cộng 58 hồ sơ TTHC, gồm 05 hồ sơ kỳ trước chuyển sang và 53 hồ sơ mới; đã giải quyết 41 hồ sơ, tất cả đều đúng hạn, còn 17 hồ sơ đang giải quyết và không có hồ sơ quá hạn.",
     [F(58, "hồ sơ", "tổng số hồ sơ TTHC (gồm kỳ trước chuyển sang)", "so_nganh"),
      F(5, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "so_nganh"),
      F(53, "hồ sơ", "hồ sơ tiếp nhận mới", "so_nganh"),
      F(41, "hồ sơ", "hồ sơ đã giải quyết (đều đúng hạn)", "so_nganh", False, "BM3-3.1.1"),
      F(17, "hồ sơ", "hồ sơ đang giải quyết", "so_nganh")])
case("report", "so_nganh",
     "Thực hiện Nghị định số 133/2025/NĐ-CP, Sở đã tham mưu ban hành 118 TTHC tại Quyết định số 1571/QĐ-UBND ngày 29/6/2025; đến nay, tổng số TTHC thuộc lĩnh vực quản lý nhà nước của Sở là 194 thủ tục.",
     [F(118, "TTHC", "TTHC được ban hành tại Quyết định 1571/QĐ-UBND", "so_nganh"),
      F(194, "TTHC", "tổng số TTHC thuộc lĩnh vực của Sở", "so_nganh")])
case("news", "so_nganh",
     "Trong chương trình “Đắk Lắk số”, Sở Khoa học và Công nghệ thí điểm nền tảng số tại 3 phường Ea Kao, Tân Lập, Tân An và phát động 100 ngày cao điểm phong trào “Bình dân học vụ số”.",
     [])

src("https://en.qdnd.vn/social-affairs/news/dong-nai-shows-strong-performance-in-administrative-reform-495711")
case("news", "tinh",
     "Tỉnh Đồng Nai đã chuẩn hóa TTHC của tất cả các ngành với 1.689 thủ tục áp dụng ở ba cấp, gồm 1.348 thủ tục cấp tỉnh, 244 thủ tục cấp huyện và 97 thủ tục cấp xã; toàn bộ đều được công khai trên trang thông tin điện tử của chính quyền các cấp.",
     [F(1689, "TTHC", "tổng số TTHC áp dụng ở ba cấp", "tinh", False, "BM3-1.4"),
      F(1348, "TTHC", "TTHC cấp tỉnh", "tinh", False, "BM3-1.4.1"),
      F(244, "TTHC", "TTHC cấp huyện", "tinh", False, "BM3-1.4.2"),
      F(97, "TTHC", "TTHC cấp xã", "tinh", False, "BM3-1.4.3")])
case("news", "tinh",
     "Trung tâm Hành chính công tỉnh Đồng Nai đi vào hoạt động từ tháng 5/2017; sau năm đầu tiên, Trung tâm đã giải quyết 117.000 hồ sơ với tỷ lệ đúng hạn đạt 96,6%, và 99,8% người dân được khảo sát hài lòng với dịch vụ công.",
     [F(117000, "hồ sơ", "hồ sơ đã giải quyết trong năm đầu hoạt động", "trung_tam"),
      F(96.6, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "trung_tam"),
      F(99.8, "%", "tỷ lệ người dân hài lòng", "trung_tam")])
case("news", "tinh",
     "Từ năm 2014, Đồng Nai liên tục nằm trong nhóm 5 địa phương dẫn đầu Chỉ số PAR Index: xếp thứ 4/63 năm 2014, thứ 3 năm 2015, thứ 4 năm 2016 và thứ 3 năm 2017.",
     [])
case("news", "tinh",
     "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Đồng Nai cũng được cải thiện, từ vị trí 43/63 năm 2014 lên thứ 37 năm 2015, thứ 34 năm 2016 và thứ 26 năm 2017.",
     [])

src("https://english.thesaigontimes.vn/?p=511507")
case("news", "tinh",
     "Trung tâm Phục vụ hành chính công TP.HCM tại số 43 Nguyễn Văn Bá, phường Thủ Đức, có 67 quầy giao dịch, trong đó 61 quầy đang hoạt động, có thể phục vụ cùng lúc từ 800 đến 1.000 lượt giao dịch.",
     [])
case("news", "tinh",
     "Theo quy trình đã vận hành thử tại một số sở, thời gian tiếp nhận mỗi hồ sơ trung bình khoảng 5 đến 10 phút; thành phố cũng thành lập 3 cơ sở liên kết với Trung tâm.",
     [])

src("https://vcdn.vietnam.vn/en/tinh-gia-lai-moi-chay-thu-thanh-cong-chinh-quyen-so")
case("news", "tinh",
     "Đúng 14 giờ ngày 25/6, Gia Lai và Bình Định chọn 10 xã, phường trọng điểm để chạy thử việc tiếp nhận, giải quyết liên thông hai thủ tục “tách thửa hoặc hợp thửa đất” và “đăng ký biến động quyền sử dụng đất”; toàn bộ quy trình từ tiếp nhận đến trả kết quả hoàn thành trong 1 giờ.",
     [])

src("https://news.laodong.vn/xa-hoi/binh-dinh-de-nghi-gia-lai-phoi-hop-chay-thu-mo-hinh-chinh-quyen-2-cap-1528642.ldo")
case("news", "tinh",
     "Để chuẩn bị vận hành chính thức mô hình chính quyền địa phương hai cấp từ ngày 1/7, ngày 20/6 tỉnh Bình Định đã chạy thử mô hình này tại toàn bộ 58 xã, phường mới.",
     [])

src("https://news.laodong.vn/giao-duc/gan-100-hoc-sinh-o-phu-yen-dang-ky-theo-bo-me-len-hoc-tap-tai-dak-lak-1513737.ldo")
case("news", "tinh",
     "Sau hợp nhất, dự kiến hơn 1.600 cán bộ, công chức, viên chức của tỉnh Phú Yên sẽ đến làm việc tại Trung tâm hành chính - chính trị tỉnh Đắk Lắk mới; tổng kinh phí dự kiến hỗ trợ ăn, ở, đi lại là hơn 1,2 tỷ đồng mỗi tháng.",
     [])

src("https://en.baophuyen.vn/politics/202505/phu-yen-and-dak-lak-reviewing-and-aligning-the-reorganization-of-agencies-following-mergers-aef44cd")
case("news", "tinh",
     "Tổng nhu cầu nhà ở sau hợp nhất ước khoảng 1.664 người, trong đó 971 người cần bố trí nhà ở công vụ và 693 người dự kiến tự thuê; Phú Yên có 46 cơ sở nhà, đất của các cơ quan cấp tỉnh, dự kiến giữ lại 15 cơ sở và xử lý 31 cơ sở theo quy định.",
     [])

src("https://vietnamnews.vn/society/1725289/can-tho-public-services-improve-under-new-2-tier-local-government.html")
case("news", "xa",
     "Từ ngày 16/8 đến ngày 27/9, UBND phường Sóc Trăng, thành phố Cần Thơ triển khai mô hình “Thứ Bảy vì dân”: mỗi sáng thứ Bảy, cán bộ Trung tâm Phục vụ hành chính công phường đến nhà văn hóa, trường học để tiếp nhận và giải quyết yêu cầu của người dân.",
     [])

src("https://vietnam.vnanet.vn/vietnamese/tin-van/nang-cao-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-giai-quyet-thu-tuc-hanh-chinh-420902.html")
case("news", "tinh",
     "Theo Giám đốc Trung tâm Phục vụ hành chính công tỉnh Tây Ninh, từ khi hợp nhất tỉnh đến hết năm 2025, các sở, ngành đã tiếp nhận gần 46.600 hồ sơ, tỷ lệ nộp trực tuyến đạt 91,36%, và đã giải quyết hơn 42.500 hồ sơ.",
     [F(46600, "hồ sơ", "hồ sơ các sở, ngành tiếp nhận", "so_nganh", True, "BM7-6.4.1"),
      F(91.36, "%", "tỷ lệ hồ sơ nộp trực tuyến", "so_nganh", False, "BM7-6.4"),
      F(42500, "hồ sơ", "hồ sơ các sở, ngành đã giải quyết", "so_nganh", True, "BM3-3.1.1")])

src("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-3688-KH-UBND-2023-nang-cao-hieu-qua-su-dung-dich-vu-cong-truc-tuyen-Tay-Ninh-den-2025-587857.aspx?tab=3")
case("report", "tinh",
     "Hiện tỷ lệ dịch vụ công trực tuyến của tỉnh Tây Ninh đạt khoảng 96% tổng số TTHC (1.777 dịch vụ công trực tuyến), trong đó 731 dịch vụ công trực tuyến toàn trình, chiếm 41,11%, thấp hơn mức trung bình cả nước là 43,67%.",
     [F(96, "%", "tỷ lệ dịch vụ công trực tuyến trên tổng số TTHC", "tinh", True),
      F(1777, "dịch vụ công", "dịch vụ công trực tuyến", "tinh"),
      F(731, "dịch vụ công", "dịch vụ công trực tuyến toàn trình", "tinh"),
      F(41.11, "%", "tỷ lệ dịch vụ công trực tuyến toàn trình", "tinh")])
case("report", "tinh",
     "Tỷ lệ hồ sơ nộp, xử lý và trả kết quả trực tuyến trên địa bàn tỉnh mới đạt 43,08% (cấp tỉnh 19,73%, cấp huyện 71,84%, cấp xã 98,49%); theo yêu cầu của Bộ Thông tin và Truyền thông, trong năm 2023 tối thiểu 80% dịch vụ công trực tuyến phải được cung cấp toàn trình.",
     [F(43.08, "%", "tỷ lệ hồ sơ xử lý trực tuyến", "tinh"),
      F(19.73, "%", "tỷ lệ hồ sơ xử lý trực tuyến cấp tỉnh", "so_nganh"),
      F(71.84, "%", "tỷ lệ hồ sơ xử lý trực tuyến cấp huyện", "huyen"),
      F(98.49, "%", "tỷ lệ hồ sơ xử lý trực tuyến cấp xã", "xa")])

src("https://baotayninh.vn/thoi-su-chinh-tri/cai_cach_hanh_chinh/")
case("news", "tinh",
     "Chỉ số CCHC năm 2019 của tỉnh Tây Ninh đạt 80,05%, xếp thứ 44, tăng 4 bậc so với năm 2018 và thuộc nhóm B; Chỉ số SIPAS đạt 83,45%, đứng thứ 40 cả nước.",
     [F(80.05, "%", "Chỉ số CCHC (PAR INDEX)", "tinh"),
      F(83.45, "%", "Chỉ số SIPAS", "tinh")])

src("http://www.vnpost.vn/bai-viet/chi-tiet/id/93095/key/tay-ninh-tang-cuong-trien-khai-thuc-hien-tiep-nhan-ho-so-tra-ket-qua-giai-quyet-thu-tuc-hanh-chinh-qua-dich-vu-buu-chinh-cong-ich")
case("news", "tinh",
     "Từ ngày 23/9/2019, UBND tỉnh Tây Ninh cho phép 1.108 TTHC được tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích, gồm 924 TTHC cấp tỉnh, 136 TTHC cấp huyện và 48 TTHC cấp xã; đến hết tháng 9/2020, Bưu điện tỉnh đã tiếp nhận và trả kết quả gần 300.000 lượt hồ sơ.",
     [F(1108, "TTHC", "TTHC tiếp nhận, trả kết quả qua bưu chính công ích", "tinh"),
      F(924, "TTHC", "TTHC cấp tỉnh qua bưu chính công ích", "tinh"),
      F(136, "TTHC", "TTHC cấp huyện qua bưu chính công ích", "tinh"),
      F(48, "TTHC", "TTHC cấp xã qua bưu chính công ích", "tinh"),
      F(300000, "hồ sơ", "lượt hồ sơ tiếp nhận, trả kết quả qua bưu chính công ích", "tinh", True)])

# ---------------------------------------------------------------- synthetic (real units; wording and figures mine)
src("synthetic: huyện Đắk Glei, tỉnh Kon Tum, 2024")
case("report", "huyen",
     "Năm 2024, Bộ phận Một cửa huyện Đắk Glei đã giải quyết 3.872 hồ sơ TTHC, trong đó 3.849 hồ sơ đúng hạn, đạt 99,41%; huyện đứng thứ 3/10 huyện, thành phố về chỉ số phục vụ người dân, doanh nghiệp.",
     [F(3872, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(3849, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
      F(99.41, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2")])

src("synthetic: tỉnh Khánh Hòa (thị xã Ninh Hòa), 6 tháng đầu năm 2024")
case("report", "huyen",
     "6 tháng đầu năm 2024, UBND thị xã Ninh Hòa giải quyết 6.231 hồ sơ, trong đó 6.204 hồ sơ đúng và trước hạn (99,57%), vượt chỉ tiêu 98% tỉnh giao; còn 27 hồ sơ trễ hạn.",
     [F(6231, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(6204, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "huyen", False, "BM3-3.2.2"),
      F(99.57, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2"),
      F(27, "hồ sơ", "hồ sơ trễ hạn", "huyen")])

src("synthetic: huyện Tuy Phong, tỉnh Bình Thuận, 2023")
case("report", "huyen",
     "Năm 2023, UBND các xã, thị trấn trên địa bàn huyện Tuy Phong đã giải quyết 18.945 hồ sơ, trong đó 18.903 hồ sơ đúng hạn, đạt tỷ lệ 99,78%.",
     [F(18945, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(18903, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.78, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3")])

src("synthetic: tỉnh Ninh Thuận, 2024 (tinh giản biên chế)")
case("report", "tinh",
     "Trong năm 2024, tỉnh Ninh Thuận thực hiện tinh giản biên chế đối với 19 công chức và 134 viên chức theo Nghị định số 29/2023/NĐ-CP; kế hoạch đến năm 2026 là giảm tối thiểu 5% biên chế công chức so với năm 2021.",
     [F(19, "người", "công chức được tinh giản", "tinh", False, "BM4-2.4"),
      F(134, "người", "viên chức được tinh giản", "tinh", False, "BM4-3.3")])

src("synthetic: tỉnh Phú Yên, 2024 (PAKN)")
case("report", "tinh",
     "Năm 2024, tỉnh Phú Yên tiếp nhận 46 phản ánh, kiến nghị về quy định hành chính và hành vi hành chính, đã xử lý xong 46 phản ánh, kiến nghị, đạt 100%.",
     [F(46, "PAKN", "PAKN đã tiếp nhận", "tinh", False, "BM3-3.4.1"),
      F(46, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
      F(100, "%", "tỷ lệ xử lý PAKN", "tinh", False, "BM3-3.4")])

src("synthetic: huyện Hoài Ân, tỉnh Bình Định, 9 tháng năm 2024")
case("report", "huyen",
     "Chín tháng năm 2024, huyện Hoài Ân đã giải quyết 2.965 hồ sơ TTHC thuộc thẩm quyền cấp huyện, trong đó đúng hạn 2.938 hồ sơ, đạt 99,09%, tăng 1,2% so với cùng kỳ năm trước.",
     [F(2965, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(2938, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
      F(99.09, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2")])

src("synthetic: tỉnh Bình Phước, 2024 (kiểm tra CCHC)")
case("report", "tinh",
     "Năm 2024, Đoàn kiểm tra CCHC của tỉnh Bình Phước đã kiểm tra 9 sở, ngành và 4 UBND huyện, thị xã, thành phố; qua kiểm tra phát hiện 31 vấn đề tồn tại, hạn chế, đến nay đã chỉ đạo xử lý xong 29 vấn đề, đạt 93,55%.",
     [F(9, "đơn vị", "sở, ngành đã kiểm tra", "tinh", False, "BM1-3.1"),
      F(4, "đơn vị", "UBND cấp huyện đã kiểm tra", "tinh", False, "BM1-3.2"),
      F(31, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
      F(29, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2"),
      F(93.55, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3")])

src("synthetic: tỉnh Đắk Nông, 2024 (VBQPPL)")
case("report", "tinh",
     "Năm 2024, HĐND và UBND tỉnh Đắk Nông ban hành 41 văn bản quy phạm pháp luật; Sở Tư pháp đã kiểm tra 63 văn bản theo thẩm quyền, qua đó kiến nghị xử lý 02 văn bản có nội dung chưa phù hợp.",
     [F(41, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", False, "BM2-1.1"),
      F(63, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
      F(2, "văn bản", "VBQPPL kiến nghị xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1")])

src("synthetic: tỉnh Kon Tum, 2023 (khảo sát sự hài lòng)")
case("report", "tinh",
     "Năm 2023, tỉnh Kon Tum tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước với 3.150 phiếu, kết hợp phát phiếu trực tiếp và khảo sát trực tuyến tại 10 huyện, thành phố.",
     [F(3150, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", False, "BM1-6.1")])

src("synthetic: tỉnh Khánh Hòa, 2024 (tuyển dụng)")
case("report", "tinh",
     "Năm 2024, tỉnh Khánh Hòa tuyển dụng 87 công chức thông qua thi tuyển, xét tuyển và 416 viên chức, chủ yếu thuộc ngành giáo dục và y tế; chỉ tiêu tuyển dụng năm 2025 dự kiến là 520 người.",
     [F(87, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(416, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")])

src("synthetic: tỉnh Bình Thuận, 2024 (giải ngân vốn đầu tư công)")
case("report", "tinh",
     "Tính đến ngày 31/01/2025, tỉnh Bình Thuận đã giải ngân 3.128.450 triệu đồng trên tổng kế hoạch vốn đầu tư công năm 2024 được giao là 4.215.600 triệu đồng, đạt 74,21%, xếp thứ 41/63 tỉnh, thành phố.",
     [F(3128450, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(4215600, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(74.21, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])

src("synthetic: tỉnh Ninh Thuận, ĐVSN tại 31/12/2024")
case("report", "tinh",
     "Đến ngày 31/12/2024, tỉnh Ninh Thuận có 268 đơn vị sự nghiệp công lập, gồm 2 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 21 đơn vị tự bảo đảm chi thường xuyên, 97 đơn vị tự bảo đảm một phần chi thường xuyên và 148 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(268, "đơn vị", "tổng số ĐVSN công lập", "tinh", False, "BM6-2.1"),
      F(2, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", False, "BM6-2.2"),
      F(21, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", False, "BM6-2.3"),
      F(97, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", False, "BM6-2.4"),
      F(148, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", False, "BM6-2.5")])

src("synthetic: xã Ea Kar, tỉnh Đắk Lắk, 01/7–30/9/2025")
case("report", "xa",
     "Từ ngày 01/7 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công xã Ea Kar tiếp nhận 4.816 hồ sơ, trong đó 3.905 hồ sơ trực tuyến, chiếm 81,08%; đã giải quyết 4.602 hồ sơ, trong đó 4.571 hồ sơ đúng hạn, đạt 99,33%.",
     [F(4816, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(3905, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
      F(81.08, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
      F(4602, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(4571, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.33, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])

src("synthetic: thị trấn Lạc Tánh, huyện Tánh Linh, tỉnh Bình Thuận, 2024")
case("report", "xa",
     "Năm 2024, Bộ phận Tiếp nhận và trả kết quả thị trấn Lạc Tánh đã giải quyết 3.264 hồ sơ, trong đó 3.258 hồ sơ đúng hạn, đạt 99,82%; thị trấn xếp loại Tốt trong đánh giá Chỉ số CCHC cấp xã của huyện Tánh Linh.",
     [F(3264, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(3258, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.82, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])

src("synthetic: tỉnh Đắk Nông, 2024 (công bố TTHC)")
case("report", "tinh",
     "Trong năm 2024, Chủ tịch UBND tỉnh Đắk Nông ban hành các quyết định công bố danh mục TTHC, trong đó công bố mới 112 TTHC và bãi bỏ, thay thế 87 TTHC.",
     [F(112, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
      F(87, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", False, "BM3-1.3")])

src("synthetic: Sở Tư pháp tỉnh Bình Phước, 2024")
case("report", "so_nganh",
     "Năm 2024, Sở Tư pháp tỉnh Bình Phước đã giải quyết 14.382 hồ sơ TTHC, trong đó 14.379 hồ sơ đúng hạn, đạt 99,98%; chỉ có 03 hồ sơ trễ hạn và Sở đã gửi thư xin lỗi tổ chức, cá nhân.",
     [F(14382, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(14379, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(99.98, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
      F(3, "hồ sơ", "hồ sơ trễ hạn", "so_nganh")])

# ---------------------------------------------------------------- write + validate
def num_forms(v):
    """Vietnamese printed forms of a value, for the 'value appears in text' check."""
    out = set()
    if isinstance(v, int) or float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out |= {s, str(n), f"{n:02d}"}
        if n >= 1000 and n % 100 == 0:
            out.add(f"{n/1000:g}".replace(".", ","))
        if n >= 1_000_000:
            out.add(f"{n/1_000_000:g}".replace(".", ","))
    else:
        s = f"{v}".replace(".", ",")
        out |= {s, f"{v:.2f}".replace(".", ",")}
    return out


def main():
    cat = set()
    with open("/work/shared/reference/catalog.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cat.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, seen = [], [], set()
    for i, (kind, level, text, facts, s) in enumerate(CASES, 1):
        cid = f"H19-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in seen, cid
        seen.add(text)
        for f in facts:
            assert list(f) == ["value", "unit", "measure", "scope", "approx", "code"], cid
            assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            assert isinstance(f["approx"], bool), cid
            assert f["code"] == "" or f["code"] in cat, (cid, f["code"])
            assert any(re.search(r"(?<![\d.,])" + re.escape(x) + r"(?![\d]|[.,]\d)", text)
                       for x in num_forms(f["value"])), (cid, f["value"])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append([cid, s])
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        fh.write("case_id\tsource\n")
        for c, s in srcs:
            fh.write(f"{c}\t{s}\n")
    nf = sum(len(c[3]) for c in CASES)
    coded = sum(1 for c in CASES for f in c[3] if f["code"])
    syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
    print(f"cases={len(CASES)} synthetic={syn} facts={nf} coded={coded} empty={sum(1 for c in CASES if not c[3])}")


if __name__ == "__main__":
    main()

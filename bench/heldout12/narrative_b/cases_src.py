# Cases for held-out set 12, narrative_b. My own Vietnamese wording; figures from the pages named by src().
# F(value, unit, measure, scope, approx=False, code="")

# ---------------------------------------------------------------- Bắc Kạn: Văn phòng UBND tỉnh, báo cáo tháng 8/2023
src("https://sotuphap.backan.gov.vn/Pages/dich-vu-cong-truc-tuyen-493/bao-cao-ket-qua-chi-so-chi-d-efc736288147468b.aspx")
rep("tinh", "Theo kết quả công bố trên Cổng Dịch vụ công quốc gia, trong tháng 8/2023 tỉnh Bắc Kạn đạt tổng điểm 46,76/100 điểm về chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo thời gian thực.",
    [F(46.76, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
rep("tinh", "Với số điểm trên, tỉnh xếp hạng 48/63 tỉnh, thành phố trong tháng 8/2023.")
rep("tinh", "1. Nhóm chỉ số về công khai, minh bạch đạt 9,2/18 điểm; trong đó tỷ lệ TTHC được công bố đúng hạn đạt 73,91%.",
    [F(9.2, "điểm", "điểm nhóm chỉ số công khai, minh bạch", "tinh"),
     F(73.91, "%", "tỷ lệ TTHC công bố đúng hạn", "tinh")])
rep("tinh", "Báo cáo được xây dựng trên cơ sở Kế hoạch số 572/KH-UBND ngày 08/9/2022 của UBND tỉnh triển khai Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành.")

# ---------------------------------------------------------------- Bắc Kạn: tháng 7/2024 (Cổng hành chính công)
src("https://hanhchinhcong.backan.gov.vn/portaldvc/Pages/2024-8-26/Tinh-Bac-Kan-tang-thu-bac-xep-hang-trong-thuc-hien6w0nwdeedukn.aspx")
news("tinh", "Tháng 7/2024, điểm số về tiến độ giải quyết TTHC theo thời gian thực trên môi trường điện tử của tỉnh Bắc Kạn đạt 82,88/100 điểm.",
     [F(82.88, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
news("tinh", "Kết quả này đưa Bắc Kạn lên vị trí thứ 8/63 tỉnh, thành phố, tăng thứ bậc so với các tháng trước.")
news("tinh", "Nhóm chỉ số công khai, minh bạch của tỉnh đạt 14,1/18 điểm; 100% thủ tục hành chính được công khai đầy đủ các bộ phận cấu thành theo quy định.",
     [F(14.1, "điểm", "điểm nhóm chỉ số công khai, minh bạch", "tinh"),
      F(100, "%", "tỷ lệ TTHC công khai đầy đủ các bộ phận cấu thành", "tinh")])
news("tinh", "Nhóm chỉ số về tiến độ giải quyết hồ sơ đạt 19,5/20 điểm; trong tháng có 10 cơ quan, đơn vị cấp tỉnh xử lý toàn bộ hồ sơ trên Cổng Dịch vụ công quốc gia, trong đó có Sở Tư pháp, Sở Tài chính và Thanh tra tỉnh.",
     [F(19.5, "điểm", "điểm nhóm chỉ số tiến độ giải quyết hồ sơ", "tinh"),
      F(10, "đơn vị", "cơ quan cấp tỉnh xử lý toàn bộ hồ sơ trên Cổng DVC quốc gia", "so_nganh")])
news("tinh", "Ở cấp huyện, huyện Chợ Đồn có tỷ lệ xử lý hồ sơ trên Cổng Dịch vụ công quốc gia thấp nhất, đạt 89,11%.",
     [F(89.11, "%", "tỷ lệ xử lý hồ sơ trên Cổng DVC quốc gia", "huyen")])
news("tinh", "Nhóm chỉ số dịch vụ trực tuyến đạt 7,9/12 điểm, chỉ số thanh toán trực tuyến đạt 8,2/10 điểm và chỉ số số hóa hồ sơ đạt 14,4/22 điểm.",
     [F(7.9, "điểm", "điểm nhóm chỉ số dịch vụ trực tuyến", "tinh"),
      F(8.2, "điểm", "điểm chỉ số thanh toán trực tuyến", "tinh"),
      F(14.4, "điểm", "điểm chỉ số số hóa hồ sơ", "tinh")])
news("tinh", "Chỉ số mức độ hài lòng đạt tối đa 18/18 điểm, với 18/18 cơ quan, đơn vị cấp tỉnh và 8/8 đơn vị cấp huyện được người dân đánh giá hài lòng tuyệt đối.",
     [F(18, "điểm", "điểm chỉ số mức độ hài lòng", "tinh"),
      F(18, "đơn vị", "cơ quan cấp tỉnh được đánh giá hài lòng tuyệt đối", "so_nganh"),
      F(18, "đơn vị", "tổng số cơ quan cấp tỉnh", "so_nganh"),
      F(8, "đơn vị", "đơn vị cấp huyện được đánh giá hài lòng tuyệt đối", "huyen"),
      F(8, "đơn vị", "tổng số đơn vị cấp huyện", "huyen")])

# ---------------------------------------------------------------- Bắc Kạn: SIPAS 2020 (VietNamNet, 7/2021)
src("https://vietnamnet.vn/vn/kinh-doanh/dau-tu/bac-kan-tang-15-bac-xep-hang-chi-so-hai-long-ve-su-phuc-vu-hanh-chinh-nam-2020-758028.html")
news("tinh", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2020 của tỉnh Bắc Kạn đạt 88,54%.",
     [F(88.54, "%", "chỉ số SIPAS", "tinh")])
news("tinh", "Với kết quả SIPAS 2020, Bắc Kạn đứng thứ 17/63 tỉnh, thành phố, tăng 15 bậc so với năm 2019 và xếp thứ 4/14 tỉnh miền núi phía Bắc.")
news("tinh", "Qua điều tra, 74,84% người dân, tổ chức chỉ phải đi lại 1 lần để giải quyết thủ tục hành chính và tỷ lệ trả kết quả đúng hẹn đạt 93,1%; không có phản ánh về việc phải nộp thêm tiền ngoài phí, lệ phí.",
     [F(74.84, "%", "tỷ lệ người dân chỉ đi lại một lần", "tinh"),
      F(93.1, "%", "tỷ lệ trả kết quả TTHC đúng hẹn", "tinh")])
news("tinh", "Sự hài lòng về phục vụ hành chính chung của tỉnh đạt 89,97%, về thủ tục hành chính đạt 90,79% và về công chức đạt 91,23%.",
     [F(89.97, "%", "hài lòng về phục vụ hành chính chung", "tinh"),
      F(90.79, "%", "hài lòng về thủ tục hành chính", "tinh"),
      F(91.23, "%", "hài lòng về công chức", "tinh")])
news("tinh", "Tỷ lệ hài lòng của người dân đối với kết quả dịch vụ hành chính công của tỉnh năm 2020 cũng đạt 93,15%.",
     [F(93.15, "%", "hài lòng về kết quả dịch vụ hành chính công", "tinh")])
news("tinh", "So với năm 2019, mức hài lòng về phục vụ hành chính chung tăng 2,78%, về thủ tục hành chính tăng 2,33% và về công chức tăng 4,41%, cao hơn trung bình chung cả nước.")

# ---------------------------------------------------------------- Bắc Kạn: PAR INDEX / SIPAS 2023 (Sở Công Thương)
src("https://socongthuong.backan.gov.vn/?p=33116")
news("tinh", "Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Bắc Kạn đạt 84,24/100 điểm.",
     [F(84.24, "điểm", "Chỉ số PAR INDEX", "tinh")])
news("tinh", "Chỉ số CCHC năm 2023 của tỉnh tăng 4,89 điểm và tăng 04 bậc so với năm 2022, xếp vị trí 57/63 tỉnh, thành phố.")
news("tinh", "Tính theo tỷ lệ so với điểm tối đa, lĩnh vực cải cách TTHC của tỉnh đạt 99,23%, cải cách thể chế 93,64%, chỉ đạo, điều hành 93,36% và cải cách tổ chức bộ máy 92,52%.",
     [F(99.23, "%", "điểm lĩnh vực cải cách TTHC so với điểm tối đa", "tinh"),
      F(93.64, "%", "điểm lĩnh vực cải cách thể chế so với điểm tối đa", "tinh"),
      F(93.36, "%", "điểm lĩnh vực chỉ đạo, điều hành so với điểm tối đa", "tinh"),
      F(92.52, "%", "điểm lĩnh vực cải cách tổ chức bộ máy so với điểm tối đa", "tinh")])
news("tinh", "Số liệu được nêu tại Báo cáo số 90/BC-SNV ngày 15/5/2024 của Sở Nội vụ về kết quả các chỉ số năm 2023.")
news("tinh", "Chỉ số hài lòng SIPAS năm 2023 của tỉnh Bắc Kạn đạt 75,03%.",
     [F(75.03, "%", "chỉ số SIPAS", "tinh")])
news("tinh", "Với kết quả này, SIPAS 2023 của tỉnh xếp vị trí 63/63, giảm 0,19% và giảm 03 bậc so với năm trước.")
news("tinh", "Điểm điều tra xã hội học SIPAS gắn với Chỉ số PAR INDEX năm 2023 của tỉnh đạt 7,48/10 điểm.",
     [F(7.48, "điểm", "điểm điều tra xã hội học SIPAS trong PAR INDEX", "tinh")])

# ---------------------------------------------------------------- Bắc Kạn: PAPI 2022 (Báo Bắc Kạn)
src("https://baobackan.vn/chi-so-papi-tang-4-bac-bac-kan-thuoc-nhom-trung-binh-cao-tren-toan-quoc-post51392.html")
news("tinh", "Theo Báo cáo PAPI năm 2022, tỉnh Bắc Kạn đạt 42,44 điểm, thuộc nhóm trung bình cao trong 63 tỉnh, thành phố.",
     [F(42.44, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "Chỉ số PAPI 2022 của tỉnh tăng 4 bậc, từ vị trí 34/63 lên thứ hạng 30/63 tỉnh, thành phố.")
news("tinh", "Trong các chỉ số nội dung, thủ tục hành chính công đạt điểm cao nhất với 7,38 điểm.",
     [F(7.38, "điểm", "chỉ số nội dung thủ tục hành chính công", "tinh")])
news("tinh", "Các chỉ số tham gia của người dân ở cấp cơ sở (5,39 điểm), công khai, minh bạch (5,49 điểm) và trách nhiệm giải trình với người dân (4,36 điểm) đều ở nhóm trung bình cao.",
     [F(5.39, "điểm", "chỉ số tham gia của người dân ở cấp cơ sở", "tinh"),
      F(5.49, "điểm", "chỉ số công khai, minh bạch", "tinh"),
      F(4.36, "điểm", "chỉ số trách nhiệm giải trình với người dân", "tinh")])

# ---------------------------------------------------------------- Bắc Kạn: SIPAS 2024 (Báo Bắc Kạn, điểm báo 23/4/2025)
src("https://baobackan.vn/diem-bao-in-bac-kan-ngay-2342025-post70409.html")
news("tinh", "Năm 2024, chỉ số hài lòng về sự phục vụ hành chính của tỉnh Bắc Kạn đạt 78,17%, tăng nhẹ so với năm 2023 nhưng vẫn đứng cuối bảng xếp hạng cả nước.",
     [F(78.17, "%", "chỉ số SIPAS", "tinh")])
news("tinh", "Một số tiêu chí thành phần có tỷ lệ hài lòng dưới 80%; riêng các vấn đề kinh tế gia đình và phát triển xã hội địa phương chỉ đạt hơn 76%.",
     [F(76, "%", "hài lòng về kinh tế gia đình và phát triển xã hội địa phương", "tinh", approx=True)])
news("tinh", "Các chính sách an sinh xã hội, giáo dục, điện sinh hoạt và an ninh trật tự được đánh giá cao, với mức độ hài lòng từ 79% đến hơn 80%.")

# ---------------------------------------------------------------- Bắc Kạn: PCI (Báo Bắc Kạn)
src("https://baobackan.com.vn/kinh-te/doanh-nhan/")
news("tinh", "Năm 2018 Bắc Kạn đứng thứ 60, hai năm 2019 và 2020 cùng xếp hạng 59, năm 2021 đứng thứ 48 và năm 2022 vươn lên thứ 35/63 về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).")

# ---------------------------------------------------------------- Bắc Kạn: tổng kết CCHC 2011-2020
src("https://cchc.backan.gov.vn/Pages/tin-tuc-533/tin-tuc-hoat-dong-cchc-534/nhung-no-luc-cai-cach-hanh-chinh-tb-a335e1886b9f579d.aspx")
news("tinh", "Đại hội Đảng bộ tỉnh khóa XI, nhiệm kỳ 2015-2020 xác định cải cách hành chính là một trong 4 nhiệm vụ trọng tâm, triển khai đồng bộ trên 6 lĩnh vực.")
news("tinh", "Về cải cách thể chế giai đoạn 2011-2020, các sở, ngành đã tham mưu UBND tỉnh ban hành 404 văn bản quy phạm pháp luật và HĐND tỉnh ban hành 164 văn bản.",
     [F(404, "văn bản", "VBQPPL do UBND tỉnh ban hành", "tinh"),
      F(164, "văn bản", "VBQPPL do HĐND tỉnh ban hành", "tinh")])
news("tinh", "Ở cơ sở, chính quyền các huyện, thành phố đã ban hành 248 văn bản và chính quyền các xã, phường, thị trấn ban hành 856 văn bản quy phạm pháp luật trong cùng giai đoạn.",
     [F(248, "văn bản", "VBQPPL do cấp huyện ban hành", "huyen"),
      F(856, "văn bản", "VBQPPL do cấp xã ban hành", "xa")])

# ---------------------------------------------------------------- Bắc Kạn: chính quyền số (Tạp chí Quản lý nhà nước, 3/2025)
src("https://www.quanlynhanuoc.vn/2025/03/25/thuc-tien-xay-dung-chinh-quyen-so-tai-tinh-bac-kan-hien-nay")
news("tinh", "Là tỉnh miền núi có trên 80% dân số là người dân tộc thiểu số, Bắc Kạn gặp nhiều khó khăn, thách thức trong xây dựng chính quyền số.")

# ---------------------------------------------------------------- Ninh Thuận: kết quả Nghị quyết 05-NQ/TU
src("https://ninhthuan.dcs.vn/tinhuy/4/469/38171/297167/Kinh-te---Xa-hoi/Ket-qua-thuc-hien-Nghi-quyet-so-05-NQ-TU-cua-Ban-Thuong-vu-Tinh-uy-ve-day-manh-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh-den-nam-2025.aspx")
rep("tinh", "Thực hiện Nghị quyết số 05-NQ/TU, các cấp ủy, chính quyền đã cụ thể hóa thành Kế hoạch cải cách hành chính giai đoạn 2021-2025 và kế hoạch hằng năm.")
rep("tinh", "Trong giai đoạn 28/9/2021 - 31/8/2024, qua phần mềm theo dõi văn bản chỉ đạo, điều hành, UBND tỉnh giao tổng cộng 16.298 nhiệm vụ cho các cơ quan, đơn vị, địa phương, trong đó 16.211 nhiệm vụ đã hoàn thành (99,47%).",
    [F(16298, "nhiệm vụ", "nhiệm vụ được giao trên phần mềm chỉ đạo, điều hành", "tinh"),
     F(16211, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh"),
     F(99.47, "%", "tỷ lệ nhiệm vụ hoàn thành", "tinh")])
rep("tinh", "Trong số nhiệm vụ đã hoàn thành có 15.107 nhiệm vụ giải quyết đúng hạn, chiếm 92,69%.",
    [F(15107, "nhiệm vụ", "nhiệm vụ giải quyết đúng hạn", "tinh"),
     F(92.69, "%", "tỷ lệ nhiệm vụ giải quyết đúng hạn", "tinh")])
rep("tinh", "Còn 1.104 nhiệm vụ giải quyết trễ hạn (6,77%) và 88 nhiệm vụ đang tiếp tục thực hiện; một số cơ quan không có nhiệm vụ trễ hạn, tồn đọng.",
    [F(1104, "nhiệm vụ", "nhiệm vụ giải quyết trễ hạn", "tinh"),
     F(6.77, "%", "tỷ lệ nhiệm vụ trễ hạn", "tinh"),
     F(88, "nhiệm vụ", "nhiệm vụ đang thực hiện", "tinh")])

# ---------------------------------------------------------------- Nam Định: PAPI 2024 (Báo Nam Định, 4/5/2025)
src("https://vrviet.vn/en/nam-dinh-trong-chiec-guong-papi-2024-nhin-thang-thuc-trang-de-phuc-vu-nguoi-dan-tot-hon")
news("tinh", "Theo báo cáo xếp hạng PAPI năm 2024, tỉnh Nam Định đạt 44,35 điểm, thuộc nhóm trung bình cao toàn quốc.",
     [F(44.35, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "So với năm 2023, PAPI của tỉnh tăng 1,18 điểm và 3 bậc, xếp thứ 20/61 tỉnh, thành phố tham gia khảo sát.")
news("tinh", "Đáng chú ý, chỉ số kiểm soát tham nhũng trong khu vực công đạt 6,93 điểm, tăng 0,37 điểm dù vẫn ở nhóm trung bình thấp.",
     [F(6.93, "điểm", "chỉ số kiểm soát tham nhũng trong khu vực công", "tinh")])
news("tinh", "Chỉ số trách nhiệm giải trình với người dân giữ nguyên, còn chỉ số cung ứng dịch vụ công giảm nhẹ 0,01 điểm.")

# ---------------------------------------------------------------- Nam Định: chuyển biến CCHC (Báo Nam Định, 30/4/2025)
src("https://www.vietnam.vn/en/chuyen-bien-trong-cong-tac-cai-cach-hanh-chinh")
news("tinh", "Tỉnh Nam Định triển khai Nghị quyết số 04-NQ/TU ngày 18/6/2021 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách hành chính, nâng cao năng lực cạnh tranh, xúc tiến và thu hút đầu tư giai đoạn 2021-2025.")

# ---------------------------------------------------------------- Nam Định: bứt phá CCHC 2024 (Báo Nam Định, 22/4/2025)
src("https://vietnam.vn/en/nam-dinh-but-pha-cai-cach-kien-tao-nen-hanh-chinh-phuc-vu-nguoi-dan-doanh-nghiep")
news("tinh", "Cuối năm 2024, UBND tỉnh Nam Định ban hành Kế hoạch số 165/KH-UBND ngày 26/12/2024 về cải cách hành chính năm 2025, đặt mục tiêu hoàn thành toàn diện các chỉ tiêu CCHC trong năm.")

# ---------------------------------------------------------------- Đắk Nông: CCHC và chuyển đổi số (Báo Đắk Nông, 14/5/2025)
src("https://www.vietnam.vn/en/dak-nong-day-manh-cai-cach-thu-tuc-hanh-chinh-va-chuyen-doi-so")
news("tinh", "Đến nay, 100% cơ quan nhà nước cấp tỉnh và 8/8 UBND huyện, thành phố của Đắk Nông đã thành lập Ban Chỉ đạo chuyển đổi số.",
     [F(100, "%", "tỷ lệ cơ quan cấp tỉnh đã thành lập Ban Chỉ đạo chuyển đổi số", "so_nganh"),
      F(8, "đơn vị", "UBND cấp huyện đã thành lập Ban Chỉ đạo chuyển đổi số", "huyen"),
      F(8, "đơn vị", "tổng số UBND cấp huyện", "huyen")])
news("tinh", "Tỉnh đã hoàn thành thành lập 100% tổ công nghệ số cộng đồng ở cấp xã và thôn, với khoảng 4.078 thành viên.",
     [F(100, "%", "tỷ lệ tổ công nghệ số cộng đồng đã thành lập", "xa"),
      F(4078, "người", "thành viên tổ công nghệ số cộng đồng", "xa", approx=True)])

# ---------------------------------------------------------------- Hải Dương: PAPI 2021 (Hai Duong News, 11/5/2022)
src("https://haiduongnews.com/news/hai-duong-records-high-average-papi-in-2021-203251")
news("tinh", "Với 42,68 điểm, Chỉ số PAPI năm 2021 của tỉnh Hải Dương xếp thứ 25 toàn quốc; tỉnh là một trong 15 tỉnh, thành phố thuộc nhóm đạt điểm trung bình cao.",
     [F(42.68, "điểm", "Chỉ số PAPI", "tinh"),
      F(15, "tỉnh", "tỉnh, thành phố thuộc nhóm trung bình cao", "")])
news("tinh", "Về các chỉ số nội dung, Hải Dương đạt 4,83 điểm về tham gia của người dân ở cấp cơ sở, 5,45 điểm về công khai, minh bạch, 4,13 điểm về trách nhiệm giải trình và 6,93 điểm về kiểm soát tham nhũng.",
     [F(4.83, "điểm", "chỉ số tham gia của người dân ở cấp cơ sở", "tinh"),
      F(5.45, "điểm", "chỉ số công khai, minh bạch", "tinh"),
      F(4.13, "điểm", "chỉ số trách nhiệm giải trình với người dân", "tinh"),
      F(6.93, "điểm", "chỉ số kiểm soát tham nhũng trong khu vực công", "tinh")])
news("tinh", "Chỉ số thủ tục hành chính công của tỉnh đạt 7,34 điểm, cung ứng dịch vụ công 7,8 điểm, quản trị môi trường 3,14 điểm và quản trị điện tử 3,6 điểm.",
     [F(7.34, "điểm", "chỉ số thủ tục hành chính công", "tinh"),
      F(7.8, "điểm", "chỉ số cung ứng dịch vụ công", "tinh"),
      F(3.14, "điểm", "chỉ số quản trị môi trường", "tinh"),
      F(3.6, "điểm", "chỉ số quản trị điện tử", "tinh")])
news("tinh", "Điểm PAPI năm 2021 của Hải Dương thấp hơn 0,13 điểm so với năm 2020, dù tỉnh vẫn giữ được vị trí trong nhóm trung bình cao.")

# ---------------------------------------------------------------- Sơn La: PAPI 2023 (Báo Sơn La)
src("https://en.baosonla.org.vn/thoi-su-chinh-tri/workshop-discusses-measures-to-improve-son-la-provinces-papi-2024-ecWDEurIR.html")
news("tinh", "Năm 2023, Chỉ số PAPI của tỉnh Sơn La đạt 42,3 điểm, thuộc nhóm có điểm trung bình cao của cả nước.",
     [F(42.3, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "Kết quả PAPI 2023 đưa Sơn La lên thứ 30/63 tỉnh, thành phố, tăng 16 bậc so với năm 2022.")

# ---------------------------------------------------------------- Nghệ An: PAPI 2022 (Báo Nghệ An, 17/4/2023)
src("https://baonghean.vn/nghe-an-ranks-17th-on-viet-nam-provincial-governance-and-public-administration-performance-index-papi-post268182.html")
news("tinh", "Theo Báo cáo PAPI năm 2022 công bố ngày 12/4 tại Hà Nội, Nghệ An xếp thứ 17/63 địa phương trên cả nước.")
news("tinh", "Báo cáo PAPI 2022 khảo sát ngẫu nhiên 16.117 người dân; tính từ năm 2009 đến nay đã có 178.243 công dân được phỏng vấn trực tiếp.",
     [F(16117, "người", "người dân được khảo sát PAPI 2022", ""),
      F(178243, "người", "công dân được phỏng vấn PAPI lũy kế từ năm 2009", "")])
news("tinh", "Chỉ số PAPI gồm 8 chỉ số nội dung, 29 chỉ số thành phần và hơn 120 chỉ tiêu đo lường hiệu quả quản trị và hành chính công cấp tỉnh.")

# ---------------------------------------------------------------- Vinh: hài lòng 2022 (Báo Nghệ An)
src("https://baonghean.vn/en/ung-dung-cong-nghe-tao-dot-pha-trong-cai-cach-hanh-chinh-10252133.html")
news("huyen", "Năm 2022, thành phố Vinh phối hợp với Bưu điện thành phố phát phiếu khảo sát người dân đến giao dịch; kết quả có 98,61% tổ chức, công dân hài lòng với sự phục vụ của Bộ phận Tiếp nhận và Trả kết quả thành phố.",
     [F(98.61, "%", "tỷ lệ tổ chức, công dân hài lòng", "huyen")])

# ---------------------------------------------------------------- Đồng Nai: đoàn kiểm tra DVC trực tuyến (Báo Đồng Nai, 8/8/2025)
src("https://baodongnai.com.vn/english/politics/202508/field-inspection-delegation-on-online-public-services-and-administrative-procedures-works-in-dong-nai-5090506")
news("tinh", "Theo Hệ thống giám sát, đo lường chính phủ điện tử (EMC), tỷ lệ hồ sơ trực tuyến toàn trình ở cấp tỉnh trên cả nước trong tháng 7/2025 chỉ đạt 11,81%.",
     [F(11.81, "%", "tỷ lệ hồ sơ trực tuyến toàn trình cấp tỉnh", "")])
news("tinh", "Tỷ lệ này giảm 2,67 điểm phần trăm so với tháng 6/2025.")

# ---------------------------------------------------------------- Quảng Nam: PAKN và hồ sơ năm 2022 (Cổng TTĐT tỉnh)
src("https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL485073")
news("tinh", "Qua Hệ thống tiếp nhận phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia, đường dây nóng và các kênh khác, năm 2022 tỉnh Quảng Nam tiếp nhận 1.298 phản ánh, kiến nghị.",
     [F(1298, "PAKN", "phản ánh, kiến nghị tiếp nhận", "tinh")])
news("tinh", "Phân theo nội dung, 235 phản ánh, kiến nghị liên quan đến quy định hành chính, 1.063 phản ánh, kiến nghị liên quan đến hành vi hành chính.",
     [F(235, "PAKN", "phản ánh, kiến nghị về quy định hành chính", "tinh"),
      F(1063, "PAKN", "phản ánh, kiến nghị về hành vi hành chính", "tinh")])
news("tinh", "Các cơ quan chức năng đã xử lý xong 1.276 phản ánh, kiến nghị, còn 22 phản ánh, kiến nghị đang được xử lý.",
     [F(1276, "PAKN", "phản ánh, kiến nghị đã xử lý", "tinh"),
      F(22, "PAKN", "phản ánh, kiến nghị đang xử lý", "tinh")])
news("tinh", "Năm 2022, toàn tỉnh tiếp nhận 743.077 hồ sơ TTHC, gồm 183.413 hồ sơ tiếp nhận trực tuyến và 559.664 hồ sơ tiếp nhận trực tiếp, qua dịch vụ bưu chính; ngoài ra còn 3.303 hồ sơ kỳ trước chuyển sang.",
     [F(743077, "hồ sơ", "tiếp nhận mới", "tinh", code="BM7-6.4.1"),
      F(183413, "hồ sơ", "tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
      F(559664, "hồ sơ", "tiếp nhận trực tiếp và qua bưu chính", "tinh"),
      F(3303, "hồ sơ", "kỳ trước chuyển sang", "tinh")])
news("tinh", "Các cơ quan đã giải quyết 735.119 hồ sơ, trong đó 314.176 hồ sơ trước hạn, 391.823 hồ sơ đúng hạn và 29.120 hồ sơ quá hạn; 11.261 hồ sơ đang giải quyết.",
     [F(735119, "hồ sơ", "đã giải quyết", "tinh"),
      F(314176, "hồ sơ", "giải quyết trước hạn", "tinh"),
      F(391823, "hồ sơ", "giải quyết đúng hạn", "tinh"),
      F(29120, "hồ sơ", "giải quyết quá hạn", "tinh"),
      F(11261, "hồ sơ", "đang giải quyết", "tinh")])

# ---------------------------------------------------------------- Quảng Bình: PAPI 2024 (Báo Quảng Bình, bản dịch)
src("https://vjs.vietnam.vn/de/quang-binh-tang-11-bac-tren-bang-xep-hang-chi-so-papi-nam-2024")
news("tinh", "Năm 2024, Chỉ số PAPI của tỉnh Quảng Bình đạt 43,80 điểm.",
     [F(43.8, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "Với kết quả này, Quảng Bình xếp thứ 28/63 tỉnh, thành phố, tăng 11 bậc so với năm 2023.")
news("tinh", "Bên cạnh các trục nội dung có điểm khá như cung ứng dịch vụ công và thủ tục hành chính công, tỉnh còn điểm thấp ở quản trị môi trường (3,49/8 điểm) và quản trị điện tử (3,51/8 điểm).",
     [F(3.49, "điểm", "chỉ số quản trị môi trường", "tinh"),
      F(3.51, "điểm", "chỉ số quản trị điện tử", "tinh")])
news("tinh", "PAPI gồm 8 trục nội dung với tổng điểm tối đa 80 điểm, 28 chỉ số nội dung thành phần và hơn 120 chỉ số đo lường hiệu quả quản trị của 63 tỉnh, thành phố.")

# ---------------------------------------------------------------- PAPI 2023 toàn quốc (VietnamPlus)
src("https://en.vietnamplus.vn/2023-papi-announced/283917.vnp")
news("tinh", "Theo Báo cáo PAPI 2023, cảm nhận của người dân về kiểm soát tham nhũng ở địa phương chỉ cải thiện khiêm tốn, điểm bình quân cả nước đạt 6,77 điểm.",
     [F(6.77, "điểm", "chỉ số kiểm soát tham nhũng bình quân cả nước", "")])

# ---------------------------------------------------------------- Quảng Trị: 5 năm Trung tâm Phục vụ HCC tỉnh (Báo Quảng Trị, 7/2024)
src("https://en.baoquangtri.vn/quang-tri-sees-strong-progress-in-administrative-reform-185411.htm")
news("tinh", "Từ khi ứng dụng hệ thống thông tin giải quyết TTHC, tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh Quảng Trị năm 2019 đạt 99,2% và năm 2023 đạt 99,37%.",
     [F(99.2, "%", "tỷ lệ giải quyết đúng hạn năm 2019", "tinh"),
      F(99.37, "%", "tỷ lệ giải quyết đúng hạn năm 2023", "tinh")])
news("tinh", "Tỷ lệ hồ sơ quá hạn của tỉnh được kiểm soát tốt: năm 2019 là 0,8%, năm 2023 còn 0,63%.",
     [F(0.8, "%", "tỷ lệ hồ sơ quá hạn năm 2019", "tinh"),
      F(0.63, "%", "tỷ lệ hồ sơ quá hạn năm 2023", "tinh")])

# ---------------------------------------------------------------- Bình Phước: kết quả CCHC năm 2022 (Tỉnh ủy Bình Phước)
src("https://tinhuybinhphuoc.vn/Dua-nghi-quyet-vao-cuoc-song/binh-phuoc-nhung-ket-qua-noi-bat-trong-cai-cach-hanh-chinh-cai-thien-moi-truong-dau-tu-3027.html")
rep("tinh", "Năm 2022, tỉnh có 1.640 dịch vụ công trực tuyến mức độ 3, mức độ 4, trong đó 1.506 dịch vụ công đã được kết nối với Cổng Dịch vụ công quốc gia.",
    [F(1640, "dịch vụ", "DVC trực tuyến mức độ 3, 4", "tinh"),
     F(1506, "dịch vụ", "DVC kết nối Cổng DVC quốc gia", "tinh")])
rep("tinh", "Về số dịch vụ công kết nối Cổng Dịch vụ công quốc gia, tỉnh xếp thứ 02/63 tỉnh, thành phố.")
rep("tinh", "Trong năm, HĐND, UBND cấp huyện ban hành 20 văn bản quy phạm pháp luật, gồm 02 nghị quyết và 18 quyết định.",
    [F(20, "văn bản", "VBQPPL do cấp huyện ban hành", "huyen"),
     F(2, "văn bản", "nghị quyết do HĐND cấp huyện ban hành", "huyen"),
     F(18, "văn bản", "quyết định do UBND cấp huyện ban hành", "huyen")])
rep("tinh", "Theo thẩm quyền, Sở Tư pháp đã góp ý 44 văn bản của Trung ương và rà soát 66 văn bản quy phạm pháp luật của tỉnh (28 quyết định, 38 nghị quyết); các văn bản đều còn hiệu lực và không có sai sót về nội dung.",
    [F(44, "văn bản", "văn bản Trung ương được góp ý", "so_nganh"),
     F(66, "văn bản", "VBQPPL của tỉnh đã rà soát", "so_nganh"),
     F(28, "văn bản", "quyết định đã rà soát", "so_nganh"),
     F(38, "văn bản", "nghị quyết đã rà soát", "so_nganh")])
rep("tinh", "Tổng số TTHC được công bố là 1.799 thủ tục, trong đó 1.302 TTHC cấp tỉnh, 232 TTHC cấp huyện, 91 TTHC cấp xã, 74 TTHC thực hiện tại cơ quan, đơn vị và 100 TTHC liên thông giữa các cấp chính quyền.",
    [F(1799, "TTHC", "tổng số TTHC công bố", "tinh", code="BM3-1.4"),
     F(1302, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
     F(232, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
     F(91, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3"),
     F(74, "TTHC", "TTHC thực hiện tại cơ quan, đơn vị", "tinh"),
     F(100, "TTHC", "TTHC liên thông giữa các cấp chính quyền", "tinh", code="BM3-2.2")])

# ---------------------------------------------------------------- Bình Phước: chương trình đột phá cải cách TTHC (Tỉnh ủy Bình Phước)
src("https://tinhuybinhphuoc.vn/khoa-hoc-cong-nghe/binh-phuoc-ket-qua-thuc-hien-chuong-trinh-dot-pha-trong-cai-cach-thu-tuc-hanh-chinh-3177.html")
news("tinh", "Ban Chấp hành Đảng bộ tỉnh Bình Phước ban hành Nghị quyết số 04-NQ/TU ngày 18/5/2021 về chuyển đổi số đến năm 2025; Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 16-CT/TU ngày 25/6/2022 về đẩy mạnh cải cách TTHC.")

# ---------------------------------------------------------------- Bình Phước: kết quả nổi bật về DVC (Cổng TTĐT tỉnh, 8/2022)
src("https://binhphuoc.gov.vn/vi/bdt/chuyen-doi-so/binh-phuoc-dat-ket-qua-noi-bat-ve-cong-tac-cai-cach-hanh-chinh-dich-vu-cong-327.html")
news("tinh", "Báo cáo số 6055/BC-VPCP của Văn phòng Chính phủ ghi nhận Bình Phước là một trong các địa phương triển khai tích cực, hiệu quả Cổng Dịch vụ công quốc gia, vận hành từ tháng 12/2019.")
news("tinh", "Đến nay, Cổng Dịch vụ công quốc gia đã cung cấp 3.805 dịch vụ công trực tuyến mức độ 3, 4 với hơn 2,8 triệu tài khoản đăng ký và hơn 4,78 triệu hồ sơ trực tuyến thực hiện từ Cổng.",
     [F(3805, "dịch vụ", "DVC trực tuyến mức độ 3, 4 trên Cổng DVC quốc gia", ""),
      F(2800000, "tài khoản", "tài khoản đăng ký trên Cổng DVC quốc gia", "", approx=True),
      F(4780000, "hồ sơ", "hồ sơ trực tuyến thực hiện từ Cổng DVC quốc gia", "", approx=True)])
news("tinh", "Cổng cũng đã tiếp nhận, xử lý hơn 189 nghìn cuộc gọi tới tổng đài và hơn 46 nghìn phản ánh, kiến nghị.",
     [F(189000, "cuộc gọi", "cuộc gọi tới tổng đài được tiếp nhận, xử lý", "", approx=True),
      F(46000, "PAKN", "phản ánh, kiến nghị được tiếp nhận, xử lý", "", approx=True)])
news("tinh", "8 tháng đầu năm 2022, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia của Bình Phước đạt 8.701 giao dịch, tỷ lệ giao dịch thành công 45,37%.",
     [F(8701, "giao dịch", "giao dịch thanh toán trực tuyến", "tinh"),
      F(45.37, "%", "tỷ lệ giao dịch thanh toán trực tuyến thành công", "tinh")])
news("tinh", "Riêng thanh toán thuế, lệ phí trước bạ trong TTHC đất đai, tỉnh có 60.222 giao dịch trong 8 tháng, tỷ lệ thành công 79,28%.",
     [F(60222, "giao dịch", "giao dịch thanh toán thuế, lệ phí trước bạ đất đai", "tinh"),
      F(79.28, "%", "tỷ lệ giao dịch thành công", "tinh")])
news("tinh", "Tính đến ngày 23/8/2022, tỉnh tiếp nhận 17.921 hồ sơ chứng thực bản sao điện tử từ bản chính, hoàn thành 16.864 hồ sơ (94,1%), nằm trong nhóm 10 địa phương dẫn đầu.",
     [F(17921, "hồ sơ", "hồ sơ chứng thực bản sao điện tử", "tinh"),
      F(16864, "hồ sơ", "hồ sơ chứng thực điện tử đã hoàn thành", "tinh"),
      F(94.1, "%", "tỷ lệ hồ sơ chứng thực điện tử hoàn thành", "tinh")])

# ---------------------------------------------------------------- Bình Phước: dịch vụ công trực tuyến (Báo Bình Phước, 2021)
src("https://baobinhphuoc.com.vn/news/329/123408/vi-dan")
news("tinh", "Sau một năm triển khai, tỷ lệ hồ sơ trực tuyến đối với các TTHC đã công bố trực tuyến mức độ 3, 4 của tỉnh Bình Phước luôn đạt trên 90%.",
     [F(90, "%", "tỷ lệ hồ sơ trực tuyến đối với TTHC mức độ 3, 4", "tinh", approx=True)])
news("tinh", "Bình Phước đã công bố 100% dịch vụ công trực tuyến mức độ 4 của tỉnh kết nối với Cổng Dịch vụ công quốc gia, đúng dịp kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2021).",
     [F(100, "%", "tỷ lệ DVC trực tuyến mức độ 4 kết nối Cổng DVC quốc gia", "tinh")])
news("tinh", "Kết quả này vượt xa mục tiêu tỉnh đề ra là tỷ lệ hồ sơ trực tuyến phải đạt 80% trong năm 2020.")

# ---------------------------------------------------------------- Bình Dương: Chỉ số CCHC 2023 các sở, huyện, xã (Cổng TTĐT tỉnh, 27/4/2024)
src("https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=5674&PageIndex=8")
news("tinh", "Năm 2023, Chỉ số CCHC bình quân của các sở, ban, ngành tỉnh Bình Dương đạt 85,41%; có 07/19 đơn vị đạt loại xuất sắc từ 90% trở lên, dẫn đầu là Sở Thông tin và Truyền thông với 93,75 điểm.",
     [F(85.41, "%", "Chỉ số CCHC bình quân cấp sở", "so_nganh"),
      F(7, "đơn vị", "sở, ngành đạt loại xuất sắc", "so_nganh"),
      F(19, "đơn vị", "tổng số sở, ngành được đánh giá", "so_nganh"),
      F(93.75, "điểm", "Chỉ số CCHC của Sở Thông tin và Truyền thông", "so_nganh")])
news("tinh", "Chỉ số CCHC cấp huyện có giá trị trung bình 91,98%, với 06 đơn vị xuất sắc và 03 đơn vị tốt; thành phố Thủ Dầu Một dẫn đầu với 97,68 điểm.",
     [F(91.98, "%", "Chỉ số CCHC bình quân cấp huyện", "huyen"),
      F(6, "đơn vị", "đơn vị cấp huyện đạt loại xuất sắc", "huyen"),
      F(3, "đơn vị", "đơn vị cấp huyện đạt loại tốt", "huyen"),
      F(97.68, "điểm", "Chỉ số CCHC của thành phố Thủ Dầu Một", "huyen")])
news("tinh", "Ở cấp xã, Chỉ số CCHC trung bình của các xã, phường, thị trấn đạt 92,12% và 69/91 đơn vị đạt loại xuất sắc.",
     [F(92.12, "%", "Chỉ số CCHC bình quân cấp xã", "xa"),
      F(69, "đơn vị", "đơn vị cấp xã đạt loại xuất sắc", "xa"),
      F(91, "đơn vị", "tổng số đơn vị cấp xã", "xa")])
news("tinh", "Chỉ số CCHC cấp sở năm 2023 tăng 1,1% so với năm 2022, còn cấp huyện tăng 4,09% và cấp xã tăng 2,48%.")

# ---------------------------------------------------------------- Bình Dương: SIPAS, PAR INDEX 2024 (Báo Bình Dương)
src("https://baobinhduong.vn/en/binh-duong-enhances-the-index-of-public-satisfaction--a345061.html")
news("tinh", "Chỉ số SIPAS năm 2024 của tỉnh Bình Dương đạt 87,80/100 điểm, xếp thứ 7/63; Chỉ số PAR INDEX năm 2024 đạt 89,13/100 điểm, xếp thứ 23/63 tỉnh, thành phố.",
     [F(87.8, "điểm", "Chỉ số SIPAS", "tinh"),
      F(89.13, "điểm", "Chỉ số PAR INDEX", "tinh")])
news("tinh", "Bộ Chỉ số CCHC cấp tỉnh năm 2024 gồm 8 lĩnh vực, 38 tiêu chí và 88 tiêu chí thành phần, với tổng điểm 100, trong đó 68 điểm đánh giá kết quả thực hiện và 32 điểm qua điều tra xã hội học.")

# ---------------------------------------------------------------- Lào Cai: PAR INDEX 2017 (Cổng TTĐT Lào Cai)
src("https://laocai.gov.vn/news-events-en/lao-cai-increased-6-levels-in-the-public-administration-reform-par-index-in-2017-328810")
news("tinh", "Chỉ số CCHC năm 2017 của tỉnh Lào Cai xếp thứ 21, tăng 6 bậc so với năm 2016; lĩnh vực cải cách tài chính công xếp thứ 12/63, tăng 51 bậc.")
news("tinh", "Trong bảng xếp hạng PAR INDEX 2017, Quảng Ninh dẫn đầu với 89,45/100 điểm, còn Quảng Ngãi đứng cuối với 59,69 điểm.",
     [F(89.45, "điểm", "Chỉ số PAR INDEX của Quảng Ninh", "tinh"),
      F(59.69, "điểm", "Chỉ số PAR INDEX của Quảng Ngãi", "tinh")])
news("tinh", "Ở khối bộ, ngành, 12 bộ đạt Chỉ số CCHC từ 80% trở lên, trong đó Ngân hàng Nhà nước Việt Nam có điểm cao nhất với 92,36%.",
     [F(12, "bộ", "bộ đạt Chỉ số CCHC từ 80% trở lên", ""),
      F(92.36, "%", "Chỉ số CCHC của Ngân hàng Nhà nước", "")])

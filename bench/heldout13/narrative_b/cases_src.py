# Cases for held-out set 13, narrative_b (news items only). My own Vietnamese wording; figures from the pages named by src().
# F(value, unit, measure, scope, approx=False, code="")

# ---------------------------------------------------------------- SIPAS 2024 (Bộ Nội vụ, 6/4/2025), national figures
src("https://vietnam.vnanet.vn/english/tin-van/over-90-of-citizens-report-no-difficulties-from-civil-servants-392158.html")
news("tinh", "Theo công bố của Bộ Nội vụ ngày 06/4/2025, mức độ hài lòng của người dân đối với việc xây dựng và tổ chức thực hiện chính sách năm 2024 đạt 83,84%, tăng 1,35% so với năm 2023; kết quả giữa các tỉnh dao động từ 78,16% đến 90,59%.",
     [F(83.84, "%", "hài lòng về xây dựng, tổ chức thực hiện chính sách", "")])
news("tinh", "Sự hài lòng đối với việc cung ứng dịch vụ hành chính công năm 2024 đạt 84,09%, cao hơn 1,12% so với năm trước; kết quả của các địa phương nằm trong khoảng 78,18% - 92,00%.",
     [F(84.09, "%", "hài lòng về cung ứng dịch vụ hành chính công", "")])
news("tinh", "Chỉ số SIPAS 2024 được thiết kế với 42 chỉ số thành phần đo cảm nhận, đánh giá, 51 chỉ số đo mức độ hài lòng và 10 chỉ số về nhu cầu, mong đợi của người dân; năm 2024 là năm thứ tám Bộ Nội vụ triển khai đo lường chỉ số này.")
news("tinh", "Cuộc khảo sát SIPAS năm 2024 được tiến hành tại 195 đơn vị hành chính cấp huyện, 385 đơn vị cấp xã và 1.170 thôn, ấp, tổ dân phố trên cả nước.")
src("http://tothethao.com/bong-da_en/90-of-people-surveyed-say-officials-do-not-harass-or-hassle-them-ministry-2390317.html")
news("tinh", "Về chất lượng phục vụ của công chức, 90,06% người được khảo sát cho biết không gặp công chức gây phiền hà, sách nhiễu; 8,98% phản ánh có một số công chức gây phiền hà và 0,96% cho rằng nhiều công chức có biểu hiện này.",
     [F(90.06, "%", "tỷ lệ người dân không gặp công chức gây phiền hà, sách nhiễu", ""),
      F(8.98, "%", "tỷ lệ người dân phản ánh một số công chức gây phiền hà", ""),
      F(0.96, "%", "tỷ lệ người dân phản ánh nhiều công chức gây phiền hà", "")])
news("tinh", "Năm địa phương có SIPAS 2024 cao nhất là Hải Phòng, Thái Nguyên, Hải Dương, Quảng Ninh và Bà Rịa - Vũng Tàu; năm địa phương thấp nhất là Bắc Kạn, Lạng Sơn, Quảng Nam, An Giang và Quảng Ngãi.")

# ---------------------------------------------------------------- PAR INDEX 2021 (VietnamPlus, 25/5/2022)
src("https://en.vietnamplus.vn/justice-ministry-hai-phong-named-best-performers-in-administrative-reform/229155.vnp")
news("tinh", "Chỉ số cải cách hành chính năm 2021 ghi nhận 3 địa phương đạt trên 90% gồm Hải Phòng (91,8%), Quảng Ninh (91,14%) và Đà Nẵng (90,25%).",
     [F(3, "tỉnh", "số tỉnh, thành phố đạt Chỉ số CCHC trên 90%", ""),
      F(91.8, "%", "Chỉ số CCHC của Hải Phòng", "tinh"),
      F(91.14, "%", "Chỉ số CCHC của Quảng Ninh", "tinh"),
      F(90.25, "%", "Chỉ số CCHC của Đà Nẵng", "tinh")])
news("tinh", "Có 59 tỉnh, thành phố đạt từ 80% đến dưới 90%; duy nhất tỉnh Kiên Giang dưới 80%, với 79,97%.",
     [F(59, "tỉnh", "số tỉnh, thành phố đạt Chỉ số CCHC từ 80% đến dưới 90%", ""),
      F(79.97, "%", "Chỉ số CCHC của Kiên Giang", "tinh")])
news("tinh", "Ở khối bộ, ngành, 13 bộ đạt kết quả từ trên 80% đến dưới 90%, riêng Bộ Khoa học và Công nghệ đạt 78,72%, thấp hơn mức 80%.",
     [F(13, "bộ", "số bộ đạt Chỉ số CCHC từ trên 80% đến dưới 90%", ""),
      F(78.72, "%", "Chỉ số CCHC của Bộ Khoa học và Công nghệ", "")])
news("tinh", "Sáu trong 17 bộ, cơ quan có chỉ số tăng so với năm 2020, trong đó Bộ Nội vụ tăng nhanh nhất (2,2%), còn Bộ Khoa học và Công nghệ giảm mạnh nhất, 6,43%.")

# ---------------------------------------------------------------- PAR INDEX 2019 (Cổng TTĐT Chính phủ, 19/5/2020)
src("http://news.gov.vn/Utilities/PrintView.aspx?ID=40168")
news("tinh", "Trong bảng xếp hạng Chỉ số CCHC năm 2019, Đồng Tháp đứng thứ ba với 84,43%, tăng 0,72%; tiếp theo là Hải Phòng (84,35%) và Long An (84,33%).",
     [F(84.43, "%", "Chỉ số CCHC của Đồng Tháp", "tinh"),
      F(84.35, "%", "Chỉ số CCHC của Hải Phòng", "tinh"),
      F(84.33, "%", "Chỉ số CCHC của Long An", "tinh")])
news("tinh", "Bến Tre xếp cuối bảng với 73,87%; khoảng cách giữa địa phương cao nhất và thấp nhất là 16,22%, đã thu hẹp rõ rệt so với các năm trước.",
     [F(73.87, "%", "Chỉ số CCHC của Bến Tre", "tinh")])
news("tinh", "Đồng bằng sông Hồng và Đông Nam Bộ là hai vùng có giá trị trung bình Chỉ số CCHC năm 2019 cao nhất, lần lượt đạt 82,95% và 82,02%.",
     [F(82.95, "%", "giá trị trung bình Chỉ số CCHC vùng Đồng bằng sông Hồng", ""),
      F(82.02, "%", "giá trị trung bình Chỉ số CCHC vùng Đông Nam Bộ", "")])
news("tinh", "Với SIPAS 2019, ba địa phương dẫn đầu là Quảng Ninh, Hải Phòng và Cà Mau, trong khi Bình Thuận, Đắk Lắk và Cao Bằng có mức hài lòng thấp nhất.")

# ---------------------------------------------------------------- Hòa Bình: PAR INDEX, PAPI 2024 (Báo Hòa Bình, 5/2025)
src("https://en.baohoabinh.com.vn/1/10629/Hoa-Binh-reviews-2024-public-administrati111n-re102orm-per102ormance.htm")
news("tinh", "Năm 2024, Chỉ số cải cách hành chính của tỉnh Hòa Bình đạt 88,18%, tăng 1,42% so với năm trước nhưng giảm 2 bậc, xếp thứ 37/63 tỉnh, thành phố.",
     [F(88.18, "%", "Chỉ số CCHC", "tinh")])
news("tinh", "Ở chỉ số thành phần công tác chỉ đạo, điều hành CCHC, tỉnh đạt điểm tối đa 9,5/9,5 điểm, dẫn đầu cả nước; chỉ số xây dựng chính quyền điện tử, chính quyền số tăng 9 bậc so với năm 2023.",
     [F(9.5, "điểm", "điểm chỉ số thành phần công tác chỉ đạo, điều hành CCHC", "tinh")])
news("tinh", "Chỉ số PAPI năm 2024 của Hòa Bình đạt 43,4778 điểm, thuộc nhóm trung bình thấp và giảm 12 bậc so với năm 2023.",
     [F(43.4778, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "Trong 8 chỉ số nội dung của PAPI 2024, tỉnh có 5 chỉ số tăng điểm; 3 chỉ số giảm là trách nhiệm giải trình với người dân, kiểm soát tham nhũng trong khu vực công và thủ tục hành chính công.")

# ---------------------------------------------------------------- Hòa Bình: PAR INDEX 2023 (Báo Hòa Bình, 4/2024)
src("http://www.baohoabinh.com.vn/en/5/9487/Hoa-Binh-scores-highest-points-in-two-indicators-of-PAR-Index-2023.htm")
news("tinh", "Theo kết quả Chỉ số CCHC năm 2023, tỉnh Hòa Bình đạt 57,04/61,50 điểm thẩm định và 8,19/10 điểm điều tra xã hội học về sự hài lòng (SIPAS).",
     [F(57.04, "điểm", "điểm thẩm định Chỉ số CCHC", "tinh"),
      F(8.19, "điểm", "điểm điều tra xã hội học SIPAS trong Chỉ số CCHC", "tinh")])
news("tinh", "Điểm đánh giá tác động của công tác lãnh đạo, chỉ đạo của tỉnh đạt 18,34/22 điểm, tác động đến phát triển kinh tế - xã hội đạt 4,32/6,50 điểm; tổng điểm Chỉ số CCHC đạt 86,89/100 điểm, xếp thứ 35/63.",
     [F(18.34, "điểm", "điểm đánh giá tác động của công tác lãnh đạo, chỉ đạo", "tinh"),
      F(4.32, "điểm", "điểm đánh giá tác động đến phát triển kinh tế - xã hội", "tinh"),
      F(86.89, "điểm", "tổng điểm Chỉ số CCHC", "tinh")])
news("tinh", "Hòa Bình dẫn đầu cả nước ở hai chỉ số thành phần: công tác chỉ đạo, điều hành CCHC đạt 100% và cải cách thủ tục hành chính đạt 99,93%.",
     [F(100, "%", "chỉ số thành phần công tác chỉ đạo, điều hành CCHC", "tinh"),
      F(99.93, "%", "chỉ số thành phần cải cách thủ tục hành chính", "tinh")])

# ---------------------------------------------------------------- Hà Nội: TTHC luồng xanh, phân cấp (Hanoi Times, 6/2025)
src("https://hanoitimes.vn/hanoi-puts-hundreds-of-administrative-procedures-for-green-lane-processing.753552.html")
news("tinh", "Đến nay, thành phố Hà Nội đã đưa 103 TTHC thuộc các lĩnh vực đất đai, xây dựng, tư pháp, nông nghiệp, môi trường và kiến trúc vào giải quyết theo cơ chế \"luồng xanh\".",
     [F(103, "TTHC", "TTHC giải quyết theo cơ chế luồng xanh", "tinh")])
news("tinh", "Trong 6 tháng đầu năm 2025, UBND thành phố đã ban hành 32 quyết định phê duyệt quy trình nội bộ giải quyết TTHC.",
     [F(32, "văn bản", "quyết định phê duyệt quy trình nội bộ giải quyết TTHC", "tinh")])
news("tinh", "Lũy kế, Hà Nội đã phân cấp thẩm quyền giải quyết 656 TTHC, chiếm 34,8% tổng số TTHC của thành phố; 100% TTHC được tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên thông.",
     [F(656, "TTHC", "TTHC được phân cấp thẩm quyền giải quyết", "tinh"),
      F(34.8, "%", "tỷ lệ TTHC được phân cấp thẩm quyền giải quyết", "tinh"),
      F(100, "%", "tỷ lệ TTHC giải quyết theo cơ chế một cửa, một cửa liên thông", "tinh")])
news("tinh", "Các TTHC luồng xanh được rút ngắn từ 30% đến 60% thời gian giải quyết, góp phần thực hiện mục tiêu tăng trưởng GRDP trên 8% của thành phố trong năm 2025.")

# ---------------------------------------------------------------- Hà Nội: tái cấu trúc 293 TTHC (Asia City News)
src("https://asiacity.news/vietnam/hanoi/hanoi-restructures-293-administrative-procedures-significantly-reducing-social-costs-and-enhancing-digital-experiences")
news("tinh", "Hà Nội đã hoàn thành xây dựng và phê duyệt phương án tái cấu trúc quy trình đối với 293 TTHC phổ biến, là những thủ tục phát sinh bình quân khoảng 2,39 triệu hồ sơ mỗi năm.",
     [F(293, "TTHC", "TTHC được phê duyệt phương án tái cấu trúc quy trình", "tinh"),
      F(2390000, "hồ sơ", "số hồ sơ phát sinh bình quân mỗi năm của các TTHC tái cấu trúc", "tinh", approx=True)])
news("tinh", "Hiện 100% TTHC thuộc thẩm quyền của thành phố đã được cung cấp dưới hình thức dịch vụ công trực tuyến, tỷ lệ tiếp nhận hồ sơ trực tuyến đạt gần 100%, song tỷ lệ hồ sơ được xử lý trực tuyến toàn trình mới đạt 68,7%.",
     [F(100, "%", "tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "tinh"),
      F(100, "%", "tỷ lệ tiếp nhận hồ sơ trực tuyến", "tinh", approx=True),
      F(68.7, "%", "tỷ lệ hồ sơ xử lý trực tuyến toàn trình", "tinh")])
news("tinh", "Theo ước tính, việc tái cấu trúc giúp tiết kiệm hơn 1.650 tỷ đồng chi phí xã hội và rút ngắn khoảng 40% thời gian chờ của người dân tại bộ phận một cửa.")

# ---------------------------------------------------------------- Hà Nội: danh mục TTHC không phụ thuộc địa giới (Việt Nam News, 20/11/2025)
src("https://vietnamnews.vn/economy/1729969/ha-noi-strengthens-administrative-reforms-to-improve-investment-climate.html")
news("tinh", "Ngày 17/11/2025, Phó Chủ tịch UBND thành phố Hà Nội Trương Việt Dũng phê duyệt danh mục 1.038 TTHC thực hiện không phụ thuộc vào địa giới hành chính, gồm 789 TTHC cấp tỉnh và 249 TTHC cấp xã.",
     [F(1038, "TTHC", "TTHC thực hiện không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3"),
      F(789, "TTHC", "TTHC cấp tỉnh thực hiện không phụ thuộc địa giới hành chính", "so_nganh"),
      F(249, "TTHC", "TTHC cấp xã thực hiện không phụ thuộc địa giới hành chính", "xa")])
src("https://vietnam.vnanet.vn/english/tin-van/hanoi-residents-to-benefit-from-boundary-free-administrative-processing-415023.html")
news("tinh", "Từ nay đến hết ngày 30/11/2025, người dân, doanh nghiệp có thể nộp hồ sơ tại bất kỳ chi nhánh, điểm tiếp nhận nào của Trung tâm Phục vụ hành chính công Hà Nội theo phương thức thí điểm.")

# ---------------------------------------------------------------- Hà Nội: đề án Trung tâm PVHCC một cấp (Hanoi Times, 9/2024)
src("https://m.hanoitimes.vn/hanoi-to-open-new-public-administration-service-center-in-october-327781.html")
news("tinh", "Theo đề án, 677 đầu mối tiếp nhận hồ sơ hiện nay sẽ được thu gọn còn 30 chi nhánh; số công chức làm nhiệm vụ tiếp nhận dự kiến giảm từ hơn 2.700 người xuống 184 người, tiết kiệm khoảng 160 tỷ đồng mỗi năm.")
src("https://hanoitimes.vn/hanoi-becomes-vietnams-first-locality-to-pilot-administrative-services-center-328003.html")
news("tinh", "Trung tâm được thí điểm từ tháng 9/2024 đến ngày 30/11/2025, bảo đảm người dân có thể tiếp cận dịch vụ công trong bán kính 30 phút di chuyển hoặc không quá 5 km.")

# ---------------------------------------------------------------- Hà Nội: xã Thanh Oai, 01/7 - 30/11/2025
src("https://www.vietnam.vn/en/thanh-oai-doi-thoai-voi-nhan-dan-ve-cai-cach-hanh-chinh")
news("xa", "Từ ngày 01/7 đến 30/11/2025, UBND xã Thanh Oai (Hà Nội) tiếp nhận 5.342 hồ sơ, trong đó 4.375 hồ sơ trực tuyến và 967 hồ sơ trực tiếp; đã giải quyết 5.031 hồ sơ, đạt 94%, không có hồ sơ quá hạn.",
     [F(5342, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
      F(4375, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(967, "hồ sơ", "tiếp nhận trực tiếp", "xa"),
      F(5031, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(94, "%", "tỷ lệ hồ sơ đã giải quyết", "xa")])
news("xa", "Xã cung cấp 431 TTHC trực tuyến, gồm 81 thủ tục toàn trình và 350 thủ tục một phần; mức độ hài lòng của người dân với dịch vụ công của xã đạt 18/18 điểm.",
     [F(431, "TTHC", "TTHC cung cấp trực tuyến", "xa"),
      F(81, "TTHC", "TTHC trực tuyến toàn trình", "xa"),
      F(350, "TTHC", "TTHC trực tuyến một phần", "xa"),
      F(18, "điểm", "điểm mức độ hài lòng", "xa")])

# ---------------------------------------------------------------- Hà Nội: xã Ô Diên, 3 tháng đầu vận hành
src("https://vjs.vietnam.vn/en/xa-o-dien-doi-thoai-voi-nguoi-dan-ve-thu-tuc-va-giai-quyet-thu-tuc-hanh-chinh")
news("xa", "Sau 3 tháng vận hành mô hình chính quyền hai cấp, xã Ô Diên (Hà Nội) đã giải quyết đúng hạn 10.472/10.492 hồ sơ, đạt tỷ lệ 99,81%.",
     [F(10472, "hồ sơ", "giải quyết đúng hạn", "xa"),
      F(10492, "hồ sơ", "tổng số hồ sơ", "xa"),
      F(99.81, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])
news("xa", "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của xã tăng từ 89,38/100 điểm (tháng 7/2025, xếp thứ 12/126 xã, phường) lên 92,34/100 điểm vào tháng 9/2025, vươn lên thứ 2 toàn thành phố.",
     [F(92.34, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025", "xa")])
news("xa", "Mức độ hài lòng của người dân, doanh nghiệp với xã luôn ở mức 98 - 100%.")
news("xa", "UBND xã đã thành lập Ban Chỉ đạo, Tổ công tác chuyển đổi số và 59 tổ công nghệ số cộng đồng, đồng thời phát động chiến dịch \"45 ngày đêm hỗ trợ chuyển đổi số\".",
     [F(59, "tổ", "tổ công nghệ số cộng đồng", "xa")])

# ---------------------------------------------------------------- Tuyên Quang: Chỉ số CCHC 2025 (Báo Tuyên Quang, 1/2026)
src("https://en.baotuyenquang.com.vn/administrative-reform/202601/tuyen-quang-announces-the-2025-public-administration-reform-index-8560349")
news("tinh", "Năm 2025, Sở Tư pháp tỉnh Tuyên Quang tiếp tục dẫn đầu khối sở, ngành với Chỉ số CCHC đạt 91,21%; xếp sau là Văn phòng UBND tỉnh (90,84%) và Sở Nội vụ (90,81%).",
     [F(91.21, "%", "Chỉ số CCHC của Sở Tư pháp", "so_nganh"),
      F(90.84, "%", "Chỉ số CCHC của Văn phòng UBND tỉnh", "so_nganh"),
      F(90.81, "%", "Chỉ số CCHC của Sở Nội vụ", "so_nganh")])
news("tinh", "Ở khối xã, phường, xã Quang Bình đứng đầu với 85,10%, tiếp theo là xã Yên Phú (85,07%) và xã Du Già (84,36%).",
     [F(85.1, "%", "Chỉ số CCHC của xã Quang Bình", "xa"),
      F(85.07, "%", "Chỉ số CCHC của xã Yên Phú", "xa"),
      F(84.36, "%", "Chỉ số CCHC của xã Du Già", "xa")])
news("tinh", "Cả 10 xã, phường dẫn đầu đều đạt trên 80%, trong khi 10 đơn vị xếp cuối có Chỉ số CCHC dưới 55%.")
src("http://en.baotuyenquang.com.vn/society/effectiveness-in-administrative-procedure-reform-2978.html")
news("tinh", "Trong tháng 6 và tháng 7/2024, tỉnh Tuyên Quang xếp thứ 14/63 về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp; Chỉ số CCHC năm 2023 xếp thứ 16/63, tăng 16 bậc so với năm 2022.")
news("tinh", "Năm 2023, Chỉ số năng lực cạnh tranh cấp tỉnh của Tuyên Quang tăng 2,59 điểm, còn Chỉ số SIPAS xếp thứ 26/63 tỉnh, thành phố.")

# ---------------------------------------------------------------- Thanh Hóa: luồng xanh (Báo Thanh Hóa)
src("https://www.vietnam.vn/en/loai-bo-nhung-rao-can")
news("tinh", "Cơ chế \"luồng xanh\" của tỉnh Thanh Hóa áp dụng cho 49 TTHC, gồm 19 thủ tục về đầu tư, doanh nghiệp; 12 thủ tục về xây dựng, kinh doanh bất động sản; 14 thủ tục về đất đai, lâm nghiệp, khoáng sản và 4 thủ tục về lao động, việc làm.",
     [F(49, "TTHC", "TTHC áp dụng cơ chế luồng xanh", "tinh"),
      F(19, "TTHC", "TTHC luồng xanh lĩnh vực đầu tư, doanh nghiệp", "tinh"),
      F(12, "TTHC", "TTHC luồng xanh lĩnh vực xây dựng, kinh doanh bất động sản", "tinh"),
      F(14, "TTHC", "TTHC luồng xanh lĩnh vực đất đai, lâm nghiệp, khoáng sản", "tinh"),
      F(4, "TTHC", "TTHC luồng xanh lĩnh vực lao động, việc làm", "tinh")])
news("tinh", "Từ ngày 01/7 đến 31/12/2025, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận, giải quyết 16.730 hồ sơ TTHC theo cơ chế ưu tiên \"luồng xanh\".",
     [F(16730, "hồ sơ", "tiếp nhận, giải quyết theo cơ chế luồng xanh", "tinh")])
src("https://www.vietnam.vn/en/cai-cach-de-nguoi-dan-hai-long")
news("tinh", "Thời gian giải quyết các thủ tục luồng xanh được cắt giảm 30 - 60% so với trước; hằng năm, UBND tỉnh chỉ đạo giảm tối thiểu 30 - 50% thời gian giải quyết TTHC ở các lĩnh vực trọng điểm.")

# ---------------------------------------------------------------- Nghệ An: thành phố Vinh
src("https://baonghean.vn/en/thanh-pho-vinh-khai-truong-tru-so-bo-phan-tiep-nhan-va-tra-ket-qua-hien-dai-10270742.html")
news("huyen", "Bộ phận Tiếp nhận và Trả kết quả thành phố Vinh có 18 quầy giao dịch, giải quyết 253 TTHC thuộc thẩm quyền của thành phố; bình quân mỗi ngày tiếp nhận khoảng 500 lượt giao dịch.",
     [F(18, "quầy", "quầy giao dịch", "huyen"),
      F(253, "TTHC", "TTHC giải quyết tại bộ phận một cửa", "huyen"),
      F(500, "giao dịch", "lượt giao dịch bình quân mỗi ngày", "huyen", approx=True)])
news("huyen", "Trụ sở mới của bộ phận một cửa đặt tại tầng 1 tòa nhà 7 tầng, số 152 Đinh Công Tráng, có sức chứa 200 người.")
src("https://baonghean.vn/en/print/10293833.html")
news("huyen", "Ngày 25/3/2025, lượng hồ sơ tại Trung tâm Phục vụ hành chính công thành phố Vinh tăng đột biến lên 1.000 - 1.100 hồ sơ, trong khi bình quân mỗi ngày chỉ khoảng 600 - 700 hồ sơ.")

# ---------------------------------------------------------------- Quảng Ninh: Quảng Yên
src("https://xe.today/2025/03/25/the-early-bird-catches-the-worm-eager-citizens-queue-from-4-am-for-land-procedures")
news("huyen", "Từ đầu năm 2025, chi nhánh Trung tâm Hành chính công thị xã Quảng Yên đã tiếp nhận gần 4.000 hồ sơ đất đai, tăng đột biến từ đầu tháng 3.",
     [F(4000, "hồ sơ", "tiếp nhận hồ sơ đất đai", "huyen", approx=True)])
news("huyen", "Bình quân mỗi ngày chi nhánh nhận 70 - 80 hồ sơ đất đai; có người dân phải dậy từ 4 giờ sáng để đến xếp hàng lấy số.")
src("https://news.laodong.vn/xa-hoi/giai-phap-giam-qua-tai-tai-trung-tam-hanh-chinh-cong-phuong-quang-yen-tinh-quang-ninh-1610278.ldo")
news("xa", "Trung tâm Phục vụ hành chính công phường Quảng Yên còn tiếp nhận hồ sơ bảo hiểm xã hội cho 6 địa bàn: Quảng Yên, Hà An, Phong Cốc, Liên Hòa, Tuần Châu và Việt Hưng.")

# ---------------------------------------------------------------- TP.HCM: Trung tâm PVHCC thành phố (VietnamPlus, 29/12/2025)
src("https://en.vietnamplus.vn/hcm-city-opens-new-public-administration-service-centre-post335106.vnp")
news("tinh", "Trung tâm Phục vụ hành chính công TP.HCM tại số 43 Nguyễn Văn Bá, phường Thủ Đức chính thức hoạt động từ ngày 29/12/2025, hiện đã vận hành 61/67 quầy giao dịch, có thể phục vụ cùng lúc 800 - 1.000 lượt giao dịch.",
     [F(61, "quầy", "quầy giao dịch đang vận hành", "trung_tam"),
      F(67, "quầy", "tổng số quầy giao dịch", "trung_tam")])
src("https://en.sggp.org.vn/ho-chi-minh-city-public-administration-service-center-officially-inaugurated-post122900.html")
news("tinh", "Trung tâm gồm 2 tầng, chia thành 6 khu vực; theo thiết kế và vận hành thử, thời gian tiếp nhận trung bình mỗi hồ sơ, từ lúc bốc số đến khi nhận phiếu hẹn, khoảng 5 - 10 phút.")

# ---------------------------------------------------------------- Đồng Nai: Bộ chỉ số 766, kỳ 17/10/2025 (Báo Đồng Nai)
src("https://baodongnai.com.vn/english/202510/dong-nai-ranks-2nd-among-34-provinces-and-cities-in-implementing-the-index-set-no-766-c84622b")
news("tinh", "Tính đến ngày 17/10/2025, tỉnh Đồng Nai đạt 90,62/100 điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, tăng 0,28 điểm so với kỳ đánh giá trước và xếp thứ 2/34 tỉnh, thành phố.",
     [F(90.62, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
news("tinh", "Ba nhóm chỉ số của tỉnh đạt tối đa hoặc gần tối đa: thanh toán trực tuyến 10/10 điểm, công khai, minh bạch 16,09/18 điểm và mức độ hài lòng 17,93/18 điểm.",
     [F(10, "điểm", "điểm chỉ số thanh toán trực tuyến", "tinh"),
      F(16.09, "điểm", "điểm nhóm chỉ số công khai, minh bạch", "tinh"),
      F(17.93, "điểm", "điểm chỉ số mức độ hài lòng", "tinh")])
news("tinh", "Ở khối sở, ngành, 7/13 đơn vị được xếp loại xuất sắc và 5 đơn vị xếp loại tốt; ở cấp xã, 100% xã, phường đạt từ 90 điểm trở lên.",
     [F(7, "đơn vị", "sở, ngành xếp loại xuất sắc", "so_nganh"),
      F(13, "đơn vị", "tổng số sở, ngành", "so_nganh"),
      F(5, "đơn vị", "sở, ngành xếp loại tốt", "so_nganh"),
      F(100, "%", "tỷ lệ xã, phường đạt từ 90 điểm trở lên", "xa")])

# ---------------------------------------------------------------- Tinh giản biên chế toàn quốc 2015-2018 (Hanoi Times)
src("https://m.hanoitimes.vn/vietnam-continues-curtailing-state-apparatus-2063.html")
news("tinh", "Theo Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân, trong 4 năm qua cả nước đã tinh giản 40.500 biên chế, gồm 5.778 người năm 2015, 11.900 người năm 2016, 12.600 người năm 2017 và 10.139 người năm 2018.",
     [F(40500, "người", "biên chế đã tinh giản giai đoạn 2015 - 2018", ""),
      F(5778, "người", "biên chế đã tinh giản năm 2015", ""),
      F(11900, "người", "biên chế đã tinh giản năm 2016", ""),
      F(12600, "người", "biên chế đã tinh giản năm 2017", ""),
      F(10139, "người", "biên chế đã tinh giản năm 2018", "")])
news("tinh", "Năm 2019, các cơ quan nhà nước dự kiến tinh giản 44.510 người; mục tiêu giai đoạn 2014 - 2020 là giảm 100.000 biên chế, với kinh phí dự kiến khoảng 8.000 tỷ đồng.")

# ---------------------------------------------------------------- Hà Nội: tinh giản biên chế 2016-2021 (Báo Nghệ An)
src("https://baonghean.vn/en/tinh-gian-bien-che-chua-gan-voi-nang-cao-chat-luong-va-co-cau-lai-doi-ngu-post257111.html")
news("tinh", "So với năm 2015, thành phố Hà Nội đã giảm 1.473 biên chế công chức (tương đương 15,6%) và 12.890 biên chế sự nghiệp (tương đương 10%); đồng thời giảm 280 cấp trưởng và 560 cấp phó.",
     [F(1473, "biên chế", "biên chế công chức đã giảm so với năm 2015", "tinh"),
      F(15.6, "%", "tỷ lệ biên chế công chức đã giảm so với năm 2015", "tinh"),
      F(12890, "biên chế", "biên chế sự nghiệp đã giảm so với năm 2015", "tinh"),
      F(10, "%", "tỷ lệ biên chế sự nghiệp đã giảm so với năm 2015", "tinh"),
      F(280, "người", "cấp trưởng đã giảm", "tinh"),
      F(560, "người", "cấp phó đã giảm", "tinh")])

# ---------------------------------------------------------------- TP.HCM: dịch vụ công trực tuyến 2017 (VietnamPlus tiếng Tây Ban Nha)
src("https://es.vietnamplus.vn/registran-tendencia-alcista-del-uso-de-servicios-publicos-en-internet-en-ciudad-ho-chi-minh-post82347.vnp")
news("tinh", "Theo Sở Thông tin và Truyền thông TP.HCM, số hồ sơ trực tuyến ở cấp quận, huyện (không kể thuế, hải quan, bảo hiểm xã hội, xuất nhập cảnh) tăng 3,6 lần, từ 81.600 hồ sơ năm 2016 lên hơn 294.000 hồ sơ tính đến cuối tháng 8/2017.",
     [F(294000, "hồ sơ", "hồ sơ trực tuyến cấp quận, huyện", "huyen", approx=True)])
news("tinh", "Trong năm 2017, thành phố đưa thêm hơn 200 dịch vụ công trực tuyến mới, nâng tổng số lên 552 dịch vụ, tăng 97,5% so với năm 2016.",
     [F(200, "dịch vụ", "dịch vụ công trực tuyến mới đưa vào", "tinh", approx=True),
      F(552, "dịch vụ", "tổng số dịch vụ công trực tuyến", "tinh")])

# ---------------------------------------------------------------- Toàn quốc: Công điện 144/CĐ-TTg ngày 23/8/2025 (TTXVN tiếng Tây Ban Nha)
src("https://vietnam.vnanet.vn/spanish/tin-van/premier-vietnamita-exige-acelerar-la-simplificacion-de-tramites-administrativos-y-condiciones-de-negocio-406702.html")
news("tinh", "Theo Văn phòng Chính phủ, đến nay 10 bộ, cơ quan đã trình Thủ tướng phương án cắt giảm; đã phê duyệt phương án đơn giản hóa 1.315 TTHC và cắt bỏ 872 điều kiện kinh doanh.",
     [F(10, "bộ", "bộ, cơ quan đã trình phương án cắt giảm, đơn giản hóa", ""),
      F(1315, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", ""),
      F(872, "điều kiện", "điều kiện kinh doanh được cắt bỏ", "")])
news("tinh", "Dự kiến đến cuối năm 2025 sẽ bãi bỏ 488 TTHC, đơn giản hóa 2.675 thủ tục (74,86%) và cắt giảm 2.028/7.806 điều kiện kinh doanh, tương đương khoảng 26%.")
news("tinh", "Từ ngày 01/7 đến 23/8/2025, các hệ thống thông tin giải quyết TTHC của 34 tỉnh, thành phố đã xử lý khoảng 6,5 triệu hồ sơ.",
     [F(6500000, "hồ sơ", "hồ sơ TTHC đã xử lý trên hệ thống của các địa phương", "", approx=True)])

# ---------------------------------------------------------------- Toàn quốc: 01/7 - 28/10/2025 (vietnam.vn, bản tiếng Pháp)
src("https://www.vietnam.vn/fr/nhieu-thu-tuc-hanh-chinh-chua-phu-hop-de-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh")
news("tinh", "Từ ngày 01/7/2025, thời điểm vận hành chính quyền địa phương hai cấp, đến ngày 28/10/2025, 34 địa phương đã tiếp nhận tổng cộng 14,5 triệu hồ sơ TTHC, trong đó 12,1 triệu hồ sơ trực tuyến.",
     [F(14500000, "hồ sơ", "tiếp nhận", ""),
      F(12100000, "hồ sơ", "tiếp nhận trực tuyến", "")])

# ---------------------------------------------------------------- Toàn quốc: NDXP 6/2023 (Nhân Dân tiếng Tây Ban Nha)
src("https://es.nhandan.vn/vietnam-por-impulsar-el-desarrollo-de-gobierno-digital-post51075.html")
news("tinh", "Từ đầu năm 2023 đến tháng 6, đã có 276,9 triệu giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP), bình quân khoảng 1,38 triệu giao dịch mỗi ngày; tổng số giao dịch từ khi vận hành đến nay đã vượt 1,35 tỷ.",
     [F(276900000, "giao dịch", "giao dịch qua NDXP từ đầu năm", ""),
      F(1380000, "giao dịch", "giao dịch qua NDXP bình quân mỗi ngày", "", approx=True),
      F(1350000000, "giao dịch", "tổng số giao dịch qua NDXP từ khi vận hành", "", approx=True)])
news("tinh", "NDXP đã kết nối Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức với 23 bộ, ngành và 60 địa phương.",
     [F(23, "đơn vị", "bộ, ngành kết nối CSDL quốc gia về cán bộ, công chức, viên chức", ""),
      F(60, "đơn vị", "địa phương kết nối CSDL quốc gia về cán bộ, công chức, viên chức", "")])

# ---------------------------------------------------------------- Lâm Đồng, An Giang: distractors (vietnam.vn / VOV tiếng Pháp)
src("https://www.vietnam.vn/fr/lam-dong-no-luc-giai-quyet-thu-tuc-hanh-chinh-nhanh-nhat-hieu-qua-nhat-tu-tinh-den-xa")
news("tinh", "Theo thống kê, Trung tâm Phục vụ hành chính công các phường trung tâm Đà Lạt, Bảo Lộc, Phan Thiết và Gia Nghĩa bình quân mỗi ngày đón 50 - 80 lượt người dân đến giải quyết TTHC.")
src("https://m.vovworld.vn/fr-CH/make-in-vietnam/les-bienfaits-du-guichet-unique-interconnecte-1233375.vov")
news("huyen", "Tại huyện Tri Tôn (An Giang), hồ sơ cấp giấy chứng nhận quyền sử dụng đất của một người dân xã Lương Phi theo quy định phải giải quyết trong 30 ngày nhưng chỉ sau 20 ngày đã có kết quả.")

# ---------------------------------------------------------------- Lạng Sơn: bộ TTHC ba cấp (Báo Lạng Sơn)
src("https://www.vietnam.vn/en/cai-cach-thu-tuc-hanh-chinh-o-chinh-quyen-cac-cap-quyet-liet-ngay-tu-khau-chi-dao-dieu-hanh-bao-va-dai-phat-thanh-truyen-hinh-lang-son")
news("tinh", "Hiện toàn tỉnh Lạng Sơn có 1.823 TTHC thuộc thẩm quyền giải quyết của cơ quan hành chính nhà nước ba cấp, trong đó cấp tỉnh 1.448 thủ tục, cấp huyện 267 thủ tục và cấp xã 108 thủ tục.",
     [F(1823, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", code="BM3-1.4"),
      F(1448, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
      F(267, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
      F(108, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])
news("tinh", "Tổng số TTHC thực hiện theo cơ chế một cửa, một cửa liên thông là 1.603 thủ tục, gồm 1.285 thủ tục cấp tỉnh, 226 thủ tục cấp huyện và 92 thủ tục cấp xã.",
     [F(1603, "TTHC", "TTHC thực hiện theo cơ chế một cửa, một cửa liên thông", "tinh"),
      F(1285, "TTHC", "TTHC cấp tỉnh thực hiện theo cơ chế một cửa", "so_nganh"),
      F(226, "TTHC", "TTHC cấp huyện thực hiện theo cơ chế một cửa", "huyen"),
      F(92, "TTHC", "TTHC cấp xã thực hiện theo cơ chế một cửa", "xa")])
news("tinh", "Phương châm của tỉnh là \"3 tăng, 2 giảm\": tăng ứng dụng công nghệ thông tin, tăng trách nhiệm, tăng công khai; giảm chi phí và giảm thời gian giải quyết TTHC, không yêu cầu bổ sung hồ sơ quá 1 lần.")

# ---------------------------------------------------------------- PAPI 2020: chỉ số nội dung (Cổng TTĐT Chính phủ, 14/4/2021)
src("http://news.gov.vn/print/quang-ninh-leads-in-papi-2020-rankings-11140879.htm")
news("tinh", "Trong PAPI 2020, Quảng Ninh dẫn đầu ba chỉ số nội dung: công khai, minh bạch trong ra quyết định ở địa phương (6,499 điểm), kiểm soát tham nhũng trong khu vực công (8,286 điểm) và cung ứng dịch vụ công (7,713 điểm).",
     [F(6.499, "điểm", "chỉ số công khai, minh bạch trong ra quyết định ở địa phương", "tinh"),
      F(8.286, "điểm", "chỉ số kiểm soát tham nhũng trong khu vực công", "tinh"),
      F(7.713, "điểm", "chỉ số cung ứng dịch vụ công", "tinh")])
news("tinh", "Đồng Tháp đạt điểm cao nhất ở chỉ số quản trị môi trường (5,202 điểm), còn Thái Nguyên dẫn đầu chỉ số tham gia của người dân ở cấp cơ sở với 6,216 điểm.",
     [F(5.202, "điểm", "chỉ số quản trị môi trường của Đồng Tháp", "tinh"),
      F(6.216, "điểm", "chỉ số tham gia của người dân ở cấp cơ sở của Thái Nguyên", "tinh")])
news("tinh", "Hà Nội và TP.HCM nằm trong nhóm 16 địa phương có điểm thấp nhất, lần lượt đạt 41,629 điểm và 41,985 điểm.",
     [F(41.629, "điểm", "Chỉ số PAPI của Hà Nội", "tinh"),
      F(41.985, "điểm", "Chỉ số PAPI của TP.HCM", "tinh")])
news("tinh", "Sau 12 năm thực hiện, khảo sát PAPI đã thu thập ý kiến của 146.233 người dân được chọn ngẫu nhiên trên cả nước.",
     [F(146233, "người", "người dân được khảo sát PAPI", "")])

# ---------------------------------------------------------------- Đồng Nai: Tổng đài 1022 và PAKN năm 2022 (Báo Đồng Nai, 24/12/2022)
src("https://baodongnai.com.vn/chinhtri/202212/tong-dai-dich-vu-cong-1022-ho-tro-xu-ly-9987-phan-anh-kien-nghi-cua-nguoi-dan-3150559/")
news("tinh", "Năm 2022, Tổng đài dịch vụ công 1022 tỉnh Đồng Nai tiếp nhận 55.821 lượt liên hệ đề nghị hỗ trợ thông tin, đăng ký dịch vụ bưu chính công ích và gửi phản ánh, kiến nghị; đã xử lý 55.750 lượt, đạt trên 99,87%.",
     [F(55821, "lượt", "lượt liên hệ Tổng đài 1022 tiếp nhận", "tinh"),
      F(55750, "lượt", "lượt liên hệ Tổng đài 1022 đã xử lý", "tinh"),
      F(99.87, "%", "tỷ lệ xử lý yêu cầu qua Tổng đài 1022", "tinh", approx=True)])
news("tinh", "Cũng trong năm, tỉnh tiếp nhận 677 phản ánh, kiến nghị của người dân, doanh nghiệp gửi UBND tỉnh qua Cổng Dịch vụ công quốc gia; đã xử lý và công khai 629 trường hợp, 48 trường hợp đang xử lý trong hạn.",
     [F(677, "PAKN", "PAKN tiếp nhận qua Cổng DVC quốc gia", "tinh"),
      F(629, "PAKN", "PAKN đã xử lý, công khai", "tinh"),
      F(48, "PAKN", "PAKN đang xử lý trong hạn", "tinh")])

# ---------------------------------------------------------------- Bình Dương: Tổng đài 1022 năm 2021 (Báo Bình Dương)
src("https://baobinhduong.vn/en/the-hotline-system-handles-over-200-000-complaints-and-recommendations-a261898.html")
news("tinh", "Tính đến ngày 08/12/2021, Tổng đài 1022 tỉnh Bình Dương đã tiếp nhận, trả lời khoảng 226.530 cuộc gọi phản ánh, kiến nghị của người dân, doanh nghiệp, trong đó 45.849 cuộc gọi cấp cứu, 51.297 cuộc gọi đề nghị cứu trợ, 5.327 cuộc gọi về an ninh, trật tự, 3.097 cuộc gọi về an toàn giao thông và 120.960 cuộc gọi giải đáp, hỗ trợ thông tin khác.",
     [F(226530, "cuộc gọi", "cuộc gọi phản ánh, kiến nghị đã tiếp nhận, trả lời", "tinh", approx=True),
      F(45849, "cuộc gọi", "cuộc gọi cấp cứu", "tinh"),
      F(51297, "cuộc gọi", "cuộc gọi đề nghị cứu trợ", "tinh"),
      F(5327, "cuộc gọi", "cuộc gọi về an ninh, trật tự", "tinh"),
      F(3097, "cuộc gọi", "cuộc gọi về an toàn giao thông", "tinh"),
      F(120960, "cuộc gọi", "cuộc gọi giải đáp, hỗ trợ thông tin khác", "tinh")])
news("tinh", "Ngoài tổng đài, hệ thống còn tiếp nhận hơn 30.587 yêu cầu qua website, Zalo, email và ứng dụng di động; hiện tổng đài có thể tiếp nhận 3.000 - 5.000 cuộc gọi mỗi ngày.",
     [F(30587, "yêu cầu", "yêu cầu tiếp nhận qua website, Zalo, email, ứng dụng", "tinh", approx=True)])

# ---------------------------------------------------------------- Quảng Nam: Tổng đài 1022, 9 tháng năm 2024 (Báo Quảng Nam)
src("https://baoquangnam.vn/trong-9-thang-tong-dai-1022-tiep-nhan-hon-11-200-luot-phan-anh-kien-nghi-3142787.html")
news("tinh", "Từ ngày 01/01 đến 30/9/2024, Tổng đài Thông tin dịch vụ công 1022 tỉnh Quảng Nam đã tiếp nhận 11.224 lượt thông tin, phản ánh, kiến nghị của người dân, doanh nghiệp.",
     [F(11224, "lượt", "lượt thông tin, phản ánh, kiến nghị tiếp nhận qua Tổng đài 1022", "tinh")])
news("tinh", "Riêng tháng 9/2024, tổng đài tiếp nhận 1.382 lượt, gồm 316 cuộc gọi đến số 0235.1022 và các lượt tương tác qua chatbot (746), Facebook (161), Zalo (106), website, ứng dụng (39) và email (14).",
     [F(1382, "lượt", "lượt thông tin, phản ánh, kiến nghị tiếp nhận trong tháng", "tinh"),
      F(316, "cuộc gọi", "cuộc gọi đến tổng đài", "tinh"),
      F(746, "lượt", "lượt tương tác qua chatbot", "tinh"),
      F(161, "lượt", "lượt tương tác qua Facebook", "tinh"),
      F(106, "lượt", "lượt tương tác qua Zalo", "tinh"),
      F(39, "lượt", "lượt tương tác qua website, ứng dụng", "tinh"),
      F(14, "lượt", "lượt tương tác qua email", "tinh")])
news("tinh", "Toàn bộ 1.382 lượt thông tin phản ánh và 10 kiến nghị trong tháng đã được chuyển đến các sở, ban, ngành xử lý, đạt 100%.",
     [F(1382, "lượt", "lượt thông tin phản ánh đã chuyển xử lý", "tinh"),
      F(10, "kiến nghị", "kiến nghị đã chuyển xử lý", "tinh"),
      F(100, "%", "tỷ lệ phản ánh, kiến nghị được chuyển xử lý", "tinh")])

# ---------------------------------------------------------------- Bình Dương: Bộ chỉ số 766, kỳ 11 - 18/3/2024 (Cổng TTĐT Bình Dương)
src("https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=5613")
news("tinh", "Theo kết quả cập nhật trên Cổng Dịch vụ công quốc gia ngày 18/3/2024 (tính từ ngày 11 đến 18/3/2024), tỉnh Bình Dương đạt 79,51 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 4/63 địa phương.",
     [F(79.51, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
news("tinh", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,24%, tỷ lệ hồ sơ nộp trực tuyến đạt 68,3% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 57,29%; tỷ lệ TTHC có giao dịch thanh toán trực tuyến đạt gần 57%.",
     [F(96.24, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh"),
      F(68.3, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh"),
      F(57.29, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "tinh"),
      F(57, "%", "tỷ lệ TTHC có giao dịch thanh toán trực tuyến", "tinh", approx=True)])
news("tinh", "Tỷ lệ hồ sơ có kết quả điện tử đạt trên 84%, trong khi tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa mới đạt 19,6%.",
     [F(84, "%", "tỷ lệ hồ sơ có kết quả giải quyết điện tử", "tinh", approx=True),
      F(19.6, "%", "tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số hóa", "tinh")])

# ---------------------------------------------------------------- Tổng đài 1022: Hà Nội (Covid-19), Quảng Nam (đề án), Cà Mau (thông báo)
src("https://beta.congthuong.vn/tags/tong-dai-1022-24997.tag")
news("tinh", "Sau 5 ngày vận hành chính thức, Tổng đài 1022 của thành phố Hà Nội đã tiếp nhận hơn 2.000 cuộc gọi, phản ánh của người dân về công tác phòng, chống dịch Covid-19; toàn bộ đã được ghi nhận, giải đáp hoặc chuyển cơ quan chức năng xử lý.",
     [F(2000, "cuộc gọi", "cuộc gọi, phản ánh Tổng đài 1022 tiếp nhận", "tinh", approx=True)])
src("http://tintuc.vdong.vn/03/682852.htm")
news("tinh", "Ngày 25/3, Phó Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu ký quyết định ban hành đề án thí điểm thành lập Tổng đài dịch vụ công 1022; hệ thống có khả năng tiếp nhận đến 100 cuộc gọi cùng lúc.")
src("http://thcsptkhanhan.vnptweb.vn/phan-thuong-va-danh-hieu-79350")
news("tinh", "Tổng đài dịch vụ công 1022 của tỉnh (số 0290 1022) chính thức vận hành từ 07 giờ ngày 18/10/2021; người dân ấn phím 1 để phản ánh việc thực hiện chính sách hỗ trợ người bị ảnh hưởng bởi dịch Covid-19 và phím 2 để phản ánh công tác phòng, chống dịch.")

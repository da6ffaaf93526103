#!/usr/bin/env python3
"""Builds cases.csv and sources_by_case.tsv for held-out set 28-B and checks them."""
import csv, json, re, unicodedata, os, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout28/earlier"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


U_BT = "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-59-ngan-ho-so-11102020-a78881.html"
U_VP = "https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105"
U_HT = "https://baothanhhoa.vn/phuong-hac-thanh-bo-tri-them-diem-tiep-nhan-ho-so-va-tra-ket-qua-thu-tuc-hanh-chinh-269466.htm"
U_DH = "https://huyendamha.vn/quy-i-2020-khong-co-ho-so-giai-quyet-thu-tuc-hanh-chinh-qua-han/"

CASES = [
    # ---------------- real pages ----------------
    ("news", "tinh",
     "Sau 9 tháng năm 2020, Trung tâm Phục vụ hành chính công tỉnh Bến Tre đã tiếp nhận 61,3 ngàn hồ sơ các loại, phần lớn nộp trực tiếp (54,1 ngàn hồ sơ), số còn lại qua mạng và qua bưu chính công ích; các cơ quan đã giải quyết xong 59,72 ngàn hồ sơ, đạt tỷ lệ 97,4%.",
     [F(61300, "hồ sơ", "hồ sơ đã tiếp nhận", "trung_tam"),
      F(54100, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "trung_tam"),
      F(59720, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam"),
      F(97.4, "%", "tỷ lệ hồ sơ đã giải quyết", "trung_tam")],
     U_BT),
    ("news", "tinh",
     "Riêng quý III/2020, lượng hồ sơ gửi đến Trung tâm Phục vụ hành chính công tỉnh Bến Tre lên tới 25,2 ngàn hồ sơ, nhiều hơn quý II khoảng 9,6 ngàn hồ sơ.",
     [F(25200, "hồ sơ", "hồ sơ đã tiếp nhận trong quý", "trung_tam")],
     U_BT),
    ("news", "tinh",
     "Trong quý III/2020, các cơ quan tiếp nhận nhiều hồ sơ nhất tại Trung tâm là: Công an tỉnh 7,7 ngàn hồ sơ; Sở Công Thương 3,7 ngàn; Sở Giao thông vận tải 3,01 ngàn; Sở Tài nguyên và Môi trường 2,25 ngàn; Sở Nông nghiệp và Phát triển nông thôn 2,14 ngàn và Sở Tư pháp 2,12 ngàn hồ sơ.",
     [F(7700, "hồ sơ", "hồ sơ Công an tỉnh tiếp nhận", "so_nganh"),
      F(3700, "hồ sơ", "hồ sơ Sở Công Thương tiếp nhận", "so_nganh"),
      F(3010, "hồ sơ", "hồ sơ Sở Giao thông vận tải tiếp nhận", "so_nganh"),
      F(2250, "hồ sơ", "hồ sơ Sở Tài nguyên và Môi trường tiếp nhận", "so_nganh"),
      F(2140, "hồ sơ", "hồ sơ Sở Nông nghiệp và Phát triển nông thôn tiếp nhận", "so_nganh"),
      F(2120, "hồ sơ", "hồ sơ Sở Tư pháp tiếp nhận", "so_nganh")],
     U_BT),
    ("report", "tinh",
     "Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc, trong kỳ từ 21/7 đến 20/8/2021 bộ phận một cửa cấp huyện, cấp xã tiếp nhận mới 19.630 hồ sơ; trả kết quả trước và đúng hạn 19.255 hồ sơ (đạt 96,55%); số hồ sơ đến hạn giải quyết là 19.944, trong đó 689 hồ sơ quá hạn chưa có kết quả, chiếm 3,45%; 16 hồ sơ bị trả lại hoặc được người nộp xin rút (0,08%).",
     [F(19630, "hồ sơ", "hồ sơ tiếp nhận mới", "huyen"),
      F(19255, "hồ sơ", "trả kết quả trước và đúng hạn", "huyen"),
      F(96.55, "%", "tỷ lệ trả kết quả trước và đúng hạn", "huyen"),
      F(19944, "hồ sơ", "hồ sơ đến hạn giải quyết", "huyen"),
      F(689, "hồ sơ", "hồ sơ quá hạn chưa có kết quả", "huyen"),
      F(3.45, "%", "tỷ lệ hồ sơ quá hạn", "huyen"),
      F(16, "hồ sơ", "hồ sơ trả lại, rút", "huyen"),
      F(0.08, "%", "tỷ lệ hồ sơ trả lại, rút", "huyen")],
     U_VP),
    ("report", "tinh",
     "Trong tháng 8/2021, Vĩnh Phúc có 5/9 huyện, thành phố đưa tỷ lệ hồ sơ chậm, quá hạn xuống dưới 3%, còn cả 9/9 huyện, thành phố đều giữ được tỷ lệ này dưới 10%.",
     [F(5, "đơn vị", "huyện, thành phố có tỷ lệ chậm, quá hạn dưới 3%", "huyen"),
      F(9, "đơn vị", "tổng số huyện, thành phố", "huyen"),
      F(9, "đơn vị", "huyện, thành phố có tỷ lệ chậm, quá hạn dưới 10%", "huyen"),
      F(9, "đơn vị", "tổng số huyện, thành phố", "huyen")],
     U_VP),
    ("news", "huyen",
     "Quý I/2020, Trung tâm Hành chính công huyện Đầm Hà tiếp nhận 6.192 hồ sơ: giải quyết trước hạn 3.807, đúng hạn 754, đang giải quyết 960 và 671 hồ sơ phải bổ sung; tỷ lệ hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 đạt 20,43%.",
     [F(6192, "hồ sơ", "hồ sơ đã tiếp nhận", "huyen", code="BM7-6.4.1"),
      F(3807, "hồ sơ", "giải quyết trước hạn", "huyen"),
      F(754, "hồ sơ", "giải quyết đúng hạn", "huyen"),
      F(960, "hồ sơ", "hồ sơ đang giải quyết", "huyen"),
      F(671, "hồ sơ", "hồ sơ yêu cầu bổ sung", "huyen"),
      F(20.43, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "huyen", code="BM7-6.4")],
     U_DH),
    ("news", "huyen",
     "Cùng kỳ, bộ phận một cửa hiện đại của các xã thuộc huyện Đầm Hà tiếp nhận 5.517 hồ sơ (trước hạn 4.520, đúng hạn 969, đang giải quyết 28), tỷ lệ tiếp nhận và giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 đạt 19,5%; cả cấp huyện và cấp xã không có hồ sơ quá hạn.",
     [F(5517, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(4520, "hồ sơ", "giải quyết trước hạn", "xa"),
      F(969, "hồ sơ", "giải quyết đúng hạn", "xa"),
      F(28, "hồ sơ", "hồ sơ đang giải quyết", "xa"),
      F(19.5, "%", "tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến mức độ 3, 4", "xa", code="BM7-6.4")],
     U_DH),
    ("news", "xa",
     "Với hơn 197.000 người, Hạc Thành là phường đông dân nhất tỉnh Thanh Hóa; vì vậy từ ngày 24/11/2025, UBND phường tiếp nhận và trả kết quả TTHC tại 2 địa điểm, trong đó một điểm đặt tại Trung tâm Phục vụ hành chính công tỉnh theo Công văn số 19484/UBND-HCC ngày 6/11/2025 của UBND tỉnh.",
     [],
     U_HT),
    # ---------------- synthetic ----------------
    ("report", "xa",
     "Quý IV/2025, xã Minh Tân tiếp nhận 1.220 hồ sơ TTHC, trong đó 1.041 hồ sơ nộp trực tuyến (chiếm 85,33%); tỷ lệ giải quyết đúng hạn đạt 98,74% (1.177/1.192 hồ sơ).",
     [F(1220, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(1041, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", code="BM7-6.4.2"),
      F(85.33, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4"),
      F(98.74, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3"),
      F(1177, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(1192, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1")],
     "synthetic: xã Minh Tân (tỉnh Tuyên Quang), quý IV/2025"),
    ("news", "xa",
     "Từ ngày 01/7 đến 31/12/2025, Trung tâm Phục vụ hành chính công đặc khu Cô Tô tiếp nhận gần 2,4 nghìn hồ sơ, bình quân khoảng 20 hồ sơ mỗi ngày làm việc; hồ sơ đã giải quyết: 2.286, trong đó trước hạn 1.897, đúng hạn 376, quá hạn 13.",
     [F(2400, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", approx=True),
      F(2286, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(1897, "hồ sơ", "giải quyết trước hạn", "xa"),
      F(376, "hồ sơ", "giải quyết đúng hạn", "xa"),
      F(13, "hồ sơ", "giải quyết quá hạn", "xa")],
     "synthetic: đặc khu Cô Tô (tỉnh Quảng Ninh), 6 tháng cuối năm 2025 (per-day average as distractor)"),
    ("news", "xa",
     "Trong tháng 10/2025, phường Xuân Hương - Đà Lạt đã tiếp nhận 27 phản ánh, kiến nghị về quy định hành chính, giải quyết xong 25, còn 2 đang xem xét; tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC đạt 97,35%.",
     [F(27, "phản ánh, kiến nghị", "PAKN về quy định hành chính đã tiếp nhận", "xa", code="BM3-3.4.1"),
      F(25, "phản ánh, kiến nghị", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
      F(2, "phản ánh, kiến nghị", "PAKN đang xem xét", "xa"),
      F(97.35, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "xa")],
     "synthetic: phường Xuân Hương - Đà Lạt (tỉnh Lâm Đồng), tháng 10/2025"),
    ("report", "huyen",
     "Năm 2024, UBND huyện Lâm Bình ban hành 14 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 36/38 nhiệm vụ trong kế hoạch CCHC năm; kiểm tra công tác CCHC tại 5 xã, phát hiện 11 tồn tại, hạn chế và đã chỉ đạo khắc phục xong 9; tinh giản 7 biên chế.",
     [F(14, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "huyen", code="BM1-1"),
      F(36, "nhiệm vụ", "nhiệm vụ kế hoạch CCHC đã hoàn thành", "huyen", code="BM1-2.2"),
      F(38, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "huyen", code="BM1-2.1"),
      F(5, "đơn vị", "xã được kiểm tra CCHC", "xa"),
      F(11, "vấn đề", "tồn tại phát hiện qua kiểm tra", "huyen", code="BM1-3.3.1"),
      F(9, "vấn đề", "tồn tại đã khắc phục xong", "huyen", code="BM1-3.3.2"),
      F(7, "biên chế", "biên chế đã tinh giản", "huyen")],
     "synthetic: huyện Lâm Bình (tỉnh Tuyên Quang), năm 2024"),
    ("news", "xa",
     "Tháng 11/2025, xã Kông Bơ La tiếp nhận hơn 640 hồ sơ, tăng 12% so với tháng 10; 100% hồ sơ được số hóa thành phần; phí, lệ phí thu qua thanh toán trực tuyến đạt hơn 37,85 triệu đồng. Xã phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.",
     [F(640, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", approx=True),
      F(100, "%", "tỷ lệ hồ sơ được số hóa thành phần", "xa"),
      F(37.85, "triệu đồng", "phí, lệ phí thu trực tuyến", "xa", approx=True)],
     "synthetic: xã Kông Bơ La (tỉnh Gia Lai), tháng 11/2025 (comparison and target as distractors)"),
    ("report", "xa",
     "Kết quả của Trung tâm Phục vụ hành chính công phường Kinh Bắc từ 01/7 đến 30/11/2025: tiếp nhận 9.418 hồ sơ; trực tuyến 8.702 hồ sơ (92,4%); đã giải quyết 9.136 hồ sơ, trong đó đúng và trước hạn 9.118 hồ sơ (99,80%).",
     [F(9418, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(8702, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(92.4, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(9136, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(9118, "hồ sơ", "giải quyết đúng và trước hạn", "xa", code="BM3-3.3.2"),
      F(99.8, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", code="BM3-3.3")],
     "synthetic: phường Kinh Bắc (tỉnh Bắc Ninh), 01/7-30/11/2025"),
    ("report", "huyen",
     "Trong 6 tháng đầu năm 2025, huyện Mù Cang Chải tiếp nhận 4.716 hồ sơ TTHC (cấp huyện 1.389, cấp xã 3.327); hơn 2,9 nghìn hồ sơ được nộp trực tuyến, chiếm trên 61%.",
     [F(4716, "hồ sơ", "hồ sơ đã tiếp nhận", "huyen", code="BM7-6.4.1"),
      F(1389, "hồ sơ", "hồ sơ tiếp nhận cấp huyện", "huyen"),
      F(3327, "hồ sơ", "hồ sơ tiếp nhận cấp xã", "xa"),
      F(2900, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", approx=True, code="BM7-6.4.2"),
      F(61, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen", approx=True, code="BM7-6.4")],
     "synthetic: huyện Mù Cang Chải (tỉnh Yên Bái), 6 tháng đầu năm 2025"),
    ("news", "xa",
     "Trung tâm Phục vụ hành chính công xã Trường Xuân hiện bố trí 8 công chức và 2 người hợp đồng tại 6 quầy tiếp nhận; năm 2026 xã đặt mục tiêu giải quyết đúng hạn 100% hồ sơ và nâng tỷ lệ nộp trực tuyến lên trên 85%.",
     [],
     "synthetic: xã Trường Xuân (tỉnh Lâm Đồng), 2026 (staff in place, counters and targets only)"),
]

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}


def vn_number(v):
    """All the ways the value may be printed in Vietnamese format."""
    out = set()
    if float(v).is_integer():
        iv = int(v)
        out.add(f"{iv:,}".replace(",", "."))
        out.add(str(iv))
        for div, word in ((1000, "ngàn"), (1000, "nghìn"), (1000000, "triệu")):
            if iv % (div // 100 if div >= 1000 else 1) == 0 and iv >= div:
                q = iv / div
                s = (f"{q:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                out.add(f"{s} {word}")
    else:
        s = repr(float(v))
        out.add(s.replace(".", ","))
    return out


def main():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes.add(f"BM{row['form']}-{row['code']}")
    rows, srcs, texts = [], [], set()
    n_syn = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H28-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in LEVELS, cid
        text = unicodedata.normalize("NFC", text)
        assert text not in texts, cid
        texts.add(text)
        for fa in facts:
            assert set(fa) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert fa["scope"] in SCOPES, cid
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            forms = vn_number(fa["value"])
            if not any(fm in text for fm in forms):
                print("WARN value not printed:", cid, fa["value"], forms)
        if src.startswith("synthetic"):
            n_syn += 1
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    assert n_syn <= len(CASES) / 2, n_syn
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write(f"{cid}\t{s}\n")
    # re-read and parse
    n_f = n_c = 0
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            fl = json.loads(r["facts"])
            assert unicodedata.is_normalized("NFC", r["text"])
            n_f += len(fl)
            n_c += sum(1 for x in fl if x["code"])
    # collisions with earlier sets (figures of 5+ chars)
    earlier = ""
    for p in glob.glob(EARLIER + "/*/*/*"):
        try:
            earlier += open(p, encoding="utf-8").read()
        except Exception:
            pass
    for cid, kind, level, text, facts in rows:
        for tok in re.findall(r"\d[\d.,]{3,}\d", text):
            if tok in earlier:
                print("NOTE earlier has", cid, tok)
    print(f"cases={len(rows)} synthetic={n_syn} real={len(rows)-n_syn} facts={n_f} coded={n_c}")


if __name__ == "__main__":
    main()

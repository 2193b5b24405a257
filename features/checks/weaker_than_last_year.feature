# language: vi
Tính năng: Chỉ tiêu thấp hơn năm trước (weaker-than-last-year: TGT-005)
  Kế hoạch năm sau không hạ chỉ tiêu mà chính đơn vị đã đặt năm trước cho cùng chỉ số, khi cả
  hai kế hoạch đều có trong không gian làm việc.

  Kịch bản: Năm 2026 giữ hoặc nâng mức của năm 2025
    Biết kế hoạch "kh-xa-2025" của "UBND xã Mù Cả" năm 2025:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: 90% hồ sơ được nộp trực tuyến., indicator: online-dossiers, comparator: ">=", value: 90, unit: percent}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: 95% hồ sơ được nộp trực tuyến., indicator: online-dossiers, comparator: ">=", value: 95, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-005"

  Kịch bản: Năm 2026 hạ mức 90% của năm 2025 xuống 85%
    Biết kế hoạch "kh-xa-2025" của "UBND xã Mù Cả" năm 2025:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: 90% hồ sơ được nộp trực tuyến., indicator: online-dossiers, comparator: ">=", value: 90, unit: percent}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: 85% hồ sơ được nộp trực tuyến., indicator: online-dossiers, comparator: ">=", value: 85, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-005"
    Và phát hiện "TGT-005" có expected là "≥ 90 %"
    Và phát hiện "TGT-005" có actual là "≥ 85 %"
    Và phát hiện "TGT-005" có source là "kh-xa-2025, II.3"

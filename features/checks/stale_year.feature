# language: vi
Tính năng: Năm không khớp thời kỳ kế hoạch (stale-year: YRS-001)
  Kế hoạch năm 2026 tự nêu mình là "kế hoạch năm 2025" là sao chép năm cũ; nhưng nhắc đến
  Chỉ số CCHC năm 2025 hay đánh giá công chức năm trước là hợp lệ.

  Kịch bản: Nhắc đến chỉ số năm trước thì không bị nêu
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      self_references:
        - {clause: Kết thúc, text: Kế hoạch cải cách hành chính năm 2026 của UBND xã Mù Cả, year: 2026}
      areas:
        chi-dao-dieu-hanh:
          tasks: [{clause: III.2, text: Thực hiện đánh giá Chỉ số cải cách hành chính năm 2025.}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "YRS-001"

  Kịch bản: Tự nêu "kế hoạch năm 2025"
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      self_references:
        - {clause: IV.2, text: việc thực hiện Kế hoạch cải cách hành chính năm 2025, year: 2025}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "YRS-001"
    Và phát hiện "YRS-001" có actual là "2025"
    Và phát hiện "YRS-001" có expected là "2026"

  Kịch bản: Căn cứ kế hoạch năm cũ của tỉnh
    Biết văn bản cấp trên "kh-tinh-2025" của "UBND tỉnh Lai Châu" năm 2025:
      """
      reference: true
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      cites:
        - {clause: Căn cứ, text: Kế hoạch số 1/KH-KH-TINH-2025 của UBND tỉnh, document: kh-tinh-2025}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "YRS-001"
    Và phát hiện "YRS-001" có actual là "2025–2025"

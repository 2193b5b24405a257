# language: vi
Tính năng: Không căn cứ kế hoạch cấp trên cùng thời kỳ (missing-parent-citation: CIT-002)
  Kế hoạch năm 2026 của xã phải căn cứ kế hoạch CCHC năm 2026 của tỉnh (kế hoạch cấp trên có
  thời kỳ ngắn nhất bao trùm năm 2026).

  Kịch bản: Căn cứ đúng kế hoạch năm của tỉnh
    Biết văn bản cấp trên "kh-tinh-2026" của "UBND tỉnh Lai Châu" năm 2026:
      """
      number: 8328/KH-UBND
      reference: true
      """
    Và văn bản cấp trên "kh-tinh-2021-2030" của "UBND tỉnh Lai Châu" năm 2021:
      """
      period: {start: 2021, end: 2030}
      reference: true
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      cites: [{clause: Căn cứ, text: Kế hoạch số 8328/KH-UBND, document: kh-tinh-2026}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "CIT-002"

  Kịch bản: Chỉ căn cứ kế hoạch giai đoạn 2021-2030
    Biết văn bản cấp trên "kh-tinh-2026" của "UBND tỉnh Lai Châu" năm 2026:
      """
      number: 8328/KH-UBND
      reference: true
      """
    Và văn bản cấp trên "kh-tinh-2021-2030" của "UBND tỉnh Lai Châu" năm 2021:
      """
      period: {start: 2021, end: 2030}
      reference: true
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      cites: [{clause: Căn cứ, text: Kế hoạch 2943/KH-UBND, document: kh-tinh-2021-2030, number: 2943/KH-UBND}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "CIT-002"
    Và phát hiện "CIT-002" có expected là "8328/KH-UBND"

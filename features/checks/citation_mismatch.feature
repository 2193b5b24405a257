# language: vi
Tính năng: Trích dẫn sai số, ngày văn bản (citation-mismatch: CIT-001)

  Kịch bản: Trích dẫn đúng số và ngày
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      number: 2943/KH-UBND
      date: 2021-09-20
      period: {start: 2021, end: 2030}
      reference: true
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      cites:
        - {clause: Căn cứ, text: Kế hoạch số 2943/KH-UBND ngày 20/9/2021, document: kh-tinh, number: 2943/KH-UBND, date: 2021-09-20}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "CIT-001"

  Kịch bản: Trích dẫn sai ngày (21/9 thay vì 20/9)
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      number: 2943/KH-UBND
      date: 2021-09-20
      period: {start: 2021, end: 2030}
      reference: true
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      cites:
        - {clause: Căn cứ, text: Kế hoạch số 2943/KH-UBND ngày 21/9/2021, document: kh-tinh, number: 2943/KH-UBND, date: 2021-09-21}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "CIT-001"
    Và phát hiện "CIT-001" có actual là "2021-09-21"
    Và phát hiện "CIT-001" có expected là "2021-09-20"

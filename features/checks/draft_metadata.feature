# language: vi
Tính năng: Văn bản dự thảo (draft-metadata: DOC-001, DOC-002)
  Văn bản chưa có số, ký hiệu hoặc chưa ghi đủ ngày ban hành là bản dự thảo.

  Kịch bản: Văn bản có số và ngày đầy đủ
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      number: 12/KH-UBND
      date: 2026-01-15
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "DOC-001"
    Và không có phát hiện "DOC-002"

  Kịch bản: Số để trống và ngày chỉ có tháng, năm
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      number: null
      number_as_written: "Số: /KH-UBND"
      date: 2025-12
      date_as_written: Mù Cả, ngày   tháng 12 năm 2025
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "DOC-001"
    Và phát hiện "DOC-001" có actual là "Số: /KH-UBND"
    Và có 1 phát hiện "DOC-002"

# language: vi
Tính năng: Tên cơ quan ban hành không thống nhất (issuer-name: NAM-001)
  Văn bản phải ghi tên cơ quan ban hành đúng như hệ thống đơn vị; khác biệt chỉ về chữ hoa,
  khoảng trắng hoặc dạng Unicode thì không tính.

  Kịch bản: Chỉ khác chữ hoa ("Mù CẢ")
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      issuer_as_written: UBND xã Mù CẢ
      self_references:
        - {clause: Kết thúc, text: Kế hoạch của Ủy ban nhân dân  xã Mù Cả, issuer_as_written: Ủy ban nhân dân  xã Mù Cả}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "NAM-001"

  Kịch bản: Phần kết ghi nhầm tên xã
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      self_references:
        - {clause: Kết thúc, text: Kế hoạch cải cách hành chính năm 2026 của UBND xã Mù Cỏ, issuer_as_written: UBND xã Mù Cỏ, year: 2026}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "NAM-001"
    Và phát hiện "NAM-001" có actual là "UBND xã Mù Cỏ"
    Và phát hiện "NAM-001" có expected là "UBND xã Mù Cả"

# language: vi
Tính năng: Đánh số đề mục sai thứ tự (heading-order: STR-001)
  Các đề mục cùng cấp được đánh số liên tục: I, II, III, IV; 1, 2, 3; a, b, c.
  Một đề mục đặt sai chỗ chỉ bị nêu một lần.

  Kịch bản: Đề mục liên tục
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      headings:
        - {clause: I, numbering: I, text: MỤC ĐÍCH, level: 1}
        - {clause: I.1, numbering: "1", text: Mục đích, level: 2}
        - {clause: I.2, numbering: "2", text: Yêu cầu, level: 2}
        - {clause: II, numbering: II, text: MỤC TIÊU, level: 1}
        - {clause: II.1, numbering: "1", text: Chỉ đạo, level: 2}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "STR-001"

  Kịch bản: Mục VI đứng giữa III và IV
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      headings:
        - {clause: I, numbering: I, text: MỤC ĐÍCH, level: 1}
        - {clause: II, numbering: II, text: MỤC TIÊU, level: 1}
        - {clause: III, numbering: III, text: NHIỆM VỤ, level: 1}
        - {clause: VI, numbering: VI, text: KHUNG KẾ HOẠCH, level: 1}
        - {clause: IV, numbering: IV, text: TỔ CHỨC THỰC HIỆN, level: 1}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "STR-001"
    Và phát hiện "STR-001" có actual là "VI"
    Và phát hiện "STR-001" có expected là "IV"

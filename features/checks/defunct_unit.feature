# language: vi
Tính năng: Đơn vị không còn tồn tại (defunct-unit: UNT-001)
  Văn bản năm 2026 không được giao việc cho đơn vị đã giải thể hay cấp huyện đã bỏ; văn bản năm
  2024 nêu các đơn vị đó là đúng thời điểm. Khi biết đơn vị kế thừa thì gợi ý.

  Kịch bản: Văn bản năm 2024 nêu huyện và sở cũ
    Biết kế hoạch "kh-kt-2024" của "UBND tỉnh Lai Châu" năm 2024:
      """
      areas:
        chi-dao-dieu-hanh:
          tasks: [{clause: V.2, text: Cử người tham gia đoàn kiểm tra., lead: [Sở Thông tin và Truyền thông, UBND huyện Phong Thổ, "UBND các huyện, thành phố"]}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "UNT-001"

  Kịch bản: Văn bản năm 2026 giao việc cho sở đã giải thể và cho cấp huyện
    Biết kế hoạch "kh-2026" của "UBND tỉnh Lai Châu" năm 2026:
      """
      areas:
        chinh-quyen-so:
          tasks: [{clause: "Biểu, dòng 1", text: Vận hành hệ thống., lead: [Sở Thông tin và Truyền thông], support: ["UBND các huyện, thành phố"]}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 2 phát hiện "UNT-001"
    Và phát hiện "UNT-001" có actual là "Sở Thông tin và Truyền thông"
    Và phát hiện "UNT-001" có actual là "UBND các huyện, thành phố"
    Và phát hiện "UNT-001" nói "successor: Sở Khoa học và Công nghệ"

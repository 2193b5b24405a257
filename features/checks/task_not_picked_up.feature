# language: vi
Tính năng: Nhiệm vụ được giao mà kế hoạch không cụ thể hóa (task-not-picked-up: TSK-001)
  Nhiệm vụ tỉnh giao cho "UBND các xã, phường" là giao cho từng xã; kế hoạch của xã (lập sau
  khi được giao) phải có nhiệm vụ tương ứng trong cùng lĩnh vực.

  Kịch bản: Xã đã đưa nhiệm vụ vào kế hoạch
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      date: 2026-01-10
      areas:
        thu-tuc-hanh-chinh:
          tasks: [{clause: "Biểu, dòng 10", text: "Tiếp nhận, xử lý kịp thời 100% phản ánh, kiến nghị của người dân, tổ chức.", lead: ["UBND các xã, phường"]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      date: 2026-02-01
      areas:
        thu-tuc-hanh-chinh:
          tasks: [{clause: III.4, text: "Tiếp nhận và xử lý 100% phản ánh, kiến nghị của người dân, tổ chức đúng quy định."}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TSK-001"

  Kịch bản: Xã chưa đưa nhiệm vụ vào kế hoạch
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      date: 2026-01-10
      areas:
        thu-tuc-hanh-chinh:
          tasks: [{clause: "Biểu, dòng 10", text: "Tiếp nhận, xử lý kịp thời 100% phản ánh, kiến nghị của người dân, tổ chức.", lead: ["UBND các xã, phường"]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      date: 2026-02-01
      areas:
        thu-tuc-hanh-chinh:
          tasks: [{clause: III.4, text: Số hóa hồ sơ thủ tục.}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TSK-001"
    Và phát hiện "TSK-001" có source là "kh-tinh, Biểu, dòng 10"
    Và phát hiện "TSK-001" nói "UBND các xã, phường"

  Kịch bản: Nhiệm vụ giao sau khi xã đã lập kế hoạch thì chưa bị nêu
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      date: 2026-06-11
      areas:
        thu-tuc-hanh-chinh:
          tasks: [{clause: "Biểu, dòng 10", text: "Tiếp nhận, xử lý kịp thời 100% phản ánh, kiến nghị của người dân, tổ chức.", lead: ["UBND các xã, phường"]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      date: 2026-02-01
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TSK-001"

# language: vi
Tính năng: Nhiệm vụ thiếu cơ quan chủ trì, thời hạn, sản phẩm (task-fields: TSK-002)
  Khi văn bản yêu cầu mỗi nhiệm vụ "xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian
  thực hiện, sản phẩm đầu ra", nhiệm vụ thiếu các thông tin đó bị nêu, gộp theo từng phần.

  Kịch bản: Mọi nhiệm vụ đều đủ thông tin
    Biết kế hoạch "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: remediation-plan
      requirements:
        - {clause: I.2.b, text: "xác định rõ cơ quan chủ trì, thời gian thực hiện, sản phẩm đầu ra", task_fields: [lead, deadline, products]}
      areas:
        chi-dao-dieu-hanh:
          tasks:
            - {clause: "Biểu, dòng 1", text: Ban hành kế hoạch khắc phục., lead: [Sở Nội vụ], deadline: 2026-06-15, products: [Kế hoạch]}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TSK-002"

  Kịch bản: Bảng nhiệm vụ không có cột sản phẩm
    Biết kế hoạch "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: remediation-plan
      requirements:
        - {clause: I.2.b, text: "xác định rõ cơ quan chủ trì, thời gian thực hiện, sản phẩm đầu ra", task_fields: [lead, deadline, products]}
      areas:
        chi-dao-dieu-hanh:
          tasks:
            - {clause: "Biểu, dòng 1", text: Ban hành kế hoạch khắc phục., lead: [Sở Nội vụ], deadline: 2026-06-15}
            - {clause: "Biểu, dòng 2", text: Theo dõi tiến độ., lead: [Sở Nội vụ], recurrence: regular}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TSK-002"
    Và phát hiện "TSK-002" có actual là "2/2"
    Và phát hiện "TSK-002" có expected là "products"

# language: vi
Tính năng: Thời hạn muộn hơn cấp trên giao (late-deadline: DDL-001)
  Nhiệm vụ cụ thể hóa nhiệm vụ cấp trên không được đặt thời hạn muộn hơn; văn bản cấp trên yêu
  cầu ban hành trước một ngày thì phải ban hành trước ngày đó.

  Kịch bản: Thời hạn không muộn hơn
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      date: 2026-01-10
      areas:
        the-che:
          tasks: [{clause: "Biểu, dòng 3", text: Rà soát 100% văn bản quy phạm pháp luật của địa phương., lead: ["UBND các xã, phường"], deadline: 2026-09-30}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        the-che:
          tasks: [{clause: III.3, text: Rà soát văn bản quy phạm pháp luật của xã., deadline: 2026-06-30}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "DDL-001"

  Kịch bản: Xã đặt thời hạn muộn hơn tỉnh
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      date: 2026-01-10
      areas:
        the-che:
          tasks: [{clause: "Biểu, dòng 3", text: Rà soát 100% văn bản quy phạm pháp luật của địa phương., lead: ["UBND các xã, phường"], deadline: 2026-09-30}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        the-che:
          tasks: [{clause: III.3, text: Rà soát văn bản quy phạm pháp luật của xã., deadline: 2026-12-31}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "DDL-001"
    Và phát hiện "DDL-001" có actual là "2026-12-31"
    Và phát hiện "DDL-001" có expected là "≤ 2026-09-30"

  Kịch bản: Kế hoạch khắc phục ban hành sau hạn tỉnh yêu cầu
    Biết văn bản cấp trên "kh-4745" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: remediation-plan
      date: 2026-06-11
      areas:
        chi-dao-dieu-hanh:
          tasks: [{clause: "Biểu, dòng 1", text: "Xây dựng, ban hành kế hoạch khắc phục tồn tại, hạn chế.", lead: ["UBND các xã, phường"], deadline: 2026-06-15, products: ["kế hoạch khắc phục tồn tại, hạn chế"]}]
      """
    Và kế hoạch "kh-xa-khac-phuc" của "UBND xã Mù Cả" năm 2026:
      """
      kind: remediation-plan
      date: 2026-07-02
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "DDL-001"
    Và phát hiện "DDL-001" có actual là "2026-07-02"

# language: vi
Tính năng: Tỷ lệ đơn vị được kiểm tra (inspection-coverage: INS-001, INS-002)
  Tỷ lệ được tính từ hệ thống đơn vị tại ngày của kế hoạch kiểm tra, so với tỷ lệ yêu cầu
  (chỉ tiêu "units-inspected" cấp trên giao). Khi không văn bản nào nêu tỷ lệ yêu cầu thì báo
  "không rõ".

  Kịch bản: Kiểm tra 2 trong 4 đơn vị khi yêu cầu tối thiểu 30%
    Biết văn bản cấp trên "qd-cp" của "Chính phủ" năm 2026:
      """
      kind: decision
      areas:
        chi-dao-dieu-hanh:
          targets: [{clause: "1", text: Kiểm tra tối thiểu 30%., indicator: units-inspected, comparator: ">=", value: 30, unit: percent, applies_to: [cấp tỉnh]}]
      """
    Và kế hoạch "kh-kt" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: inspection-plan
      inspections:
        - {clause: III.1, units: [Sở Nội vụ, UBND xã Mù Cả], mode: direct}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "INS-001"
    Và không có phát hiện "INS-002"

  Kịch bản: Kiểm tra 1 trong 4 đơn vị khi yêu cầu tối thiểu 30%
    Biết văn bản cấp trên "qd-cp" của "Chính phủ" năm 2026:
      """
      kind: decision
      areas:
        chi-dao-dieu-hanh:
          targets: [{clause: "1", text: Kiểm tra tối thiểu 30%., indicator: units-inspected, comparator: ">=", value: 30, unit: percent, applies_to: [cấp tỉnh]}]
      """
    Và kế hoạch "kh-kt" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: inspection-plan
      inspections:
        - {clause: III.1, units: [Sở Nội vụ], mode: online}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "INS-001"
    Và phát hiện "INS-001" có actual là "25 % (1/4)"

  Kịch bản: Không rõ tỷ lệ yêu cầu
    Biết kế hoạch "kh-kt" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: inspection-plan
      inspections:
        - {clause: III.1, units: [Sở Nội vụ], mode: online}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "INS-002"
    Và không có phát hiện "INS-001"

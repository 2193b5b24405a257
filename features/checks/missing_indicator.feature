# language: vi
Tính năng: Thiếu chỉ tiêu cấp trên giao (missing-indicator: TGT-002)
  Khi văn bản cấp trên giao một chỉ tiêu có con số cho cấp của đơn vị, kế hoạch của đơn vị phải
  có chỉ tiêu đó.

  Kịch bản: Kế hoạch có chỉ tiêu được giao
    Biết văn bản cấp trên "qd-cp" của "Chính phủ" năm 2026:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "2", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, applies_to: [cấp xã]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets: [{clause: II.7, text: 80% hồ sơ công việc., indicator: work-records-online, comparator: ">=", value: 80, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-002"

  Kịch bản: Kế hoạch không có chỉ tiêu được giao
    Biết văn bản cấp trên "qd-cp" của "Chính phủ" năm 2026:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "2", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, applies_to: [cấp xã]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      headings:
        - {clause: II.7, numbering: "7", text: Chính quyền số, level: 2, area: chinh-quyen-so}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-002"
    Và phát hiện "TGT-002" có indicator là "work-records-online"
    Và phát hiện "TGT-002" có expected là "≥ 60 %"
    Và phát hiện "TGT-002" có clause là "II.7"

  Kịch bản: Mục tiêu chung "các cấp" không bắt buộc kế hoạch phải nhắc lại
    Biết văn bản cấp trên "nq-cp" của "Chính phủ" năm 2026:
      """
      kind: resolution
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: "1", text: Hài lòng tối thiểu 90%., indicator: satisfaction-sipas, comparator: ">=", value: 90, unit: percent, applies_to: [các cấp]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-002"

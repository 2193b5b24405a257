# language: vi
Tính năng: Chỉ tiêu thấp hơn mức cấp trên giao (weaker-than-inherited: TGT-001)
  Chỉ tiêu của kế hoạch không được thấp hơn mức chặt nhất mà văn bản cấp trên giao cho cùng
  chỉ số, cùng năm. "trên 95%" chặt hơn "đạt 95%"; cắt giảm 20% yếu hơn yêu cầu cắt giảm 30%.

  Kịch bản: Tỉnh giao đạt 95%, xã đặt trên 95%
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Hài lòng đạt 95%., indicator: satisfaction-procedures, comparator: ">=", value: 95, unit: percent}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Trên 95% người dân hài lòng., indicator: satisfaction-procedures, comparator: ">", value: 95, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-001"

  Kịch bản: Tỉnh giao trên 95%, xã chỉ đặt đạt 95%
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Trên 95% hài lòng., indicator: satisfaction-procedures, comparator: ">", value: 95, unit: percent}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Hài lòng đạt 95%., indicator: satisfaction-procedures, comparator: ">=", value: 95, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-001"
    Và phát hiện "TGT-001" có expected là "> 95 %"
    Và phát hiện "TGT-001" có actual là "≥ 95 %"
    Và phát hiện "TGT-001" có source là "kh-tinh, II.3"

  Kịch bản: Cắt giảm 20% yếu hơn yêu cầu cắt giảm 30%
    Biết văn bản cấp trên "nq-cp" của "Chính phủ" năm 2026:
      """
      kind: resolution
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: "1", text: Giảm 30% chi phí tuân thủ., indicator: compliance-cost-cut, comparator: ">=", value: 30, unit: percent, change: decrease, applies_to: [các cấp]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Cắt giảm 20% chi phí tuân thủ., indicator: compliance-cost-cut, comparator: ">=", value: 20, unit: percent, change: decrease}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-001"
    Và phát hiện "TGT-001" có source là "nq-cp, 1"

  Kịch bản: Mức giao cho cấp tỉnh không áp cho xã; mức riêng cho cấp xã thì áp
    Biết văn bản cấp trên "qd-cp" của "Chính phủ" năm 2026:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets:
            - {clause: "1", text: Tỉnh 90%., indicator: work-records-online, comparator: ">=", value: 90, unit: percent, applies_to: [cấp tỉnh]}
            - {clause: "2", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, applies_to: [cấp xã]}
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets: [{clause: II.7, text: 80% hồ sơ công việc., indicator: work-records-online, comparator: ">=", value: 80, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-001"

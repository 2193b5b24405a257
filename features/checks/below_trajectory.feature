# language: vi
Tính năng: Chỉ tiêu năm dưới lộ trình (below-trajectory: TGT-006)
  Khi biết cả mức nền đặt đến một năm trước và mục tiêu đặt đến một năm sau cho cùng chỉ số,
  chỉ tiêu năm của kế hoạch không thấp hơn điểm trên đường thẳng nối hai mức đó. Thiếu một
  đầu thì không xét.

  Kịch bản: Năm 2026 đi đúng lộ trình từ 60% (2025) đến 100% (2030)
    Biết văn bản cấp trên "qd-2025" của "Chính phủ" năm 2025:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "1", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, year: 2025, applies_to: [cấp xã]}]
      """
    Và văn bản cấp trên "qd-2030" của "Chính phủ" năm 2030:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "2", text: Xã 100%., indicator: work-records-online, comparator: ">=", value: 100, unit: percent, year: 2030, applies_to: [cấp xã]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets: [{clause: II.7, text: 70% hồ sơ công việc., indicator: work-records-online, comparator: ">=", value: 70, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-006"

  Kịch bản: 62% năm 2026 thấp hơn lộ trình 68%
    Biết văn bản cấp trên "qd-2025" của "Chính phủ" năm 2025:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "1", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, year: 2025, applies_to: [cấp xã]}]
      """
    Và văn bản cấp trên "qd-2030" của "Chính phủ" năm 2030:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "2", text: Xã 100%., indicator: work-records-online, comparator: ">=", value: 100, unit: percent, year: 2030, applies_to: [cấp xã]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets: [{clause: II.7, text: 62% hồ sơ công việc., indicator: work-records-online, comparator: ">=", value: 62, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-006"
    Và phát hiện "TGT-006" có expected là "≥ 68 %"
    Và phát hiện "TGT-006" có source là "qd-2030, 2"

  Kịch bản: Chưa biết mục tiêu năm 2030 thì không xét lộ trình
    Biết văn bản cấp trên "qd-2025" của "Chính phủ" năm 2025:
      """
      kind: decision
      areas:
        chinh-quyen-so:
          targets: [{clause: "1", text: Xã 60%., indicator: work-records-online, comparator: ">=", value: 60, unit: percent, year: 2025, applies_to: [cấp xã]}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets: [{clause: II.7, text: 61% hồ sơ công việc., indicator: work-records-online, comparator: ">=", value: 61, unit: percent}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-006"

# language: vi
Tính năng: Giá trị không thể có (impossible-value: VAL-001)
  Tỷ lệ phải trong khoảng 0–100%; "trên 100%" không thể đạt; cấp độ phải trong thang 1–5.

  Kịch bản: "100%" là đạt được
    Biết kế hoạch "kh-ttr" của "Sở Nội vụ" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets:
            - {clause: II.7, text: 100% hồ sơ công việc được xử lý trên môi trường mạng., indicator: work-records-online, comparator: ">=", value: 100, unit: percent}
            - {clause: II.7, text: Đạt cấp độ 3., indicator: data-governance-maturity, comparator: ">=", value: 3, unit: level}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "VAL-001"

  Kịch bản: "trên 100%" và cấp độ 7
    Biết kế hoạch "kh-ttr" của "Sở Nội vụ" năm 2026:
      """
      areas:
        chinh-quyen-so:
          targets:
            - {clause: II.7, text: trên 100% hồ sơ công việc được xử lý trên môi trường mạng., indicator: work-records-online, comparator: ">", value: 100, unit: percent}
            - {clause: II.8, text: Đạt cấp độ 7., indicator: data-governance-maturity, comparator: ">=", value: 7, unit: level}
      """
    Khi kiểm tra các kế hoạch
    Thì có 2 phát hiện "VAL-001"
    Và phát hiện "VAL-001" có actual là "> 100 %"
    Và phát hiện "VAL-001" có expected là "1–5"

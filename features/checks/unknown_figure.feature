# language: vi
Tính năng: Dẫn chiếu con số cấp trên mà không ai công bố (unknown-figure: TGT-003)
  "Đạt tối thiểu theo mục tiêu tỉnh giao" là một tham chiếu, không phải con số: nếu không văn
  bản nào của tỉnh nêu con số đó, kết quả là "không rõ" — không tính là đạt, cũng không là trượt.

  Kịch bản: Tỉnh đã giao con số
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Hồ sơ trực tuyến đạt 60%., indicator: online-dossiers, comparator: ">=", value: 60, unit: percent}]
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Tỷ lệ hồ sơ trực tuyến đạt tối thiểu theo mục tiêu tỉnh giao., indicator: online-dossiers, assigned_by: [province]}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TGT-003"

  Kịch bản: Kế hoạch của tỉnh chưa có con số
    Biết văn bản cấp trên "kh-tinh" của "UBND tỉnh Lai Châu" năm 2026:
      """
      reference: true
      note: Số liệu chưa công bố.
      """
    Và kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        thu-tuc-hanh-chinh:
          targets: [{clause: II.3, text: Tỷ lệ hồ sơ trực tuyến đạt tối thiểu theo mục tiêu tỉnh giao., indicator: online-dossiers, assigned_by: [province]}]
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TGT-003"
    Và phát hiện "TGT-003" có actual là "?"
    Và không có phát hiện "TGT-001"

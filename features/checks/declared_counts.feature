# language: vi
Tính năng: Số lượng công bố và phần công bố kèm theo (declared-counts: STR-002, STR-003)
  "(2 Mục tiêu; 2 Nhiệm vụ; 3 Hoạt động)" phải khớp nội dung theo sau;
  "(Có phụ lục kèm theo)" thì phải có phụ lục.

  Kịch bản: Số lượng công bố khớp nội dung
    Biết kế hoạch "kh-vp" của "Sở Nội vụ" năm 2026:
      """
      declared_counts:
        - {clause: "Phụ lục, VI", text: "TÀI CHÍNH CÔNG (1 Mục tiêu; 1 Nhiệm vụ; 2 Hoạt động)", area: tai-chinh-cong, goals: 1, tasks: 1, activities: 2}
      areas:
        tai-chinh-cong:
          targets: [{clause: "Phụ lục, VI, Mục tiêu 1", text: Tự chủ tài chính.}]
          tasks:
            - clause: "Phụ lục, VI, Nhiệm vụ 1"
              text: Giao tự chủ.
              activities:
                - {clause: "Phụ lục, VI, Hoạt động 1", text: Rà soát.}
                - {clause: "Phụ lục, VI, Hoạt động 2", text: Giao quyền.}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "STR-002"

  Kịch bản: Mục công bố 2 mục tiêu nhưng để trống
    Biết kế hoạch "kh-vp" của "Sở Nội vụ" năm 2026:
      """
      declared_counts:
        - {clause: "Phụ lục, VI", text: "CẢI CÁCH TÀI CHÍNH CÔNG (2 Mục tiêu; 2 Nhiệm vụ; 3 Hoạt động)", area: tai-chinh-cong, goals: 2, tasks: 2, activities: 3}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "STR-002"
    Và phát hiện "STR-002" có actual là "goals 0, tasks 0, activities 0"

  Kịch bản: Có lời dẫn phụ lục nhưng không có phụ lục
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      announced:
        - {clause: II.7, text: (Có phụ lục kèm theo), section: Phụ lục}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "STR-003"

  Kịch bản: Có lời dẫn phụ lục và có phụ lục
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      announced:
        - {clause: II.7, text: (Có phụ lục kèm theo), section: Phụ lục}
      headings:
        - {clause: Phụ lục, text: PHỤ LỤC NHIỆM VỤ, level: 1}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "STR-003"

# language: vi
Tính năng: Thiếu lĩnh vực (missing-area: COV-001, COV-002)
  Kế hoạch CCHC của tỉnh, sở, xã phải có mục tiêu hoặc nhiệm vụ ở cả bảy lĩnh vực;
  một lĩnh vực chỉ có đề mục mà không có nội dung cũng là thiếu.

  Kịch bản: Kế hoạch có đủ bảy lĩnh vực
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      areas:
        chi-dao-dieu-hanh: {tasks: [{clause: III.1, text: Tuyên truyền CCHC.}]}
        the-che: {tasks: [{clause: III.2, text: Rà soát văn bản.}]}
        thu-tuc-hanh-chinh: {tasks: [{clause: III.3, text: Công khai thủ tục.}]}
        to-chuc-bo-may: {tasks: [{clause: III.4, text: Sắp xếp bộ máy.}]}
        che-do-cong-vu: {tasks: [{clause: III.5, text: Đánh giá công chức.}]}
        tai-chinh-cong: {tasks: [{clause: III.6, text: Công khai ngân sách.}]}
        chinh-quyen-so: {tasks: [{clause: III.7, text: Số hóa hồ sơ.}]}
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "COV-001"

  Kịch bản: Lĩnh vực tài chính công có đề mục nhưng không có nội dung
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      headings:
        - {clause: II.6, numbering: "6", text: Cải cách tài chính công, level: 2, area: tai-chinh-cong}
      areas:
        chi-dao-dieu-hanh: {tasks: [{clause: III.1, text: Tuyên truyền CCHC.}]}
        the-che: {tasks: [{clause: III.2, text: Rà soát văn bản.}]}
        thu-tuc-hanh-chinh: {tasks: [{clause: III.3, text: Công khai thủ tục.}]}
        to-chuc-bo-may: {tasks: [{clause: III.4, text: Sắp xếp bộ máy.}]}
        che-do-cong-vu: {tasks: [{clause: III.5, text: Đánh giá công chức.}]}
        tai-chinh-cong: {}
        chinh-quyen-so: {tasks: [{clause: III.7, text: Số hóa hồ sơ.}]}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "COV-001"
    Và phát hiện "COV-001" có area là "tai-chinh-cong"
    Và phát hiện "COV-001" có clause là "II.6"

  Kịch bản: Kế hoạch kiểm tra bỏ qua hai lĩnh vực thì chỉ là cảnh báo
    Biết kế hoạch "kh-kt" của "UBND tỉnh Lai Châu" năm 2026:
      """
      kind: inspection-plan
      areas:
        chi-dao-dieu-hanh: {tasks: [{clause: II.1, text: Việc xây dựng kế hoạch.}]}
        thu-tuc-hanh-chinh: {tasks: [{clause: II.2, text: Việc giải quyết thủ tục.}]}
        to-chuc-bo-may: {tasks: [{clause: II.3, text: Việc sử dụng biên chế.}]}
        che-do-cong-vu: {tasks: [{clause: II.4, text: Việc tuyển dụng.}]}
        chinh-quyen-so: {tasks: [{clause: II.5, text: Việc gửi văn bản điện tử.}]}
      """
    Khi kiểm tra các kế hoạch
    Thì có 2 phát hiện "COV-002"
    Và không có phát hiện "COV-001"

# language: vi
Tính năng: Ô trống trong bảng nhiệm vụ (empty-task-cells: TSK-003)
  Trong bảng nhiệm vụ có cột cơ quan chủ trì và cột thời gian, mỗi dòng ghi đủ hai ô đó. Một
  dòng là hoạt động khi nhiệm vụ chia thành hoạt động, nếu không thì là nhiệm vụ.

  Kịch bản: Mọi dòng đều ghi cơ quan chủ trì và thời gian
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      task_tables: [{clause: Phụ lục, columns: [lead, support, deadline]}]
      areas:
        the-che:
          tasks: [{clause: "Phụ lục, dòng 1", text: Rà soát văn bản., lead: [UBND xã Mù Cả], when: Quý II/2026}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TSK-003"

  Kịch bản: Một hoạt động để trống ô thời gian
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      task_tables: [{clause: Phụ lục, columns: [products, lead, support, deadline]}]
      areas:
        che-do-cong-vu:
          tasks:
            - clause: "Phụ lục, Nhiệm vụ 1"
              text: "Nhiệm vụ 1: Xây dựng đề án vị trí việc làm."
              activities:
                - {clause: "Phụ lục, Hoạt động 1", text: "Hoạt động 1: Rà soát danh mục.", lead: [UBND xã Mù Cả]}
      """
    Khi kiểm tra các kế hoạch
    Thì có 1 phát hiện "TSK-003"
    Và phát hiện "TSK-003" có clause là "Phụ lục, Hoạt động 1"

  Kịch bản: Nhiệm vụ viết thành đoạn văn, ngoài bảng, không xét
    Biết kế hoạch "kh-xa" của "UBND xã Mù Cả" năm 2026:
      """
      task_tables: [{clause: Phụ lục, columns: [lead, deadline]}]
      areas:
        the-che:
          tasks: [{clause: "III.1, ý 1", text: Tuyên truyền pháp luật.}]
      """
    Khi kiểm tra các kế hoạch
    Thì không có phát hiện "TSK-003"

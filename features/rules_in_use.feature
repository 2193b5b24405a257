# language: vi
Tính năng: Quy tắc của không gian làm việc đang dùng
  Người soạn quy tắc sửa rules/checks.yaml trong thư mục của mình: mọi lệnh đọc đúng bản
  đang sửa, không phải bản cài kèm cascade, và --verbose cho biết quy tắc đọc từ đâu.

  ({dòng}:{cột} là chỗ của mức viết sai.)

  Kịch bản: Một mức viết sai trong bản quy tắc đang sửa
    Biết thư mục này có rules/ với mức "warnng" ở quy tắc đầu tiên của checks.yaml
    Khi chạy "cascade rules lint --verbose"
    Thì mã thoát là 1
    Và thông báo là "cascade: quy tắc đọc từ rules (thư mục rules/ ở thư mục này hoặc thư mục cha)"
    Và kết quả là "rules/checks.yaml:{dòng}:{cột}: giá trị 'warnng' không được chấp nhận — một trong: 'error', 'warning', 'info'"

  Kịch bản: Kiểm tra kế hoạch cũng dùng bản đang sửa
    Biết thư mục này có rules/ với mức "warnng" ở quy tắc đầu tiên của checks.yaml
    Khi chạy "cascade check --example"
    Thì mã thoát là 2
    Và thông báo là "rules/checks.yaml:{dòng}:{cột}: giá trị 'warnng' không được chấp nhận — một trong: 'error', 'warning', 'info'"

  Kịch bản: Không có bản nào đang sửa: quy tắc kèm theo cascade
    Biết một thư mục không có rules/
    Khi chạy "cascade rules lint"
    Thì mã thoát là 0
    Và kết quả là "0 vấn đề trong tệp quy tắc."

# language: vi
Tính năng: Báo lỗi dữ liệu đầu vào (bad input)
  Người soạn quy tắc và kế hoạch nhận một dòng "tệp:dòng:cột: lỗi — điều cần có"
  cho mỗi lỗi, bằng tiếng Việt, mã thoát 2, không bao giờ có traceback.

  Kịch bản: Tên đơn vị không có trong hệ thống
    Biết một kế hoạch giao nhiệm vụ cho "UBND xã C" không có trong hệ thống
    Khi kiểm tra không gian làm việc
    Thì mã thoát là 2
    Và thông báo là "documents/plan.yaml:20:16: không tìm thấy đơn vị 'UBND xã C' trong hệ thống đơn vị — tên hoặc mã một đơn vị trong hierarchy.yaml, hoặc một cụm nhóm như 'UBND các xã, phường'"

  Kịch bản: Không gian làm việc hợp lệ
    Biết một không gian làm việc hợp lệ
    Khi kiểm tra không gian làm việc
    Thì mã thoát là 0

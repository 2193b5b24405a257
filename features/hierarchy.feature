# language: vi
Tính năng: Hệ thống đơn vị theo thời gian (the dated hierarchy)
  Một văn bản năm 2024 được đọc theo hệ thống đơn vị năm 2024 (còn cấp huyện),
  một văn bản năm 2026 theo hệ thống hai cấp (từ 01/7/2025).

  Kịch bản: Năm 2024 còn cấp huyện, chưa có các xã mới
    Khi xem hệ thống đơn vị của tỉnh Lai Châu ngày 2024-03-15
    Thì có 8 đơn vị loại "district"
    Và không có xã, phường nào thành lập từ 01/7/2025

  Kịch bản: Năm 2026 có 38 xã, phường và không còn cấp huyện
    Khi xem hệ thống đơn vị của tỉnh Lai Châu ngày 2026-06-11
    Thì có 38 đơn vị loại "commune"
    Và có 0 đơn vị loại "district"

  Kịch bản: Cụm "UBND các xã, phường" trong văn bản của tỉnh
    Khi UBND tỉnh Lai Châu viết "UBND các xã, phường" ngày 2026-06-11
    Thì cụm đó chỉ 38 đơn vị
    Và trong đó có "UBND xã Mù Cả"

  Kịch bản: Cụm "UBND các huyện, thành phố" sau cải cách không còn chỉ đơn vị nào
    Khi UBND tỉnh Lai Châu viết "UBND các huyện, thành phố" ngày 2026-06-11
    Thì cụm đó chỉ 0 đơn vị

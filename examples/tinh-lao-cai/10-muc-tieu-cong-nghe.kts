// Target architecture — technology. The main data centre moves to the new provincial centre (the former
// Yên Bái data centre, upgraded); the former Lào Cai data centre becomes the disaster-recovery site, so that
// neither existing investment is lost (national principle đ).
framework tinh_lao_cai {
    target {
        technology {
            description "Một Trung tâm dữ liệu chính tại trung tâm hành chính tỉnh và một trung tâm dự phòng thảm họa đặt ở địa điểm khác (trụ sở cũ của tỉnh Lào Cai); đám mây riêng của tỉnh cho hệ thống dùng chung; một Mạng truyền số liệu chuyên dùng cấp II đến 100% xã, phường; hạ tầng IoT cho cảnh báo thiên tai và giám sát đô thị."
            datacenter ttdl_tinh "Trung tâm dữ liệu tỉnh Lào Cai (trung tâm chính)" {
                owner "Sở Khoa học và Công nghệ"
                description "Nâng cấp Trung tâm dữ liệu khu vực Yên Bái cũ, nay thuộc trung tâm hành chính tỉnh, thành trung tâm dữ liệu chính: mở rộng phòng máy, nguồn điện và làm mát dự phòng N+1, đạt tiêu chuẩn tương đương Tier III."
                realizes ttdl-bo-tinh
                upgrades ttdl_yb
                codes MH-TRM.01.01, MH-TRM.01.03, MH-TRM.01.04
            }
            datacenter ttdl_du_phong "Trung tâm dữ liệu dự phòng thảm họa (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Chuyển Trung tâm dữ liệu khu vực Lào Cai cũ thành trung tâm dự phòng: sao chép dữ liệu liên tục từ trung tâm chính, sẵn sàng chuyển đổi dự phòng cho các hệ thống cấp độ 3 trở lên."
                realizes ttdl-bo-tinh
                upgrades ttdl_lc
                codes MH-TRM.01.02
            }
            cloud cloud_tinh "Nền tảng điện toán đám mây Chính quyền số tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Đám mây riêng của tỉnh đặt tại Trung tâm dữ liệu chính, có vùng dự phòng tại trung tâm dự phòng; cung cấp máy chủ ảo, container, cơ sở dữ liệu dạng dịch vụ cho các sở, ngành và xã, phường."
                realizes dich-vu-ha-tang
                codes MH-TRM.02.01, MH-TRM.04.03
            }
            cloud cloud_thue "Dịch vụ đám mây thương mại hợp chuẩn thuê tập trung" {
                owner "Sở Khoa học và Công nghệ"
                description "Các hợp đồng thuê máy chủ ảo riêng lẻ được gộp thành một hợp đồng thuê tập trung, chỉ dùng dịch vụ đám mây đáp ứng tiêu chí, chỉ tiêu kỹ thuật cho cơ quan nhà nước; dành cho hệ thống chuyên ngành chưa chuyển về đám mây của tỉnh."
                realizes dich-vu-ha-tang
                upgrades cloud_thue
                codes MH-TRM.02.03
            }
            infrastructure ha_tang_tinh_toan "Hạ tầng tính toán cho dữ liệu lớn và trí tuệ nhân tạo" {
                owner "Sở Khoa học và Công nghệ"
                description "Cụm máy chủ có bộ xử lý đồ họa (GPU) và lưu trữ hiệu năng cao tại Trung tâm dữ liệu chính, phục vụ nền tảng phân tích dữ liệu, trợ lý ảo và phân tích hình ảnh camera."
                realizes ha-tang-cntt
                codes MH-TRM.01.03
            }
            infrastructure sao_luu_tap_trung "Hệ thống lưu trữ, sao lưu tập trung" {
                owner "Sở Khoa học và Công nghệ"
                description "Lưu trữ dùng chung và sao lưu tập trung theo nguyên tắc 3-2-1 giữa trung tâm chính và trung tâm dự phòng; có bản sao không thể sửa đổi để phòng mã độc tống tiền."
                realizes ha-tang-cntt
                codes MH-TRM.01.04
            }
            infrastructure giam_sat_ha_tang "Hệ thống giám sát hạ tầng và hiệu năng" {
                owner "Sở Khoa học và Công nghệ"
                description "Giám sát tập trung tình trạng máy chủ, mạng, đám mây, ứng dụng của cả hai trung tâm dữ liệu; cảnh báo sớm sự cố vận hành."
                realizes quan-ly-ha-tang
                codes MH-TRM.07.01, MH-TRM.07.02
            }
            network mang_cd_cap_ii "Mạng truyền số liệu chuyên dùng cấp II tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Hợp nhất hai mạng TSLCD cấp II thành một mạng cho toàn tỉnh, kết nối 100% sở, ngành, xã, phường với Trung tâm dữ liệu chính và trung tâm dự phòng, có đường truyền dự phòng cho xã vùng cao, biên giới."
                realizes mtslcd
                replaces mang_cd_lc, mang_cd_yb
                codes MH-TRM.03.01
                standards 1.9, 1.11
            }
            network mang_noi_bo "Mạng nội bộ (LAN) của các sở, ngành và xã, phường" {
                owner "Các cơ quan, đơn vị"
                description "Chuẩn hóa mạng nội bộ theo thiết kế mẫu: phân vùng người dùng, máy chủ, quản trị; hỗ trợ IPv6; mạng không dây có xác thực."
                realizes mang-ket-noi
                upgrades mang_noi_bo
                codes MH-TRM.03.02, MH-TRM.03.04
                standards 1.11, 1.12, 4.8
            }
            network ket_noi_internet "Kết nối Internet tập trung" {
                owner "Sở Khoa học và Công nghệ"
                description "Kết nối Internet từ hai nhà cung cấp tại mỗi trung tâm dữ liệu, hỗ trợ IPv6 cho toàn bộ dịch vụ công trực tuyến."
                realizes mang-ket-noi
                upgrades ket_noi_internet
                codes MH-TRM.03.03, MH-TRM.03.04
                standards 1.8, 4.6
            }
            infrastructure ky_so "Chứng thư số chuyên dùng và dịch vụ ký số" {
                owner "Sở Khoa học và Công nghệ"
                description "Giữ nguyên; mở rộng cấp chứng thư số và ký số từ xa cho công chức cấp xã theo nhu cầu."
                realizes pki
                keeps ky_so
                codes MH-TRM.05.02
                standards 4.10, 4.17
            }
            infrastructure hoi_nghi_truyen_hinh "Hệ thống hội nghị truyền hình tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống hội nghị truyền hình thống nhất từ UBND tỉnh đến 100% xã, phường, kết nối hệ thống hội nghị truyền hình của Chính phủ."
                realizes ha-tang-cntt
                replaces hoi_nghi_lc, hoi_nghi_yb
                codes MH-TRM.06.04
                standards 1.3
            }
            device may_tram_xa "Máy tính, thiết bị công nghệ thông tin cấp xã" {
                owner "Ủy ban nhân dân các xã, phường"
                description "Thay thế thiết bị đã sử dụng trên 5 năm; trang bị máy quét, thiết bị ký số cho bộ phận một cửa của 100% xã, phường."
                realizes may-tram
                upgrades may_tram_xa
                codes MH-TRM.06.01
            }
            device may_tram_tinh "Máy tính, thiết bị công nghệ thông tin cấp tỉnh" {
                owner "Các cơ quan, đơn vị"
                description "Giữ nguyên; các cơ quan tự thay thế theo kế hoạch tài sản hằng năm."
                realizes may-tram
                keeps may_tram_tinh
                codes MH-TRM.06.01
            }
            device kiosk_hcc "Kiosk tra cứu, lấy số và nộp hồ sơ tự động" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Kiosk có đầu đọc căn cước, cho phép tra cứu và nộp hồ sơ trực tuyến có hỗ trợ tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các xã, phường đông dân."
                realizes kenh-kiosk
                upgrades kiosk_hcc
                codes MH-TRM.06.01
            }
            device camera_thong_minh "Camera giám sát có phân tích hình ảnh" {
                owner "Công an tỉnh"
                description "Mở rộng camera giám sát an ninh, trật tự, giao thông ra toàn tỉnh (khu vực Yên Bái cũ, các khu du lịch, cửa khẩu), có phân tích hình ảnh tại Trung tâm dữ liệu chính, đưa cảnh báo về IOC."
                upgrades camera_lc
                codes MH-TRM.06.03
            }
            device iot_thien_tai "Mạng trạm quan trắc, cảm biến IoT cảnh báo thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Nâng mạng trạm đo mưa, đo mực nước lên khoảng 300 điểm giám sát trên toàn tỉnh, bổ sung cảm biến chuyển dịch đất tại các điểm có nguy cơ sạt lở cao; truyền dữ liệu qua mạng di động và vệ tinh ở vùng không có sóng."
                upgrades tram_quan_trac
                codes MH-TRM.06.03
            }
        }
    }
}

// Kiến trúc công nghệ, hiện trạng và mục tiêu. Current: two data centres, one per former province (Quy Nhơn and
// Pleiku, about 170 km apart), two level-II dedicated networks, devices at commune level inherited from the
// former districts and those the province bought for the communes in 2025. Target: the shared digital
// infrastructure layer of Quyết định 3090 — one main data centre at Quy Nhơn, the Pleiku one as its backup site,
// the province's cloud and a computing pool for AI.
framework tinh_gia_lai {
    current {
        technology {
            description "Hạ tầng kỹ thuật của hai tỉnh cũ được giữ nguyên sau hợp nhất; năm 2025 tỉnh bố trí kinh phí trang bị thiết bị, đường truyền cho các xã, phường để bộ máy mới vận hành thông suốt."
            assessment {
                // As reported in 2025: 263.3 billion VND allocated for commune-level equipment and lines
                // (https://www.vietnam.vn/en/gia-lai-day-manh-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so).
                results "Hai trung tâm dữ liệu và hai mạng truyền số liệu chuyên dùng cấp II kết nối đến hầu hết các xã, phường; các xã, phường được trang bị thiết bị, đường truyền năm 2025 (khoảng 263,3 tỷ đồng)."
                shortcomings "Hai trung tâm dữ liệu cách nhau khoảng 170 km, chưa có phương án dự phòng lẫn nhau; nhiều hợp đồng thuê máy chủ ảo riêng lẻ."
                shortcomings "Chưa có hạ tầng tính toán cho trí tuệ nhân tạo; trợ lý ảo chạy trên dịch vụ thuê bên ngoài."
                causes "Hạ tầng được đầu tư riêng cho từng tỉnh cũ, theo từng dự án ứng dụng."
                causes "Chưa có quy hoạch hạ tầng số dùng chung của tỉnh sau hợp nhất."
            }
            datacenter ttdl_bd "Trung tâm dữ liệu khu vực Quy Nhơn" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm dữ liệu của tỉnh Bình Định cũ tại khu vực Quy Nhơn, nay là trung tâm hành chính của tỉnh; đã ảo hóa phần lớn máy chủ, còn diện tích phòng máy và nguồn điện để mở rộng."
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            datacenter ttdl_gl "Trung tâm dữ liệu khu vực Pleiku" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm dữ liệu của tỉnh Gia Lai cũ tại khu vực Pleiku; hệ thống điện, làm mát chưa có dự phòng N+1 đầy đủ."
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            cloud cloud_thue "Dịch vụ máy chủ ảo thuê của doanh nghiệp viễn thông" {
                owner "Sở Khoa học và Công nghệ"
                description "Một số hệ thống chuyên ngành (y tế, giáo dục, đất đai khu vực Bình Định cũ, vùng trồng, du lịch) và trợ lý ảo chạy trên dịch vụ thuê theo từng hợp đồng riêng lẻ."
                realizes dich-vu-ha-tang
                codes MH-TRM.02.03
            }
            network mang_cd_gl "Mạng truyền số liệu chuyên dùng cấp II (khu vực Gia Lai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mạng TSLCD cấp II của tỉnh Gia Lai cũ, kết nối các cơ quan và xã, phường khu vực Gia Lai cũ với Trung tâm dữ liệu khu vực Pleiku; một số xã biên giới băng thông thấp."
                realizes mtslcd
                codes MH-TRM.03.01
                standards 1.11
            }
            network mang_cd_bd "Mạng truyền số liệu chuyên dùng cấp II (khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mạng TSLCD cấp II của tỉnh Bình Định cũ, kết nối các cơ quan và xã, phường khu vực Bình Định cũ với Trung tâm dữ liệu khu vực Quy Nhơn."
                realizes mtslcd
                codes MH-TRM.03.01
                standards 1.11
            }
            network mang_noi_bo "Mạng nội bộ (LAN) của các sở, ngành và xã, phường" {
                owner "Các cơ quan, đơn vị"
                description "Mạng LAN của từng cơ quan, phần lớn chưa phân vùng, chưa hỗ trợ IPv6 đầy đủ."
                realizes mang-ket-noi
                codes MH-TRM.03.02
                standards 1.11, 1.12
            }
            network ket_noi_internet "Kết nối Internet tập trung" {
                owner "Sở Khoa học và Công nghệ"
                description "Hai kênh Internet tập trung tại hai trung tâm dữ liệu cho các hệ thống cung cấp dịch vụ trực tuyến."
                realizes mang-ket-noi
                codes MH-TRM.03.03
            }
            infrastructure ky_so "Chứng thư số chuyên dùng và dịch vụ ký số" {
                owner "Sở Khoa học và Công nghệ"
                description "Chứng thư số chuyên dùng của Chính phủ cấp cho 100% cán bộ, công chức; ký số trên hệ thống quản lý văn bản và giải quyết thủ tục hành chính."
                realizes pki
                codes MH-TRM.05.02
            }
            device may_tram_tinh "Máy trạm của các sở, ngành" {
                owner "Các cơ quan, đơn vị"
                description "Máy tính, máy quét của các cơ quan cấp tỉnh; khoảng một phần ba đã sử dụng trên 5 năm."
                realizes may-tram
                codes MH-TRM.06.01
            }
            device may_tram_xa "Thiết bị của xã, phường và bộ phận một cửa" {
                owner "Ủy ban nhân dân các xã, phường"
                description "Máy tính, máy quét, thiết bị họp trực tuyến được trang bị năm 2025 cho 135 xã, phường; thiết bị điều chuyển từ cấp huyện trước đây không đồng bộ."
                realizes may-tram
                codes MH-TRM.06.01
            }
            device hoi_nghi_truyen_hinh "Hệ thống hội nghị truyền hình tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Điểm cầu tại hai khu vực và tại các xã, phường; hai hệ thống của hai tỉnh cũ kết nối qua cổng chuyển đổi."
                codes MH-TRM.06.04
            }
        }
    }

    target {
        technology {
            description "Lớp hạ tầng số dùng chung: Trung tâm dữ liệu tỉnh tại Quy Nhơn là trung tâm chính, Trung tâm dữ liệu khu vực Pleiku là trung tâm dự phòng; nền tảng điện toán đám mây của tỉnh cho mọi hệ thống dùng chung; hạ tầng tính toán cho trí tuệ nhân tạo; một mạng truyền số liệu chuyên dùng cấp II cho toàn tỉnh."
            datacenter ttdl_tinh "Trung tâm dữ liệu tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm dữ liệu chính tại khu vực Quy Nhơn, được mở rộng phòng máy, điện, làm mát theo tiêu chuẩn để tiếp nhận hệ thống chuyển từ khu vực Pleiku."
                realizes ttdl-bo-tinh
                upgrades ttdl_bd
                codes MH-TRM.01.01, MH-TRM.01.03, MH-TRM.01.04
                standards 1.11
            }
            datacenter ttdl_du_phong "Trung tâm dữ liệu dự phòng tại khu vực Pleiku" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm dữ liệu khu vực Pleiku được chuyển thành trung tâm dự phòng thảm họa, sao chép dữ liệu từ trung tâm chính."
                realizes ttdl-bo-tinh
                upgrades ttdl_gl
                codes MH-TRM.01.02
            }
            cloud cloud_tinh "Nền tảng điện toán đám mây Chính quyền số tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Đám mây riêng tại Trung tâm dữ liệu tỉnh cho các hệ thống dùng chung; cấp phát tài nguyên theo nhu cầu, sao lưu sang trung tâm dự phòng."
                realizes dich-vu-ha-tang
                hosted ttdl_tinh
                codes MH-TRM.02.01, MH-TRM.04.03
            }
            cloud cloud_thue "Dịch vụ đám mây thương mại hợp chuẩn (hợp đồng tập trung)" {
                owner "Sở Khoa học và Công nghệ"
                description "Các hợp đồng thuê máy chủ ảo riêng lẻ được gộp thành một hợp đồng thuê tập trung, chỉ cho các hệ thống chuyên ngành chưa chuyển về đám mây của tỉnh."
                realizes dich-vu-ha-tang
                upgrades cloud_thue
                codes MH-TRM.02.03
            }
            infrastructure ha_tang_tinh_toan "Hạ tầng tính toán trí tuệ nhân tạo" {
                owner "Sở Khoa học và Công nghệ"
                description "Cụm máy chủ có bộ xử lý đồ họa tại Trung tâm dữ liệu tỉnh cho trợ lý ảo và phân tích dữ liệu; dữ liệu của tỉnh không rời hạ tầng của tỉnh."
                realizes ha-tang-cntt
                hosted ttdl_tinh
                codes MH-TRM.01.03
            }
            network mang_cd_cap_ii "Mạng truyền số liệu chuyên dùng cấp II tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một mạng TSLCD cấp II cho toàn tỉnh, kết nối 100% cơ quan và xã, phường với Trung tâm dữ liệu tỉnh và trung tâm dự phòng, có đường truyền dự phòng."
                realizes mtslcd
                replaces mang_cd_gl, mang_cd_bd
                codes MH-TRM.03.01, MH-TRM.03.04
                standards 1.11, 1.12
            }
            network mang_noi_bo "Mạng nội bộ (LAN) của các sở, ngành và xã, phường" {
                owner "Các cơ quan, đơn vị"
                description "Mạng LAN được phân vùng và hỗ trợ IPv6."
                realizes mang-ket-noi
                upgrades mang_noi_bo
                codes MH-TRM.03.02, MH-TRM.03.04
                standards 1.11, 1.12
            }
            network ket_noi_internet "Kết nối Internet tập trung" {
                owner "Sở Khoa học và Công nghệ"
                description "Kênh Internet tập trung tại trung tâm chính và trung tâm dự phòng."
                realizes mang-ket-noi
                keeps ket_noi_internet
                codes MH-TRM.03.03
            }
            infrastructure ky_so "Chứng thư số chuyên dùng và dịch vụ ký số" {
                owner "Sở Khoa học và Công nghệ"
                description "Ký số trên mọi hệ thống dùng chung, ký số từ xa trên thiết bị di động."
                realizes pki
                upgrades ky_so
                codes MH-TRM.05.02
            }
            infrastructure giam_sat_ha_tang "Hệ thống giám sát hạ tầng và hiệu năng" {
                owner "Sở Khoa học và Công nghệ"
                description "Giám sát tài nguyên, hiệu năng, thời gian phản hồi của các hệ thống dùng chung, cung cấp chỉ số vận hành cho Trung tâm giám sát, điều hành thông minh."
                realizes quan-ly-ha-tang
                hosted ttdl_tinh
                codes MH-TRM.07.01
            }
            device may_tram_tinh "Máy trạm của các sở, ngành" {
                owner "Các cơ quan, đơn vị"
                description "Máy tính, máy quét được thay thế theo lộ trình."
                realizes may-tram
                keeps may_tram_tinh
                codes MH-TRM.06.01
            }
            device may_tram_xa "Thiết bị của xã, phường và bộ phận một cửa" {
                owner "Ủy ban nhân dân các xã, phường"
                description "Máy tính, máy quét đồng bộ cho bộ phận một cửa của 135 xã, phường."
                realizes may-tram
                upgrades may_tram_xa
                codes MH-TRM.06.01
            }
            device kiosk_hcc "Kiosk dịch vụ công có đầu đọc căn cước" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Kiosk tra cứu, nộp hồ sơ, đánh giá mức độ hài lòng tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của xã, phường đông dân."
                realizes kenh-kiosk
                codes MH-TRM.06.01
            }
            device quan_trac_tu_dong "Trạm quan trắc tự động mưa, mực nước, gió" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Mạng trạm quan trắc tự động vùng ven biển và lưu vực sông Kôn, sông Hà Thanh, sông Ba, truyền số liệu về hệ thống cảnh báo sớm."
                codes MH-TRM.06.03
            }
            device hoi_nghi_truyen_hinh "Hệ thống hội nghị truyền hình tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống hội nghị truyền hình đến 100% xã, phường."
                replaces hoi_nghi_truyen_hinh
                codes MH-TRM.06.04
            }
        }
    }
}

// Current architecture — technology: two data centres (one per former province), two level-II dedicated
// networks, devices at commune level inherited from the former districts.
framework tinh_lao_cai {
    current {
        technology {
            description "Hạ tầng kỹ thuật của hai tỉnh cũ được giữ nguyên sau hợp nhất; thiết bị của cấp huyện trước đây được điều chuyển cho các xã, phường nhưng không đồng bộ về cấu hình và thời gian sử dụng."
            assessment {
                results "Hai trung tâm dữ liệu và hai mạng truyền số liệu chuyên dùng cấp II kết nối đến hầu hết các xã, phường."
                shortcomings "Hai trung tâm dữ liệu cách nhau khoảng 150 km, chưa có phương án dự phòng lẫn nhau; nhiều hợp đồng thuê máy chủ ảo riêng lẻ."
                shortcomings "Thiết bị tại xã, phường không đồng bộ; một số xã vùng cao chưa có đường truyền chuyên dùng."
                causes "Hạ tầng được đầu tư riêng cho từng tỉnh cũ; thiết bị của cấp huyện trước đây được điều chuyển nguyên trạng cho xã, phường."
                causes "Nguồn vốn đầu tư hạ tầng phân tán theo từng dự án ứng dụng."
            }
            datacenter ttdl_lc "Trung tâm dữ liệu khu vực Lào Cai cũ" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm dữ liệu của tỉnh Lào Cai cũ, đặt tại khu hành chính tập trung ở thành phố Lào Cai cũ; khoảng 60 máy chủ vật lý, đã ảo hóa một phần; hệ thống điện, làm mát chưa có dự phòng N+1 đầy đủ."
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            datacenter ttdl_yb "Trung tâm dữ liệu khu vực Yên Bái cũ" {
                owner "Sở Khoa học và Công nghệ"
                description "Trung tâm tích hợp dữ liệu của tỉnh Yên Bái cũ, đặt tại khu vực thành phố Yên Bái cũ, nay là trung tâm hành chính của tỉnh; diện tích phòng máy và nguồn điện còn dư để mở rộng."
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            cloud cloud_thue "Dịch vụ máy chủ ảo thuê của doanh nghiệp viễn thông" {
                owner "Sở Khoa học và Công nghệ"
                description "Một số hệ thống chuyên ngành (y tế, giáo dục, đất đai khu vực Yên Bái cũ, du lịch) chạy trên máy chủ ảo thuê theo từng hợp đồng riêng lẻ, chưa được quản lý tập trung."
                realizes dich-vu-ha-tang
                codes MH-TRM.02.03
            }
            network mang_cd_lc "Mạng truyền số liệu chuyên dùng cấp II (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mạng TSLCD cấp II của tỉnh Lào Cai cũ, kết nối các sở, ngành và các xã, phường khu vực Lào Cai cũ với Trung tâm dữ liệu khu vực Lào Cai cũ."
                realizes mtslcd
                codes MH-TRM.03.01
                standards 1.11
            }
            network mang_cd_yb "Mạng truyền số liệu chuyên dùng cấp II (khu vực Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mạng TSLCD cấp II của tỉnh Yên Bái cũ; một số xã vùng cao chưa được kết nối hoặc kết nối băng thông thấp."
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
                description "Chứng thư số chuyên dùng Chính phủ cấp cho cơ quan và cá nhân lãnh đạo; ký số văn bản trên hệ thống quản lý văn bản. Dịch vụ do Ban Cơ yếu Chính phủ cung cấp."
                realizes pki
                codes MH-TRM.05.02
                standards 4.10, 4.17
            }
            infrastructure hoi_nghi_lc "Hệ thống hội nghị truyền hình (khu vực Lào Cai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hội nghị truyền hình từ UBND tỉnh đến các điểm cầu cấp huyện cũ; sau khi bỏ cấp huyện, nhiều xã chưa có điểm cầu."
                realizes ha-tang-cntt
                codes MH-TRM.06.04
                standards 1.3
            }
            infrastructure hoi_nghi_yb "Hệ thống hội nghị truyền hình (khu vực Yên Bái cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hội nghị truyền hình của tỉnh Yên Bái cũ, khác chuẩn thiết bị với khu vực Lào Cai cũ."
                realizes ha-tang-cntt
                codes MH-TRM.06.04
                standards 1.3
            }
            device may_tram_xa "Máy tính, thiết bị công nghệ thông tin cấp xã" {
                owner "Ủy ban nhân dân các xã, phường"
                description "Máy tính, máy quét, thiết bị ký số tại bộ phận một cửa và văn phòng UBND các xã, phường; khoảng 35% đã sử dụng trên 5 năm."
                realizes may-tram
                codes MH-TRM.06.01
            }
            device may_tram_tinh "Máy tính, thiết bị công nghệ thông tin cấp tỉnh" {
                owner "Các cơ quan, đơn vị"
                description "Máy tính trạm, thiết bị ngoại vi của các sở, ngành, Trung tâm Phục vụ hành chính công tỉnh."
                realizes may-tram
                codes MH-TRM.06.01
            }
            device kiosk_hcc "Kiosk tra cứu, lấy số tự động" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Kiosk tra cứu hồ sơ, lấy số thứ tự tại Trung tâm Phục vụ hành chính công và một số bộ phận một cửa cấp xã."
                realizes kenh-kiosk
                codes MH-TRM.06.01
            }
            device camera_lc "Camera giám sát an ninh, trật tự, giao thông (khu vực Lào Cai cũ)" {
                owner "Công an tỉnh"
                description "Camera tại các nút giao thông, khu du lịch Sa Pa và khu vực cửa khẩu, đưa hình ảnh về IOC Lào Cai cũ."
                codes MH-TRM.06.03
            }
            device tram_quan_trac "Trạm quan trắc tự động, đo mưa, đo mực nước" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Khoảng 40 trạm đo mưa, đo mực nước, quan trắc môi trường tự động, chủ yếu ở khu vực Lào Cai cũ; mật độ còn thấp so với số điểm có nguy cơ lũ quét, sạt lở đất."
                codes MH-TRM.06.03
            }
        }
    }
}

// Target architecture — security (national principle h: a security answer for every target component).
// One provincial SOC for both data centres, sharing with the National SOC and the national monitoring system.
framework tinh_lao_cai {
    target {
        security {
            description "Bảo vệ theo chiều sâu và theo cấp độ: một SOC tỉnh giám sát 24/7 toàn bộ hệ thống và kết nối SOC quốc gia; kiểm soát truy cập tập trung; mã hóa, sao lưu, bảo vệ dữ liệu cá nhân; một quy chế và một đội ứng cứu sự cố cho toàn tỉnh."
            protection {
                onsite "Một đội ứng cứu sự cố an toàn thông tin mạng cho toàn tỉnh do Sở Khoa học và Công nghệ thường trực; mỗi sở, ngành và xã, phường có cán bộ phụ trách an toàn thông tin."
                monitoring "SOC tỉnh giám sát 24/7 toàn bộ hệ thống tại hai trung tâm dữ liệu, vận hành theo hình thức thuê dịch vụ giám sát kết hợp đội ngũ của tỉnh."
                inspection "Hằng năm thuê tổ chức độc lập kiểm tra, đánh giá an toàn thông tin, kiểm thử xâm nhập các hệ thống cấp độ 3 trở lên và tổ chức diễn tập ứng cứu sự cố."
                national "SOC tỉnh kết nối, chia sẻ dữ liệu giám sát với SOC quốc gia và hệ thống giám sát của cơ quan chức năng; phòng chống mã độc tập trung chia sẻ thông tin với hệ thống quốc gia."
            }
            system soc_tinh "Trung tâm giám sát an toàn thông tin mạng (SOC) tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một SOC cho toàn tỉnh thay cho dịch vụ SOC của tỉnh Lào Cai cũ và đầu giám sát của tỉnh Yên Bái cũ: thu thập nhật ký, phân tích sự kiện, săn tìm mối đe dọa; chia sẻ dữ liệu giám sát với SOC quốc gia và hệ thống giám sát của cơ quan chức năng."
                replaces soc_lc, giam_sat_yb
                protects ttdl_tinh, ttdl_du_phong, cloud_tinh, lgsp_tinh, httt_tthc_tinh, qlvb_tinh, ioc_tinh, kho_du_lieu, cong_du_lieu_tinh, cua_khau_so, httt_dat_dai_tinh
                integrates soc-quoc-gia "Chia sẻ dữ liệu giám sát" { standards 4.19 }
                integrates giam-sat-tan-cong-mang
                integrates canh-bao-nguy-co-attt "Nhận, chia sẻ thông tin mối đe dọa"
                codes MH-SRM.02.01, MH-SRM.02.02
                standards 4.19
                hosted ttdl_tinh
            }
            measure tuong_lua_ngfw "Tường lửa thế hệ mới, phát hiện và ngăn chặn xâm nhập" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa thế hệ mới và hệ thống ngăn chặn xâm nhập tại biên của Trung tâm dữ liệu chính và trung tâm dự phòng, thay cho thiết bị đã hết hạn bản quyền của hai tỉnh cũ."
                replaces tuong_lua_lc, tuong_lua_yb
                protects ttdl_tinh, ttdl_du_phong, mang_cd_cap_ii, ket_noi_internet
                codes MH-SRM.04.01, MH-SRM.04.02
                standards 4.7
            }
            measure phan_vung_mang "Phân vùng mạng theo mô hình bảo vệ nhiều lớp" {
                owner "Sở Khoa học và Công nghệ"
                description "Tách vùng máy chủ, vùng quản trị, vùng người dùng, vùng cung cấp dịch vụ công cộng tại trung tâm dữ liệu và mạng nội bộ các cơ quan."
                protects mang_noi_bo, mang_cd_cap_ii, cloud_tinh
                codes MH-SRM.04.04
            }
            system waf_tinh "Tường lửa ứng dụng web và chống tấn công từ chối dịch vụ" {
                owner "Sở Khoa học và Công nghệ"
                description "Mở rộng tường lửa ứng dụng web cho mọi hệ thống cung cấp dịch vụ trên Internet; bổ sung năng lực chống tấn công từ chối dịch vụ phối hợp với nhà cung cấp đường truyền."
                upgrades waf_lc
                protects cong_ttdt_tinh, httt_tthc_tinh, cong_du_lieu_tinh, app_cong_dan, du_lich_thong_minh, ket_noi_internet
                codes MH-SRM.04.03, MH-SRM.04.05
                standards 4.2
                hosted ttdl_tinh
            }
            system edr_tap_trung "Phòng chống mã độc và phát hiện, phản ứng tại điểm cuối (EDR)" {
                owner "Sở Khoa học và Công nghệ"
                description "Một giải pháp phòng chống mã độc, EDR có quản trị tập trung cho máy chủ và máy trạm của cấp tỉnh và cấp xã, thay cho hai giải pháp riêng; chia sẻ thông tin với hệ thống cảnh báo quốc gia."
                replaces ma_doc_lc, ma_doc_yb
                protects may_tram_tinh, may_tram_xa, cloud_tinh
                integrates canh-bao-nguy-co-attt
                codes MH-SRM.06.01, MH-SRM.02.04
                hosted cloud_tinh
            }
            system pam "Quản lý truy cập đặc quyền (PAM)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mọi truy cập quản trị vào máy chủ, thiết bị mạng, cơ sở dữ liệu đi qua hệ thống quản lý truy cập đặc quyền có ghi hình phiên và phê duyệt."
                protects ttdl_tinh, ttdl_du_phong, cloud_tinh, lgsp_tinh, kho_du_lieu
                codes MH-SRM.03.03
                hosted ttdl_tinh
            }
            measure xac_thuc_da_yeu_to "Xác thực đa yếu tố" {
                owner "Sở Khoa học và Công nghệ"
                description "Bắt buộc xác thực đa yếu tố cho tài khoản quản trị và cho cán bộ truy cập hệ thống cấp độ 3 trở lên qua Hệ thống xác thực tập trung."
                protects xac_thuc_tap_trung, httt_tthc_tinh, qlvb_tinh
                codes MH-SRM.03.02, MH-SRM.03.01
                standards 4.13
            }
            measure ma_hoa_du_lieu "Mã hóa dữ liệu và chống thất thoát dữ liệu" {
                owner "Sở Khoa học và Công nghệ"
                description "Mã hóa dữ liệu khi truyền qua LGSP và khi lưu trữ đối với dữ liệu nhạy cảm; giám sát, ngăn chặn việc đưa dữ liệu ra ngoài trái phép."
                protects kho_du_lieu, csdl_tthc, csdl_dat_dai, lgsp_tinh
                codes MH-SRM.05.01, MH-SRM.05.02
                standards 4.2, 4.9
            }
            measure bao_ve_dlcn "Bảo vệ dữ liệu cá nhân" {
                owner "Sở Khoa học và Công nghệ"
                description "Đánh giá tác động xử lý dữ liệu cá nhân, phân quyền theo mục đích, ẩn danh hóa dữ liệu trước khi đưa vào phân tích và công bố dữ liệu mở, theo quy định pháp luật về bảo vệ dữ liệu cá nhân."
                protects csdl_tthc, kho_du_lieu, csdl_y_te, ds_du_lieu_mo
                codes MH-SRM.05.04
                standards 4.16
            }
            measure sao_luu "Sao lưu, phục hồi dữ liệu và chuyển đổi dự phòng" {
                owner "Sở Khoa học và Công nghệ"
                description "Sao lưu hằng ngày lên hệ thống sao lưu tập trung, bản sao tại trung tâm dự phòng; diễn tập phục hồi và chuyển đổi dự phòng ít nhất mỗi năm một lần cho hệ thống cấp độ 3 trở lên."
                upgrades sao_luu
                protects csdl_tthc, csdl_dat_dai, csdl_van_ban, kho_du_lieu, csdl_thien_tai
                codes MH-SRM.05.03
            }
            measure cap_do_httt "Xác định cấp độ và phương án bảo đảm an toàn hệ thống thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Lập lại hồ sơ đề xuất cấp độ cho các hệ thống hợp nhất; 100% hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo vệ trước khi đưa vào vận hành."
                upgrades cap_do_httt
                protects lgsp_tinh, httt_tthc_tinh, qlvb_tinh, ioc_tinh, httt_dat_dai_tinh, cua_khau_so, he_thong_canh_bao
                codes MH-SRM.01.02
            }
            measure quy_che_attt "Quy chế bảo đảm an toàn thông tin mạng tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một quy chế cho toàn tỉnh thay cho quy chế của hai tỉnh cũ; phân công trách nhiệm theo mô hình chính quyền hai cấp, trong đó UBND xã, phường chịu trách nhiệm về an toàn thông tin của thiết bị, mạng nội bộ tại xã."
                replaces quy_che_lc, quy_che_yb
                codes MH-SRM.01.01
            }
            measure ung_cuu_su_co "Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Kiện toàn một đội ứng cứu sự cố cho toàn tỉnh, thành viên mạng lưới ứng cứu sự cố quốc gia; phương án ứng cứu cho từng hệ thống cấp độ 3 trở lên."
                replaces ung_cuu_lc, ung_cuu_yb
                codes MH-SRM.02.03
                standards 4.19
            }
            measure kiem_tra_attt "Kiểm tra, đánh giá an toàn thông tin định kỳ" {
                owner "Sở Khoa học và Công nghệ"
                description "Giữ nguyên cách làm; phạm vi mở rộng ra toàn tỉnh."
                keeps kiem_tra_attt
                codes MH-SRM.01.04
            }
            measure kiem_thu_ung_dung "Kiểm thử an toàn ứng dụng và quản lý lỗ hổng" {
                owner "Sở Khoa học và Công nghệ"
                description "Kiểm thử an toàn mọi ứng dụng trước khi đưa vào vận hành và sau mỗi lần nâng cấp lớn; rà quét lỗ hổng định kỳ và quản lý bản vá tập trung."
                protects httt_tthc_tinh, cong_ttdt_tinh, cong_du_lieu_tinh, app_cong_dan, cua_khau_so
                codes MH-SRM.06.03, MH-SRM.06.02
            }
            measure an_toan_iot "Bảo đảm an toàn camera và thiết bị IoT" {
                owner "Sở Khoa học và Công nghệ"
                description "Camera và cảm biến được đưa vào vùng mạng riêng, đổi mật khẩu mặc định, cập nhật phần mềm điều khiển và giám sát bởi SOC tỉnh."
                protects camera_thong_minh, iot_thien_tai
                codes MH-SRM.06.04
            }
            measure dao_tao_attt "Bồi dưỡng kỹ năng số và nhận thức an toàn thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Mở rộng bồi dưỡng nhận thức an toàn thông tin tới công chức của 100% xã, phường qua nền tảng học trực tuyến; diễn tập thực chiến hằng năm."
                upgrades dao_tao_attt
                codes MH-SRM.01.03
            }
        }
    }
}

// Kiến trúc an toàn thông tin mạng, an ninh mạng, hiện trạng và mục tiêu. Current: the former Bình Định province
// hired a SOC service; the former Gia Lai province relied on the collection agent of the national monitoring
// system. Target: one provincial SOC for the main and the backup data centre, sharing with the National SOC, and
// the four-layer protection model (Chỉ thị 14/CT-TTg) for the whole province.
framework tinh_gia_lai {
    current {
        security {
            description "Mỗi khu vực có lớp bảo vệ biên và quy chế riêng; giám sát an toàn thông tin chưa bao phủ toàn bộ hệ thống; khoảng 55% hệ thống thông tin đã được phê duyệt cấp độ."
            assessment {
                results "Mỗi khu vực có lớp bảo vệ biên, phòng chống mã độc và quy chế bảo đảm an toàn thông tin; các hệ thống cấp độ 3 đang vận hành đã được phê duyệt hồ sơ cấp độ."
                shortcomings "Giám sát an toàn thông tin chưa bao phủ toàn bộ hệ thống; khu vực Gia Lai cũ chỉ giám sát lưu lượng, chưa phân tích nhật ký."
                shortcomings "Khoảng 45% hệ thống thông tin (chủ yếu cấp độ 2 và các hệ thống hình thành sau hợp nhất) chưa có hồ sơ cấp độ được phê duyệt."
                causes "Hai tỉnh cũ áp dụng hai mô hình giám sát khác nhau (thuê dịch vụ và dùng đầu thu của hệ thống quốc gia)."
                causes "Thiếu nhân lực chuyên trách an toàn thông tin tại các sở, ngành và xã, phường."
            }
            protection {
                onsite "Mỗi khu vực có bộ phận an toàn thông tin thuộc Sở Khoa học và Công nghệ và đội ứng cứu sự cố của tỉnh cũ; các sở, ngành và xã, phường chưa có cán bộ chuyên trách."
                monitoring "Khu vực Bình Định cũ thuê dịch vụ giám sát (SOC) của doanh nghiệp; khu vực Gia Lai cũ chỉ có đầu thu giám sát lưu lượng của hệ thống quốc gia, chưa có tổ chức giám sát, bảo vệ chuyên nghiệp."
                inspection "Kiểm tra, đánh giá an toàn thông tin do tổ chức độc lập thực hiện trước khi đưa hệ thống vào vận hành, chưa thực hiện định kỳ hằng năm."
                national "Cả hai khu vực đã kết nối, chia sẻ thông tin giám sát với hệ thống giám sát quốc gia; phòng chống mã độc của khu vực Bình Định cũ chia sẻ thông tin với hệ thống quốc gia."
            }
            system soc_bd "Dịch vụ giám sát an toàn thông tin (SOC) thuê ngoài (khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Dịch vụ SOC của doanh nghiệp giám sát các hệ thống tại Trung tâm dữ liệu khu vực Quy Nhơn; đã chia sẻ thông tin với SOC quốc gia."
                protects ttdl_bd, lgsp_bd, httt_tthc_tinh, qlvb_bd, cong_ttdt_tinh
                integrates soc-quoc-gia
                codes MH-SRM.02.01
                standards 4.19
            }
            system giam_sat_gl "Kết nối giám sát với hệ thống quốc gia (khu vực Gia Lai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Đầu thu thập của Hệ thống hỗ trợ giám sát và phòng chống tấn công mạng vào các hệ thống Chính phủ số đặt tại Trung tâm dữ liệu khu vực Pleiku; chỉ giám sát lưu lượng."
                protects ttdl_gl, lgsp_gl, qlvb_gl
                integrates giam-sat-tan-cong-mang
                codes MH-SRM.02.02
            }
            measure tuong_lua_bd "Tường lửa, phát hiện xâm nhập tại Trung tâm dữ liệu khu vực Quy Nhơn" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa biên và hệ thống IPS tại Trung tâm dữ liệu khu vực Quy Nhơn."
                protects ttdl_bd, mang_cd_bd
                codes MH-SRM.04.01, MH-SRM.04.02
                standards 4.7
            }
            measure tuong_lua_gl "Tường lửa tại Trung tâm dữ liệu khu vực Pleiku" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa biên của Trung tâm dữ liệu khu vực Pleiku, chưa có hệ thống phát hiện xâm nhập; một số thiết bị hết hạn bản quyền cập nhật."
                protects ttdl_gl, mang_cd_gl
                codes MH-SRM.04.01
                standards 4.7
            }
            system waf_bd "Tường lửa ứng dụng web (khu vực Quy Nhơn)" {
                owner "Sở Khoa học và Công nghệ"
                description "Bảo vệ Cổng thông tin điện tử và hệ thống giải quyết thủ tục hành chính trước tấn công ứng dụng web."
                protects cong_ttdt_tinh, httt_tthc_tinh
                codes MH-SRM.04.03
                standards 4.2
            }
            system ma_doc_bd "Phòng chống mã độc tập trung (khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Phần mềm phòng chống mã độc có quản trị tập trung cho máy trạm của các cơ quan khu vực Bình Định cũ; đã chia sẻ thông tin với hệ thống quốc gia."
                protects may_tram_tinh
                integrates canh-bao-nguy-co-attt
                codes MH-SRM.02.04
            }
            system ma_doc_gl "Phòng chống mã độc tập trung (khu vực Gia Lai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Phần mềm phòng chống mã độc của một nhà cung cấp khác, chỉ cài đặt cho khối sở, ngành của tỉnh Gia Lai cũ."
                protects may_tram_tinh
                codes MH-SRM.02.04
            }
            measure cap_do_httt "Xác định cấp độ và phương án bảo đảm an toàn hệ thống thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Hồ sơ cấp độ của các hệ thống cấp độ 3 đã được phê duyệt; các hệ thống cấp độ 2 và hệ thống hình thành sau hợp nhất chưa lập lại hồ sơ."
                protects lgsp_gl, lgsp_bd, httt_tthc_tinh, httt_dat_dai_gl, httt_dat_dai_bd, httt_y_te
                codes MH-SRM.01.02
            }
        }
    }

    target {
        security {
            description "Bảo vệ theo chiều sâu và theo cấp độ trên lớp hạ tầng số và an ninh mạng dùng chung: một SOC tỉnh giám sát 24/7 toàn bộ hệ thống và kết nối SOC quốc gia; kiểm soát truy cập tập trung; mã hóa, sao lưu, bảo vệ dữ liệu cá nhân; một quy chế và một đội ứng cứu sự cố cho toàn tỉnh."
            protection {
                onsite "Một đội ứng cứu sự cố an toàn thông tin mạng cho toàn tỉnh do Sở Khoa học và Công nghệ thường trực, có thành viên tại hai khu vực; mỗi sở, ngành và xã, phường có cán bộ phụ trách an toàn thông tin."
                monitoring "SOC tỉnh giám sát 24/7 toàn bộ hệ thống tại trung tâm chính và trung tâm dự phòng, vận hành theo hình thức thuê dịch vụ giám sát kết hợp đội ngũ của tỉnh."
                inspection "Hằng năm thuê tổ chức độc lập kiểm tra, đánh giá an toàn thông tin, kiểm thử xâm nhập các hệ thống cấp độ 3 trở lên và tổ chức diễn tập ứng cứu sự cố."
                national "SOC tỉnh kết nối, chia sẻ dữ liệu giám sát với SOC quốc gia và hệ thống giám sát của cơ quan chức năng; phòng chống mã độc tập trung chia sẻ thông tin với hệ thống quốc gia."
            }
            system soc_tinh "Trung tâm giám sát an toàn thông tin mạng (SOC) tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một SOC cho toàn tỉnh thay cho dịch vụ SOC của khu vực Bình Định cũ và đầu giám sát của khu vực Gia Lai cũ: thu thập nhật ký, phân tích sự kiện, săn tìm mối đe dọa; chia sẻ dữ liệu giám sát với SOC quốc gia."
                replaces soc_bd, giam_sat_gl
                protects ttdl_tinh, ttdl_du_phong, cloud_tinh, lgsp_tinh, httt_tthc_tinh, qlvb_tinh, ioc_tinh, nen_tang_du_lieu, kho_du_lieu, cong_du_lieu_tinh, cang_bien_logistics, httt_dat_dai_tinh, he_thong_canh_bao
                integrates soc-quoc-gia "Chia sẻ dữ liệu giám sát" { standards 4.19 }
                integrates giam-sat-tan-cong-mang
                integrates canh-bao-nguy-co-attt "Nhận, chia sẻ thông tin mối đe dọa"
                codes MH-SRM.02.01, MH-SRM.02.02
                standards 4.19
                hosted ttdl_tinh
            }
            measure tuong_lua_ngfw "Tường lửa thế hệ mới, phát hiện và ngăn chặn xâm nhập" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa thế hệ mới và hệ thống ngăn chặn xâm nhập tại biên của trung tâm chính và trung tâm dự phòng."
                replaces tuong_lua_bd, tuong_lua_gl
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
                description "Tường lửa ứng dụng web cho mọi hệ thống cung cấp dịch vụ trên Internet, kể cả cổng quản lý giao diện lập trình ứng dụng của LGSP tỉnh; chống tấn công từ chối dịch vụ phối hợp với nhà cung cấp đường truyền."
                upgrades waf_bd
                protects cong_ttdt_tinh, httt_tthc_tinh, cong_du_lieu_tinh, app_gia_lai_so, du_lich_thong_minh, lgsp_tinh, ket_noi_internet
                codes MH-SRM.04.03, MH-SRM.04.05
                standards 4.2
                hosted ttdl_tinh
            }
            system edr_tap_trung "Phòng chống mã độc và phát hiện, phản ứng tại điểm cuối (EDR)" {
                owner "Sở Khoa học và Công nghệ"
                description "Một giải pháp phòng chống mã độc, EDR có quản trị tập trung cho máy chủ và máy trạm của cấp tỉnh và cấp xã, thay cho hai giải pháp riêng."
                replaces ma_doc_bd, ma_doc_gl
                protects may_tram_tinh, may_tram_xa, cloud_tinh
                integrates canh-bao-nguy-co-attt
                codes MH-SRM.06.01, MH-SRM.02.04
                hosted cloud_tinh
            }
            system pam "Quản lý truy cập đặc quyền (PAM)" {
                owner "Sở Khoa học và Công nghệ"
                description "Mọi truy cập quản trị vào máy chủ, thiết bị mạng, cơ sở dữ liệu đi qua hệ thống quản lý truy cập đặc quyền có ghi hình phiên và phê duyệt."
                protects ttdl_tinh, ttdl_du_phong, cloud_tinh, lgsp_tinh, kho_du_lieu, ha_tang_tinh_toan
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
                protects kho_du_lieu, csdl_tthc, csdl_dat_dai, csdl_y_te, lgsp_tinh
                codes MH-SRM.05.01, MH-SRM.05.02
                standards 4.2, 4.9
            }
            measure bao_ve_dlcn "Bảo vệ dữ liệu cá nhân" {
                owner "Sở Khoa học và Công nghệ"
                description "Đánh giá tác động xử lý dữ liệu cá nhân, phân quyền theo mục đích, ẩn danh hóa dữ liệu trước khi đưa vào phân tích, huấn luyện trợ lý ảo và công bố dữ liệu mở."
                protects kho_du_lieu, csdl_tthc, csdl_y_te, csdl_ho_tich, tro_ly_ao
                codes MH-SRM.05.04
            }
            measure sao_luu "Sao lưu và phục hồi dữ liệu" {
                owner "Sở Khoa học và Công nghệ"
                description "Sao lưu định kỳ các cơ sở dữ liệu dùng chung sang trung tâm dự phòng tại Pleiku, diễn tập phục hồi hằng năm."
                protects csdl_tthc, csdl_van_ban, csdl_dat_dai, kho_du_lieu
                codes MH-SRM.05.03
            }
            measure quy_che_attt "Quy chế bảo đảm an toàn thông tin mạng của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Một quy chế cho toàn tỉnh thay cho quy chế của hai tỉnh cũ; quy định trách nhiệm của sở, ngành, xã, phường và nhà cung cấp dịch vụ."
                codes MH-SRM.01.01
            }
            measure ung_cuu_su_co "Đội ứng cứu sự cố an toàn thông tin mạng tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Kiện toàn một đội ứng cứu sự cố cho toàn tỉnh, là thành viên mạng lưới ứng cứu sự cố quốc gia; diễn tập hằng năm."
                codes MH-SRM.02.03
            }
            measure cap_do_httt "Xác định cấp độ và phương án bảo đảm an toàn hệ thống thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Lập, phê duyệt hồ sơ cấp độ cho 100% hệ thống thông tin của kiến trúc mục tiêu trước khi đưa vào vận hành."
                upgrades cap_do_httt
                protects lgsp_tinh, httt_tthc_tinh, qlvb_tinh, ioc_tinh, nen_tang_du_lieu, httt_dat_dai_tinh, he_thong_canh_bao, cang_bien_logistics, httt_y_te, xac_thuc_tap_trung
                codes MH-SRM.01.02
            }
            measure kiem_tra_danh_gia "Kiểm tra, đánh giá an toàn thông tin định kỳ" {
                owner "Sở Khoa học và Công nghệ"
                description "Kiểm tra, đánh giá, kiểm thử xâm nhập hằng năm các hệ thống cấp độ 3 trở lên bởi tổ chức độc lập."
                protects lgsp_tinh, httt_tthc_tinh, qlvb_tinh, ioc_tinh, httt_dat_dai_tinh, cang_bien_logistics
                codes MH-SRM.01.04, MH-SRM.06.03
            }
        }
    }
}

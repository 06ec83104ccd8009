// Current architecture — security. The former Lào Cai province hired a SOC service; the former Yên Bái
// province relied on the monitoring agent of the national system. Neither covers the other's systems.
framework tinh_lao_cai {
    current {
        security {
            description "Mỗi khu vực có lớp bảo vệ biên và quy chế riêng; giám sát an toàn thông tin chưa bao phủ toàn bộ hệ thống; khoảng 58% hệ thống thông tin đã được phê duyệt cấp độ."
            assessment {
                results "Mỗi khu vực có lớp bảo vệ biên, phòng chống mã độc và quy chế bảo đảm an toàn thông tin; hệ thống cấp độ 3 của hai tỉnh cũ đã được phê duyệt hồ sơ cấp độ."
                shortcomings "Giám sát an toàn thông tin chưa bao phủ toàn bộ hệ thống; khu vực Yên Bái cũ chỉ giám sát lưu lượng, chưa phân tích nhật ký."
                shortcomings "Khoảng 42% hệ thống thông tin (chủ yếu cấp độ 2 và các hệ thống hình thành sau hợp nhất) chưa có hồ sơ cấp độ được phê duyệt."
                causes "Hai tỉnh cũ áp dụng hai mô hình giám sát khác nhau (thuê dịch vụ và dùng đầu thu của hệ thống quốc gia)."
                causes "Thiếu nhân lực chuyên trách an toàn thông tin tại các sở, ngành và xã, phường."
            }
            protection {
                onsite "Mỗi khu vực có bộ phận an toàn thông tin thuộc Sở Khoa học và Công nghệ và đội ứng cứu sự cố của tỉnh cũ; các sở, ngành và xã, phường chưa có cán bộ chuyên trách."
                monitoring "Khu vực Lào Cai cũ thuê dịch vụ giám sát (SOC) của doanh nghiệp; khu vực Yên Bái cũ chỉ có đầu thu giám sát lưu lượng của hệ thống quốc gia, chưa có tổ chức giám sát, bảo vệ chuyên nghiệp."
                inspection "Kiểm tra, đánh giá an toàn thông tin do tổ chức độc lập thực hiện trước khi đưa hệ thống vào vận hành, chưa thực hiện định kỳ hằng năm."
                national "Cả hai khu vực đã kết nối, chia sẻ thông tin giám sát với hệ thống giám sát quốc gia; phòng chống mã độc của khu vực Lào Cai cũ chia sẻ thông tin với hệ thống quốc gia."
            }
            system soc_lc "Dịch vụ giám sát an toàn thông tin (SOC) thuê ngoài (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Dịch vụ SOC của doanh nghiệp giám sát các hệ thống tại Trung tâm dữ liệu khu vực Lào Cai cũ; đã chia sẻ thông tin với SOC quốc gia."
                protects ttdl_lc, lgsp_lc, httt_tthc_lc, qlvb_lc, cong_ttdt_lc
                integrates soc-quoc-gia
                codes MH-SRM.02.01
                standards 4.19
            }
            system giam_sat_yb "Kết nối giám sát với hệ thống quốc gia (khu vực Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Đầu thu thập của Hệ thống hỗ trợ giám sát và phòng chống tấn công mạng vào các hệ thống Chính phủ số đặt tại Trung tâm dữ liệu khu vực Yên Bái cũ; chỉ giám sát lưu lượng, chưa phân tích nhật ký hệ thống."
                protects ttdl_yb, lgsp_yb, httt_tthc_yb
                integrates giam-sat-tan-cong-mang
                codes MH-SRM.02.02
            }
            measure tuong_lua_lc "Tường lửa, phát hiện xâm nhập tại Trung tâm dữ liệu khu vực Lào Cai cũ" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa biên và hệ thống IPS đặt tại Trung tâm dữ liệu khu vực Lào Cai cũ; một số thiết bị hết hạn bản quyền cập nhật mẫu tấn công."
                protects ttdl_lc, mang_cd_lc
                codes MH-SRM.04.01
                standards 4.7
            }
            measure tuong_lua_yb "Tường lửa tại Trung tâm dữ liệu khu vực Yên Bái cũ" {
                owner "Sở Khoa học và Công nghệ"
                description "Tường lửa biên của Trung tâm dữ liệu khu vực Yên Bái cũ, chưa có hệ thống phát hiện xâm nhập."
                protects ttdl_yb, mang_cd_yb
                codes MH-SRM.04.01
                standards 4.7
            }
            system waf_lc "Tường lửa ứng dụng web (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Bảo vệ Cổng thông tin điện tử và hệ thống giải quyết thủ tục hành chính của tỉnh Lào Cai cũ trước tấn công ứng dụng web."
                protects cong_ttdt_lc, httt_tthc_lc
                codes MH-SRM.04.03
                standards 4.2
            }
            system ma_doc_lc "Phòng chống mã độc tập trung (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Phần mềm phòng chống mã độc có quản trị tập trung cho máy trạm của các cơ quan thuộc tỉnh Lào Cai cũ; đã kết nối chia sẻ thông tin với hệ thống quốc gia."
                protects may_tram_tinh
                integrates canh-bao-nguy-co-attt
                codes MH-SRM.02.04
            }
            system ma_doc_yb "Phòng chống mã độc tập trung (khu vực Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Phần mềm phòng chống mã độc của một nhà cung cấp khác, chỉ cài đặt cho khối sở, ngành của tỉnh Yên Bái cũ."
                protects may_tram_tinh
                codes MH-SRM.02.04
            }
            measure cap_do_httt "Xác định cấp độ và phương án bảo đảm an toàn hệ thống thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Hồ sơ đề xuất cấp độ theo Nghị định số 85/2016/NĐ-CP: khoảng 58% hệ thống thông tin đã được phê duyệt; các hệ thống hình thành sau hợp nhất chưa có hồ sơ."
                protects httt_tthc_lc, httt_tthc_yb, lgsp_lc, lgsp_yb
                codes MH-SRM.01.02
            }
            measure quy_che_lc "Quy chế bảo đảm an toàn thông tin mạng (tỉnh Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Quy chế do UBND tỉnh Lào Cai cũ ban hành, vẫn áp dụng cho khu vực Lào Cai cũ cho đến khi có quy chế chung."
                codes MH-SRM.01.01
            }
            measure quy_che_yb "Quy chế bảo đảm an toàn thông tin mạng (tỉnh Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Quy chế do UBND tỉnh Yên Bái cũ ban hành; nội dung phân công trách nhiệm còn gắn với cấp huyện."
                codes MH-SRM.01.01
            }
            measure ung_cuu_lc "Đội ứng cứu sự cố an toàn thông tin mạng (tỉnh Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Đội ứng cứu sự cố của tỉnh Lào Cai cũ, thành viên mạng lưới ứng cứu sự cố quốc gia."
                codes MH-SRM.02.03
                standards 4.19
            }
            measure ung_cuu_yb "Đội ứng cứu sự cố an toàn thông tin mạng (tỉnh Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Đội ứng cứu sự cố của tỉnh Yên Bái cũ; một số thành viên đã chuyển công tác sau sắp xếp bộ máy."
                codes MH-SRM.02.03
            }
            measure sao_luu "Sao lưu dữ liệu định kỳ" {
                owner "Sở Khoa học và Công nghệ"
                description "Sao lưu hằng tuần ra thiết bị lưu trữ đặt cùng phòng máy; chưa có bản sao ở địa điểm khác."
                protects csdl_tthc_lc, csdl_tthc_yb, csdl_dat_dai_lc, csdl_dat_dai_yb
                codes MH-SRM.05.03
            }
            measure kiem_tra_attt "Kiểm tra, đánh giá an toàn thông tin định kỳ" {
                owner "Sở Khoa học và Công nghệ"
                description "Kiểm tra, đánh giá an toàn thông tin hằng năm theo kế hoạch của UBND tỉnh; năm 2025 chỉ thực hiện ở khu vực Lào Cai cũ."
                codes MH-SRM.01.04
            }
            measure dao_tao_attt "Tuyên truyền, bồi dưỡng nhận thức an toàn thông tin" {
                owner "Sở Khoa học và Công nghệ"
                description "Tập huấn nhận thức an toàn thông tin cho cán bộ, công chức; diễn tập ứng cứu sự cố hằng năm."
                codes MH-SRM.01.03
            }
        }
    }
}

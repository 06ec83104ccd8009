// Tổ chức triển khai (lộ trình 2026–2030). Each task names the result it serves: the indicators of the goals in
// 01-tong-quan.kts. Budgets are the example's estimates, not figures of Quyết định 3388/QĐ-UBND; the funding of
// each task is decided in the medium-term public investment plan 2026–2030 and the annual budget estimates.
framework tinh_gia_lai {
    implementation {
        description "Lộ trình chia hai giai đoạn. 2026–2027: hợp nhất hạ tầng, nền tảng và hệ thống dùng chung của hai tỉnh cũ, không để gián đoạn việc phục vụ người dân, và ban hành chiến lược dữ liệu. 2028–2030: phát triển dữ liệu, trí tuệ nhân tạo, đo lường kết quả và các nền tảng chuyên ngành trọng điểm. Các hệ thống của hai tỉnh cũ chỉ dừng vận hành sau khi dữ liệu đã được chuyển đổi và hệ thống thay thế đã được nghiệm thu. Mỗi nhiệm vụ được đánh giá bằng chỉ số kết quả của mục tiêu mà nó phục vụ. Kinh phí là ước tính của dự thảo, được xác định trong kế hoạch đầu tư công trung hạn và dự toán ngân sách hằng năm."

        // 2026–2027, lớp hạ tầng số và an ninh mạng dùng chung.
        task t01_mang_cd "Hợp nhất Mạng truyền số liệu chuyên dùng cấp II, kết nối 100% xã, phường" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Bưu điện tỉnh", "Ủy ban nhân dân các xã, phường"
            form thue-dich-vu
            description "Hợp nhất quy hoạch địa chỉ, định tuyến của hai mạng TSLCD cấp II; nâng băng thông các xã biên giới; bổ sung đường truyền dự phòng giữa Quy Nhơn và Pleiku; triển khai IPv6."
            budget 14 billion VND funding chi-thuong-xuyen
            delivers mang_cd_cap_ii, mang_noi_bo
            layer technology
        }
        task t02_ttdl "Mở rộng Trung tâm dữ liệu tỉnh tại Quy Nhơn và chuyển Trung tâm dữ liệu Pleiku thành trung tâm dự phòng" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Sở Tài chính", "Công an tỉnh"
            form dau-tu
            description "Mở rộng phòng máy, điện, làm mát, phòng cháy chữa cháy của trung tâm chính; bổ sung máy chủ, lưu trữ; thiết lập sao chép dữ liệu sang trung tâm dự phòng tại Pleiku; giám sát hạ tầng và hiệu năng."
            budget 58 billion VND funding von-dau-tu-cong
            budget 22 billion VND funding bo-sung-co-muc-tieu
            split 60, 40
            delivers ttdl_tinh, ttdl_du_phong, giam_sat_ha_tang
            layer technology
        }
        task t03_cloud "Xây dựng nền tảng điện toán đám mây Chính quyền số tỉnh và gộp hợp đồng thuê đám mây" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            description "Triển khai đám mây riêng tại trung tâm chính; gộp các hợp đồng thuê máy chủ ảo riêng lẻ thành một hợp đồng thuê tập trung."
            budget 36 billion VND funding von-dau-tu-cong
            budget 4 billion VND year 2027 funding chi-thuong-xuyen
            delivers cloud_tinh, cloud_thue
            after t02_ttdl
            layer technology
        }
        task t04_thiet_bi "Trang bị thiết bị cho bộ phận một cửa của xã, phường, kiosk dịch vụ công và hội nghị truyền hình" {
            period 2026-2027
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"
            form mua-sam
            description "Thay thế máy tính, máy quét đã sử dụng trên 5 năm; kiosk có đầu đọc căn cước tại các điểm tiếp nhận đông dân; một hệ thống hội nghị truyền hình đến 100% xã, phường; ký số từ xa."
            budget 26 billion VND funding chuong-trinh-mtqg
            budget 18 billion VND funding ngan-sach-dia-phuong
            delivers may_tram_xa, kiosk_hcc, hoi_nghi_truyen_hinh, ky_so
            after t01_mang_cd
            layer technology
        }
        task t05_an_toan "Ban hành quy chế an toàn thông tin chung, kiện toàn đội ứng cứu sự cố, lập lại hồ sơ cấp độ" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"
            form tu-trien-khai
            budget 1.5 billion VND funding chi-thuong-xuyen
            delivers quy_che_attt, ung_cuu_su_co, cap_do_httt
            layer security
        }
        task t06_soc "Xây dựng SOC tỉnh, kết nối SOC quốc gia, và các lớp bảo vệ dùng chung" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh"
            form thue-dich-vu
            description "Thuê dịch vụ SOC cho toàn tỉnh; tường lửa thế hệ mới, phân vùng mạng, tường lửa ứng dụng web, EDR, PAM, xác thực đa yếu tố, mã hóa và sao lưu dữ liệu."
            budget 42 billion VND funding ngan-sach-dia-phuong
            split 40, 60
            delivers soc_tinh, tuong_lua_ngfw, phan_vung_mang, waf_tinh, edr_tap_trung, pam, xac_thuc_da_yeu_to, ma_hoa_du_lieu, sao_luu
            after t02_ttdl
            layer security
        }

        // 2026–2027, lớp dữ liệu và nền tảng cốt lõi.
        task t07_lgsp "Hợp nhất LGSP tỉnh, cổng quản lý giao diện lập trình ứng dụng" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Văn phòng Ủy ban nhân dân tỉnh", "các sở, ngành có hệ thống kết nối"
            form dau-tu
            description "Chọn một LGSP làm nền, chuyển các dịch vụ tích hợp của LGSP còn lại sang; cấp lại mã kết nối với NDXP; lập danh mục giao diện lập trình ứng dụng của tỉnh, đăng ký các giao diện cung cấp dữ liệu cho cơ quan khác trên nền tảng quốc gia."
            budget 12 billion VND funding von-dau-tu-cong
            delivers lgsp_tinh
            after t01_mang_cd
            layer application
        }
        task t08_sso "Xây dựng Hệ thống xác thực tập trung kết nối định danh điện tử" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh"
            form dau-tu
            budget 3.5 billion VND funding ngan-sach-dia-phuong
            delivers xac_thuc_tap_trung
            after t07_lgsp
            layer application
        }
        task t09_chien_luoc_du_lieu "Ban hành chiến lược dữ liệu, danh mục dữ liệu chủ, dữ liệu dùng chung, dữ liệu mở của tỉnh" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh", "các sở, ngành"
            form nhiem-vu-khcn
            description "Phối hợp với Trung tâm Dữ liệu quốc gia xây dựng chiến lược dữ liệu, khung quản trị dữ liệu, danh mục dữ liệu chủ, dữ liệu dùng chung, dữ liệu mở, dữ liệu tham chiếu và từ điển dữ liệu của tỉnh; đánh giá mức trưởng thành quản trị dữ liệu ban đầu."
            budget 4.5 billion VND funding su-nghiep-khcn
            delivers quan_tri_du_lieu, ds_danh_muc
            layer data
        }
        task t10_kho_du_lieu "Xây dựng nền tảng dữ liệu và kho dữ liệu dùng chung của tỉnh" {
            period 2026-2028
            responsible "Sở Khoa học và Công nghệ"
            coordinating "các sở, ngành", "Văn phòng Ủy ban nhân dân tỉnh"
            form dau-tu
            description "Thu thập, làm sạch, chuẩn hóa dữ liệu “đúng, đủ, sạch, sống” từ các hệ thống vào kho dữ liệu dùng chung; dữ liệu chủ và bộ dữ liệu chỉ số kết quả; thay kho dữ liệu thí điểm của khu vực Bình Định cũ."
            budget 48 billion VND funding von-dau-tu-cong
            split 30, 40, 30
            delivers nen_tang_du_lieu, kho_du_lieu, ds_du_lieu_chu, ds_chi_so_ket_qua
            after t07_lgsp, t09_chien_luoc_du_lieu
            layer data
        }

        // 2026–2027, lớp ứng dụng và nghiệp vụ dùng chung.
        task t11_quy_trinh "Mô hình hóa quy trình giải quyết thủ tục hành chính theo mô hình chính quyền hai cấp" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Nội vụ", "Sở Tư pháp", "Ủy ban nhân dân các xã, phường"
            form tu-trien-khai
            description "Mô hình hóa thống nhất quy trình nội bộ, quy trình điện tử, đặt thời gian chuẩn cho từng bước để đo lường; chuẩn hóa mã thủ tục theo CSDL quốc gia về thủ tục hành chính."
            budget 1.8 billion VND funding chi-thuong-xuyen
            delivers quy_trinh_mot_cua
            layer business
        }
        task t12_tthc "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính và chuyển đổi dữ liệu hồ sơ của tỉnh Gia Lai cũ" {
            period 2026-2027
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân các xã, phường"
            form thue-dich-vu
            description "Kết nối qua LGSP tỉnh; tiếp nhận không phụ thuộc địa giới hành chính; điền sẵn biểu mẫu từ dữ liệu; kho kết quả giải quyết thủ tục hành chính; thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia; chuyển đổi hồ sơ của tỉnh Gia Lai cũ."
            budget 16 billion VND funding ngan-sach-dia-phuong
            split 50, 50
            delivers httt_tthc_tinh, csdl_tthc, ds_ket_qua_tthc, tiep_nhan_tthc, dvc_truc_tuyen, thanh_toan_truc_tuyen
            after t07_lgsp, t08_sso, t11_quy_trinh
            layer application
        }
        task t13_qlvb "Hợp nhất hệ thống quản lý văn bản và điều hành, phòng họp không giấy" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            form thue-dich-vu
            budget 8 billion VND funding ngan-sach-dia-phuong
            delivers qlvb_tinh, csdl_van_ban, quan_ly_van_ban, chi_dao_dieu_hanh
            after t08_sso
            layer application
        }
        task t14_bao_cao "Hợp nhất Hệ thống thông tin báo cáo, ban hành một bộ chỉ tiêu và bộ chỉ số kết quả" {
            period 2026-2027
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Khoa học và Công nghệ", "Thống kê tỉnh"
            form dau-tu
            budget 6 billion VND funding ngan-sach-dia-phuong
            delivers bao_cao_tinh, bao_cao_thong_ke
            after t07_lgsp
            layer application
        }
        task t15_cong_ttdt "Nâng cấp Cổng thông tin điện tử tỉnh và hợp nhất ứng dụng di động Gia Lai số" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Văn phòng Ủy ban nhân dân tỉnh"
            form dau-tu
            description "Một ứng dụng di động cho toàn tỉnh thay ứng dụng của khu vực Bình Định cũ; một đầu mối tiếp nhận phản ánh, kiến nghị; đánh giá mức độ hài lòng sau mỗi giao dịch."
            budget 7 billion VND funding ngan-sach-dia-phuong
            delivers cong_ttdt_tinh, app_gia_lai_so, phan_anh_kien_nghi
            after t08_sso
            layer application
        }
        task t16_dat_dai "Hợp nhất Hệ thống thông tin đất đai và CSDL đất đai tỉnh" {
            period 2026-2028
            responsible "Sở Nông nghiệp và Môi trường"
            coordinating "Văn phòng Đăng ký đất đai tỉnh", "Ủy ban nhân dân các xã, phường"
            form dau-tu
            description "Chuyển đổi hai cơ sở dữ liệu địa chính về một mô hình dữ liệu, hoàn thiện làm sạch giấy chứng nhận còn lại, đồng bộ với CSDL quốc gia về đất đai."
            budget 64 billion VND funding von-dau-tu-cong
            budget 16 billion VND funding bo-sung-co-muc-tieu
            split 30, 40, 30
            delivers httt_dat_dai_tinh, csdl_dat_dai, ds_thua_dat, quan_ly_dat_dai
            after t07_lgsp
            layer application
        }

        // 2028–2030: dữ liệu, trí tuệ nhân tạo, đo lường kết quả, nền tảng chuyên ngành.
        task t17_ioc "Hợp nhất Trung tâm giám sát, điều hành thông minh và bảng chỉ số kết quả" {
            period 2027-2028
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Văn phòng Ủy ban nhân dân tỉnh"
            form dau-tu
            description "Một IOC cho toàn tỉnh tại Quy Nhơn, điểm cầu tại Pleiku; bảng chỉ số kết quả của Khung kiến trúc lấy dữ liệu từ kho dữ liệu dùng chung; công khai chỉ số hằng quý."
            budget 28 billion VND funding von-dau-tu-cong
            delivers ioc_tinh, do_luong_ket_qua
            after t10_kho_du_lieu, t14_bao_cao
            layer application
        }
        task t18_du_lieu_mo "Xây dựng Cổng dữ liệu tỉnh và công bố dữ liệu mở" {
            period 2028-2029
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            budget 5 billion VND funding ngan-sach-dia-phuong
            delivers cong_du_lieu_tinh, ds_du_lieu_mo, cung_cap_du_lieu_mo
            after t10_kho_du_lieu
            layer data
        }
        task t19_ai "Hạ tầng tính toán trí tuệ nhân tạo và mở rộng trợ lý ảo cho người dân" {
            period 2028-2030
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Văn phòng Ủy ban nhân dân tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"
            form dau-tu
            description "Cụm máy chủ có bộ xử lý đồ họa tại Trung tâm dữ liệu tỉnh; chuyển trợ lý ảo về hạ tầng của tỉnh và mở rộng cho dịch vụ công trực tuyến; đánh giá bằng tỷ lệ câu hỏi được trả lời đúng và mức độ hài lòng."
            budget 45 billion VND funding von-dau-tu-cong
            budget 9 billion VND funding su-nghiep-khcn
            split 40, 30, 30
            delivers ha_tang_tinh_toan, tro_ly_ao, bao_ve_dlcn
            after t03_cloud, t10_kho_du_lieu
            layer application
        }
        task t20_thien_tai "Hệ thống giám sát, cảnh báo sớm thiên tai và mạng trạm quan trắc tự động" {
            period 2027-2029
            responsible "Sở Nông nghiệp và Môi trường"
            coordinating "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân các xã, phường"
            form dau-tu
            description "Mở rộng mạng trạm đo mưa, mực nước, gió cho toàn tỉnh; mô hình dự báo ngập lụt vùng hạ du; cảnh báo qua ứng dụng di động và tin nhắn."
            budget 52 billion VND funding von-dau-tu-cong
            budget 12 billion VND funding ngan-sach-trung-uong
            split 30, 40, 30
            delivers he_thong_canh_bao, csdl_thien_tai, quan_trac_tu_dong, canh_bao_thien_tai
            after t10_kho_du_lieu
            layer application
        }
        task t21_nong_nghiep "Hệ thống quản lý vùng trồng, tàu cá và truy xuất nguồn gốc" {
            period 2027-2028
            responsible "Sở Nông nghiệp và Môi trường"
            form dau-tu
            budget 14 billion VND funding ngan-sach-dia-phuong
            delivers truy_xuat_nguon_goc, csdl_nong_nghiep, quan_ly_nong_nghiep
            after t07_lgsp
            layer application
        }
        task t22_cang_bien "Nền tảng cảng biển, logistics tỉnh Gia Lai" {
            period 2028-2030
            responsible "Ban Quản lý Khu kinh tế tỉnh"
            coordinating "Sở Công Thương", "Sở Xây dựng"
            form dau-tu
            budget 30 billion VND funding von-dau-tu-cong
            budget 6 billion VND funding xa-hoi-hoa
            delivers cang_bien_logistics, csdl_cang_bien, quan_ly_cang_bien
            after t07_lgsp
            layer application
        }
        task t23_du_lich "Nền tảng du lịch thông minh tỉnh Gia Lai" {
            period 2028-2029
            responsible "Sở Văn hóa, Thể thao và Du lịch"
            form thue-dich-vu
            budget 9 billion VND funding ngan-sach-dia-phuong
            delivers du_lich_thong_minh, csdl_du_lich, quan_ly_du_lich
            after t10_kho_du_lieu
            layer application
        }
        task t24_chuyen_nganh "Hệ thống chuyên ngành dùng chung: tài nguyên môi trường, xây dựng, khoa học và công nghệ, an sinh xã hội" {
            period 2028-2030
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Y tế"
            form dau-tu
            description "Hệ thống thông tin tài nguyên và môi trường của toàn tỉnh; mở rộng hệ thống quy hoạch, cấp phép xây dựng cho toàn tỉnh; quản lý nhiệm vụ khoa học và công nghệ trực tuyến; chi trả an sinh xã hội dựa trên dữ liệu dân cư."
            budget 24 billion VND funding ngan-sach-dia-phuong
            delivers httt_tai_nguyen_mt, csdl_tai_nguyen_mt, httt_xay_dung, httt_khcn, quan_ly_moi_truong, an_sinh_xa_hoi
            after t07_lgsp
            layer application
        }
        task t25_danh_gia "Kiểm tra, đánh giá an toàn thông tin định kỳ và diễn tập" {
            period 2027-2030
            responsible "Sở Khoa học và Công nghệ"
            form thue-dich-vu
            budget 1.2 billion VND year 2027 funding chi-thuong-xuyen
            budget 1.2 billion VND year 2028 funding chi-thuong-xuyen
            budget 1.4 billion VND year 2029 funding chi-thuong-xuyen
            budget 1.4 billion VND year 2030 funding chi-thuong-xuyen
            delivers kiem_tra_danh_gia
            after t06_soc
            layer security
        }

        maintenance {
            responsible "Sở Khoa học và Công nghệ"
            tools "Kho mô hình kiến trúc số của tỉnh, có quản lý phiên bản", "Bảng chỉ số kết quả trên Trung tâm giám sát, điều hành thông minh"
            frequency "Rà soát hằng năm; cập nhật khi Khung kiến trúc tổng thể quốc gia số hoặc yêu cầu phát triển của tỉnh thay đổi"
            description "Các sở, ngành gửi thông tin cập nhật về hệ thống thông tin, cơ sở dữ liệu của đơn vị trước ngày 30/11 hằng năm; Sở Khoa học và Công nghệ cập nhật mô hình kiến trúc và báo cáo chỉ số kết quả."
        }
        compliance {
            responsible "Sở Khoa học và Công nghệ"
            description "Cho ý kiến về sự phù hợp với Khung kiến trúc đối với mọi nhiệm vụ, dự án công nghệ thông tin, chuyển đổi số trước khi phê duyệt: sự phù hợp với bốn lớp chức năng và bảy nguyên tắc của Khung kiến trúc tổng thể quốc gia số, việc dùng lại nền tảng dùng chung, kết nối qua LGSP tỉnh, đăng ký giao diện lập trình ứng dụng và chỉ số kết quả của nhiệm vụ."
        }
    }
}

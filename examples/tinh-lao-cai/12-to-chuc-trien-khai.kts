// Implementation (Chương 1, III.2.g): the roadmap from the current to the target architecture, 2026–2030.
// Budgets are the example's estimates; the funding of each task is decided in the medium-term public
// investment plan and the annual budget estimates.
framework tinh_lao_cai {
    implementation {
        description "Lộ trình chia hai giai đoạn: 2026–2027 hợp nhất hạ tầng, nền tảng và hệ thống dùng chung của hai tỉnh cũ, không để gián đoạn việc phục vụ người dân; 2028–2030 phát triển dữ liệu, phân tích và các nền tảng chuyên ngành trọng điểm. Các hệ thống của hai tỉnh cũ chỉ dừng vận hành sau khi dữ liệu đã được chuyển đổi và hệ thống thay thế đã được nghiệm thu. Tổng kinh phí dự kiến khoảng 680 tỷ đồng."

        // 2026–2027: consolidation of the two former provinces' infrastructure and shared systems.
        task t01_mang_cd "Hợp nhất Mạng truyền số liệu chuyên dùng cấp II, kết nối 100% xã, phường" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Bưu điện tỉnh", "Ủy ban nhân dân các xã, phường"
            form dau-tu
            description "Hợp nhất quy hoạch địa chỉ, định tuyến của hai mạng TSLCD cấp II; kết nối các xã vùng cao chưa có đường truyền; bổ sung đường truyền dự phòng."
            budget 8.5 billion VND funding ngan-sach-dia-phuong
            delivers mang_cd_cap_ii
            layer technology
        }
        task t02_ttdl "Nâng cấp Trung tâm dữ liệu tỉnh tại trung tâm hành chính tỉnh" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Sở Tài chính", "Công an tỉnh"
            form dau-tu
            description "Mở rộng phòng máy, hệ thống điện, làm mát, phòng cháy chữa cháy của Trung tâm dữ liệu khu vực Yên Bái cũ; bổ sung máy chủ, lưu trữ để tiếp nhận hệ thống chuyển từ khu vực Lào Cai cũ."
            budget 45 billion VND funding ngan-sach-dia-phuong
            budget 20 billion VND funding bo-sung-co-muc-tieu
            delivers ttdl_tinh, giam_sat_ha_tang
            layer technology
        }
        task t03_cloud "Xây dựng nền tảng điện toán đám mây Chính quyền số tỉnh và gộp hợp đồng thuê đám mây" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            description "Triển khai đám mây riêng tại Trung tâm dữ liệu chính; gộp các hợp đồng thuê máy chủ ảo riêng lẻ thành một hợp đồng thuê tập trung."
            budget 32 billion VND funding ngan-sach-dia-phuong
            budget 6 billion VND funding chi-thuong-xuyen
            delivers cloud_tinh, cloud_thue
            after t02_ttdl
            layer technology
        }
        task t04_lgsp "Hợp nhất LGSP tỉnh" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Văn phòng Ủy ban nhân dân tỉnh", "các sở, ngành có hệ thống kết nối"
            form dau-tu
            description "Chọn một LGSP làm nền, chuyển các dịch vụ tích hợp của LGSP còn lại sang; cấp lại mã kết nối với NDXP; công bố danh mục dịch vụ dữ liệu dùng chung của tỉnh."
            budget 9.8 billion VND funding ngan-sach-dia-phuong
            delivers lgsp_tinh
            after t01_mang_cd
            layer application
        }
        task t05_sso "Xây dựng Hệ thống xác thực tập trung kết nối định danh điện tử" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh"
            form dau-tu
            budget 3.2 billion VND funding ngan-sach-dia-phuong
            delivers xac_thuc_tap_trung, xac_thuc_da_yeu_to
            after t04_lgsp
            layer application
        }
        task t06_quy_trinh "Tái cấu trúc quy trình giải quyết thủ tục hành chính theo mô hình chính quyền hai cấp" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Nội vụ", "Sở Tư pháp", "Ủy ban nhân dân các xã, phường"
            form tu-trien-khai
            description "Rà soát thẩm quyền sau khi bỏ cấp huyện, ban hành lại quy trình nội bộ, quy trình điện tử; chuẩn hóa mã thủ tục theo CSDL quốc gia về thủ tục hành chính."
            budget 1.5 billion VND funding chi-thuong-xuyen
            delivers quy_trinh_mot_cua
            layer business
        }
        task t07_tthc "Hợp nhất Hệ thống thông tin giải quyết thủ tục hành chính tỉnh và chuyển đổi dữ liệu hồ sơ" {
            period 2026-2027
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            coordinating "Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân các xã, phường"
            form dau-tu
            description "Xây dựng một hệ thống cho toàn tỉnh, chuyển đổi hồ sơ và kết quả giải quyết của hai tỉnh cũ; tiếp nhận không phụ thuộc địa giới hành chính; thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia."
            budget 18.5 billion VND funding ngan-sach-dia-phuong
            delivers httt_tthc_tinh, csdl_tthc, ds_ket_qua_tthc, tiep_nhan_tthc, dvc_truc_tuyen, thanh_toan_truc_tuyen
            after t04_lgsp, t05_sso, t06_quy_trinh
            layer application
        }
        task t08_qlvb "Hợp nhất hệ thống quản lý văn bản và điều hành, thư điện tử công vụ" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            form thue-dich-vu
            budget 7.5 billion VND funding ngan-sach-dia-phuong
            delivers qlvb_tinh, csdl_van_ban, thu_dien_tu
            after t04_lgsp
            layer application
        }
        task t09_cong_ttdt "Hợp nhất Cổng thông tin điện tử tỉnh" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            form dau-tu
            budget 4 billion VND funding ngan-sach-dia-phuong
            delivers cong_ttdt_tinh
            layer application
        }
        task t10_bao_cao "Hợp nhất Hệ thống thông tin báo cáo và ban hành bộ chỉ tiêu thống nhất" {
            period 2026-2027
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            form dau-tu
            budget 5.5 billion VND funding ngan-sach-dia-phuong
            delivers bao_cao_tinh, ds_chi_tieu_ktxh, bao_cao_thong_ke
            after t04_lgsp
            layer application
        }
        task t11_hoi_nghi "Hội nghị truyền hình đến 100% xã, phường" {
            period 2026-2026
            responsible "Văn phòng Ủy ban nhân dân tỉnh"
            form mua-sam
            budget 12 billion VND funding ngan-sach-dia-phuong
            delivers hoi_nghi_truyen_hinh
            after t01_mang_cd
            layer technology
        }
        task t12_thiet_bi_xa "Trang bị thiết bị công nghệ thông tin cho xã, phường và Trung tâm Phục vụ hành chính công" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Sở Tài chính", "Ủy ban nhân dân các xã, phường"
            form mua-sam
            description "Thay thế máy tính, máy quét đã sử dụng trên 5 năm; trang bị kiosk có đầu đọc căn cước tại các điểm tiếp nhận đông dân."
            budget 18 billion VND funding chuong-trinh-mtqg
            budget 12 billion VND funding ngan-sach-dia-phuong
            delivers may_tram_xa, kiosk_hcc
            layer technology
        }
        task t13_quy_che "Ban hành quy chế an toàn thông tin chung, kiện toàn đội ứng cứu sự cố, lập lại hồ sơ cấp độ" {
            period 2026-2026
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"
            form tu-trien-khai
            budget 1.2 billion VND funding chi-thuong-xuyen
            delivers quy_che_attt, ung_cuu_su_co, cap_do_httt
            layer security
        }
        task t14_soc "Xây dựng SOC tỉnh và kết nối SOC quốc gia" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            coordinating "Công an tỉnh"
            form thue-dich-vu
            description "Triển khai SOC tỉnh tại Trung tâm dữ liệu chính theo hình thức thuê dịch vụ giám sát kết hợp đội ngũ vận hành của tỉnh; thu thập nhật ký của toàn bộ hệ thống cấp độ 3 trở lên."
            budget 16 billion VND funding ngan-sach-dia-phuong
            delivers soc_tinh, phan_vung_mang
            after t02_ttdl
            layer security
        }
        task t15_bien "Nâng cấp bảo vệ biên: tường lửa thế hệ mới, tường lửa ứng dụng web, chống tấn công từ chối dịch vụ" {
            period 2026-2027
            responsible "Sở Khoa học và Công nghệ"
            form mua-sam
            budget 14 billion VND funding ngan-sach-dia-phuong
            delivers tuong_lua_ngfw, waf_tinh
            after t02_ttdl
            layer security
        }

        // 2027–2030: data, analytics and the province's flagship sectoral platforms.
        task t16_du_phong "Chuyển Trung tâm dữ liệu khu vực Lào Cai cũ thành trung tâm dự phòng; sao lưu tập trung" {
            period 2027-2028
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            budget 25 billion VND funding ngan-sach-dia-phuong
            delivers ttdl_du_phong, sao_luu_tap_trung, sao_luu
            after t02_ttdl, t03_cloud
            layer technology
        }
        task t17_dat_dai "Hoàn thiện CSDL đất đai toàn tỉnh và hợp nhất Hệ thống thông tin đất đai" {
            period 2026-2028
            responsible "Sở Nông nghiệp và Môi trường"
            coordinating "Sở Khoa học và Công nghệ", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"
            form dau-tu
            description "Số hóa, chuẩn hóa hồ sơ địa chính còn thiếu của khu vực Yên Bái cũ; hợp nhất hai cơ sở dữ liệu địa chính; đồng bộ với CSDL quốc gia về đất đai; liên thông điện tử với hệ thống giải quyết thủ tục hành chính."
            budget 85 billion VND funding ngan-sach-dia-phuong
            budget 40 billion VND funding bo-sung-co-muc-tieu
            split 20, 45, 35
            delivers csdl_dat_dai, ds_thua_dat, httt_dat_dai_tinh, quan_ly_dat_dai
            after t04_lgsp
            layer data
        }
        task t18_cua_khau "Nền tảng cửa khẩu số tỉnh Lào Cai" {
            period 2026-2027
            responsible "Ban Quản lý Khu kinh tế tỉnh"
            coordinating "Sở Công Thương", "Chi cục Hải quan khu vực", "Bộ đội Biên phòng tỉnh"
            form dau-tu
            budget 35 billion VND funding phi-le-phi-de-lai
            delivers cua_khau_so, csdl_cua_khau, quan_ly_cua_khau
            after t04_lgsp
            layer application
        }
        task t19_kho_du_lieu "Xây dựng Kho dữ liệu dùng chung và Nền tảng tổng hợp, phân tích dữ liệu tỉnh" {
            period 2027-2028
            responsible "Sở Khoa học và Công nghệ"
            coordinating "các sở, ngành là chủ quản cơ sở dữ liệu chuyên ngành"
            form dau-tu
            description "Xây dựng danh mục dữ liệu dùng chung, kho dữ liệu, công cụ quản trị chất lượng dữ liệu; kết nối dữ liệu từ các CSDL chuyên ngành qua LGSP."
            budget 28 billion VND funding ngan-sach-dia-phuong
            delivers kho_du_lieu, nen_tang_phan_tich, quan_tri_du_lieu
            after t03_cloud, t04_lgsp
            layer data
        }
        task t20_ioc "Hợp nhất Trung tâm giám sát, điều hành thông minh tỉnh" {
            period 2027-2028
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            budget 22 billion VND funding ngan-sach-dia-phuong
            delivers ioc_tinh, chi_dao_dieu_hanh
            after t19_kho_du_lieu
            layer application
        }
        task t21_du_lieu_mo "Cổng dữ liệu tỉnh và công bố dữ liệu mở" {
            period 2028-2028
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            budget 6 billion VND funding ngan-sach-dia-phuong
            delivers cong_du_lieu_tinh, ds_du_lieu_mo, cung_cap_du_lieu_mo
            after t19_kho_du_lieu
            layer data
        }
        task t22_thien_tai "Hệ thống giám sát, cảnh báo sớm lũ quét, sạt lở đất" {
            period 2026-2028
            responsible "Sở Nông nghiệp và Môi trường"
            coordinating "Sở Khoa học và Công nghệ", "Đài Khí tượng thủy văn tỉnh", "Bộ Chỉ huy Quân sự tỉnh"
            form dau-tu
            description "Mở rộng mạng trạm quan trắc, cảm biến lên khoảng 300 điểm; xây dựng mô hình dự báo và quy trình phát cảnh báo tới xã, thôn, bản."
            budget 38 billion VND funding ngan-sach-dia-phuong
            budget 10 billion VND funding quy-pctt-lao-cai
            delivers he_thong_canh_bao, csdl_thien_tai, iot_thien_tai, canh_bao_thien_tai, an_toan_iot
            after t03_cloud
            layer application
        }
        task t23_cong_dan_so "Ứng dụng di động Lào Cai số và một đầu mối tiếp nhận phản ánh, kiến nghị" {
            period 2027-2027
            responsible "Sở Khoa học và Công nghệ"
            form thue-dich-vu
            budget 5 billion VND funding ngan-sach-dia-phuong
            delivers app_cong_dan, phan_anh_kien_nghi
            after t05_sso, t07_tthc
            layer application
        }
        task t24_tai_nguyen "Hợp nhất CSDL và hệ thống thông tin tài nguyên, môi trường" {
            period 2027-2028
            responsible "Sở Nông nghiệp và Môi trường"
            form dau-tu
            budget 12 billion VND funding ngan-sach-dia-phuong
            delivers csdl_tai_nguyen_mt, httt_tai_nguyen_mt
            after t04_lgsp
            layer data
        }
        task t25_xay_dung "Nâng cấp hệ thống và CSDL quy hoạch, cấp phép xây dựng" {
            period 2027-2028
            responsible "Sở Xây dựng"
            form dau-tu
            budget 8 billion VND funding ngan-sach-dia-phuong
            delivers csdl_xay_dung, httt_xay_dung
            after t04_lgsp
            layer application
        }
        task t26_du_lich "Nền tảng du lịch thông minh toàn tỉnh" {
            period 2027-2028
            responsible "Sở Văn hóa, Thể thao và Du lịch"
            form thue-dich-vu
            budget 10 billion VND funding ngan-sach-dia-phuong
            delivers du_lich_thong_minh, csdl_du_lich, quan_ly_du_lich
            after t03_cloud
            layer application
        }
        task t27_nong_nghiep "Hệ thống quản lý vùng trồng, truy xuất nguồn gốc nông sản" {
            period 2027-2029
            responsible "Sở Nông nghiệp và Môi trường"
            form dau-tu
            budget 7 billion VND funding ngan-sach-dia-phuong
            budget 3 billion VND funding su-nghiep-khcn
            delivers truy_xuat_nguon_goc, csdl_nong_nghiep, quan_ly_nong_nghiep
            after t03_cloud
            layer application
        }
        task t28_ha_tang_mang "Chuẩn hóa mạng nội bộ, chuyển đổi IPv6, nâng cấp kết nối Internet" {
            period 2027-2029
            responsible "Sở Khoa học và Công nghệ"
            form mua-sam
            budget 15 billion VND funding ngan-sach-dia-phuong
            delivers mang_noi_bo, ket_noi_internet
            after t01_mang_cd
            layer technology
        }
        task t29_diem_cuoi "Triển khai EDR tập trung và quản lý truy cập đặc quyền" {
            period 2027-2028
            responsible "Sở Khoa học và Công nghệ"
            form thue-dich-vu
            budget 9 billion VND funding ngan-sach-dia-phuong
            delivers edr_tap_trung, pam
            after t14_soc
            layer security
        }
        task t30_camera "Mở rộng camera giám sát có phân tích hình ảnh" {
            period 2028-2029
            responsible "Công an tỉnh"
            coordinating "Sở Khoa học và Công nghệ", "Sở Xây dựng"
            form dau-tu
            budget 40 billion VND funding ngan-sach-dia-phuong
            delivers camera_thong_minh
            after t20_ioc
            layer technology
        }
        task t31_ai "Hạ tầng tính toán cho dữ liệu lớn, trí tuệ nhân tạo và trợ lý ảo" {
            period 2028-2030
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            description "Thí điểm trợ lý ảo cho cán bộ, công chức năm 2028, mở rộng cho người dân năm 2029–2030 sau khi đánh giá."
            budget 24 billion VND funding ngan-sach-dia-phuong
            budget 6 billion VND funding su-nghiep-khcn
            delivers ha_tang_tinh_toan, tro_ly_ao
            after t19_kho_du_lieu
            layer application
        }
        task t32_du_lieu_ca_nhan "Mã hóa, chống thất thoát và bảo vệ dữ liệu cá nhân" {
            period 2028-2029
            responsible "Sở Khoa học và Công nghệ"
            form dau-tu
            budget 6 billion VND funding ngan-sach-dia-phuong
            delivers ma_hoa_du_lieu, bao_ve_dlcn
            after t19_kho_du_lieu
            layer security
        }
        task t33_kiem_thu "Kiểm thử an toàn ứng dụng, quản lý lỗ hổng và diễn tập hằng năm" {
            period 2026-2030
            responsible "Sở Khoa học và Công nghệ"
            form thue-dich-vu
            budget 7.5 billion VND funding chi-thuong-xuyen
            delivers kiem_thu_ung_dung
            layer security
        }
        task t34_ky_nang_so "Bồi dưỡng kỹ năng số và nhận thức an toàn thông tin cho cán bộ, công chức" {
            period 2026-2030
            responsible "Sở Nội vụ"
            coordinating "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường"
            form tu-trien-khai
            description "Phối hợp Sở Khoa học và Công nghệ bồi dưỡng cho cán bộ, công chức cấp tỉnh và 100% xã, phường qua nền tảng học trực tuyến mở đại trà."
            budget 1.2 billion VND year 2026 funding chi-thuong-xuyen
            budget 1 billion VND year 2027 funding chi-thuong-xuyen
            budget 1 billion VND year 2028 funding chi-thuong-xuyen
            budget 0.9 billion VND year 2029 funding chi-thuong-xuyen
            budget 0.9 billion VND year 2030 funding chi-thuong-xuyen
            delivers dao_tao_attt
            layer security
        }

        maintenance {
            responsible "Sở Khoa học và Công nghệ"
            tools "Công cụ mô hình hóa kiến trúc số, có lưu lịch sử các phiên bản", "Hệ thống quản lý văn bản và điều hành tỉnh"
            frequency "Ít nhất mỗi năm một lần và khi có thay đổi lớn"
            description "Sở Khoa học và Công nghệ lưu Khung kiến trúc dưới dạng mô hình kiến trúc có lưu lịch sử các phiên bản; cập nhật ít nhất mỗi năm một lần hoặc khi có thay đổi lớn (sắp xếp bộ máy, dự án mới, phiên bản mới của Khung kiến trúc Chính phủ số Việt Nam); mỗi lần cập nhật được kiểm tra sự nhất quán và sự phù hợp với Khung kiến trúc Chính phủ số Việt Nam, trình UBND tỉnh phê duyệt, gửi Bộ Khoa học và Công nghệ."
        }
        compliance {
            responsible "Sở Khoa học và Công nghệ"
            description "Sở Khoa học và Công nghệ thẩm định sự phù hợp với Khung kiến trúc đối với mọi chủ trương đầu tư, dự án, kế hoạch thuê dịch vụ công nghệ thông tin trước khi trình phê duyệt; các sở, ngành và UBND xã, phường báo cáo hằng năm tình hình triển khai các nhiệm vụ được giao; kết quả tuân thủ là một tiêu chí đánh giá chuyển đổi số của cơ quan."
        }
    }
}

// The province's own funding source, added to the built-in funding-source list (model FUNDING).
catalog nguon-von-tinh-lao-cai "Nguồn vốn riêng của tỉnh Lào Cai" {
    status local
    source "Ủy ban nhân dân tỉnh Lào Cai"
    entry quy-pctt-lao-cai "Quỹ phòng, chống thiên tai tỉnh Lào Cai" {
        model FUNDING
        kind "funding-source"
        en "Lào Cai provincial natural disaster prevention fund"
        status local
        source "Luật Phòng, chống thiên tai (quỹ phòng, chống thiên tai cấp tỉnh)"
    }
}

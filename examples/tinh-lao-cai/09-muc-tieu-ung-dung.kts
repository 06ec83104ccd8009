// Target architecture — application. One LGSP (lgsp_tinh) carries every integration with another body's
// system; national platforms (NDXP, the document exchange axis) are reached directly.
framework tinh_lao_cai {
    target {
        application {
            description "Một bộ ứng dụng, nền tảng dùng chung cho toàn tỉnh; các hệ thống chuyên ngành kết nối với nhau và với hệ thống quốc gia qua LGSP tỉnh; người dùng đăng nhập một lần bằng tài khoản định danh điện tử."
            /** Thành phần 7, Chương 3, mục II: mọi tích hợp với hệ thống của cơ quan khác đi qua LGSP tỉnh và NDXP. */
            platform lgsp_tinh "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)" {
                owner "Sở Khoa học và Công nghệ"
                description "Một LGSP cho toàn tỉnh thay cho hai LGSP của hai tỉnh cũ: cổng quản lý API, trục tích hợp, danh mục dịch vụ dữ liệu; kết nối NDXP và Nền tảng chia sẻ, điều phối dữ liệu của Trung tâm dữ liệu quốc gia."
                realizes lgsp
                replaces lgsp_lc, lgsp_yb
                integrates ndxp "Kết nối, chia sẻ dữ liệu với bộ, ngành, địa phương khác" { standards 1.4, 1.15, 4.2 }
                integrates nen-tang-dieu-phoi-du-lieu "Chia sẻ dữ liệu với các hệ thống đặt tại Trung tâm dữ liệu quốc gia"
                level 3
                codes MH-ARM.05.01
                standards 1.4, 1.15, 1.16, 2.13
                hosted ttdl_tinh
            }
            platform xac_thuc_tap_trung "Hệ thống xác thực tập trung (SSO) tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Đăng nhập một lần cho cán bộ, công chức và người dân vào mọi hệ thống của tỉnh; người dân đăng nhập bằng tài khoản định danh điện tử VNeID."
                integrates he-thong-dinh-danh via lgsp_tinh, ndxp "Xác thực tài khoản định danh điện tử" { standards 4.13 }
                level 3
                codes MH-ARM.05.02
                standards 4.13
                hosted ttdl_tinh
            }
            app httt_tthc_tinh "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống hợp nhất Cổng dịch vụ công và hệ thống một cửa điện tử cho toàn tỉnh, thay cho hai hệ thống của hai tỉnh cũ; tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; điền sẵn biểu mẫu từ CSDL quốc gia và kho kết quả giải quyết thủ tục hành chính."
                realizes httt-tthc
                replaces httt_tthc_lc, httt_tthc_yb
                supports tiep_nhan_tthc, quy_trinh_mot_cua, dvc_truc_tuyen, thanh_toan_truc_tuyen
                stores csdl_tthc, ds_ket_qua_tthc
                uses xac_thuc_tap_trung
                integrates csdlqg-dan-cu, he-thong-dinh-danh via lgsp_tinh, ndxp "Xác thực, khai thác thông tin công dân" { data "Thông tin công dân" standards 1.4 }
                integrates cong-dvc-quoc-gia via lgsp_tinh, ndxp "Đồng bộ hồ sơ, thanh toán trực tuyến" { standards 1.15 }
                integrates csdlqg-dkdn via lgsp_tinh, ndxp { data "Thông tin doanh nghiệp" }
                integrates csdlqg-tthc via lgsp_tinh, ndxp { data "Danh mục, quy trình thủ tục hành chính" }
                integrates httt_dat_dai_tinh via lgsp_tinh "Liên thông hồ sơ đăng ký đất đai"
                level 3
                codes MH-ARM.01.03, MH-ARM.01.02
                standards 1.4, 1.15, 2.13, 4.2
                hosted cloud_tinh
            }
            app qlvb_tinh "Hệ thống quản lý văn bản và điều hành tỉnh Lào Cai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống quản lý văn bản, hồ sơ công việc, ký số cho toàn bộ cơ quan cấp tỉnh và 99 xã, phường; liên thông văn bản với các bộ, ngành, địa phương qua Trục liên thông văn bản quốc gia."
                realizes qlvb-dieu-hanh
                replaces qlvb_lc, qlvb_yb
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban
                uses xac_thuc_tap_trung
                integrates truc-lien-thong-van-ban { standards 2.1, 4.10 }
                level 3
                codes MH-ARM.03.01, MH-ARM.03.06
                standards 4.10, 4.17
                hosted cloud_tinh
            }
            app thu_dien_tu "Hệ thống thư điện tử công vụ tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Một hệ thống thư điện tử công vụ dùng tên miền của tỉnh mới, thay cho hai hệ thống của hai tỉnh cũ."
                replaces thu_dien_tu_lc, thu_dien_tu_yb
                supports quan_ly_van_ban
                uses xac_thuc_tap_trung
                level 2
                codes MH-ARM.03.02
                standards 1.5, 1.6, 4.1, 4.4
                hosted cloud_tinh
            }
            app bao_cao_tinh "Hệ thống thông tin báo cáo tỉnh Lào Cai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống báo cáo với bộ chỉ tiêu thống nhất; lấy số liệu tự động từ Kho dữ liệu dùng chung; kết nối Hệ thống thông tin báo cáo Chính phủ."
                realizes httt-bao-cao
                replaces bao_cao_lc, bao_cao_yb
                supports bao_cao_thong_ke
                uses kho_du_lieu, ds_chi_tieu_ktxh
                integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }
                level 2
                codes MH-ARM.04.01
                hosted cloud_tinh
            }
            app ioc_tinh "Trung tâm giám sát, điều hành thông minh tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một IOC tại trung tâm hành chính tỉnh thay cho hai IOC của hai tỉnh cũ: giám sát chỉ tiêu kinh tế - xã hội, dịch vụ công, phản ánh hiện trường, an ninh trật tự, giao thông, cảnh báo thiên tai; kết nối Hệ thống thông tin chỉ đạo, điều hành của Chính phủ."
                realizes ioc
                replaces ioc_lc, ioc_yb
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi, canh_bao_thien_tai
                uses kho_du_lieu, nen_tang_phan_tich, he_thong_canh_bao
                integrates httt-chi-dao-dieu-hanh via lgsp_tinh, ndxp
                level 3
                codes MH-ARM.04.02
                hosted ttdl_tinh
            }
            platform nen_tang_phan_tich "Nền tảng tổng hợp, phân tích dữ liệu tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Thu thập, làm sạch, tích hợp dữ liệu vào Kho dữ liệu dùng chung; quản lý danh mục dữ liệu, siêu dữ liệu, chất lượng dữ liệu; cung cấp công cụ phân tích, dự báo cho các sở, ngành."
                realizes nen-tang-phan-tich-du-lieu
                supports quan_tri_du_lieu, bao_cao_thong_ke
                stores kho_du_lieu, ds_chi_tieu_ktxh, ds_du_lieu_mo
                level 3
                codes MH-ARM.06.02, MH-ARM.06.01, MH-ARM.06.04
                standards 2.10, 2.12
                hosted ttdl_tinh
            }
            portal cong_du_lieu_tinh "Cổng dữ liệu tỉnh Lào Cai" {
                owner "Sở Khoa học và Công nghệ"
                description "Cổng dữ liệu là thành phần của Cổng thông tin điện tử tỉnh: công bố dữ liệu mở, danh mục dữ liệu dùng chung, hướng dẫn khai thác; tích hợp với Cổng dữ liệu quốc gia."
                realizes cong-du-lieu
                supports cung_cap_du_lieu_mo
                uses ds_du_lieu_mo
                integrates cong-du-lieu-quoc-gia via lgsp_tinh, ndxp { standards 2.6, 2.12 }
                level 2
                codes MH-ARM.06.03
                standards 3.18
                hosted cloud_tinh
            }
            portal cong_ttdt_tinh "Cổng thông tin điện tử tỉnh Lào Cai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một Cổng thông tin điện tử với các trang thành phần của sở, ngành, xã, phường; nội dung của hai cổng cũ được chuyển về và lưu trữ."
                realizes kenh-cong-ttdt
                replaces cong_ttdt_lc, cong_ttdt_yb
                supports phan_anh_kien_nghi
                level 2
                codes MH-ARM.01.01
                standards 3.1, 3.18
                hosted cloud_tinh
            }
            channel app_cong_dan "Ứng dụng di động Lào Cai số" {
                owner "Sở Khoa học và Công nghệ"
                description "Một ứng dụng di động cho người dân, doanh nghiệp, du khách toàn tỉnh: dịch vụ công, phản ánh hiện trường, nhận cảnh báo thiên tai, thông tin du lịch; đăng nhập bằng VNeID."
                realizes kenh-ung-dung-di-dong
                replaces app_cong_dan_lc
                supports phan_anh_kien_nghi, dvc_truc_tuyen
                uses httt_tthc_tinh, xac_thuc_tap_trung, he_thong_canh_bao, du_lich_thong_minh
                level 2
                codes MH-ARM.01.04, MH-ARM.01.05
                standards 3.12
                hosted cloud_tinh
            }
            app tro_ly_ao "Trợ lý ảo cho cán bộ, công chức và người dân" {
                owner "Sở Khoa học và Công nghệ"
                description "Ứng dụng trí tuệ nhân tạo tra cứu văn bản, quy trình thủ tục hành chính, hỗ trợ soạn thảo và giải đáp người dân; chạy trên hạ tầng tính toán của tỉnh để dữ liệu không rời khỏi hạ tầng nhà nước."
                supports quan_ly_van_ban, dvc_truc_tuyen
                uses kho_du_lieu, csdl_van_ban
                level 2
                codes MH-ARM.06.05
                hosted ha_tang_tinh_toan
            }
            app httt_dat_dai_tinh "Hệ thống thông tin đất đai tỉnh Lào Cai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Một hệ thống đăng ký, cập nhật biến động đất đai cho toàn tỉnh, vận hành phân hệ CSDL quốc gia về đất đai; liên thông với hệ thống giải quyết thủ tục hành chính và cơ quan thuế."
                realizes httt-chuyen-nganh
                replaces httt_dat_dai_lc, httt_dat_dai_yb
                supports quan_ly_dat_dai
                stores csdl_dat_dai, ds_thua_dat
                integrates csdlqg-dat-dai via lgsp_tinh, ndxp { standards 2.9 }
                integrates csdlqg-dan-cu via lgsp_tinh, ndxp { data "Thông tin người sử dụng đất" }
                level 3
                codes MH-ARM.02.04, MH-ARM.02.02
                standards 2.9
                hosted ttdl_tinh
            }
            app he_thong_canh_bao "Hệ thống giám sát, cảnh báo sớm lũ quét, sạt lở đất" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thu nhận dữ liệu từ mạng trạm quan trắc, cảm biến IoT trên toàn tỉnh; mô hình dự báo nguy cơ theo lượng mưa; phát cảnh báo tới xã, thôn, bản qua tin nhắn và ứng dụng di động."
                realizes httt-chuyen-nganh
                upgrades httt_quan_trac
                supports canh_bao_thien_tai, quan_ly_moi_truong
                stores csdl_thien_tai
                level 3
                codes MH-ARM.02.05
                hosted ttdl_tinh
            }
            app httt_tai_nguyen_mt "Hệ thống thông tin tài nguyên và môi trường tỉnh" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý khoáng sản, tài nguyên nước, quan trắc môi trường cho toàn tỉnh."
                realizes httt-chuyen-nganh
                replaces httt_moi_truong_yb
                supports quan_ly_moi_truong
                stores csdl_tai_nguyen_mt
                level 2
                codes MH-ARM.02.02
                hosted cloud_tinh
            }
            app httt_xay_dung "Hệ thống quản lý quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Nâng cấp để chuẩn hóa dữ liệu theo CSDL quốc gia về hoạt động xây dựng và cung cấp bản đồ quy hoạch trực tuyến."
                realizes httt-chuyen-nganh
                upgrades httt_xay_dung
                supports quan_ly_xay_dung
                stores csdl_xay_dung
                integrates csdlqg-hoat-dong-xay-dung via lgsp_tinh, ndxp
                level 2
                codes MH-ARM.02.01, MH-ARM.02.04
                standards 2.9
                hosted cloud_tinh
            }
            app httt_y_te "Hệ thống thông tin quản lý y tế tỉnh" {
                owner "Sở Y tế"
                description "Giữ nguyên; chuyển kết nối sang LGSP tỉnh hợp nhất."
                realizes httt-chuyen-nganh
                keeps httt_y_te
                supports quan_ly_y_te
                stores csdl_y_te
                integrates csdlqg-bao-hiem via lgsp_tinh, ndxp { data "Dữ liệu giám định bảo hiểm y tế" }
                level 3
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_giao_duc "Hệ thống quản lý giáo dục" {
                owner "Sở Giáo dục và Đào tạo"
                description "Giữ nguyên; tiếp tục thuê dịch vụ đến hết hợp đồng, sau đó đánh giá chuyển về đám mây của tỉnh."
                realizes httt-chuyen-nganh
                keeps httt_giao_duc
                supports quan_ly_giao_duc
                stores csdl_giao_duc
                level 2
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app truy_xuat_nguon_goc "Hệ thống quản lý vùng trồng, truy xuất nguồn gốc nông sản" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý mã số vùng trồng, cơ sở đóng gói, cấp mã truy xuất nguồn gốc cho sản phẩm chủ lực của toàn tỉnh."
                realizes httt-chuyen-nganh
                replaces httt_nong_nghiep_lc
                supports quan_ly_nong_nghiep
                stores csdl_nong_nghiep
                integrates csdlqg-dkdn via lgsp_tinh, ndxp { data "Thông tin doanh nghiệp, hợp tác xã" }
                level 2
                codes MH-ARM.02.01
                hosted cloud_tinh
            }
            app du_lich_thong_minh "Nền tảng du lịch thông minh tỉnh Lào Cai" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Cổng, ứng dụng du lịch thông minh cho toàn tỉnh: bản đồ số điểm đến, cơ sở lưu trú, vé điện tử, phản ánh của du khách; dữ liệu lượt khách cung cấp cho IOC."
                realizes httt-chuyen-nganh
                replaces app_du_lich_lc
                supports quan_ly_du_lich
                stores csdl_du_lich
                level 2
                codes MH-ARM.02.02
                hosted cloud_tinh
            }
            app cua_khau_so "Nền tảng cửa khẩu số tỉnh Lào Cai" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Khai báo trước phương tiện, hàng hóa; điều tiết luồng xe qua bãi kiểm soát; thu phí không dùng tiền mặt; chia sẻ dữ liệu với hải quan, biên phòng, kiểm dịch tại cửa khẩu qua LGSP và kết nối Cơ chế một cửa quốc gia."
                realizes httt-chuyen-nganh
                upgrades httt_cua_khau
                supports quan_ly_cua_khau
                stores csdl_cua_khau
                integrates httt-quoc-gia-khac via lgsp_tinh, ndxp "Cơ chế một cửa quốc gia" { data "Thông tin phương tiện, hàng hóa xuất nhập khẩu" }
                level 3
                codes MH-ARM.02.05, MH-ARM.02.01
                hosted ttdl_tinh
            }
        }
    }
}

// Kiến trúc ứng dụng, hiện trạng và mục tiêu. Current: the procedure system is already shared by the whole province
// since 01/7/2025, but two LGSPs, two document systems, two reporting systems and two IOCs still run side by side.
// Target: one system per shared function; every integration with another body's system passes through the
// province's LGSP (lgsp_tinh) and NDXP. The level approvals carry the placeholder a draft uses ("…/QĐ-UBND", no
// date) until the decisions approving the level dossiers are looked up.
framework tinh_gia_lai {
    current {
        application {
            description "Hệ thống giải quyết thủ tục hành chính dùng chung cho toàn tỉnh; các ứng dụng dùng chung khác của hai tỉnh cũ vận hành song song. Hai nền tảng tích hợp, chia sẻ dữ liệu đều kết nối NDXP nhưng chưa kết nối với nhau."
            assessment {
                results "Hệ thống thông tin giải quyết thủ tục hành chính dùng chung cho 135 xã, phường và các sở, ngành, kết nối Cổng Dịch vụ công quốc gia và CSDL quốc gia về dân cư."
                results "Trợ lý ảo hỗ trợ nghiệp vụ và phòng họp không giấy đã được đưa vào sử dụng trên toàn tỉnh."
                shortcomings "Hai nền tảng tích hợp, chia sẻ dữ liệu, hai hệ thống quản lý văn bản, hai hệ thống báo cáo và hai Trung tâm giám sát, điều hành vận hành song song."
                shortcomings "Nhiều ứng dụng chuyên ngành kết nối điểm – điểm, không qua nền tảng tích hợp, chia sẻ dữ liệu; chưa có danh mục giao diện lập trình ứng dụng của tỉnh."
                causes "Các hệ thống được đầu tư trước khi hợp nhất tỉnh, theo hợp đồng và nhà cung cấp khác nhau."
                causes "Chưa có yêu cầu bắt buộc tích hợp qua nền tảng của tỉnh và đăng ký giao diện lập trình ứng dụng trong thẩm định dự án."
            }
            platform lgsp_gl "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Gia Lai (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "LGSP của tỉnh Gia Lai cũ, kết nối NDXP và các hệ thống của tỉnh Gia Lai cũ; đặt tại Trung tâm dữ liệu khu vực Pleiku."
                realizes lgsp
                integrates ndxp
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.05.01
                standards 1.4, 1.15
                hosted ttdl_gl
            }
            platform lgsp_bd "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Bình Định (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "LGSP của tỉnh Bình Định cũ, kết nối NDXP, hệ thống giải quyết thủ tục hành chính của tỉnh và các hệ thống của tỉnh Bình Định cũ; đặt tại Trung tâm dữ liệu khu vực Quy Nhơn."
                realizes lgsp
                integrates ndxp
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.05.01
                standards 1.4, 1.15
                hosted ttdl_bd
            }
            app httt_tthc_tinh "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                operator "Trung tâm Phục vụ hành chính công tỉnh"
                description "Cổng dịch vụ công và hệ thống một cửa điện tử dùng chung cho toàn tỉnh từ ngày 01/7/2025; cấp quyền khai thác dữ liệu dân cư cho cán bộ tiếp nhận hồ sơ."
                realizes httt-tthc
                supports tiep_nhan_tthc, dvc_truc_tuyen, quy_trinh_mot_cua
                stores csdl_tthc
                uses csdl_tthc_gl
                integrates cong-dvc-quoc-gia via lgsp_bd, ndxp
                integrates csdlqg-dan-cu via lgsp_bd, ndxp { data "Thông tin công dân" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.01.03
                hosted ttdl_bd
            }
            app qlvb_gl "Hệ thống quản lý văn bản và điều hành (khu vực Gia Lai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quản lý văn bản, hồ sơ công việc và ký số của các cơ quan, xã, phường thuộc khu vực Gia Lai cũ; liên thông Trục liên thông văn bản quốc gia."
                realizes qlvb-dieu-hanh
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban_gl
                integrates truc-lien-thong-van-ban
                level 2
                codes MH-ARM.03.01
                hosted ttdl_gl
            }
            app qlvb_bd "Hệ thống quản lý văn bản và điều hành (khu vực Bình Định cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quản lý văn bản, hồ sơ công việc của các cơ quan, xã, phường thuộc khu vực Bình Định cũ; văn bản giữa hai khu vực vẫn gửi qua Trục liên thông văn bản quốc gia."
                realizes qlvb-dieu-hanh
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban_bd
                integrates truc-lien-thong-van-ban
                level 2
                codes MH-ARM.03.01
                hosted ttdl_bd
            }
            app hop_khong_giay "Hệ thống phòng họp không giấy" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Phòng họp không giấy của UBND tỉnh, dùng chung cho các cuộc họp tại hai khu vực."
                supports chi_dao_dieu_hanh
                level 2
                codes MH-ARM.03.03
                hosted ttdl_bd
            }
            app bao_cao_gl "Hệ thống thông tin báo cáo (khu vực Gia Lai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Thu thập báo cáo định kỳ của các sở, ngành theo bộ chỉ tiêu của tỉnh Gia Lai cũ; kết nối Hệ thống thông tin báo cáo Chính phủ."
                realizes httt-bao-cao
                supports bao_cao_thong_ke
                integrates httt-bao-cao-chinh-phu via lgsp_gl, ndxp
                level 2
                codes MH-ARM.04.01
                hosted ttdl_gl
            }
            app bao_cao_bd "Hệ thống thông tin báo cáo (khu vực Bình Định cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hệ thống báo cáo của tỉnh Bình Định cũ, bộ chỉ tiêu khác với khu vực Gia Lai cũ."
                realizes httt-bao-cao
                supports bao_cao_thong_ke
                integrates httt-bao-cao-chinh-phu via lgsp_bd, ndxp
                level 2
                codes MH-ARM.04.01
                hosted ttdl_bd
            }
            app ioc_bd "Trung tâm giám sát, điều hành thông minh (khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "IOC của tỉnh Bình Định cũ: giám sát dịch vụ công, phản ánh hiện trường, camera giao thông, chỉ tiêu kinh tế - xã hội."
                realizes ioc
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi
                uses kho_du_lieu_bd
                level 2
                codes MH-ARM.04.02
                hosted ttdl_bd
            }
            app ioc_gl "Trung tâm giám sát, điều hành thông minh (khu vực Gia Lai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "IOC của tỉnh Gia Lai cũ, tập trung giám sát dịch vụ công, giáo dục, y tế và phản ánh hiện trường."
                realizes ioc
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi
                level 2
                codes MH-ARM.04.02
                hosted ttdl_gl
            }
            portal cong_ttdt_tinh "Cổng thông tin điện tử tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Cổng thông tin điện tử của tỉnh sau hợp nhất và các trang thành phần của sở, ngành; tin bài trước ngày 01/7/2025 của hai tỉnh cũ được lưu để tra cứu."
                realizes kenh-cong-ttdt
                level 2
                codes MH-ARM.01.01
                standards 3.18
                hosted ttdl_bd
            }
            channel app_cong_dan_bd "Ứng dụng di động công dân số (khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Ứng dụng di động tiếp nhận phản ánh hiện trường, tra cứu hồ sơ thủ tục hành chính và thông tin du lịch của tỉnh Bình Định cũ."
                realizes kenh-ung-dung-di-dong
                supports phan_anh_kien_nghi
                level 2
                codes MH-ARM.01.04
                hosted ttdl_bd
            }
            app tro_ly_ao "Trợ lý ảo hỗ trợ nghiệp vụ" {
                owner "Sở Khoa học và Công nghệ"
                description "Trợ lý ảo dùng trí tuệ nhân tạo hỗ trợ cán bộ, công chức tra cứu văn bản, quy trình; đã triển khai cho toàn tỉnh năm 2025, thuê dịch vụ của doanh nghiệp."
                supports quan_ly_van_ban
                level 2
                codes MH-ARM.06.05
                hosted cloud_thue
            }
            app httt_cbccvc "Hệ thống quản lý cán bộ, công chức, viên chức" {
                owner "Sở Nội vụ"
                description "Quản lý hồ sơ cán bộ, công chức, viên chức của toàn tỉnh, đồng bộ với CSDL quốc gia về cán bộ, công chức, viên chức."
                supports quan_ly_can_bo
                stores csdl_cbccvc
                level 2
                codes MH-ARM.03.04
                hosted ttdl_bd
            }
            app httt_dat_dai_gl "Hệ thống thông tin đất đai (khu vực Gia Lai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                operator "Văn phòng Đăng ký đất đai tỉnh"
                description "Phần mềm đăng ký, cập nhật biến động đất đai của khu vực Gia Lai cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_dat_dai
                stores csdl_dat_dai_gl
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.04
                hosted ttdl_gl
            }
            app httt_dat_dai_bd "Hệ thống thông tin đất đai (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                operator "Văn phòng Đăng ký đất đai tỉnh"
                description "Phần mềm quản lý đất đai của khu vực Bình Định cũ, thuê dịch vụ của doanh nghiệp; liên thông với hệ thống giải quyết thủ tục hành chính qua LGSP của tỉnh Bình Định cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_dat_dai
                stores csdl_dat_dai_bd
                integrates httt_tthc_tinh via lgsp_bd { data "Hồ sơ đăng ký biến động đất đai" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.04
                hosted cloud_thue
            }
            app httt_quan_trac_bd "Hệ thống quản lý số liệu quan trắc tự động (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thu nhận số liệu từ các trạm đo mưa, mực nước, quan trắc môi trường tự động của vùng ven biển."
                realizes httt-chuyen-nganh
                supports quan_ly_moi_truong
                stores csdl_quan_trac_bd
                level 2
                codes MH-ARM.02.05
                hosted ttdl_bd
            }
            app httt_vung_trong_gl "Phần mềm quản lý vùng trồng (khu vực Gia Lai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý vùng trồng, cấp mã số vùng trồng cà phê, hồ tiêu, sầu riêng của khu vực Gia Lai cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_nong_nghiep
                stores csdl_nong_nghiep_gl
                level 1
                codes MH-ARM.02.01
                hosted cloud_thue
            }
            app httt_tau_ca_bd "Hệ thống quản lý tàu cá (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý đăng ký tàu cá, nhật ký khai thác và giám sát hành trình tàu cá vùng biển."
                realizes httt-chuyen-nganh
                supports quan_ly_nong_nghiep
                stores csdl_tau_ca_bd
                level 2
                codes MH-ARM.02.05
                hosted ttdl_bd
            }
            app httt_y_te "Hệ thống thông tin quản lý y tế tỉnh" {
                owner "Sở Y tế"
                description "Quản lý khám bệnh, chữa bệnh, tiêm chủng, hồ sơ sức khỏe điện tử; chạy trên máy chủ ảo thuê."
                realizes httt-chuyen-nganh
                supports quan_ly_y_te, an_sinh_xa_hoi
                stores csdl_y_te
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_giao_duc "Hệ thống quản lý giáo dục" {
                owner "Sở Giáo dục và Đào tạo"
                description "Quản lý trường, lớp, học sinh, giáo viên, tuyển sinh đầu cấp, học bạ số; đồng bộ lên cơ sở dữ liệu ngành giáo dục."
                realizes httt-chuyen-nganh
                supports quan_ly_giao_duc
                stores csdl_giao_duc
                level 2
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_xay_dung "Hệ thống quản lý quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Tra cứu quy hoạch, cấp phép xây dựng trực tuyến của khu vực Bình Định cũ, đang mở rộng cho toàn tỉnh."
                realizes httt-chuyen-nganh
                supports quan_ly_xay_dung
                level 2
                codes MH-ARM.02.01
                hosted ttdl_bd
            }
            app du_lich_bd "Ứng dụng du lịch thông minh (khu vực Bình Định cũ)" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Thông tin điểm đến, cơ sở lưu trú, bản đồ du lịch vùng biển Quy Nhơn."
                realizes httt-chuyen-nganh
                supports quan_ly_du_lich
                stores csdl_du_lich_bd
                level 1
                codes MH-ARM.02.02
                hosted cloud_thue
            }
        }
    }

    target {
        application {
            description "Một hệ thống cho mỗi chức năng dùng chung của tỉnh, vận hành trên Trung tâm dữ liệu tỉnh và đám mây của tỉnh; mọi tích hợp với hệ thống của cơ quan khác đi qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh và NDXP bằng giao diện lập trình ứng dụng được quản lý tập trung."
            /** Lớp dữ liệu và nền tảng cốt lõi: mọi tích hợp với hệ thống của cơ quan khác đi qua LGSP tỉnh và NDXP. */
            platform lgsp_tinh "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Gia Lai (LGSP)" {
                owner "Sở Khoa học và Công nghệ"
                description "Một LGSP cho toàn tỉnh, thay hai LGSP của hai tỉnh cũ; kết nối NDXP và nền tảng điều phối dữ liệu của Trung tâm dữ liệu quốc gia; có cổng quản lý giao diện lập trình ứng dụng (đăng ký, cấp quyền, giám sát lưu lượng)."
                realizes lgsp
                replaces lgsp_gl, lgsp_bd
                integrates ndxp "Kết nối, chia sẻ dữ liệu với bộ, ngành, địa phương khác" { standards 1.4, 1.15, 4.2 }
                integrates nen-tang-dieu-phoi-du-lieu "Chia sẻ dữ liệu với các hệ thống đặt tại Trung tâm dữ liệu quốc gia"
                integrates v-apex "Đăng ký, công bố giao diện lập trình ứng dụng cung cấp dữ liệu của tỉnh" { standards 1.4 }
                level 3
                codes MH-ARM.05.01
                standards 1.4, 1.15, 1.16, 2.13
                hosted ttdl_tinh
            }
            platform xac_thuc_tap_trung "Hệ thống xác thực tập trung (SSO) tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Một tài khoản cho cán bộ, công chức trên mọi hệ thống của tỉnh; người dân đăng nhập bằng tài khoản định danh điện tử."
                integrates he-thong-dinh-danh via lgsp_tinh, ndxp "Xác thực tài khoản định danh điện tử" { standards 4.13 }
                level 3
                codes MH-ARM.05.02
                standards 4.13
                hosted ttdl_tinh
            }
            platform nen_tang_du_lieu "Nền tảng tổng hợp, phân tích dữ liệu tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Thu thập, làm sạch, chuẩn hóa dữ liệu từ các hệ thống vào kho dữ liệu dùng chung; quản lý danh mục, siêu dữ liệu, chất lượng dữ liệu; phân tích, dự báo phục vụ chỉ đạo, điều hành."
                realizes nen-tang-phan-tich-du-lieu
                supports quan_tri_du_lieu, bao_cao_thong_ke, do_luong_ket_qua
                stores kho_du_lieu, ds_du_lieu_chu, ds_danh_muc, ds_chi_so_ket_qua, ds_du_lieu_mo
                integrates danh-muc-dung-chung via lgsp_tinh, ndxp { data "Danh mục đơn vị hành chính, cơ quan" }
                level 3
                codes MH-ARM.06.02, MH-ARM.06.01, MH-ARM.06.04
                standards 2.10, 2.12
                hosted ttdl_tinh
            }
            app httt_tthc_tinh "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                operator "Trung tâm Phục vụ hành chính công tỉnh"
                description "Hệ thống dùng chung được nâng cấp: tiếp nhận không phụ thuộc địa giới hành chính, biểu mẫu điền sẵn từ dữ liệu, thanh toán trực tuyến, đo thời gian từng bước của quy trình; kết nối qua LGSP tỉnh thay cho LGSP của tỉnh Bình Định cũ."
                realizes httt-tthc
                upgrades httt_tthc_tinh
                supports tiep_nhan_tthc, quy_trinh_mot_cua, dvc_truc_tuyen, thanh_toan_truc_tuyen
                stores csdl_tthc, ds_ket_qua_tthc
                uses xac_thuc_tap_trung, csdl_ho_tich
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
            app qlvb_tinh "Hệ thống quản lý văn bản và điều hành tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống quản lý văn bản, hồ sơ công việc, ký số và giao việc cho toàn tỉnh, liên thông Trục liên thông văn bản quốc gia; phòng họp không giấy là một phân hệ."
                realizes qlvb-dieu-hanh
                replaces qlvb_gl, qlvb_bd, hop_khong_giay
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban
                uses xac_thuc_tap_trung
                integrates truc-lien-thong-van-ban { standards 2.1, 4.10 }
                level 3
                codes MH-ARM.03.01, MH-ARM.03.03, MH-ARM.03.06
                standards 4.10, 4.17
                hosted cloud_tinh
            }
            app bao_cao_tinh "Hệ thống thông tin báo cáo tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một bộ chỉ tiêu cho toàn tỉnh; số liệu lấy tự động từ kho dữ liệu dùng chung và các hệ thống nghiệp vụ; kết nối Hệ thống thông tin báo cáo Chính phủ."
                realizes httt-bao-cao
                replaces bao_cao_gl, bao_cao_bd
                supports bao_cao_thong_ke, do_luong_ket_qua
                uses kho_du_lieu, ds_chi_so_ket_qua
                integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }
                level 2
                codes MH-ARM.04.01
                hosted cloud_tinh
            }
            /** Lớp kênh tương tác và đo lường hiệu quả: bảng chỉ số kết quả của Khung kiến trúc. */
            app ioc_tinh "Trung tâm giám sát, điều hành thông minh tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Một IOC cho toàn tỉnh tại Quy Nhơn, có điểm cầu tại Pleiku: bảng chỉ số kết quả của Khung kiến trúc và các chỉ tiêu kinh tế - xã hội, giám sát dịch vụ công, phản ánh hiện trường, cảnh báo thiên tai."
                realizes ioc
                replaces ioc_bd, ioc_gl
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi, canh_bao_thien_tai, do_luong_ket_qua
                uses kho_du_lieu, ds_chi_so_ket_qua, nen_tang_du_lieu, he_thong_canh_bao
                integrates httt-chi-dao-dieu-hanh via lgsp_tinh, ndxp
                level 3
                codes MH-ARM.04.02
                hosted ttdl_tinh
            }
            portal cong_du_lieu_tinh "Cổng dữ liệu tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Công bố dữ liệu mở và danh mục dữ liệu của tỉnh, liên kết Cổng dữ liệu quốc gia."
                realizes cong-du-lieu
                supports cung_cap_du_lieu_mo
                uses ds_du_lieu_mo
                integrates cong-du-lieu-quoc-gia via lgsp_tinh, ndxp { standards 2.6, 2.12 }
                level 2
                codes MH-ARM.06.03
                standards 3.18
                hosted cloud_tinh
            }
            portal cong_ttdt_tinh "Cổng thông tin điện tử tỉnh Gia Lai" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Cổng thông tin điện tử của tỉnh, công khai chỉ số kết quả chuyển đổi số hằng quý."
                realizes kenh-cong-ttdt
                upgrades cong_ttdt_tinh
                supports phan_anh_kien_nghi, do_luong_ket_qua
                level 2
                codes MH-ARM.01.01
                standards 3.1, 3.18
                hosted cloud_tinh
            }
            channel app_gia_lai_so "Ứng dụng di động Gia Lai số" {
                owner "Sở Khoa học và Công nghệ"
                description "Một ứng dụng di động cho toàn tỉnh: dịch vụ công, phản ánh hiện trường, cảnh báo thiên tai, du lịch; đánh giá mức độ hài lòng sau mỗi giao dịch."
                realizes kenh-ung-dung-di-dong
                replaces app_cong_dan_bd
                supports phan_anh_kien_nghi, dvc_truc_tuyen, do_luong_ket_qua
                uses httt_tthc_tinh, xac_thuc_tap_trung, he_thong_canh_bao, du_lich_thong_minh
                level 2
                codes MH-ARM.01.04, MH-ARM.01.05
                standards 3.12
                hosted cloud_tinh
            }
            app tro_ly_ao "Trợ lý ảo cho người dân và cán bộ, công chức" {
                owner "Sở Khoa học và Công nghệ"
                description "Trợ lý ảo được mở rộng cho người dân khi thực hiện dịch vụ công trực tuyến; học từ văn bản, quy trình và câu hỏi thường gặp của tỉnh, chạy trên hạ tầng tính toán trí tuệ nhân tạo của tỉnh."
                upgrades tro_ly_ao
                supports quan_ly_van_ban, dvc_truc_tuyen
                uses kho_du_lieu, csdl_van_ban
                level 2
                codes MH-ARM.06.05
                hosted ha_tang_tinh_toan
            }
            app httt_cbccvc "Hệ thống quản lý cán bộ, công chức, viên chức" {
                owner "Sở Nội vụ"
                description "Quản lý hồ sơ, vị trí việc làm và đánh giá cán bộ, công chức, viên chức theo kết quả công việc."
                keeps httt_cbccvc
                supports quan_ly_can_bo
                stores csdl_cbccvc
                uses xac_thuc_tap_trung
                level 2
                codes MH-ARM.03.04
                hosted cloud_tinh
            }
            app httt_dat_dai_tinh "Hệ thống thông tin đất đai tỉnh Gia Lai" {
                owner "Sở Nông nghiệp và Môi trường"
                operator "Văn phòng Đăng ký đất đai tỉnh"
                description "Một hệ thống thông tin đất đai cho toàn tỉnh, đồng bộ với CSDL quốc gia về đất đai, liên thông với hệ thống giải quyết thủ tục hành chính."
                realizes httt-chuyen-nganh
                replaces httt_dat_dai_gl, httt_dat_dai_bd
                supports quan_ly_dat_dai
                stores csdl_dat_dai, ds_thua_dat
                integrates csdlqg-dat-dai via lgsp_tinh, ndxp { standards 2.9 }
                integrates csdlqg-dan-cu via lgsp_tinh, ndxp { data "Thông tin người sử dụng đất" }
                level 3
                codes MH-ARM.02.04, MH-ARM.02.02
                standards 2.9
                hosted ttdl_tinh
            }
            app he_thong_canh_bao "Hệ thống giám sát, cảnh báo sớm thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thu nhận số liệu quan trắc tự động của toàn tỉnh, mô hình dự báo ngập lụt vùng hạ du sông Kôn, sông Hà Thanh và sông Ba, cảnh báo đến người dân qua ứng dụng di động và tin nhắn."
                realizes httt-chuyen-nganh
                upgrades httt_quan_trac_bd
                supports canh_bao_thien_tai, quan_ly_moi_truong
                stores csdl_thien_tai
                level 3
                codes MH-ARM.02.05
                hosted ttdl_tinh
            }
            app httt_tai_nguyen_mt "Hệ thống thông tin tài nguyên và môi trường tỉnh" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý tài nguyên nước, khoáng sản, quan trắc môi trường của toàn tỉnh."
                realizes httt-chuyen-nganh
                supports quan_ly_moi_truong
                stores csdl_tai_nguyen_mt
                level 2
                codes MH-ARM.02.02
                hosted cloud_tinh
            }
            app truy_xuat_nguon_goc "Hệ thống quản lý vùng trồng, tàu cá và truy xuất nguồn gốc" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý mã số vùng trồng, cơ sở đóng gói, truy xuất nguồn gốc nông sản xuất khẩu và giám sát tàu cá của toàn tỉnh."
                realizes httt-chuyen-nganh
                replaces httt_vung_trong_gl, httt_tau_ca_bd
                supports quan_ly_nong_nghiep
                stores csdl_nong_nghiep
                integrates csdlqg-dkdn via lgsp_tinh, ndxp { data "Thông tin doanh nghiệp, hợp tác xã" }
                level 2
                codes MH-ARM.02.01, MH-ARM.02.05
                hosted cloud_tinh
            }
            app httt_xay_dung "Hệ thống quản lý quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Quy hoạch, cấp phép xây dựng trực tuyến cho toàn tỉnh, đồng bộ với CSDL quốc gia về hoạt động xây dựng."
                realizes httt-chuyen-nganh
                upgrades httt_xay_dung
                supports quan_ly_xay_dung
                integrates csdlqg-hoat-dong-xay-dung via lgsp_tinh, ndxp
                level 2
                codes MH-ARM.02.01, MH-ARM.02.04
                standards 2.9
                hosted cloud_tinh
            }
            app httt_y_te "Hệ thống thông tin quản lý y tế tỉnh" {
                owner "Sở Y tế"
                description "Hồ sơ sức khỏe điện tử, liên thông dữ liệu khám bệnh, chữa bệnh với bảo hiểm xã hội; chi trả an sinh xã hội không dùng tiền mặt."
                realizes httt-chuyen-nganh
                keeps httt_y_te
                supports quan_ly_y_te, an_sinh_xa_hoi
                stores csdl_y_te
                integrates csdlqg-bao-hiem via lgsp_tinh, ndxp { data "Dữ liệu giám định bảo hiểm y tế" }
                integrates csdlqg-dan-cu via lgsp_tinh, ndxp { data "Thông tin đối tượng bảo trợ xã hội" }
                level 3
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_giao_duc "Hệ thống quản lý giáo dục" {
                owner "Sở Giáo dục và Đào tạo"
                description "Tuyển sinh đầu cấp trực tuyến, học bạ số, dữ liệu ngành giáo dục của toàn tỉnh."
                realizes httt-chuyen-nganh
                keeps httt_giao_duc
                supports quan_ly_giao_duc
                stores csdl_giao_duc
                level 2
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app du_lich_thong_minh "Nền tảng du lịch thông minh tỉnh Gia Lai" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Một nền tảng du lịch cho vùng biển và vùng cao nguyên: điểm đến, lưu trú, sự kiện, đặt dịch vụ, phản ánh của du khách."
                realizes httt-chuyen-nganh
                replaces du_lich_bd
                supports quan_ly_du_lich
                stores csdl_du_lich
                level 2
                codes MH-ARM.02.02
                hosted cloud_tinh
            }
            app cang_bien_logistics "Nền tảng cảng biển, logistics tỉnh Gia Lai" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Điều phối phương tiện, hàng hóa qua cảng Quy Nhơn và cửa khẩu quốc tế Lệ Thanh, kết nối Cơ chế một cửa quốc gia và doanh nghiệp logistics."
                realizes httt-chuyen-nganh
                supports quan_ly_cang_bien
                stores csdl_cang_bien
                integrates httt-quoc-gia-khac via lgsp_tinh, ndxp "Cơ chế một cửa quốc gia" { data "Thông tin phương tiện, hàng hóa xuất nhập khẩu" }
                level 3
                codes MH-ARM.02.05, MH-ARM.02.01
                hosted ttdl_tinh
            }
            app httt_khcn "Hệ thống quản lý nhiệm vụ khoa học và công nghệ" {
                owner "Sở Khoa học và Công nghệ"
                description "Đăng ký, xét chọn, theo dõi và nghiệm thu nhiệm vụ khoa học và công nghệ trực tuyến; kết nối tổ chức nghiên cứu và doanh nghiệp khởi nghiệp sáng tạo."
                realizes httt-chuyen-nganh
                supports quan_ly_khcn
                uses xac_thuc_tap_trung
                level 2
                codes MH-ARM.02.02
                hosted cloud_tinh
            }
        }
    }
}

// Current architecture — application. Two LGSPs, two procedure systems, two document systems, two IOCs:
// the systems of the former provinces run side by side until the target architecture consolidates them.
// The level approvals carry the placeholder a draft uses ("…/QĐ-…", no date) until the decisions approving the
// level dossiers are looked up; the document prints them as "Quyết định số …/QĐ-… ngày … tháng … năm 20…".
framework tinh_lao_cai {
    current {
        application {
            description "Ứng dụng dùng chung của hai tỉnh cũ vẫn vận hành song song; hai LGSP đã kết nối NDXP nhưng chưa kết nối với nhau, nên liên thông hồ sơ giữa hai khu vực còn thủ công."
            assessment {
                results "Các hệ thống dùng chung (LGSP, giải quyết thủ tục hành chính, quản lý văn bản, cổng thông tin, báo cáo) đã vận hành ở cả hai tỉnh cũ và kết nối các hệ thống quốc gia."
                shortcomings "Hai LGSP, hai hệ thống giải quyết thủ tục hành chính, hai hệ thống quản lý văn bản vận hành song song, chưa kết nối với nhau; liên thông hồ sơ giữa hai khu vực còn thủ công."
                shortcomings "Nhiều ứng dụng chuyên ngành kết nối điểm – điểm, không qua LGSP."
                causes "Các hệ thống được đầu tư trước khi hợp nhất tỉnh, theo hợp đồng và nhà cung cấp khác nhau."
                causes "Chưa có yêu cầu bắt buộc tích hợp qua LGSP trong thẩm định dự án."
            }
            platform lgsp_lc "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                operator "Trung tâm Công nghệ thông tin và Truyền thông (khu vực Lào Cai cũ)"
                description "LGSP của tỉnh Lào Cai cũ, kết nối NDXP và khoảng 20 hệ thống của tỉnh; đặt tại Trung tâm dữ liệu khu vực Lào Cai cũ."
                realizes lgsp
                integrates ndxp
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.05.01
                standards 1.4, 1.15
                hosted ttdl_lc
            }
            platform lgsp_yb "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Yên Bái (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                operator "Trung tâm Công nghệ thông tin và Truyền thông (khu vực Yên Bái cũ)"
                description "LGSP của tỉnh Yên Bái cũ, kết nối NDXP và các hệ thống của tỉnh Yên Bái cũ; khác nhà cung cấp và chuẩn giao tiếp với LGSP Lào Cai cũ."
                realizes lgsp
                integrates ndxp
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.05.01
                standards 1.14, 1.15
                hosted ttdl_yb
            }
            app httt_tthc_lc "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                operator "Trung tâm Phục vụ hành chính công tỉnh"
                description "Cổng dịch vụ công và hệ thống một cửa điện tử hợp nhất của tỉnh Lào Cai cũ; đã kết nối Cổng Dịch vụ công quốc gia và CSDL quốc gia về dân cư."
                realizes httt-tthc
                supports tiep_nhan_tthc, dvc_truc_tuyen, quy_trinh_mot_cua
                stores csdl_tthc_lc
                integrates cong-dvc-quoc-gia via lgsp_lc, ndxp
                integrates csdlqg-dan-cu via lgsp_lc, ndxp { data "Thông tin công dân" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.01.03
                hosted ttdl_lc
            }
            app httt_tthc_yb "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Yên Bái (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                operator "Trung tâm Phục vụ hành chính công tỉnh"
                description "Cổng dịch vụ công và hệ thống một cửa điện tử của tỉnh Yên Bái cũ, hiện đang tiếp nhận hồ sơ của các xã, phường thuộc khu vực Yên Bái cũ."
                realizes httt-tthc
                supports tiep_nhan_tthc, dvc_truc_tuyen, quy_trinh_mot_cua
                stores csdl_tthc_yb
                integrates cong-dvc-quoc-gia via lgsp_yb, ndxp
                integrates csdlqg-dan-cu via lgsp_yb, ndxp { data "Thông tin công dân" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.01.03
                hosted ttdl_yb
            }
            app qlvb_lc "Hệ thống quản lý văn bản và điều hành tỉnh Lào Cai (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quản lý văn bản, hồ sơ công việc và ký số của các cơ quan thuộc tỉnh Lào Cai cũ; liên thông Trục liên thông văn bản quốc gia."
                realizes qlvb-dieu-hanh
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban_lc
                integrates truc-lien-thong-van-ban
                level 2
                codes MH-ARM.03.01
                hosted ttdl_lc
            }
            app qlvb_yb "Hệ thống quản lý văn bản và điều hành tỉnh Yên Bái (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quản lý văn bản, hồ sơ công việc của các cơ quan thuộc tỉnh Yên Bái cũ; văn bản giữa hai khu vực vẫn phải gửi qua Trục liên thông văn bản quốc gia."
                realizes qlvb-dieu-hanh
                supports quan_ly_van_ban, chi_dao_dieu_hanh
                stores csdl_van_ban_yb
                integrates truc-lien-thong-van-ban
                level 2
                codes MH-ARM.03.01
                hosted ttdl_yb
            }
            app bao_cao_lc "Hệ thống thông tin báo cáo tỉnh Lào Cai (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Thu thập báo cáo định kỳ của các sở, ngành thuộc tỉnh Lào Cai cũ; kết nối Hệ thống thông tin báo cáo Chính phủ."
                realizes httt-bao-cao
                supports bao_cao_thong_ke
                integrates httt-bao-cao-chinh-phu via lgsp_lc, ndxp
                level 2
                codes MH-ARM.04.01
                hosted ttdl_lc
            }
            app bao_cao_yb "Hệ thống thông tin báo cáo tỉnh Yên Bái (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hệ thống báo cáo của tỉnh Yên Bái cũ, bộ chỉ tiêu khác với khu vực Lào Cai cũ."
                realizes httt-bao-cao
                supports bao_cao_thong_ke
                integrates httt-bao-cao-chinh-phu via lgsp_yb, ndxp
                level 2
                codes MH-ARM.04.01
                hosted ttdl_yb
            }
            app ioc_lc "Trung tâm giám sát, điều hành thông minh tỉnh Lào Cai (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "IOC của tỉnh Lào Cai cũ: giám sát phản ánh hiện trường, camera an ninh, giao thông, chỉ tiêu kinh tế - xã hội."
                realizes ioc
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi
                uses kho_du_lieu_lc
                level 2
                codes MH-ARM.04.02
                hosted ttdl_lc
            }
            app ioc_yb "Trung tâm giám sát, điều hành thông minh tỉnh Yên Bái (cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "IOC của tỉnh Yên Bái cũ, tập trung giám sát dịch vụ công, giáo dục, y tế và phản ánh hiện trường."
                realizes ioc
                supports chi_dao_dieu_hanh, phan_anh_kien_nghi
                level 2
                codes MH-ARM.04.02
                hosted ttdl_yb
            }
            portal cong_ttdt_lc "Cổng thông tin điện tử tỉnh Lào Cai (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Cổng thông tin điện tử và các trang thành phần của sở, ngành thuộc tỉnh Lào Cai cũ; đang được dùng làm cổng chính của tỉnh mới."
                realizes kenh-cong-ttdt
                level 2
                codes MH-ARM.01.01
                standards 3.18
                hosted ttdl_lc
            }
            portal cong_ttdt_yb "Cổng thông tin điện tử tỉnh Yên Bái (cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Cổng thông tin điện tử của tỉnh Yên Bái cũ, duy trì để tra cứu văn bản, tin bài trước ngày 1/7/2025."
                realizes kenh-cong-ttdt
                level 2
                codes MH-ARM.01.01
                standards 3.18
                hosted ttdl_yb
            }
            channel app_cong_dan_lc "Ứng dụng di động công dân số (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Ứng dụng di động tiếp nhận phản ánh hiện trường, tra cứu hồ sơ thủ tục hành chính và thông tin du lịch của tỉnh Lào Cai cũ."
                realizes kenh-ung-dung-di-dong
                level 2
                codes MH-ARM.01.04
                hosted ttdl_lc
            }
            app httt_dat_dai_lc "Hệ thống thông tin đất đai (khu vực Lào Cai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                operator "Văn phòng Đăng ký đất đai tỉnh"
                description "Phần mềm đăng ký, cập nhật biến động đất đai của Văn phòng đăng ký đất đai khu vực Lào Cai cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_dat_dai
                stores csdl_dat_dai_lc
                integrates httt_tthc_lc via lgsp_lc { data "Hồ sơ đăng ký biến động đất đai" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.04
                hosted ttdl_lc
            }
            app httt_dat_dai_yb "Hệ thống thông tin đất đai (khu vực Yên Bái cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                operator "Văn phòng Đăng ký đất đai tỉnh"
                description "Phần mềm quản lý đất đai của khu vực Yên Bái cũ, thuê dịch vụ của doanh nghiệp; chưa liên thông trực tuyến với hệ thống giải quyết thủ tục hành chính."
                realizes httt-chuyen-nganh
                supports quan_ly_dat_dai
                stores csdl_dat_dai_yb
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.04
                hosted cloud_thue
            }
            app httt_quan_trac "Hệ thống quản lý số liệu quan trắc tự động" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thu nhận số liệu từ các trạm quan trắc môi trường, đo mưa, đo mực nước tự động của khu vực Lào Cai cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_moi_truong
                stores csdl_quan_trac_lc
                level 2
                codes MH-ARM.02.05
                hosted ttdl_lc
            }
            app httt_moi_truong_yb "Phần mềm quản lý tài nguyên và môi trường (khu vực Yên Bái cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý hồ sơ khoáng sản, tài nguyên nước, quan trắc môi trường của tỉnh Yên Bái cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_moi_truong
                stores csdl_moi_truong_yb
                level 2
                codes MH-ARM.02.02
                hosted ttdl_yb
            }
            app httt_xay_dung "Hệ thống quản lý quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Tra cứu quy hoạch, cấp phép xây dựng trực tuyến; dữ liệu chưa liên thông với CSDL quốc gia về hoạt động xây dựng."
                realizes httt-chuyen-nganh
                supports quan_ly_xay_dung
                stores csdl_xay_dung
                level 2
                codes MH-ARM.02.01
                hosted ttdl_lc
            }
            app httt_y_te "Hệ thống thông tin quản lý y tế tỉnh" {
                owner "Sở Y tế"
                operator "Trung tâm Kiểm soát bệnh tật tỉnh"
                description "Tổng hợp dữ liệu khám bệnh, chữa bệnh từ phần mềm quản lý bệnh viện (HIS) của các cơ sở y tế công lập; liên thông dữ liệu giám định bảo hiểm y tế."
                realizes httt-chuyen-nganh
                supports quan_ly_y_te
                stores csdl_y_te
                integrates csdlqg-bao-hiem via lgsp_lc, ndxp { data "Dữ liệu giám định bảo hiểm y tế" }
                level 3 approved "…/QĐ-UBND"
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_giao_duc "Hệ thống quản lý giáo dục" {
                owner "Sở Giáo dục và Đào tạo"
                description "Quản lý trường học, học bạ số, tuyển sinh đầu cấp trực tuyến; đồng bộ với cơ sở dữ liệu ngành giáo dục."
                realizes httt-chuyen-nganh
                supports quan_ly_giao_duc
                stores csdl_giao_duc
                level 2
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_nong_nghiep_lc "Phần mềm quản lý vùng trồng (khu vực Lào Cai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý mã số vùng trồng, cơ sở đóng gói nông sản xuất khẩu."
                realizes httt-chuyen-nganh
                supports quan_ly_nong_nghiep
                stores csdl_nong_nghiep_lc
                level 1
                codes MH-ARM.02.02
                hosted ttdl_lc
            }
            app app_du_lich_lc "Hệ thống du lịch thông minh (khu vực Lào Cai cũ)" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Cổng và ứng dụng du lịch thông minh giới thiệu điểm đến Sa Pa, Bắc Hà, Y Tý; chưa có dữ liệu của khu vực Yên Bái cũ."
                realizes httt-chuyen-nganh
                supports quan_ly_du_lich
                stores csdl_du_lich_lc
                level 1
                codes MH-ARM.02.02
                hosted cloud_thue
            }
            app httt_cua_khau "Hệ thống quản lý phương tiện, hàng hóa qua cửa khẩu" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Khai báo, điều tiết phương tiện chở hàng xuất nhập khẩu, thu phí sử dụng công trình kết cấu hạ tầng tại cửa khẩu."
                realizes httt-chuyen-nganh
                supports quan_ly_cua_khau
                stores csdl_cua_khau
                level 2
                codes MH-ARM.02.05
                hosted ttdl_lc
            }
            app cbccvc_lc "Phần mềm quản lý cán bộ, công chức, viên chức (khu vực Lào Cai cũ)" {
                owner "Sở Nội vụ"
                description "Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức của tỉnh Lào Cai cũ."
                supports quan_ly_can_bo
                stores csdl_cbccvc_lc
                level 2
                codes MH-ARM.03.04
                hosted ttdl_lc
            }
            app cbccvc_yb "Phần mềm quản lý cán bộ, công chức, viên chức (khu vực Yên Bái cũ)" {
                owner "Sở Nội vụ"
                description "Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức của tỉnh Yên Bái cũ."
                supports quan_ly_can_bo
                stores csdl_cbccvc_yb
                level 2
                codes MH-ARM.03.04
                hosted ttdl_yb
            }
            app thu_dien_tu_lc "Hệ thống thư điện tử công vụ (khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Thư điện tử công vụ tên miền laocai.gov.vn."
                supports quan_ly_van_ban
                level 2
                codes MH-ARM.03.02
                standards 1.5, 4.1
                hosted ttdl_lc
            }
            app thu_dien_tu_yb "Hệ thống thư điện tử công vụ (khu vực Yên Bái cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Thư điện tử công vụ tên miền yenbai.gov.vn; người dùng khu vực Yên Bái cũ đang được chuyển dần sang tên miền của tỉnh mới."
                supports quan_ly_van_ban
                level 2
                codes MH-ARM.03.02
                standards 1.5, 4.1
                hosted ttdl_yb
            }
        }
    }
}

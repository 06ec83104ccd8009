// Target architecture, application component: one system per shared business function, every integration with
// another body through the ministry's LGSP and NDXP (Chương 3, II.6–7).
framework bo-khcn {
    target {
        application {
            description "Ứng dụng của Bộ được tổ chức theo ba tầng: kênh giao tiếp (Cổng Dịch vụ công quốc gia, Cổng thông tin điện tử, Cổng dữ liệu, trợ lý ảo); ứng dụng nghiệp vụ dùng chung và chuyên ngành; nền tảng dùng chung (LGSP, định danh và xác thực tập trung, ký số, phân tích dữ liệu). Mọi kết nối với hệ thống của cơ quan khác đi qua LGSP của Bộ và NDXP."

            platform lgsp-bo "Nền tảng tích hợp, chia sẻ dữ liệu của Bộ Khoa học và Công nghệ (LGSP)" {
                en "Ministry data integration and sharing platform (LGSP)"
                owner "Trung tâm Công nghệ thông tin"
                description "Hợp nhất hai LGSP trước đây trên nền LGSP của khối TT&TT cũ; cung cấp dịch vụ dùng chung, quản lý API, điều phối kết nối nội bộ và kết nối NDXP."
                realizes lgsp
                upgrades lgsp-tttt
                replaces lgsp-khcn-cu
                codes MH-ARM.05.01
                integrates ndxp "Kết nối, chia sẻ dữ liệu với bộ, ngành, địa phương" { standards 1.4, 1.15, 4.2 }
                integrates nen-tang-dieu-phoi-du-lieu
                level 3
                standards 1.4, 1.14, 1.15, 2.13
                hosted cloud-bo
            }
            platform sso-bo "Nền tảng định danh, xác thực tập trung của Bộ" {
                en "Ministry single sign-on platform"
                owner "Trung tâm Công nghệ thông tin"
                description "Một tài khoản cho cán bộ trên mọi hệ thống của Bộ; người dân, doanh nghiệp đăng nhập bằng tài khoản định danh điện tử."
                codes MH-ARM.05.02
                integrates he-thong-dinh-danh via nen-tang-dinh-danh "Xác thực tài khoản định danh điện tử qua Nền tảng định danh và xác thực điện tử (Chương 3, II.19.b)" { standards 4.13 }
                level 3
                standards 4.13
                hosted cloud-bo
            }
            platform ky-so-tap-trung "Nền tảng ký số tập trung" {
                en "Central digital signing platform"
                owner "Trung tâm Công nghệ thông tin"
                description "Ký số từ xa cho văn bản, kết quả thủ tục hành chính; xác thực chữ ký số trên văn bản đến."
                codes MH-ARM.05.03
                level 3
                standards 4.10, 4.17
                hosted cloud-bo
            }
            app httt-tthc-bo "Hệ thống thông tin giải quyết thủ tục hành chính của Bộ" {
                en "Ministry administrative-procedure information system"
                owner "Văn phòng Bộ"
                description "Thay hai hệ thống một cửa điện tử và hai cổng dịch vụ công trước đây; người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia, hồ sơ được xử lý toàn trình tại đây."
                realizes httt-tthc
                replaces motcua-khcn, motcua-tttt, cong-dvc-khcn-cu, cong-dvc-tttt
                codes MH-ARM.01.03
                supports tiep-nhan-tthc, dvc-truc-tuyen, thanh-toan-truc-tuyen, cap-phep-ha-tang-so
                stores csdl-tthc-bo
                uses sso-bo, ky-so-tap-trung
                integrates cong-dvc-quoc-gia via lgsp-bo, ndxp "Đồng bộ hồ sơ, trạng thái, thanh toán" { data "Hồ sơ thủ tục hành chính", "Trạng thái xử lý", "Biên lai điện tử" standards 1.4, 1.15 }
                integrates csdlqg-dan-cu, he-thong-dinh-danh via lgsp-bo, ndxp "Xác thực công dân, tái sử dụng dữ liệu dân cư" { data "Thông tin công dân" standards 1.4 }
                integrates csdlqg-dkdn via lgsp-bo, ndxp "Tra cứu thông tin doanh nghiệp" { data "Thông tin đăng ký doanh nghiệp" }
                integrates csdlqg-tthc via lgsp-bo, ndxp "Đồng bộ danh mục thủ tục hành chính"
                integrates ht-shcn, ht-tan-so, ht-vien-thong, ht-buu-chinh, ht-buc-xa, httt-khcn, ht-tdc via lgsp-bo "Chuyển hồ sơ sang hệ thống chuyên ngành và nhận kết quả"
                level 3
                standards 1.4, 1.15, 4.2
                hosted cloud-bo
            }
            app qlvb-bo "Hệ thống quản lý văn bản và điều hành của Bộ" {
                en "Ministry document and workflow management system"
                owner "Văn phòng Bộ"
                realizes qlvb-dieu-hanh
                replaces qlvb-khcn, qlvb-tttt
                codes MH-ARM.03.01
                supports quan-ly-van-ban, chi-dao-dieu-hanh
                stores csdl-van-ban
                uses sso-bo, ky-so-tap-trung
                integrates truc-lien-thong-van-ban "Gửi, nhận văn bản điện tử liên thông" { standards 2.1, 4.10 }
                level 3
                standards 2.1, 4.10
                hosted cloud-bo
            }
            app ht-bao-cao-bo "Hệ thống thông tin báo cáo của Bộ" {
                en "Ministry reporting information system"
                owner "Văn phòng Bộ"
                description "Toàn bộ chế độ báo cáo định kỳ của Bộ và của địa phương gửi Bộ; số liệu lấy tự động từ kho dữ liệu dùng chung khi có."
                realizes httt-bao-cao
                upgrades ht-bao-cao-khcn
                codes MH-ARM.04.01
                supports bao-cao-thong-ke
                uses kho-dl-dung-chung, sso-bo
                integrates httt-bao-cao-chinh-phu via lgsp-bo, ndxp "Gửi báo cáo, chỉ tiêu lên Hệ thống thông tin báo cáo Chính phủ"
                level 2
                hosted cloud-bo
            }
            app httt-khcn "Hệ thống thông tin quốc gia về khoa học và công nghệ" {
                en "National science and technology information system"
                owner "Cục Thông tin, Thống kê"
                realizes httt-chuyen-nganh
                upgrades httt-khcn
                codes MH-ARM.02.02
                supports quan-ly-nhiem-vu-khcn
                stores csdl-khcn-quoc-gia
                uses sso-bo
                integrates csdlqg-dan-cu via lgsp-bo, ndxp "Xác thực nhà khoa học"
                level 3
                hosted cloud-bo
            }
            app ht-dmst "Hệ thống thông tin đổi mới sáng tạo và khởi nghiệp" {
                en "Innovation and start-up information system"
                owner "Cục Đổi mới sáng tạo"
                codes MH-ARM.02.02
                supports ho-tro-dmst
                stores csdl-dmst
                integrates csdlqg-dkdn via lgsp-bo, ndxp "Thông tin doanh nghiệp khởi nghiệp, doanh nghiệp khoa học và công nghệ"
                level 2
                hosted cloud-bo
            }
            app ht-shcn "Hệ thống quản trị sở hữu công nghiệp điện tử" {
                en "Electronic industrial property administration system"
                owner "Cục Sở hữu trí tuệ"
                description "Nộp đơn, thẩm định, công bố, cấp văn bằng điện tử; thư viện số sở hữu công nghiệp mở."
                realizes httt-chuyen-nganh
                upgrades ht-shcn
                codes MH-ARM.02.01
                supports xac-lap-quyen-shcn
                stores csdl-shcn
                uses ky-so-tap-trung
                level 3
                standards 1.4, 2.13
                hosted cloud-bo
            }
            app ht-tdc "Hệ thống quản lý tiêu chuẩn, đo lường, chất lượng" {
                en "Standards, metrology and quality system"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                realizes httt-chuyen-nganh
                upgrades ht-tdc
                codes MH-ARM.02.02
                supports quan-ly-tdc
                stores csdl-tdc, csdl-ma-so-ma-vach
                level 2
                hosted cloud-bo
            }
            app ht-tan-so "Hệ thống quản lý tần số vô tuyến điện" {
                en "Radio-frequency management system"
                owner "Cục Tần số vô tuyến điện"
                description "Cấp phép, quy hoạch, kiểm soát tần số; thu thập dữ liệu từ trạm giám sát tần số theo thời gian thực."
                realizes httt-chuyen-nganh
                upgrades ht-tan-so
                codes MH-ARM.02.05
                supports cap-phep-ha-tang-so
                stores csdl-tan-so
                level 3
                hosted ttdl-bo
            }
            app ht-vien-thong "Hệ thống quản lý viễn thông và Internet" {
                en "Telecommunications and Internet management system"
                owner "Cục Viễn thông"
                realizes httt-chuyen-nganh
                upgrades ht-vien-thong
                codes MH-ARM.02.01
                supports cap-phep-ha-tang-so
                stores csdl-vien-thong
                level 3
                hosted cloud-bo
            }
            app ht-buu-chinh "Hệ thống quản lý bưu chính" {
                en "Postal management system"
                owner "Vụ Bưu chính"
                codes MH-ARM.02.02
                supports cap-phep-ha-tang-so
                stores csdl-buu-chinh
                level 2
                hosted cloud-bo
            }
            app ht-cn-cns "Hệ thống quản lý công nghiệp công nghệ số" {
                en "Digital technology industry system"
                owner "Cục Công nghiệp công nghệ thông tin"
                codes MH-ARM.02.02
                supports quan-ly-cn-cns
                stores csdl-cn-cns
                integrates csdlqg-dkdn via lgsp-bo, ndxp "Thông tin doanh nghiệp công nghệ số"
                level 2
                hosted cloud-bo
            }
            app ht-gddt "Hệ thống tiếp nhận, tổng hợp dữ liệu phục vụ quản lý nhà nước về giao dịch điện tử" {
                en "Electronic-transactions data collection system"
                owner "Cục Chuyển đổi số quốc gia"
                realizes he-thong-du-lieu-gddt
                codes MH-ARM.02.05
                supports quan-ly-gddt
                stores csdl-gddt
                integrates httt-giao-dich-dien-tu via lgsp-bo, ndxp "Nhận dữ liệu giao dịch điện tử từ các hệ thống"
                level 3
                hosted ttdl-bo
            }
            app ht-buc-xa "Hệ thống quản lý an toàn bức xạ, hạt nhân" {
                en "Radiation and nuclear safety system"
                owner "Cục An toàn bức xạ và hạt nhân"
                realizes httt-chuyen-nganh
                upgrades ht-buc-xa
                codes MH-ARM.02.02
                supports cap-phep-buc-xa
                stores csdl-buc-xa
                level 3
                hosted ttdl-bo
            }
            app ht-thanh-tra "Hệ thống thông tin thanh tra, kiểm tra chuyên ngành" {
                en "Sectoral inspection system"
                owner "Thanh tra Bộ"
                codes MH-ARM.02.03
                supports thanh-tra
                uses kho-dl-dung-chung, nen-tang-phan-tich
                level 2
                hosted cloud-bo
            }
            platform nen-tang-phan-tich "Nền tảng tổng hợp, phân tích dữ liệu của Bộ" {
                en "Ministry data analytics platform"
                owner "Trung tâm Công nghệ thông tin"
                description "Thu thập, làm sạch, tổng hợp dữ liệu vào kho dữ liệu dùng chung; cung cấp báo cáo phân tích, mô hình dự báo và dịch vụ dữ liệu (Chương 3, II.20.e)."
                realizes nen-tang-phan-tich-du-lieu
                codes MH-ARM.06.02
                stores kho-dl-dung-chung, csdl-danh-muc
                level 3
                hosted ttdl-bo
            }
            portal cong-du-lieu-bo "Cổng dữ liệu của Bộ Khoa học và Công nghệ" {
                en "Ministry data portal"
                owner "Cục Thông tin, Thống kê"
                description "Công bố danh mục dữ liệu, dữ liệu mở và hướng dẫn khai thác; liên kết với Cổng dữ liệu quốc gia (Chương 3, II.20.g)."
                realizes cong-du-lieu
                codes MH-ARM.06.03
                supports cung-cap-du-lieu-mo
                uses ds-du-lieu-mo, ds-nhiem-vu-khcn, ds-van-bang-shcn, ds-tieu-chuan-quoc-gia, ds-chi-so-dmst
                integrates cong-du-lieu-quoc-gia via lgsp-bo, ndxp "Đồng bộ danh mục và dữ liệu mở" { standards 2.6, 2.12 }
                level 2
                standards 2.6, 2.12, 3.18
                hosted cloud-bo
            }
            app ioc-bo "Trung tâm giám sát, điều hành thông minh của Bộ" {
                en "Ministry intelligent operations centre"
                owner "Văn phòng Bộ"
                description "Bảng điều khiển chỉ tiêu ngành, tình hình giải quyết thủ tục hành chính, chỉ số đổi mới sáng tạo, tình trạng hạ tầng số và an toàn thông tin; sẵn sàng chia sẻ dữ liệu cho Trung tâm chỉ đạo, điều hành của Chính phủ (Chương 3, II.20.h)."
                realizes ioc
                codes MH-ARM.04.02
                supports chi-dao-dieu-hanh
                uses nen-tang-phan-tich, ht-bao-cao-bo
                integrates trung-tam-chi-dao-dieu-hanh via lgsp-bo, ndxp "Chia sẻ dữ liệu theo kịch bản khi có yêu cầu"
                level 2
                hosted ttdl-bo
            }
            app tro-ly-ao "Trợ lý ảo hỗ trợ người dân, doanh nghiệp và cán bộ" {
                en "Virtual assistant for citizens, businesses and staff"
                owner "Trung tâm Công nghệ thông tin"
                description "Trả lời câu hỏi về thủ tục hành chính và văn bản pháp luật của ngành; hỗ trợ cán bộ tra cứu, tóm tắt hồ sơ; mô hình ngôn ngữ chạy trên hạ tầng của Bộ."
                codes MH-ARM.06.05
                supports ho-tro-nguoi-dan
                uses kho-dl-dung-chung, httt-tthc-bo
                level 2
                hosted cloud-bo
            }
            portal cong-ttdt-bo "Cổng thông tin điện tử Bộ Khoa học và Công nghệ" {
                en "Ministry web portal"
                owner "Trung tâm Công nghệ thông tin"
                description "Một cổng thống nhất; nội dung của Cổng thông tin điện tử Bộ TT&TT trước đây được chuyển vào mục lưu trữ."
                realizes kenh-cong-ttdt
                upgrades cong-ttdt-khcn
                replaces cong-ttdt-tttt
                codes MH-ARM.01.01
                supports ho-tro-nguoi-dan
                level 2
                standards 3.1, 3.18
                hosted cloud-bo
            }
            app thu-dien-tu "Hệ thống thư điện tử công vụ (một tên miền)" {
                en "Official e-mail (single domain)"
                owner "Trung tâm Công nghệ thông tin"
                realizes kenh-email
                upgrades thu-dien-tu
                codes MH-ARM.03.02
                level 2
                standards 1.5, 4.1, 4.4
                hosted ttdl-bo
            }
            app hop-truc-tuyen "Hệ thống hội nghị truyền hình" {
                en "Video conferencing"
                owner "Văn phòng Bộ"
                keeps hop-truc-tuyen
                codes MH-ARM.03.03
                supports chi-dao-dieu-hanh
                level 2
                hosted ttdl-bo
            }
            app ht-quan-ly-can-bo "Phần mềm quản lý cán bộ, công chức, viên chức" {
                en "Personnel management software"
                owner "Vụ Tổ chức cán bộ"
                upgrades ht-quan-ly-can-bo
                codes MH-ARM.03.04
                supports quan-ly-can-bo
                stores csdl-can-bo
                uses sso-bo
                integrates csdlqg-cbccvc via lgsp-bo, ndxp "Đồng bộ hồ sơ cán bộ"
                level 2
                hosted cloud-bo
            }
        }
    }
}

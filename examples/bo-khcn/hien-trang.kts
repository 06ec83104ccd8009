// Current architecture (Chương 1, III.2.đ) as of the second half of 2025: two landscapes side by side, inherited
// from the former Ministry of Science and Technology ("-khcn") and the former Ministry of Information and
// Communications ("-tttt"), plus the systems that the specialised departments run on their own.
// The level approvals carry the placeholder a draft uses ("…/QĐ-…", no date) until the decisions approving the
// level dossiers are looked up; the document prints them as "Quyết định số …/QĐ-… ngày … tháng … năm 20…".
framework bo-khcn {
    current {
        description "Sau ngày 01/3/2025, Bộ Khoa học và Công nghệ vận hành đồng thời hai hệ sinh thái hệ thống thông tin kế thừa từ Bộ Khoa học và Công nghệ và Bộ Thông tin và Truyền thông trước đây: hai cổng dịch vụ công và hai hệ thống một cửa điện tử, hai hệ thống quản lý văn bản, hai LGSP, hai trung tâm dữ liệu và nhiều phòng máy chủ tại các cục. Dữ liệu chuyên ngành phân tán, chưa có kho dữ liệu dùng chung; giám sát an toàn thông tin mới bao phủ một phần hệ thống."

        business {
            description "Các hoạt động nghiệp vụ chính của Bộ và các đơn vị; phần lớn đã có ứng dụng hỗ trợ nhưng quy trình còn khác nhau giữa hai khối trước hợp nhất."
            assessment {
                results "Phần lớn hoạt động nghiệp vụ của Bộ và các đơn vị đã có ứng dụng hỗ trợ; thủ tục hành chính được tiếp nhận, trả kết quả qua Cổng Dịch vụ công quốc gia."
                shortcomings "Quy trình nghiệp vụ còn khác nhau giữa hai khối trước hợp nhất; nhiều thủ tục chưa thực hiện trực tuyến toàn trình."
                causes "Hợp nhất Bộ Khoa học và Công nghệ với Bộ Thông tin và Truyền thông từ ngày 01/3/2025 trong khi quy trình của hai khối chưa được chuẩn hóa lại."
            }
            actor nguoi-dan-dn "Người dân, doanh nghiệp" {
                en "Citizens and businesses"
                description "Tổ chức, cá nhân thực hiện thủ tục hành chính, đăng ký nhiệm vụ khoa học và công nghệ, nộp đơn sở hữu công nghiệp, xin giấy phép viễn thông, tần số, bưu chính."
                realizes nguoi-dan, doanh-nghiep
                uses cong-dvc-khcn-cu, cong-dvc-tttt, cong-dvc-quoc-gia
            }
            actor to-chuc-khcn "Tổ chức khoa học và công nghệ" {
                en "Science and technology organisations"
                description "Viện, trường, doanh nghiệp khoa học và công nghệ tham gia nhiệm vụ khoa học và công nghệ, thị trường công nghệ."
                realizes co-quan-to-chuc
                uses httt-khcn
            }
            actor can-bo-bo "Cán bộ, công chức, viên chức của Bộ" {
                en "Civil servants of the ministry"
                realizes cbccvc
                uses qlvb-khcn, qlvb-tttt
            }
            actor lanh-dao-bo "Lãnh đạo Bộ và lãnh đạo các đơn vị" {
                en "Ministry and unit leadership"
                description "Theo dõi tình hình qua báo cáo định kỳ và văn bản điện tử; chưa có công cụ giám sát theo thời gian thực."
                realizes cbccvc
                uses qlvb-khcn, qlvb-tttt, ht-bao-cao-khcn
            }
            activity tiep-nhan-tthc "Tiếp nhận, giải quyết thủ tục hành chính của Bộ" {
                en "Handling administrative procedures"
                owner "Văn phòng Bộ"
                description "Khoảng 300 thủ tục hành chính thuộc thẩm quyền của Bộ, tiếp nhận qua hai hệ thống một cửa điện tử với quy trình chưa thống nhất."
                codes MH-BRM.01.01
            }
            service dvc-truc-tuyen "Cung cấp dịch vụ công trực tuyến" {
                en "Online public services"
                owner "Văn phòng Bộ"
                codes MH-BRM.01.02
            }
            activity quan-ly-nhiem-vu-khcn "Quản lý nhiệm vụ khoa học và công nghệ" {
                en "Management of science and technology projects"
                owner "Vụ Khoa học kỹ thuật và công nghệ"
                description "Đề xuất, tuyển chọn, giao trực tiếp, kiểm tra, đánh giá nghiệm thu và đăng ký kết quả nhiệm vụ khoa học và công nghệ; hồ sơ còn nộp bản giấy song song."
                codes MH-BRM.02.03.01
            }
            activity xac-lap-quyen-shcn "Xác lập quyền sở hữu công nghiệp" {
                en "Granting industrial property rights"
                owner "Cục Sở hữu trí tuệ"
                description "Tiếp nhận, thẩm định đơn và cấp văn bằng bảo hộ sáng chế, kiểu dáng công nghiệp, nhãn hiệu, chỉ dẫn địa lý."
                codes MH-BRM.02.02.02
            }
            activity quan-ly-tdc "Quản lý tiêu chuẩn, đo lường, chất lượng" {
                en "Standards, metrology and quality management"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                description "Xây dựng, công bố tiêu chuẩn quốc gia; quản lý đo lường; kiểm tra chất lượng sản phẩm, hàng hóa nhập khẩu; quản lý mã số, mã vạch."
                codes MH-BRM.02.02.03
            }
            activity cap-phep-vien-thong "Cấp phép và quản lý viễn thông, Internet" {
                en "Telecommunications and Internet licensing"
                owner "Cục Viễn thông"
                codes MH-BRM.02.02.01
            }
            activity cap-phep-tan-so "Cấp phép, kiểm soát tần số vô tuyến điện" {
                en "Radio-frequency licensing and monitoring"
                owner "Cục Tần số vô tuyến điện"
                description "Cấp giấy phép sử dụng tần số và thiết bị vô tuyến điện; kiểm soát, xử lý nhiễu có hại qua các trung tâm tần số khu vực."
                codes MH-BRM.02.02.01
            }
            activity quan-ly-buu-chinh "Cấp phép và quản lý hoạt động bưu chính" {
                en "Postal licensing and supervision"
                owner "Vụ Bưu chính"
                codes MH-BRM.02.02.01
            }
            activity quan-ly-cn-cns "Quản lý công nghiệp công nghệ số" {
                en "Digital technology industry management"
                owner "Cục Công nghiệp công nghệ thông tin"
                codes MH-BRM.02.04
            }
            activity cap-phep-buc-xa "Cấp phép an toàn bức xạ, hạt nhân" {
                en "Radiation and nuclear safety licensing"
                owner "Cục An toàn bức xạ và hạt nhân"
                codes MH-BRM.02.02
            }
            activity thanh-tra "Thanh tra, kiểm tra chuyên ngành" {
                en "Sectoral inspection"
                owner "Thanh tra Bộ"
                codes MH-BRM.02.05
            }
            activity bao-cao-thong-ke "Thống kê, báo cáo" {
                en "Statistics and reporting"
                owner "Cục Thông tin, Thống kê"
                description "Các chế độ báo cáo định kỳ của Bộ; một phần thực hiện trên hệ thống báo cáo, phần còn lại qua thư điện tử và bảng tính."
                codes MH-BRM.02.06
            }
            activity quan-ly-van-ban "Quản lý văn bản, hồ sơ công việc" {
                en "Document and case-file management"
                owner "Văn phòng Bộ"
                codes MH-BRM.04.01
            }
            activity chi-dao-dieu-hanh "Chỉ đạo, điều hành của Lãnh đạo Bộ" {
                en "Executive direction"
                owner "Văn phòng Bộ"
                codes MH-BRM.04.02
            }
            activity quan-ly-can-bo "Quản lý tổ chức, cán bộ" {
                en "Personnel management"
                owner "Vụ Tổ chức cán bộ"
                codes MH-BRM.04.03
            }
        }

        data {
            description "Dữ liệu chuyên ngành nằm trong các cơ sở dữ liệu riêng của từng cục; dữ liệu hồ sơ thủ tục hành chính và văn bản chia làm hai nơi; chưa có danh mục dữ liệu và kho dữ liệu dùng chung."
            assessment {
                results "Các cục đã xây dựng cơ sở dữ liệu chuyên ngành phục vụ quản lý nhà nước của mình (khoa học và công nghệ, sở hữu công nghiệp, tần số, viễn thông)."
                shortcomings "Dữ liệu phân tán trong cơ sở dữ liệu riêng của từng cục; dữ liệu hồ sơ thủ tục hành chính và văn bản chia làm hai nơi; chưa có danh mục dữ liệu và kho dữ liệu dùng chung."
                causes "Cơ sở dữ liệu được đầu tư theo từng đơn vị, chưa theo một kiến trúc dữ liệu thống nhất của Bộ."
            }
            database csdl-khcn-quoc-gia "Cơ sở dữ liệu quốc gia về khoa học và công nghệ" {
                en "National science and technology database"
                owner "Cục Thông tin, Thống kê"
                description "Dữ liệu về nhiệm vụ khoa học và công nghệ, tổ chức khoa học và công nghệ, nhân lực nghiên cứu, công bố khoa học và kết quả nghiên cứu."
                codes DRM002
                hosted ttdl-khcn
            }
            dataset ds-nhiem-vu-khcn "Dữ liệu nhiệm vụ khoa học và công nghệ" {
                en "Science and technology projects"
                owner "Cục Thông tin, Thống kê"
                in csdl-khcn-quoc-gia
            }
            database csdl-shcn "Cơ sở dữ liệu sở hữu công nghiệp" {
                en "Industrial property database"
                owner "Cục Sở hữu trí tuệ"
                description "Đơn đăng ký và văn bằng bảo hộ sở hữu công nghiệp; thư viện số tra cứu sở hữu công nghiệp."
                codes DRM001.001
                hosted phong-may-don-vi
            }
            dataset ds-van-bang-shcn "Dữ liệu đơn và văn bằng bảo hộ sở hữu công nghiệp" {
                en "Industrial property applications and titles"
                owner "Cục Sở hữu trí tuệ"
                in csdl-shcn
            }
            database csdl-tdc "Cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng" {
                en "Standards, metrology and quality database"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                codes DRM001.003
                hosted phong-may-don-vi
            }
            dataset ds-tieu-chuan-quoc-gia "Danh mục tiêu chuẩn quốc gia (TCVN)" {
                en "National standards (TCVN) register"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                in csdl-tdc
            }
            database csdl-ma-so-ma-vach "Cơ sở dữ liệu mã số, mã vạch" {
                en "Barcode database"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                codes DRM001.003
                hosted phong-may-don-vi
            }
            database csdl-vien-thong "Cơ sở dữ liệu viễn thông" {
                en "Telecommunications database"
                owner "Cục Viễn thông"
                description "Giấy phép viễn thông, kho số viễn thông, tài nguyên Internet và hạ tầng viễn thông."
                codes DRM002.001
                hosted ttdl-tttt
            }
            dataset ds-giay-phep-vien-thong "Dữ liệu giấy phép viễn thông" {
                en "Telecommunications licences"
                owner "Cục Viễn thông"
                in csdl-vien-thong
            }
            database csdl-tan-so "Cơ sở dữ liệu tần số vô tuyến điện" {
                en "Radio-frequency database"
                owner "Cục Tần số vô tuyến điện"
                codes DRM002.001
                hosted phong-may-don-vi
            }
            dataset ds-giay-phep-tan-so "Dữ liệu giấy phép tần số và thiết bị vô tuyến điện" {
                en "Radio-frequency and radio-equipment licences"
                owner "Cục Tần số vô tuyến điện"
                in csdl-tan-so
            }
            database csdl-buu-chinh "Cơ sở dữ liệu bưu chính" {
                en "Postal database"
                owner "Vụ Bưu chính"
                codes DRM001.002
                hosted ttdl-tttt
            }
            database csdl-dn-cntt "Cơ sở dữ liệu doanh nghiệp công nghệ thông tin" {
                en "IT enterprises database"
                owner "Cục Công nghiệp công nghệ thông tin"
                codes DRM001.001
                hosted ttdl-tttt
            }
            database csdl-buc-xa "Cơ sở dữ liệu nguồn phóng xạ và thiết bị bức xạ" {
                en "Radioactive sources and radiation equipment database"
                owner "Cục An toàn bức xạ và hạt nhân"
                codes DRM002
                hosted ttdl-khcn
            }
            database csdl-hs-tthc-khcn "Cơ sở dữ liệu hồ sơ thủ tục hành chính (khối KH&CN cũ)" {
                en "Administrative-procedure case files (former MOST)"
                owner "Văn phòng Bộ"
                hosted ttdl-khcn
            }
            database csdl-hs-tthc-tttt "Cơ sở dữ liệu hồ sơ thủ tục hành chính (khối TT&TT cũ)" {
                en "Administrative-procedure case files (former MIC)"
                owner "Văn phòng Bộ"
                hosted ttdl-tttt
            }
            database csdl-van-ban-khcn "Cơ sở dữ liệu văn bản điều hành (khối KH&CN cũ)" {
                en "Official documents (former MOST)"
                owner "Văn phòng Bộ"
                hosted ttdl-khcn
            }
            database csdl-van-ban-tttt "Cơ sở dữ liệu văn bản điều hành (khối TT&TT cũ)" {
                en "Official documents (former MIC)"
                owner "Văn phòng Bộ"
                hosted ttdl-tttt
            }
            database csdl-can-bo "Cơ sở dữ liệu cán bộ, công chức, viên chức của Bộ" {
                en "Ministry personnel database"
                owner "Vụ Tổ chức cán bộ"
                hosted ttdl-khcn
                shares csdlqg-cbccvc
            }
        }

        application {
            description "Ứng dụng được đầu tư theo từng đơn vị, trùng lặp giữa hai khối; tích hợp chủ yếu qua hai LGSP riêng và một số kết nối điểm – điểm."
            assessment {
                results "Các nghiệp vụ chính đều có hệ thống thông tin hỗ trợ; hai LGSP đã kết nối NDXP."
                shortcomings "Ứng dụng trùng lặp giữa hai khối (một cửa, quản lý văn bản, cổng thông tin); nhiều kết nối điểm – điểm không qua LGSP."
                causes "Hệ thống được đầu tư riêng theo từng đơn vị và từng bộ trước hợp nhất."
            }
            portal cong-dvc-khcn-cu "Cổng dịch vụ công của Bộ KH&CN (trước hợp nhất)" {
                en "Public-service portal of the former MOST"
                owner "Văn phòng Bộ"
                codes MH-ARM.01.02
                supports dvc-truc-tuyen
                level 2
                hosted ttdl-khcn
            }
            portal cong-dvc-tttt "Cổng dịch vụ công của Bộ TT&TT (trước hợp nhất)" {
                en "Public-service portal of the former MIC"
                owner "Văn phòng Bộ"
                codes MH-ARM.01.02
                supports dvc-truc-tuyen
                level 2
                hosted ttdl-tttt
            }
            app motcua-khcn "Hệ thống một cửa điện tử của Bộ KH&CN (trước hợp nhất)" {
                en "One-stop-shop system of the former MOST"
                owner "Văn phòng Bộ"
                operator "Trung tâm Công nghệ thông tin"
                realizes httt-tthc
                codes MH-ARM.01.03
                supports tiep-nhan-tthc
                stores csdl-hs-tthc-khcn
                integrates cong-dvc-quoc-gia via lgsp-khcn-cu, ndxp "Đồng bộ hồ sơ, trạng thái xử lý"
                level 3 approved "…/QĐ-BKHCN"
                hosted ttdl-khcn
            }
            app motcua-tttt "Hệ thống thông tin giải quyết thủ tục hành chính của Bộ TT&TT (trước hợp nhất)" {
                en "Administrative-procedure system of the former MIC"
                owner "Văn phòng Bộ"
                operator "Trung tâm Công nghệ thông tin"
                realizes httt-tthc
                codes MH-ARM.01.03
                supports tiep-nhan-tthc, cap-phep-vien-thong, quan-ly-buu-chinh
                stores csdl-hs-tthc-tttt
                integrates cong-dvc-quoc-gia, csdlqg-dan-cu via lgsp-tttt, ndxp
                level 3 approved "…/QĐ-BTTTT"
                hosted ttdl-tttt
            }
            app qlvb-khcn "Hệ thống quản lý văn bản và điều hành (khối KH&CN cũ)" {
                en "Document management system (former MOST)"
                owner "Văn phòng Bộ"
                realizes qlvb-dieu-hanh
                codes MH-ARM.03.01
                supports quan-ly-van-ban
                stores csdl-van-ban-khcn
                integrates truc-lien-thong-van-ban
                level 2
                hosted ttdl-khcn
            }
            app qlvb-tttt "Hệ thống quản lý văn bản và điều hành (khối TT&TT cũ)" {
                en "Document management system (former MIC)"
                owner "Văn phòng Bộ"
                realizes qlvb-dieu-hanh
                codes MH-ARM.03.01
                supports quan-ly-van-ban, chi-dao-dieu-hanh
                stores csdl-van-ban-tttt
                integrates truc-lien-thong-van-ban
                level 2
                hosted ttdl-tttt
            }
            platform lgsp-khcn-cu "Nền tảng tích hợp, chia sẻ dữ liệu của Bộ KH&CN (trước hợp nhất)" {
                en "Integration platform of the former MOST"
                owner "Trung tâm Công nghệ thông tin"
                operator "Trung tâm Công nghệ thông tin"
                realizes lgsp
                codes MH-ARM.05.01
                integrates ndxp
                level 3 approved "…/QĐ-BKHCN"
                hosted ttdl-khcn
            }
            platform lgsp-tttt "Nền tảng tích hợp, chia sẻ dữ liệu của Bộ TT&TT (trước hợp nhất)" {
                en "Integration platform of the former MIC"
                owner "Trung tâm Công nghệ thông tin"
                operator "Trung tâm Công nghệ thông tin"
                realizes lgsp
                codes MH-ARM.05.01
                integrates ndxp
                level 3 approved "…/QĐ-BTTTT"
                hosted ttdl-tttt
            }
            app ht-bao-cao-khcn "Hệ thống thông tin báo cáo của Bộ" {
                en "Ministry reporting system"
                owner "Văn phòng Bộ"
                realizes httt-bao-cao
                codes MH-ARM.04.01
                supports bao-cao-thong-ke
                integrates httt-bao-cao-chinh-phu via lgsp-khcn-cu, ndxp
                level 2
                hosted ttdl-khcn
            }
            app httt-khcn "Hệ thống thông tin quốc gia về khoa học và công nghệ" {
                en "National science and technology information system"
                owner "Cục Thông tin, Thống kê"
                operator "Cục Thông tin, Thống kê"
                realizes httt-chuyen-nganh
                codes MH-ARM.02.02
                supports quan-ly-nhiem-vu-khcn
                stores csdl-khcn-quoc-gia
                level 3 approved "…/QĐ-BKHCN"
                hosted ttdl-khcn
            }
            app ht-shcn "Hệ thống quản lý đơn và văn bằng sở hữu công nghiệp" {
                en "Industrial property administration system"
                owner "Cục Sở hữu trí tuệ"
                operator "Trung tâm Công nghệ thông tin (Cục Sở hữu trí tuệ)"
                description "Tiếp nhận đơn trực tuyến, quản lý quy trình thẩm định và cấp văn bằng; vận hành tại phòng máy chủ của Cục."
                realizes httt-chuyen-nganh
                codes MH-ARM.02.01
                supports xac-lap-quyen-shcn
                stores csdl-shcn
                level 3 approved "…/QĐ-BKHCN"
                hosted phong-may-don-vi
            }
            app ht-tdc "Hệ thống quản lý tiêu chuẩn, đo lường, chất lượng" {
                en "Standards, metrology and quality system"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                realizes httt-chuyen-nganh
                codes MH-ARM.02.02
                supports quan-ly-tdc
                stores csdl-tdc, csdl-ma-so-ma-vach
                level 2
                hosted phong-may-don-vi
            }
            app ht-tan-so "Hệ thống quản lý và cấp phép tần số vô tuyến điện" {
                en "Radio-frequency management and licensing system"
                owner "Cục Tần số vô tuyến điện"
                operator "Trung tâm Công nghệ thông tin (Cục Tần số vô tuyến điện)"
                realizes httt-chuyen-nganh
                codes MH-ARM.02.01
                supports cap-phep-tan-so
                stores csdl-tan-so
                level 3 approved "…/QĐ-BTTTT"
                hosted phong-may-don-vi
            }
            app ht-vien-thong "Hệ thống quản lý cấp phép và tài nguyên viễn thông" {
                en "Telecommunications licensing and resources system"
                owner "Cục Viễn thông"
                operator "Trung tâm Công nghệ thông tin"
                realizes httt-chuyen-nganh
                codes MH-ARM.02.01
                supports cap-phep-vien-thong
                stores csdl-vien-thong
                level 3 approved "…/QĐ-BTTTT"
                hosted ttdl-tttt
            }
            app ht-buc-xa "Hệ thống quản lý an toàn bức xạ" {
                en "Radiation safety management system"
                owner "Cục An toàn bức xạ và hạt nhân"
                realizes httt-chuyen-nganh
                codes MH-ARM.02.02
                supports cap-phep-buc-xa
                stores csdl-buc-xa
                level 2
                hosted ttdl-khcn
            }
            portal cong-ttdt-khcn "Cổng thông tin điện tử Bộ Khoa học và Công nghệ" {
                en "Ministry web portal"
                owner "Trung tâm Công nghệ thông tin"
                realizes kenh-cong-ttdt
                codes MH-ARM.01.01
                level 2
                hosted dam-may-thue
            }
            portal cong-ttdt-tttt "Cổng thông tin điện tử Bộ TT&TT (trước hợp nhất, duy trì tra cứu)" {
                en "Web portal of the former MIC (kept for look-ups)"
                owner "Trung tâm Công nghệ thông tin"
                realizes kenh-cong-ttdt
                codes MH-ARM.01.01
                level 2
                hosted ttdl-tttt
            }
            app thu-dien-tu "Hệ thống thư điện tử công vụ (hai tên miền)" {
                en "Official e-mail (two domains)"
                owner "Trung tâm Công nghệ thông tin"
                realizes kenh-email
                codes MH-ARM.03.02
                level 2
                hosted ttdl-tttt
            }
            app hop-truc-tuyen "Hệ thống hội nghị truyền hình" {
                en "Video conferencing"
                owner "Văn phòng Bộ"
                codes MH-ARM.03.03
                supports chi-dao-dieu-hanh
                level 2
                hosted ttdl-tttt
            }
            app ht-quan-ly-can-bo "Phần mềm quản lý cán bộ, công chức, viên chức" {
                en "Personnel management software"
                owner "Vụ Tổ chức cán bộ"
                codes MH-ARM.03.04
                supports quan-ly-can-bo
                stores csdl-can-bo
                level 2
                hosted ttdl-khcn
            }
        }

        technology {
            description "Hạ tầng phân tán ở hai trụ sở và nhiều phòng máy chủ của các cục; ảo hóa cục bộ, chưa có nền tảng điện toán đám mây dùng chung."
            assessment {
                results "Hai trung tâm dữ liệu tại hai trụ sở, kết nối Mạng truyền số liệu chuyên dùng; ảo hóa được áp dụng tại trung tâm dữ liệu chính."
                shortcomings "Nhiều phòng máy chủ riêng của các cục; chưa có nền tảng điện toán đám mây dùng chung; chưa triển khai IPv6 đầy đủ."
                causes "Hạ tầng được đầu tư phân tán theo dự án của từng đơn vị."
            }
            datacenter ttdl-khcn "Trung tâm dữ liệu tại trụ sở 113 Trần Duy Hưng (khối KH&CN cũ)" {
                en "Data centre at the former MOST headquarters"
                owner "Trung tâm Công nghệ thông tin"
                description "Phòng máy chủ đạt mức cơ bản; nguồn điện, làm mát dự phòng một phần."
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            datacenter ttdl-tttt "Trung tâm dữ liệu tại trụ sở 18 Nguyễn Du (khối TT&TT cũ)" {
                en "Data centre at the former MIC headquarters"
                owner "Trung tâm Công nghệ thông tin"
                realizes ttdl-bo-tinh
                codes MH-TRM.01.01
            }
            infrastructure phong-may-don-vi "Phòng máy chủ của các cục (Sở hữu trí tuệ, Tần số vô tuyến điện, Ủy ban TĐC...)" {
                en "Server rooms of departments"
                owner "Các cục"
                description "Năm phòng máy chủ độc lập, mỗi nơi tự vận hành, sao lưu và bảo đảm an toàn."
                realizes ha-tang-cntt
                codes MH-TRM.01.03
            }
            infrastructure ao-hoa-khcn "Cụm ảo hóa máy chủ" {
                en "Server virtualisation clusters"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-TRM.01.03
            }
            infrastructure luu-tru-san "Hệ thống lưu trữ SAN" {
                en "SAN storage"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-TRM.01.04
            }
            network mang-tslcd "Kết nối Mạng truyền số liệu chuyên dùng" {
                en "Connection to the dedicated government data network"
                owner "Trung tâm Công nghệ thông tin"
                realizes mtslcd
                codes MH-TRM.03.01
            }
            network mang-lan "Mạng nội bộ tại các trụ sở" {
                en "Headquarters LANs"
                owner "Văn phòng Bộ"
                codes MH-TRM.03.02
            }
            network wan-don-vi "Mạng diện rộng kết nối các trung tâm tần số khu vực" {
                en "WAN to regional frequency centres"
                owner "Cục Tần số vô tuyến điện"
                codes MH-TRM.03.02
            }
            network ket-noi-internet "Kết nối Internet" {
                en "Internet connectivity"
                owner "Trung tâm Công nghệ thông tin"
                description "Hai đường kết nối riêng cho hai trụ sở, chưa cân bằng tải."
                codes MH-TRM.03.03
            }
            cloud dam-may-thue "Dịch vụ đám mây thuê ngoài cho một số cổng thông tin" {
                en "Outsourced cloud hosting for some portals"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-TRM.02.03
            }
            device may-tram-cbcc "Máy trạm và thiết bị ngoại vi của cán bộ" {
                en "Staff workstations and peripherals"
                owner "Văn phòng Bộ"
                realizes may-tram
                codes MH-TRM.06.01
            }
            device thiet-bi-hntt "Thiết bị hội nghị truyền hình" {
                en "Video-conferencing equipment"
                owner "Văn phòng Bộ"
                codes MH-TRM.06.04
            }
            device tram-giam-sat-tan-so "Trạm giám sát tần số cố định và lưu động" {
                en "Fixed and mobile frequency-monitoring stations"
                owner "Cục Tần số vô tuyến điện"
                codes MH-TRM.06.03
            }
        }

        security {
            description "Các biện pháp bảo vệ được triển khai riêng cho từng trung tâm dữ liệu; SOC của khối TT&TT cũ giám sát một phần hệ thống; nhiều hệ thống chưa được phê duyệt hồ sơ đề xuất cấp độ."
            assessment {
                results "Trung tâm dữ liệu chính có lớp bảo vệ biên; SOC của khối Thông tin và Truyền thông cũ giám sát một phần hệ thống và đã kết nối hệ thống giám sát quốc gia."
                shortcomings "Giám sát chưa bao phủ hệ thống của khối Khoa học và Công nghệ cũ; nhiều hệ thống cấp độ 2 chưa được phê duyệt hồ sơ đề xuất cấp độ."
                causes "Biện pháp bảo vệ triển khai riêng cho từng trung tâm dữ liệu, chưa có quy chế an toàn thông tin thống nhất sau hợp nhất."
            }
            protection {
                onsite "Trung tâm Công nghệ thông tin có bộ phận an toàn thông tin; các cục có phòng máy chủ riêng tự bảo đảm an toàn thông tin, chưa có cán bộ chuyên trách."
                monitoring "SOC của khối Thông tin và Truyền thông cũ giám sát các hệ thống tại trung tâm dữ liệu chính; hệ thống của khối Khoa học và Công nghệ cũ chưa được giám sát chuyên nghiệp."
                inspection "Kiểm tra, đánh giá độc lập thực hiện theo từng dự án, chưa định kỳ cho toàn bộ hệ thống."
                national "SOC của khối Thông tin và Truyền thông cũ đã kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia."
            }
            system soc-tttt "Hệ thống giám sát an toàn thông tin (SOC) của khối TT&TT cũ" {
                en "Security operations centre of the former MIC"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.02.01
                protects ttdl-tttt, motcua-tttt, qlvb-tttt, lgsp-tttt
                integrates soc-quoc-gia
            }
            system giam-sat-khcn "Dịch vụ giám sát an toàn thông tin thuê ngoài (khối KH&CN cũ)" {
                en "Outsourced security monitoring (former MOST)"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.02.01
                protects ttdl-khcn, motcua-khcn, cong-dvc-khcn-cu
            }
            system tuong-lua-khcn "Tường lửa vùng biên trụ sở 113 Trần Duy Hưng" {
                en "Perimeter firewall, former MOST site"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.04.01
                protects ttdl-khcn
            }
            system tuong-lua-tttt "Tường lửa vùng biên trụ sở 18 Nguyễn Du" {
                en "Perimeter firewall, former MIC site"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.04.01
                protects ttdl-tttt
            }
            system ips-tttt "Hệ thống phát hiện, ngăn chặn xâm nhập" {
                en "Intrusion prevention"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.04.02
                protects ttdl-tttt
            }
            system ma-doc-tap-trung "Phần mềm phòng chống mã độc quản trị tập trung" {
                en "Centrally managed anti-malware"
                owner "Trung tâm Công nghệ thông tin"
                description "Triển khai cho khoảng 60% máy trạm; có kết nối chia sẻ thông tin mã độc với hệ thống quốc gia."
                codes MH-SRM.02.04
                protects may-tram-cbcc
                integrates giam-sat-tan-cong-mang
            }
            measure sao-luu "Sao lưu dữ liệu định kỳ tại chỗ" {
                en "On-site periodic backup"
                owner "Trung tâm Công nghệ thông tin"
                description "Sao lưu hằng tuần ra băng từ và thiết bị lưu trữ trong cùng trung tâm dữ liệu; chưa có bản sao ở địa điểm khác."
                codes MH-SRM.05.03
                protects csdl-khcn-quoc-gia, csdl-vien-thong, csdl-hs-tthc-khcn, csdl-hs-tthc-tttt
            }
            measure ho-so-cap-do "Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin" {
                en "Security-level classification files"
                owner "Trung tâm Công nghệ thông tin"
                description "Khoảng 45% hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ."
                codes MH-SRM.01.02
            }
            measure quy-che-attt "Quy chế bảo đảm an toàn thông tin mạng (hai quy chế của hai khối)" {
                en "Security rules (one per former ministry)"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.01.01
            }
            measure xac-thuc-rieng "Xác thực tài khoản riêng theo từng hệ thống" {
                en "Separate accounts per system"
                owner "Các đơn vị chủ quản hệ thống"
                description "Mỗi hệ thống có kho tài khoản riêng; mật khẩu một yếu tố; chưa có đăng nhập một lần."
                codes MH-SRM.03.01
                protects qlvb-khcn, qlvb-tttt, httt-khcn
            }
            measure ky-so-chuyen-dung "Sử dụng chữ ký số chuyên dùng Chính phủ" {
                en "Government digital signatures"
                owner "Văn phòng Bộ"
                codes MH-SRM.05.01
                protects qlvb-khcn, qlvb-tttt
            }
            measure dao-tao-attt "Đào tạo, nâng cao nhận thức an toàn thông tin" {
                en "Security awareness training"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.01.03
            }
            measure ung-cuu-su-co "Đội ứng cứu sự cố an toàn thông tin mạng của Bộ" {
                en "Ministry incident response team"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.02.03
            }
            measure kiem-tra-dinh-ky "Kiểm tra, đánh giá an toàn thông tin hằng năm" {
                en "Annual security assessment"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.01.04
            }
        }
    }
}

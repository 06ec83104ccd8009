// Target architecture (Chương 1, III.2.e), business component. The target is split over one file per component
// architecture; this file also carries the description of the whole target.
framework bo-khcn {
    target {
        description "Đến năm 2030, Bộ Khoa học và Công nghệ có một kiến trúc thống nhất: một Trung tâm dữ liệu chính cùng một trung tâm dự phòng và nền tảng điện toán đám mây của Bộ; một LGSP kết nối NDXP; một hệ thống thông tin giải quyết thủ tục hành chính cung cấp dịch vụ qua Cổng Dịch vụ công quốc gia; một hệ thống quản lý văn bản và điều hành; kho dữ liệu dùng chung, nền tảng phân tích dữ liệu, cổng dữ liệu và Trung tâm giám sát, điều hành thông minh; SOC của Bộ giám sát toàn bộ hệ thống và kết nối SOC quốc gia."

        business {
            description "Nghiệp vụ được tái cấu trúc theo chức năng, nhiệm vụ tại Nghị định 55/2025/NĐ-CP: một quy trình cho mỗi nhóm thủ tục hành chính, nghiệp vụ chuyên ngành thực hiện trên dữ liệu số, chỉ đạo, điều hành dựa trên dữ liệu."
            actor nguoi-dan-dn "Người dân, doanh nghiệp" {
                en "Citizens and businesses"
                description "Thực hiện thủ tục hành chính của Bộ qua Cổng Dịch vụ công quốc gia, đăng nhập bằng tài khoản định danh điện tử VNeID."
                keeps nguoi-dan-dn
                realizes nguoi-dan, doanh-nghiep
                uses cong-dvc-quoc-gia, cong-ttdt-bo, cong-du-lieu-bo
            }
            actor to-chuc-khcn "Tổ chức khoa học và công nghệ" {
                en "Science and technology organisations"
                keeps to-chuc-khcn
                realizes co-quan-to-chuc
                uses httt-khcn, cong-du-lieu-bo
            }
            actor can-bo-bo "Cán bộ, công chức, viên chức của Bộ" {
                en "Civil servants of the ministry"
                keeps can-bo-bo
                realizes cbccvc
                uses qlvb-bo, tro-ly-ao
            }
            actor lanh-dao-bo "Lãnh đạo Bộ và lãnh đạo các đơn vị" {
                en "Ministry and unit leadership"
                description "Theo dõi chỉ tiêu ngành, tình hình giải quyết thủ tục hành chính và an toàn thông tin trên Trung tâm giám sát, điều hành thông minh."
                keeps lanh-dao-bo
                realizes cbccvc
                uses ioc-bo, qlvb-bo
            }
            activity tiep-nhan-tthc "Giải quyết thủ tục hành chính toàn trình, thống nhất" {
                en "End-to-end handling of administrative procedures"
                owner "Văn phòng Bộ"
                description "Một quy trình điện tử cho mọi thủ tục hành chính của Bộ; tái sử dụng dữ liệu dân cư, doanh nghiệp và kết quả đã số hóa; trả kết quả điện tử có ký số."
                upgrades tiep-nhan-tthc
                codes MH-BRM.01.01
            }
            service dvc-truc-tuyen "Dịch vụ công trực tuyến toàn trình qua Cổng Dịch vụ công quốc gia" {
                en "End-to-end online public services via the National Public Service Portal"
                owner "Văn phòng Bộ"
                upgrades dvc-truc-tuyen
                codes MH-BRM.01.02
            }
            service thanh-toan-truc-tuyen "Thanh toán trực tuyến phí, lệ phí" {
                en "Online payment of fees"
                owner "Vụ Kế hoạch - Tài chính"
                description "Thu phí, lệ phí sở hữu công nghiệp, tần số, viễn thông và các thủ tục khác qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia."
                codes MH-BRM.01.03
            }
            activity quan-ly-nhiem-vu-khcn "Quản lý nhiệm vụ khoa học và công nghệ trên môi trường số" {
                en "Digital management of science and technology projects"
                owner "Vụ Khoa học kỹ thuật và công nghệ"
                description "Đề xuất, tuyển chọn, đánh giá, nghiệm thu và đăng ký kết quả hoàn toàn trực tuyến; hội đồng khoa học làm việc trên hồ sơ điện tử."
                upgrades quan-ly-nhiem-vu-khcn
                codes MH-BRM.02.03.01
            }
            activity ho-tro-dmst "Hỗ trợ đổi mới sáng tạo, khởi nghiệp và doanh nghiệp công nghệ" {
                en "Support for innovation, start-ups and technology enterprises"
                owner "Cục Đổi mới sáng tạo"
                description "Chứng nhận doanh nghiệp khoa học và công nghệ, theo dõi hệ sinh thái khởi nghiệp, đo lường chỉ số đổi mới sáng tạo cấp địa phương."
                codes MH-BRM.02.03.02
            }
            activity xac-lap-quyen-shcn "Xác lập quyền sở hữu công nghiệp điện tử" {
                en "Electronic granting of industrial property rights"
                owner "Cục Sở hữu trí tuệ"
                description "Nộp đơn, thẩm định, công bố và cấp văn bằng bảo hộ điện tử; tra cứu sở hữu công nghiệp mở cho công chúng."
                upgrades xac-lap-quyen-shcn
                codes MH-BRM.02.02.02
            }
            activity quan-ly-tdc "Quản lý tiêu chuẩn, đo lường, chất lượng" {
                en "Standards, metrology and quality management"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                keeps quan-ly-tdc
                codes MH-BRM.02.02.03
            }
            activity cap-phep-ha-tang-so "Cấp phép viễn thông, tần số vô tuyến điện và bưu chính" {
                en "Telecommunications, radio-frequency and postal licensing"
                owner "Cục Viễn thông"
                description "Ba nhóm thủ tục cấp phép về hạ tầng số dùng chung một quy trình trên hệ thống thông tin giải quyết thủ tục hành chính của Bộ và dữ liệu chuyên ngành liên thông."
                replaces cap-phep-vien-thong, cap-phep-tan-so, quan-ly-buu-chinh
                codes MH-BRM.02.02.01
            }
            activity quan-ly-cn-cns "Phát triển công nghiệp công nghệ số" {
                en "Digital technology industry development"
                owner "Cục Công nghiệp công nghệ thông tin"
                upgrades quan-ly-cn-cns
                codes MH-BRM.02.04
            }
            activity quan-ly-gddt "Quản lý nhà nước về giao dịch điện tử" {
                en "Regulation of electronic transactions"
                owner "Cục Chuyển đổi số quốc gia"
                description "Tiếp nhận, tổng hợp dữ liệu về giao dịch điện tử theo Luật Giao dịch điện tử 2023 (Chương 3, II.16)."
                codes MH-BRM.02.04
            }
            activity cap-phep-buc-xa "Cấp phép an toàn bức xạ, hạt nhân" {
                en "Radiation and nuclear safety licensing"
                owner "Cục An toàn bức xạ và hạt nhân"
                upgrades cap-phep-buc-xa
                codes MH-BRM.02.02
            }
            activity thanh-tra "Thanh tra, kiểm tra chuyên ngành dựa trên dữ liệu" {
                en "Data-driven sectoral inspection"
                owner "Thanh tra Bộ"
                description "Lập kế hoạch thanh tra theo mức độ rủi ro tính từ dữ liệu cấp phép và dữ liệu giám sát chuyên ngành."
                upgrades thanh-tra
                codes MH-BRM.02.05
            }
            activity bao-cao-thong-ke "Thống kê, báo cáo trực tuyến" {
                en "Online statistics and reporting"
                owner "Cục Thông tin, Thống kê"
                upgrades bao-cao-thong-ke
                codes MH-BRM.02.06
            }
            activity quan-ly-van-ban "Quản lý văn bản, hồ sơ công việc điện tử" {
                en "Electronic document and case-file management"
                owner "Văn phòng Bộ"
                upgrades quan-ly-van-ban
                codes MH-BRM.04.01
            }
            activity chi-dao-dieu-hanh "Chỉ đạo, điều hành dựa trên dữ liệu" {
                en "Data-driven executive direction"
                owner "Văn phòng Bộ"
                upgrades chi-dao-dieu-hanh
                codes MH-BRM.04.02
            }
            activity quan-ly-can-bo "Quản lý tổ chức, cán bộ" {
                en "Personnel management"
                owner "Vụ Tổ chức cán bộ"
                keeps quan-ly-can-bo
                codes MH-BRM.04.03
            }
            service cung-cap-du-lieu-mo "Cung cấp dữ liệu mở của ngành" {
                en "Open data of the sector"
                owner "Cục Thông tin, Thống kê"
                codes MH-BRM.05.02
            }
            service ho-tro-nguoi-dan "Hỗ trợ, giải đáp người dân, doanh nghiệp" {
                en "Help desk for citizens and businesses"
                owner "Văn phòng Bộ"
                description "Giải đáp qua trợ lý ảo, tổng đài và thư điện tử; câu hỏi thường gặp được cập nhật từ dữ liệu hồ sơ thủ tục hành chính."
                codes MH-BRM.05.03
            }
        }
    }
}

// Target architecture (Chương 1, III.2.e) — business. Most activities stay; what changes is how they are
// carried out: without administrative boundaries, on one set of systems, and on data.
framework tinh_lao_cai {
    target {
        description "Kiến trúc mục tiêu đến năm 2030: một bộ hệ thống dùng chung cho toàn tỉnh sau hợp nhất, vận hành trên Trung tâm dữ liệu tỉnh và nền tảng điện toán đám mây của tỉnh, kết nối với các hệ thống quốc gia qua LGSP tỉnh và NDXP; dữ liệu được quản trị tập trung, khai thác phục vụ chỉ đạo, điều hành và công bố dữ liệu mở; mọi hệ thống được giám sát bởi SOC tỉnh."
        business {
            description "Hoạt động nghiệp vụ của chính quyền hai cấp, được thực hiện trên môi trường số, không phụ thuộc địa giới hành chính; bổ sung hoạt động quản trị dữ liệu, cung cấp dữ liệu mở và cảnh báo sớm thiên tai."
            actor nguoi_dan "Người dân" {
                description "Người dân sử dụng dịch vụ công trực tuyến, ứng dụng di động của tỉnh và định danh điện tử VNeID."
                keeps nguoi_dan
                realizes nguoi-dan
                uses httt_tthc_tinh, app_cong_dan, vneid
            }
            actor doanh_nghiep "Doanh nghiệp, hợp tác xã" {
                description "Doanh nghiệp, hợp tác xã thực hiện thủ tục hành chính, khai báo qua cửa khẩu số và khai thác dữ liệu mở của tỉnh."
                keeps doanh_nghiep
                realizes doanh-nghiep
                uses httt_tthc_tinh, cua_khau_so, cong_du_lieu_tinh
            }
            actor cbccvc_tinh "Cán bộ, công chức, viên chức cấp tỉnh" {
                description "Cán bộ, công chức, viên chức cấp tỉnh xử lý công việc trên môi trường mạng, có trợ lý ảo hỗ trợ tra cứu văn bản, quy trình."
                keeps cbccvc_tinh
                realizes cbccvc
                uses qlvb_tinh, httt_tthc_tinh, tro_ly_ao
            }
            actor cbcc_xa "Cán bộ, công chức cấp xã" {
                description "Cán bộ, công chức của các xã, phường dùng chung hệ thống của tỉnh, không đầu tư hệ thống riêng."
                keeps cbcc_xa
                realizes cbccvc
                uses qlvb_tinh, httt_tthc_tinh, bao_cao_tinh
            }
            actor lanh_dao_tinh "Lãnh đạo tỉnh" {
                description "Lãnh đạo tỉnh theo dõi, chỉ đạo trên Trung tâm giám sát, điều hành thông minh và Hệ thống thông tin báo cáo."
                keeps lanh_dao_tinh
                uses ioc_tinh, bao_cao_tinh
            }
            actor du_khach "Du khách trong nước và quốc tế" {
                description "Du khách tra cứu, đặt dịch vụ và phản ánh qua nền tảng du lịch thông minh của toàn tỉnh."
                keeps du_khach
                uses du_lich_thong_minh, app_cong_dan
            }
            activity tiep_nhan_tthc "Tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Người dân, doanh nghiệp nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa của bất kỳ xã, phường nào hoặc trực tuyến; hồ sơ được luân chuyển điện tử tới cơ quan có thẩm quyền trên một hệ thống duy nhất."
                upgrades tiep_nhan_tthc
                codes MH-BRM.01.01
            }
            process quy_trinh_mot_cua "Quy trình điện tử giải quyết thủ tục hành chính theo mô hình chính quyền hai cấp" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Bộ quy trình nội bộ, quy trình điện tử được tái cấu trúc theo thẩm quyền mới của cấp tỉnh và cấp xã, mô hình hóa thống nhất và cấu hình trên hệ thống giải quyết thủ tục hành chính."
                upgrades quy_trinh_mot_cua
                codes MH-BRM.01.01
                standards 2.14
            }
            service dvc_truc_tuyen "Dịch vụ công trực tuyến toàn trình" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Mọi thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; biểu mẫu điện tử được điền sẵn từ CSDL quốc gia về dân cư và kho kết quả giải quyết thủ tục hành chính."
                upgrades dvc_truc_tuyen
                codes MH-BRM.01.02
            }
            service thanh_toan_truc_tuyen "Thu phí, lệ phí và thanh toán trực tuyến" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Thanh toán phí, lệ phí thủ tục hành chính trực tuyến qua Cổng Dịch vụ công quốc gia, đối soát tự động với hồ sơ."
                codes MH-BRM.01.03
            }
            activity phan_anh_kien_nghi "Tiếp nhận, xử lý phản ánh, kiến nghị qua một đầu mối" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một đầu mối tiếp nhận phản ánh, kiến nghị của toàn tỉnh (ứng dụng di động, tổng đài, Cổng thông tin điện tử), tự động chuyển tới xã, phường hoặc sở, ngành xử lý và công khai kết quả."
                upgrades phan_anh_kien_nghi
                codes MH-BRM.01.05
            }
            activity quan_ly_van_ban "Quản lý văn bản, hồ sơ công việc" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giữ nguyên nghiệp vụ; thực hiện trên một hệ thống quản lý văn bản và điều hành cho toàn tỉnh."
                keeps quan_ly_van_ban
                codes MH-BRM.04.01
            }
            activity chi_dao_dieu_hanh "Chỉ đạo, điều hành dựa trên dữ liệu" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Lãnh đạo tỉnh theo dõi chỉ tiêu kinh tế - xã hội, tiến độ nhiệm vụ, tình hình giải quyết thủ tục hành chính và cảnh báo thiên tai theo thời gian thực trên một Trung tâm giám sát, điều hành thông minh."
                upgrades chi_dao_dieu_hanh
                codes MH-BRM.04.02
            }
            activity bao_cao_thong_ke "Tổng hợp báo cáo, thống kê kinh tế - xã hội" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một bộ chỉ tiêu báo cáo thống nhất cho toàn tỉnh; số liệu được lấy tự động từ hệ thống nghiệp vụ và kho dữ liệu dùng chung thay cho nhập tay."
                upgrades bao_cao_thong_ke
                codes MH-BRM.02.06
            }
            activity quan_ly_can_bo "Quản lý cán bộ, công chức, viên chức" {
                description "Dùng trực tiếp CSDL quốc gia về cán bộ, công chức, viên chức thay cho hai phần mềm riêng của hai tỉnh cũ."
                owner "Sở Nội vụ"
                keeps quan_ly_can_bo
                uses csdlqg-cbccvc
                codes MH-BRM.04.03
            }
            activity quan_ly_dat_dai "Quản lý đất đai trên cơ sở dữ liệu đất đai thống nhất" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Đăng ký, cập nhật biến động đất đai trên một hệ thống cho toàn tỉnh, liên thông điện tử với thủ tục hành chính, thuế và CSDL quốc gia về đất đai."
                upgrades quan_ly_dat_dai
                codes MH-BRM.03.01
            }
            activity quan_ly_moi_truong "Quản lý tài nguyên, môi trường" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Giữ nguyên nghiệp vụ quản lý tài nguyên, môi trường; dữ liệu của hai khu vực được hợp nhất vào một cơ sở dữ liệu."
                keeps quan_ly_moi_truong
                codes MH-BRM.03.01
            }
            activity canh_bao_thien_tai "Giám sát, cảnh báo sớm lũ quét, sạt lở đất" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Giám sát mưa, mực nước, chuyển dịch đất tại các điểm có nguy cơ; phát cảnh báo sớm tới chính quyền xã, thôn, bản và người dân qua tin nhắn, ứng dụng di động và loa truyền thanh."
                codes MH-BRM.03.09
            }
            activity quan_ly_nong_nghiep "Quản lý sản xuất nông, lâm nghiệp và truy xuất nguồn gốc" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý vùng trồng, mã số vùng trồng, truy xuất nguồn gốc các sản phẩm chủ lực (quế, chè, dược liệu, cây ăn quả) phục vụ xuất khẩu."
                upgrades quan_ly_nong_nghiep
                codes MH-BRM.03.04
            }
            activity quan_ly_xay_dung "Quản lý quy hoạch, xây dựng, giao thông" {
                owner "Sở Xây dựng"
                description "Giữ nguyên nghiệp vụ; dữ liệu được chuẩn hóa và đồng bộ với CSDL quốc gia về hoạt động xây dựng."
                keeps quan_ly_xay_dung
                codes MH-BRM.03.05
            }
            activity quan_ly_y_te "Quản lý y tế, khám bệnh, chữa bệnh" {
                owner "Sở Y tế"
                description "Giữ nguyên nghiệp vụ và hệ thống hiện có, kết nối qua LGSP tỉnh."
                keeps quan_ly_y_te
                codes MH-BRM.03.02
            }
            activity quan_ly_giao_duc "Quản lý giáo dục và đào tạo" {
                owner "Sở Giáo dục và Đào tạo"
                description "Giữ nguyên nghiệp vụ và hệ thống hiện có, kết nối qua LGSP tỉnh."
                keeps quan_ly_giao_duc
                codes MH-BRM.03.03
            }
            activity quan_ly_du_lich "Quản lý, xúc tiến du lịch thông minh" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Một bộ dữ liệu du lịch cho toàn tỉnh (Sa Pa, Bắc Hà, Y Tý, Mù Cang Chải, hồ Thác Bà), đo lường lượt khách từ dữ liệu lưu trú và vé điện tử, quảng bá chung một thương hiệu."
                upgrades quan_ly_du_lich
                codes MH-BRM.03.07
            }
            activity quan_ly_cua_khau "Quản lý cửa khẩu số" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Khai báo trước, điều tiết phương tiện, thanh toán phí và theo dõi hàng hóa qua cửa khẩu trên nền tảng số, liên thông với các cơ quan quản lý chuyên ngành tại cửa khẩu."
                upgrades quan_ly_cua_khau
                codes MH-BRM.03.08
            }
            activity quan_tri_du_lieu "Quản trị, điều phối dữ liệu của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Xây dựng, cập nhật danh mục dữ liệu dùng chung, phân công cơ quan chủ quản dữ liệu, kiểm soát chất lượng và điều phối chia sẻ dữ liệu theo Luật Dữ liệu và Nghị định số 47/2020/NĐ-CP."
                codes MH-BRM.02.04
            }
            service cung_cap_du_lieu_mo "Cung cấp dữ liệu mở của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Công bố dữ liệu mở theo danh mục được UBND tỉnh phê duyệt trên Cổng dữ liệu tỉnh, đồng bộ với Cổng dữ liệu quốc gia."
                codes MH-BRM.05.02
            }
        }
    }
}

// Kiến trúc nghiệp vụ, hiện trạng và mục tiêu. The current state is the example's survey of the end of 2025, six
// months after the merger, drawn from press reports where it gives figures (sources beside them); the target
// keeps the activities and changes how they are carried out: without administrative boundaries, on one set of
// systems, on data, and measured by results (the first principle of Quyết định 3090/QĐ-BKHCN).
framework tinh_gia_lai {
    current {
        description "Hiện trạng khảo sát tháng 12/2025, sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định (Nghị quyết số 202/2025/QH15) và chấm dứt hoạt động của đơn vị hành chính cấp huyện từ ngày 01/7/2025. Trung tâm chính trị - hành chính của tỉnh đặt tại khu vực thành phố Quy Nhơn cũ, cách khu vực Pleiku khoảng 170 km. Hệ thống giải quyết thủ tục hành chính đã dùng chung cho toàn tỉnh; phần lớn các hệ thống dùng chung khác (nền tảng tích hợp, quản lý văn bản, báo cáo, giám sát, điều hành) vẫn tồn tại thành hai bộ song song của hai tỉnh cũ, đặt tại hai trung tâm dữ liệu. Toàn tỉnh có 43 cơ sở dữ liệu, hệ thống thông tin do các sở, ngành quản lý, dữ liệu phân tán theo ngành, chất lượng chưa bảo đảm “đúng, đủ, sạch, sống”."
        business {
            description "Các hoạt động nghiệp vụ của chính quyền tỉnh và 135 xã, phường sau sắp xếp. Thủ tục hành chính đã được tiếp nhận trên một hệ thống; chỉ đạo, điều hành, báo cáo và quản lý chuyên ngành còn dựa trên hệ thống của từng tỉnh cũ."
            assessment {
                // As reported for 1/7–24/8/2025: 227,748 dossiers received, over 185,000 online; 97.5% on time
                // (https://www.vietnam.vn/en/ban-phap-che-hdnd-tinh-gia-lai-giam-sat-tai-trung-tam-phuc-vu-hanh-chinh-cong-tinh).
                results "Thủ tục hành chính của tỉnh và xã, phường được tiếp nhận, giải quyết trên một hệ thống từ ngày 01/7/2025; từ 01/7 đến 24/8/2025 toàn tỉnh tiếp nhận khoảng 227.700 hồ sơ, trên 185.000 hồ sơ trực tuyến, 97,5% hồ sơ được giải quyết đúng hạn."
                results "Trung tâm Phục vụ hành chính công tỉnh được thành lập từ ngày 01/7/2025 trên cơ sở hợp nhất hai trung tâm của hai tỉnh cũ, có hai cơ sở tại phường Quy Nhơn và phường Pleiku; 100% cán bộ, công chức được cấp chữ ký số."
                shortcomings "Chỉ đạo, điều hành và báo cáo còn dựa trên hai hệ thống của hai tỉnh cũ; số liệu của hai khu vực phải tổng hợp thủ công."
                shortcomings "Mục tiêu và chỉ số của các nhiệm vụ chuyển đổi số chủ yếu đo bằng khối lượng đầu tư, chưa đo bằng kết quả phục vụ người dân, doanh nghiệp."
                causes "Việc sắp xếp đơn vị hành chính có hiệu lực từ ngày 01/7/2025, trong khi hệ thống của hai tỉnh cũ được đầu tư riêng, theo quy trình riêng."
                causes "Chưa có bộ chỉ số kết quả thống nhất cho toàn tỉnh gắn với Khung kiến trúc tổng thể quốc gia số."
            }
            actor nguoi_dan "Người dân" {
                description "Người dân của tỉnh sau hợp nhất (hơn 3,1 triệu người), trong đó đồng bào dân tộc thiểu số Jrai, Bahnar và các dân tộc khác ở vùng cao nguyên, biên giới; là người sử dụng dịch vụ công trực tuyến và các kênh thông tin của tỉnh."
                realizes nguoi-dan
            }
            actor doanh_nghiep "Doanh nghiệp, hợp tác xã" {
                description "Doanh nghiệp, hợp tác xã, hộ kinh doanh, trong đó có doanh nghiệp cảng biển, logistics tại Quy Nhơn, doanh nghiệp chế biến, xuất khẩu nông sản vùng Tây Nguyên và doanh nghiệp du lịch."
                realizes doanh-nghiep
            }
            actor cbccvc_tinh "Cán bộ, công chức, viên chức cấp tỉnh" {
                description "Cán bộ, công chức, viên chức của Văn phòng UBND tỉnh, các sở, ban, ngành và đơn vị sự nghiệp thuộc tỉnh, làm việc tại hai khu vực Quy Nhơn và Pleiku."
                realizes cbccvc
            }
            actor cbcc_xa "Cán bộ, công chức cấp xã" {
                description "Cán bộ, công chức của 135 xã, phường; từ 01/7/2025 tiếp nhận phần lớn nhiệm vụ của cấp huyện trước đây."
                realizes cbccvc
            }
            actor lanh_dao_tinh "Lãnh đạo tỉnh" {
                description "Thường trực Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh: người sử dụng thông tin chỉ đạo, điều hành và báo cáo."
            }
            actor du_khach "Du khách trong nước và quốc tế" {
                description "Du khách đến vùng biển Quy Nhơn, Kỳ Co, Eo Gió và vùng cao nguyên Pleiku, Biển Hồ, núi lửa Chư Đăng Ya; sử dụng thông tin, dịch vụ du lịch trực tuyến của tỉnh."
            }
            activity tiep_nhan_tthc "Tiếp nhận, giải quyết thủ tục hành chính" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Tiếp nhận, giải quyết và trả kết quả thủ tục hành chính tại hai cơ sở của Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa của các xã, phường, trên một hệ thống từ ngày 01/7/2025."
                codes MH-BRM.01.01
            }
            process quy_trinh_mot_cua "Quy trình một cửa, một cửa liên thông" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; được ban hành lại theo thẩm quyền của cấp tỉnh và cấp xã, nhưng chưa được mô hình hóa thống nhất."
                codes MH-BRM.01.01
            }
            service dvc_truc_tuyen "Dịch vụ công trực tuyến" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Khoảng 2.140 dịch vụ công trực tuyến, trong đó khoảng 820 dịch vụ toàn trình (tháng 8/2025), đồng bộ trạng thái với Cổng Dịch vụ công quốc gia."
                codes MH-BRM.01.02
            }
            activity phan_anh_kien_nghi "Tiếp nhận, xử lý phản ánh, kiến nghị" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp qua tổng đài, ứng dụng di động và Cổng thông tin điện tử; mỗi khu vực có một đầu mối và một ứng dụng riêng."
                codes MH-BRM.01.05
            }
            activity quan_ly_van_ban "Quản lý văn bản, hồ sơ công việc" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Soạn thảo, ký số, phát hành, tiếp nhận văn bản điện tử và lập hồ sơ công việc trên môi trường mạng; văn bản giữa hai khu vực đi qua Trục liên thông văn bản quốc gia."
                codes MH-BRM.04.01
            }
            activity chi_dao_dieu_hanh "Chỉ đạo, điều hành của Ủy ban nhân dân tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giao việc, theo dõi nhiệm vụ, phòng họp không giấy, hội nghị trực tuyến của UBND tỉnh với các sở, ngành, xã, phường."
                codes MH-BRM.04.02
            }
            activity bao_cao_thong_ke "Tổng hợp báo cáo, thống kê kinh tế - xã hội" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Thu thập, tổng hợp số liệu báo cáo định kỳ, đột xuất từ sở, ngành, xã, phường để báo cáo UBND tỉnh và Chính phủ; hai bộ chỉ tiêu của hai tỉnh cũ."
                codes MH-BRM.02.06
            }
            activity quan_ly_can_bo "Quản lý cán bộ, công chức, viên chức" {
                owner "Sở Nội vụ"
                description "Quản lý hồ sơ, biên chế, vị trí việc làm của cán bộ, công chức, viên chức; hồ sơ đã được cập nhật đầy đủ sau sắp xếp bộ máy năm 2025."
                codes MH-BRM.04.03
            }
            activity quan_ly_dat_dai "Quản lý đất đai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Đăng ký đất đai, cấp giấy chứng nhận, cập nhật biến động, định giá đất; khoảng 1,62 triệu giấy chứng nhận đã được làm sạch, hai khu vực dùng hai phần mềm và hai cơ sở dữ liệu địa chính."
                codes MH-BRM.03.01
            }
            activity quan_ly_moi_truong "Quản lý tài nguyên, môi trường và phòng, chống thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quan trắc môi trường, quản lý tài nguyên nước, khoáng sản; theo dõi bão, áp thấp nhiệt đới, lũ ở vùng ven biển và hạn hán ở vùng cao nguyên."
                codes MH-BRM.03.09
            }
            activity quan_ly_nong_nghiep "Quản lý sản xuất nông, lâm, thủy sản" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý vùng trồng cà phê, hồ tiêu, cao su, sầu riêng, mã số vùng trồng phục vụ xuất khẩu; quản lý tàu cá, khai thác thủy sản vùng biển; quản lý rừng."
                codes MH-BRM.03.04
            }
            activity quan_ly_xay_dung "Quản lý quy hoạch, xây dựng, giao thông" {
                owner "Sở Xây dựng"
                description "Quản lý quy hoạch, cấp phép xây dựng, hạ tầng giao thông và hoạt động xây dựng trên địa bàn, trong đó tuyến kết nối Quy Nhơn – Pleiku và cao tốc Bắc – Nam."
                codes MH-BRM.03.05
            }
            activity quan_ly_y_te "Quản lý y tế, khám bệnh, chữa bệnh" {
                owner "Sở Y tế"
                description "Quản lý khám bệnh, chữa bệnh, y tế dự phòng, hồ sơ sức khỏe điện tử của người dân."
                codes MH-BRM.03.02
            }
            activity quan_ly_giao_duc "Quản lý giáo dục và đào tạo" {
                owner "Sở Giáo dục và Đào tạo"
                description "Quản lý trường, lớp, học sinh, giáo viên; tuyển sinh đầu cấp và học bạ số."
                codes MH-BRM.03.03
            }
            activity an_sinh_xa_hoi "Bảo trợ, an sinh xã hội" {
                owner "Sở Y tế"
                description "Chi trả trợ cấp, quản lý đối tượng bảo trợ xã hội, người có công; từ năm 2025 một phần nhiệm vụ của ngành lao động, thương binh và xã hội chuyển về Sở Y tế."
                codes MH-BRM.03.06
            }
            activity quan_ly_du_lich "Quản lý, xúc tiến du lịch" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Quản lý cơ sở lưu trú, điểm đến, hướng dẫn viên; quảng bá du lịch biển và cao nguyên. Hai khu vực có hai bộ dữ liệu và hai kênh quảng bá riêng."
                codes MH-BRM.03.07
            }
            activity quan_ly_cang_bien "Quản lý cảng biển, logistics và xuất nhập khẩu" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Quản lý Khu kinh tế Nhơn Hội, hoạt động cảng biển Quy Nhơn, dịch vụ logistics và hàng hóa xuất nhập khẩu của vùng Tây Nguyên qua cảng, cửa khẩu quốc tế Lệ Thanh."
                codes MH-BRM.03.08
            }
            activity quan_ly_khcn "Quản lý khoa học, công nghệ và đổi mới sáng tạo" {
                owner "Sở Khoa học và Công nghệ"
                description "Quản lý nhiệm vụ khoa học và công nghệ, hỗ trợ khởi nghiệp sáng tạo; phối hợp với các trung tâm nghiên cứu khoa học liên ngành tại Quy Nhơn."
                codes MH-BRM.02.03.01
            }
        }
    }

    target {
        description "Kiến trúc mục tiêu đến năm 2030, tổ chức theo bốn lớp chức năng của Khung kiến trúc tổng thể quốc gia số: hạ tầng số và an ninh mạng dùng chung (Trung tâm dữ liệu tỉnh tại Quy Nhơn, trung tâm dự phòng tại Pleiku, đám mây của tỉnh, SOC tỉnh); dữ liệu và nền tảng cốt lõi (nền tảng tích hợp, chia sẻ dữ liệu của tỉnh kết nối NDXP, nền tảng dữ liệu, xác thực tập trung); ứng dụng và nghiệp vụ dùng chung (một hệ thống cho mỗi nghiệp vụ dùng chung của tỉnh); kênh tương tác và đo lường hiệu quả (dịch vụ công, ứng dụng di động, trợ lý ảo, Trung tâm giám sát, điều hành thông minh đo bằng chỉ số kết quả)."
        business {
            description "Hoạt động nghiệp vụ của chính quyền hai cấp, thực hiện trên môi trường số, không phụ thuộc địa giới hành chính; bổ sung quản trị dữ liệu, đo lường kết quả, cung cấp dữ liệu mở và cảnh báo sớm thiên tai."
            actor nguoi_dan "Người dân" {
                description "Người dân sử dụng dịch vụ công trực tuyến, ứng dụng di động Gia Lai số, trợ lý ảo và định danh điện tử VNeID."
                keeps nguoi_dan
                realizes nguoi-dan
                uses httt_tthc_tinh, app_gia_lai_so, tro_ly_ao, vneid
            }
            actor doanh_nghiep "Doanh nghiệp, hợp tác xã" {
                description "Doanh nghiệp, hợp tác xã thực hiện thủ tục hành chính, khai báo trên nền tảng cảng biển, logistics và khai thác dữ liệu mở của tỉnh."
                keeps doanh_nghiep
                realizes doanh-nghiep
                uses httt_tthc_tinh, cang_bien_logistics, cong_du_lieu_tinh
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
                description "Lãnh đạo tỉnh theo dõi, chỉ đạo bằng chỉ số kết quả trên Trung tâm giám sát, điều hành thông minh và Hệ thống thông tin báo cáo."
                keeps lanh_dao_tinh
                uses ioc_tinh, bao_cao_tinh
            }
            actor du_khach "Du khách trong nước và quốc tế" {
                description "Du khách tra cứu, đặt dịch vụ và phản ánh qua nền tảng du lịch thông minh của toàn tỉnh."
                keeps du_khach
                uses du_lich_thong_minh, app_gia_lai_so
            }
            activity tiep_nhan_tthc "Tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Người dân, doanh nghiệp nộp hồ sơ tại bất kỳ cơ sở nào của Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa của bất kỳ xã, phường nào hoặc trực tuyến; giấy tờ đã có trong cơ sở dữ liệu được thay bằng dữ liệu."
                upgrades tiep_nhan_tthc
                codes MH-BRM.01.01
            }
            process quy_trinh_mot_cua "Quy trình điện tử giải quyết thủ tục hành chính theo mô hình chính quyền hai cấp" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Bộ quy trình nội bộ, quy trình điện tử được mô hình hóa thống nhất theo thẩm quyền của cấp tỉnh và cấp xã, cấu hình trên hệ thống giải quyết thủ tục hành chính, có thời gian chuẩn cho từng bước để đo lường."
                upgrades quy_trinh_mot_cua
                codes MH-BRM.01.01
                standards 2.14
            }
            service dvc_truc_tuyen "Dịch vụ công trực tuyến toàn trình" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Mọi thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình; biểu mẫu điện tử được điền sẵn từ CSDL quốc gia về dân cư và kho kết quả giải quyết thủ tục hành chính; trợ lý ảo hướng dẫn người dân."
                upgrades dvc_truc_tuyen
                codes MH-BRM.01.02
            }
            service thanh_toan_truc_tuyen "Thanh toán trực tuyến phí, lệ phí" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Người dân, doanh nghiệp nộp phí, lệ phí thủ tục hành chính trực tuyến qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia."
                codes MH-BRM.01.03
            }
            activity phan_anh_kien_nghi "Tiếp nhận, xử lý phản ánh, kiến nghị" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một đầu mối, một ứng dụng cho toàn tỉnh; phản ánh được phân loại tự động và chuyển đến cơ quan có thẩm quyền, thời gian xử lý được công khai."
                upgrades phan_anh_kien_nghi
                codes MH-BRM.01.05
            }
            activity quan_ly_van_ban "Quản lý văn bản, hồ sơ công việc" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một hệ thống quản lý văn bản cho toàn tỉnh; hồ sơ công việc cấp tỉnh, cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật) và lưu trữ điện tử."
                upgrades quan_ly_van_ban
                codes MH-BRM.04.01
            }
            activity chi_dao_dieu_hanh "Chỉ đạo, điều hành dựa trên dữ liệu" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giao việc, theo dõi nhiệm vụ và họp trên môi trường số; lãnh đạo tỉnh sử dụng bảng chỉ số kết quả của Trung tâm giám sát, điều hành thông minh."
                upgrades chi_dao_dieu_hanh
                codes MH-BRM.04.02
            }
            activity bao_cao_thong_ke "Tổng hợp báo cáo, thống kê kinh tế - xã hội" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một bộ chỉ tiêu cho toàn tỉnh; số liệu được lấy tự động từ hệ thống nghiệp vụ và kho dữ liệu dùng chung, không nhập lại."
                upgrades bao_cao_thong_ke
                codes MH-BRM.02.06
            }
            activity do_luong_ket_qua "Đo lường kết quả chuyển đổi số và mức độ hài lòng" {
                owner "Sở Khoa học và Công nghệ"
                description "Theo dõi các chỉ số kết quả của Khung kiến trúc (dịch vụ công toàn trình, dữ liệu được dùng lại, mức độ hài lòng, mức trưởng thành quản trị dữ liệu), công khai hằng quý và đánh giá hằng năm làm căn cứ điều chỉnh nhiệm vụ."
                codes MH-BRM.02.06
            }
            activity quan_tri_du_lieu "Quản trị dữ liệu của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Ban hành và thực hiện chiến lược dữ liệu, danh mục dữ liệu chủ, dữ liệu dùng chung, dữ liệu mở, dữ liệu tham chiếu và từ điển dữ liệu của tỉnh; đánh giá chất lượng dữ liệu “đúng, đủ, sạch, sống”."
                codes MH-BRM.02.04
            }
            service cung_cap_du_lieu_mo "Cung cấp dữ liệu mở" {
                owner "Sở Khoa học và Công nghệ"
                description "Công bố dữ liệu mở của tỉnh theo danh mục được phê duyệt trên Cổng dữ liệu tỉnh, liên kết Cổng dữ liệu quốc gia."
                codes MH-BRM.05.02
            }
            activity quan_ly_can_bo "Quản lý cán bộ, công chức, viên chức" {
                owner "Sở Nội vụ"
                description "Quản lý hồ sơ, vị trí việc làm, đánh giá cán bộ, công chức, viên chức theo kết quả công việc trên một hệ thống, đồng bộ với CSDL quốc gia về cán bộ, công chức, viên chức."
                keeps quan_ly_can_bo
                codes MH-BRM.04.03
            }
            activity quan_ly_dat_dai "Quản lý đất đai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Một cơ sở dữ liệu địa chính cho toàn tỉnh, đồng bộ với CSDL quốc gia về đất đai; đăng ký biến động liên thông với hệ thống giải quyết thủ tục hành chính."
                upgrades quan_ly_dat_dai
                codes MH-BRM.03.01
            }
            activity quan_ly_moi_truong "Quản lý tài nguyên, môi trường" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý tài nguyên nước, khoáng sản, quan trắc môi trường trên một hệ thống của tỉnh."
                upgrades quan_ly_moi_truong
                codes MH-BRM.03.01
            }
            activity canh_bao_thien_tai "Cảnh báo sớm bão, lũ, hạn hán" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Giám sát tự động mưa, mực nước, gió tại vùng ven biển và lưu vực sông Ba, sông Kôn; cảnh báo đến người dân qua ứng dụng di động và tin nhắn."
                codes MH-BRM.03.09
            }
            activity quan_ly_nong_nghiep "Quản lý sản xuất nông, lâm, thủy sản và truy xuất nguồn gốc" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý vùng trồng, mã số vùng trồng, truy xuất nguồn gốc nông sản xuất khẩu; giám sát tàu cá chống khai thác bất hợp pháp."
                upgrades quan_ly_nong_nghiep
                codes MH-BRM.03.04
            }
            activity quan_ly_xay_dung "Quản lý quy hoạch, xây dựng, giao thông" {
                owner "Sở Xây dựng"
                description "Quy hoạch, cấp phép xây dựng trực tuyến, dữ liệu đồng bộ với CSDL quốc gia về hoạt động xây dựng."
                keeps quan_ly_xay_dung
                codes MH-BRM.03.05
            }
            activity quan_ly_y_te "Quản lý y tế, khám bệnh, chữa bệnh" {
                owner "Sở Y tế"
                description "Hồ sơ sức khỏe điện tử của người dân, liên thông dữ liệu khám bệnh, chữa bệnh với bảo hiểm xã hội."
                keeps quan_ly_y_te
                codes MH-BRM.03.02
            }
            activity quan_ly_giao_duc "Quản lý giáo dục và đào tạo" {
                owner "Sở Giáo dục và Đào tạo"
                description "Tuyển sinh đầu cấp trực tuyến, học bạ số, dữ liệu ngành giáo dục đồng bộ với cơ sở dữ liệu của Bộ Giáo dục và Đào tạo."
                keeps quan_ly_giao_duc
                codes MH-BRM.03.03
            }
            activity an_sinh_xa_hoi "Bảo trợ, an sinh xã hội" {
                owner "Sở Y tế"
                description "Chi trả trợ cấp không dùng tiền mặt, xác định đối tượng bằng dữ liệu dân cư, không yêu cầu giấy tờ đã có trong cơ sở dữ liệu."
                upgrades an_sinh_xa_hoi
                codes MH-BRM.03.06
            }
            activity quan_ly_du_lich "Quản lý, xúc tiến du lịch" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Một bộ dữ liệu và một nền tảng quảng bá cho du lịch biển và cao nguyên của toàn tỉnh."
                upgrades quan_ly_du_lich
                codes MH-BRM.03.07
            }
            activity quan_ly_cang_bien "Quản lý cảng biển, logistics và xuất nhập khẩu" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Điều phối phương tiện, hàng hóa qua cảng Quy Nhơn và cửa khẩu quốc tế Lệ Thanh trên một nền tảng, kết nối Cơ chế một cửa quốc gia."
                upgrades quan_ly_cang_bien
                codes MH-BRM.03.08
            }
            activity quan_ly_khcn "Quản lý khoa học, công nghệ và đổi mới sáng tạo" {
                owner "Sở Khoa học và Công nghệ"
                description "Quản lý nhiệm vụ khoa học và công nghệ trực tuyến, kết nối các tổ chức nghiên cứu và doanh nghiệp khởi nghiệp sáng tạo."
                keeps quan_ly_khcn
                codes MH-BRM.02.03.01
            }
        }
    }
}

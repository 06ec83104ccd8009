// Current architecture (Chương 1, III.2.đ) — business. State as surveyed at the end of 2025, six months after
// the merger: the activities are those of the new province, but each is still supported by two sets of systems.
framework tinh_lao_cai {
    current {
        description "Hiện trạng khảo sát tháng 12/2025, sau khi hợp nhất tỉnh Lào Cai và tỉnh Yên Bái (Nghị quyết số 202/2025/QH15) và chấm dứt hoạt động của đơn vị hành chính cấp huyện từ ngày 1/7/2025. Tỉnh mới có trung tâm hành chính tại khu vực thành phố Yên Bái cũ và các xã, phường được sắp xếp theo Nghị quyết số …/NQ-UBTVQH15 năm 2025 của Ủy ban Thường vụ Quốc hội. Phần lớn hệ thống thông tin dùng chung vẫn tồn tại thành hai bộ song song (của tỉnh Lào Cai cũ và của tỉnh Yên Bái cũ), đặt tại hai trung tâm dữ liệu cách nhau khoảng 150 km, kết nối với nhau qua Mạng truyền số liệu chuyên dùng. Dữ liệu chuyên ngành phân tán, nhiều cơ sở dữ liệu chưa kết nối qua LGSP; năng lực giám sát an toàn thông tin không đồng đều giữa hai khu vực."
        business {
            description "Các hoạt động nghiệp vụ của chính quyền tỉnh và xã, phường sau sắp xếp; mỗi hoạt động đang được hỗ trợ bởi hai hệ thống của hai tỉnh cũ."
            assessment {
                results "Toàn bộ thủ tục hành chính của tỉnh và xã, phường được tiếp nhận, giải quyết trên hệ thống một cửa điện tử; tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt khoảng 58%."
                results "Văn bản điện tử, ký số được sử dụng trong điều hành từ cấp tỉnh đến xã, phường."
                shortcomings "Mỗi hoạt động nghiệp vụ còn dùng hai hệ thống của hai tỉnh cũ; hồ sơ nộp tại khu vực này chưa xử lý được trên hệ thống của khu vực kia."
                shortcomings "Quy trình nội bộ, quy trình điện tử chưa được ban hành lại theo mô hình chính quyền hai cấp."
                causes "Việc sắp xếp đơn vị hành chính có hiệu lực từ ngày 1/7/2025, trong khi hệ thống của hai tỉnh cũ được đầu tư riêng, theo quy trình riêng."
                causes "Chưa rà soát lại thẩm quyền giải quyết sau khi chấm dứt hoạt động của cấp huyện."
            }
            actor nguoi_dan "Người dân" {
                description "Người dân của tỉnh sau hợp nhất (khoảng 1,7 triệu người, số liệu ước tính cho ví dụ), trong đó phần lớn là đồng bào dân tộc thiểu số ở vùng cao, vùng biên giới; là người sử dụng dịch vụ công trực tuyến và các kênh thông tin của tỉnh."
                realizes nguoi-dan
            }
            actor doanh_nghiep "Doanh nghiệp, hợp tác xã" {
                description "Doanh nghiệp, hợp tác xã, hộ kinh doanh, trong đó có các doanh nghiệp xuất nhập khẩu qua các cửa khẩu của tỉnh và doanh nghiệp du lịch."
                realizes doanh-nghiep
            }
            actor cbccvc_tinh "Cán bộ, công chức, viên chức cấp tỉnh" {
                description "Cán bộ, công chức, viên chức của Văn phòng UBND tỉnh, các sở, ban, ngành và đơn vị sự nghiệp thuộc tỉnh."
                realizes cbccvc
            }
            actor cbcc_xa "Cán bộ, công chức cấp xã" {
                description "Cán bộ, công chức của Ủy ban nhân dân các xã, phường; từ 1/7/2025 tiếp nhận phần lớn nhiệm vụ của cấp huyện trước đây."
                realizes cbccvc
            }
            actor lanh_dao_tinh "Lãnh đạo tỉnh" {
                description "Thường trực Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh: người sử dụng thông tin chỉ đạo, điều hành và báo cáo."
            }
            actor du_khach "Du khách trong nước và quốc tế" {
                description "Du khách đến Sa Pa, Bắc Hà, Y Tý, Mù Cang Chải, hồ Thác Bà; sử dụng thông tin, dịch vụ du lịch trực tuyến của tỉnh."
            }
            activity tiep_nhan_tthc "Tiếp nhận, giải quyết thủ tục hành chính" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Tiếp nhận, giải quyết và trả kết quả thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa của các sở, ngành và các xã, phường. Hồ sơ của khu vực Lào Cai cũ và Yên Bái cũ đang được xử lý trên hai hệ thống khác nhau."
                codes MH-BRM.01.01
            }
            process quy_trinh_mot_cua "Quy trình một cửa, một cửa liên thông" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; đang được UBND tỉnh ban hành lại sau khi bỏ cấp huyện."
                codes MH-BRM.01.01
            }
            service dvc_truc_tuyen "Dịch vụ công trực tuyến" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Dịch vụ công trực tuyến một phần và toàn trình do tỉnh cung cấp, đồng bộ trạng thái với Cổng Dịch vụ công quốc gia."
                codes MH-BRM.01.02
            }
            activity phan_anh_kien_nghi "Tiếp nhận, xử lý phản ánh, kiến nghị" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp qua tổng đài, ứng dụng di động và Cổng thông tin điện tử; mỗi tỉnh cũ có một đầu mối riêng."
                codes MH-BRM.01.05
            }
            activity quan_ly_van_ban "Quản lý văn bản, hồ sơ công việc" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Soạn thảo, ký số, phát hành, tiếp nhận văn bản điện tử và lập hồ sơ công việc trên môi trường mạng; liên thông văn bản với các bộ, ngành qua Trục liên thông văn bản quốc gia."
                codes MH-BRM.04.01
            }
            activity chi_dao_dieu_hanh "Chỉ đạo, điều hành của Ủy ban nhân dân tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giao việc, theo dõi nhiệm vụ, họp và hội nghị trực tuyến của UBND tỉnh với các sở, ngành, xã, phường."
                codes MH-BRM.04.02
            }
            activity bao_cao_thong_ke "Tổng hợp báo cáo, thống kê kinh tế - xã hội" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Thu thập, tổng hợp số liệu báo cáo định kỳ, đột xuất từ sở, ngành, xã, phường để báo cáo UBND tỉnh và Chính phủ."
                codes MH-BRM.02.06
            }
            activity quan_ly_can_bo "Quản lý cán bộ, công chức, viên chức" {
                owner "Sở Nội vụ"
                description "Quản lý hồ sơ, biên chế, vị trí việc làm của cán bộ, công chức, viên chức; khối lượng lớn do sắp xếp bộ máy năm 2025."
                codes MH-BRM.04.03
            }
            activity quan_ly_dat_dai "Quản lý đất đai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Đăng ký đất đai, cấp giấy chứng nhận, cập nhật biến động, định giá đất; hai khu vực dùng hai phần mềm và hai cơ sở dữ liệu địa chính khác nhau."
                codes MH-BRM.03.01
            }
            activity quan_ly_moi_truong "Quản lý tài nguyên, môi trường và phòng, chống thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quan trắc môi trường, quản lý khoáng sản, tài nguyên nước; theo dõi mưa, lũ, sạt lở đất. Sau các đợt thiên tai năm 2024, yêu cầu cảnh báo sớm ở cấp thôn, bản trở nên cấp thiết."
                codes MH-BRM.03.01
            }
            activity quan_ly_nong_nghiep "Quản lý sản xuất nông, lâm nghiệp" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Quản lý vùng trồng, sản phẩm chủ lực (quế, chè, dược liệu, cây ăn quả), quản lý rừng và phát triển nông thôn mới."
                codes MH-BRM.03.04
            }
            activity quan_ly_xay_dung "Quản lý quy hoạch, xây dựng, giao thông" {
                owner "Sở Xây dựng"
                description "Quản lý quy hoạch, cấp phép xây dựng, quản lý hạ tầng giao thông và hoạt động xây dựng trên địa bàn."
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
            activity quan_ly_du_lich "Quản lý, xúc tiến du lịch" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Quản lý cơ sở lưu trú, điểm đến, hướng dẫn viên; quảng bá du lịch. Hai khu vực có hai bộ dữ liệu và hai kênh quảng bá riêng."
                codes MH-BRM.03.07
            }
            activity quan_ly_cua_khau "Quản lý hoạt động cửa khẩu, xuất nhập khẩu" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Điều hành phương tiện, hàng hóa xuất nhập khẩu qua cửa khẩu quốc tế Lào Cai và các cửa khẩu, lối mở trên tuyến biên giới với tỉnh Vân Nam (Trung Quốc)."
                codes MH-BRM.03.08
            }
        }
    }
}

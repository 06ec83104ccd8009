// Current architecture — data. Suffixes _lc / _yb mark what belonged to the former Lào Cai / Yên Bái province.
// DRM codes come from the built-in 2019 draft catalogue, which has few codes: only elements that fit one of
// them carry a DRM code.
framework tinh_lao_cai {
    current {
        data {
            description "Dữ liệu phân tán theo hai tỉnh cũ và theo từng sở, ngành; chưa có danh mục dữ liệu dùng chung thống nhất; chỉ một phần cơ sở dữ liệu chia sẻ qua LGSP."
            assessment {
                results "Các cơ sở dữ liệu chuyên ngành chính (thủ tục hành chính, đất đai, văn bản, y tế) đã được xây dựng và đang cập nhật thường xuyên."
                results "Một phần dữ liệu đã được chia sẻ với cơ sở dữ liệu quốc gia qua LGSP và NDXP."
                shortcomings "Dữ liệu của hai tỉnh cũ nằm trong hai bộ cơ sở dữ liệu, trùng lặp, chưa đồng bộ; chưa có danh mục dữ liệu dùng chung của tỉnh."
                shortcomings "Hồ sơ địa chính của khu vực Yên Bái cũ chưa được số hóa đầy đủ."
                causes "Cơ sở dữ liệu được đầu tư theo từng dự án của từng sở, ngành, chưa theo một mô hình dữ liệu chung."
                causes "Thiếu quy chế quản lý, chia sẻ dữ liệu áp dụng thống nhất trên toàn tỉnh mới."
            }
            database csdl_tthc_lc "CSDL hồ sơ thủ tục hành chính (khu vực Lào Cai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận trên hệ thống của tỉnh Lào Cai cũ từ năm 2019."
            }
            database csdl_tthc_yb "CSDL hồ sơ thủ tục hành chính (khu vực Yên Bái cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận trên hệ thống của tỉnh Yên Bái cũ; cấu trúc dữ liệu và mã thủ tục khác với khu vực Lào Cai cũ."
            }
            dataset ds_ket_qua_tthc_lc "Kết quả giải quyết thủ tục hành chính đã số hóa (khu vực Lào Cai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giấy tờ, kết quả giải quyết thủ tục hành chính đã được số hóa, dùng lại khi người dân nộp hồ sơ mới."
                in csdl_tthc_lc
            }
            database csdl_van_ban_lc "CSDL văn bản, hồ sơ công việc (khu vực Lào Cai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản đi, đến, hồ sơ công việc điện tử của các cơ quan thuộc tỉnh Lào Cai cũ."
            }
            database csdl_van_ban_yb "CSDL văn bản, hồ sơ công việc (khu vực Yên Bái cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản đi, đến, hồ sơ công việc điện tử của các cơ quan thuộc tỉnh Yên Bái cũ."
            }
            database csdl_dat_dai_lc "CSDL địa chính (khu vực Lào Cai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu địa chính, bản đồ địa chính dạng số của các xã, phường thuộc tỉnh Lào Cai cũ; đã đồng bộ một phần về CSDL quốc gia về đất đai."
                realizes phan-he-csdlqg
                shares csdlqg-dat-dai
            }
            database csdl_dat_dai_yb "CSDL địa chính (khu vực Yên Bái cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu địa chính của tỉnh Yên Bái cũ, còn nhiều xã chưa hoàn thành số hóa hồ sơ địa chính."
                realizes phan-he-csdlqg
            }
            database csdl_moi_truong_yb "CSDL tài nguyên và môi trường (khu vực Yên Bái cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu quan trắc môi trường, khoáng sản, tài nguyên nước của tỉnh Yên Bái cũ."
            }
            database csdl_quan_trac_lc "CSDL quan trắc tự động, khí tượng thủy văn (khu vực Lào Cai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Số liệu mưa, mực nước, quan trắc môi trường tự động từ các trạm trên địa bàn tỉnh Lào Cai cũ."
            }
            database csdl_xay_dung "CSDL quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Đồ án quy hoạch, giấy phép xây dựng; dữ liệu của hai tỉnh cũ đã được nhập chung nhưng chưa chuẩn hóa theo CSDL quốc gia về hoạt động xây dựng."
                codes DRM002.001
            }
            database csdl_y_te "CSDL y tế tỉnh" {
                owner "Sở Y tế"
                description "Dữ liệu khám bệnh, chữa bệnh, tiêm chủng, hồ sơ sức khỏe điện tử được tổng hợp từ các cơ sở y tế."
                codes DRM002
            }
            database csdl_giao_duc "CSDL ngành giáo dục (phân hệ của tỉnh)" {
                owner "Sở Giáo dục và Đào tạo"
                description "Dữ liệu trường, lớp, học sinh, giáo viên cập nhật lên cơ sở dữ liệu ngành giáo dục do Bộ Giáo dục và Đào tạo quản lý."
                codes DRM002
            }
            database csdl_nong_nghiep_lc "CSDL nông nghiệp, vùng trồng (khu vực Lào Cai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu vùng trồng, mã số vùng trồng phục vụ xuất khẩu nông sản sang Trung Quốc."
                codes DRM001.001
            }
            database csdl_du_lich_lc "CSDL du lịch (khu vực Lào Cai cũ)" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Cơ sở lưu trú, điểm đến, lượt khách của khu vực Lào Cai cũ, phục vụ ứng dụng du lịch thông minh Sa Pa."
                codes DRM001.001
            }
            database csdl_cua_khau "CSDL phương tiện, hàng hóa qua cửa khẩu" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Dữ liệu khai báo phương tiện, hàng hóa, lượt xuất nhập cảnh phương tiện tại cửa khẩu quốc tế Lào Cai và cửa khẩu Kim Thành."
                codes DRM001.003
            }
            database csdl_cbccvc_lc "CSDL cán bộ, công chức, viên chức (khu vực Lào Cai cũ)" {
                owner "Sở Nội vụ"
                description "Hồ sơ cán bộ, công chức, viên chức trên phần mềm quản lý riêng của tỉnh Lào Cai cũ, đồng bộ một chiều lên CSDL quốc gia về cán bộ, công chức, viên chức."
                shares csdlqg-cbccvc
            }
            database csdl_cbccvc_yb "CSDL cán bộ, công chức, viên chức (khu vực Yên Bái cũ)" {
                owner "Sở Nội vụ"
                description "Hồ sơ cán bộ, công chức, viên chức trên phần mềm quản lý riêng của tỉnh Yên Bái cũ."
                shares csdlqg-cbccvc
            }
            database kho_du_lieu_lc "Kho dữ liệu dùng chung (thí điểm, khu vực Lào Cai cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Kho dữ liệu thí điểm tổng hợp một số chỉ tiêu kinh tế - xã hội phục vụ Trung tâm điều hành thông minh của tỉnh Lào Cai cũ."
                codes DRM001.002
            }
        }
    }
}

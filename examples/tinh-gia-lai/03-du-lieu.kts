// Kiến trúc dữ liệu, hiện trạng và mục tiêu. Suffixes _gl / _bd mark what belonged to the former Gia Lai /
// Bình Định province. The target follows the data strategy the province prepares with the National Data Centre
// (co-operation signed 14/01/2026, https://plo.vn/gia-lai-xay-dung-chien-luoc-du-lieu-mo-hinh-diem-toan-quoc-post891369.html)
// and Nghị định 194/2025/NĐ-CP: master, reference, shared and open data with one owner each.
// DRM codes come from the built-in 2019 draft catalogue, which has few codes: only elements that fit one carry it.
framework tinh_gia_lai {
    current {
        data {
            description "Dữ liệu phân tán theo hai tỉnh cũ và theo từng sở, ngành (43 cơ sở dữ liệu, hệ thống thông tin); chưa có danh mục dữ liệu dùng chung, dữ liệu chủ của tỉnh; chỉ một phần cơ sở dữ liệu chia sẻ qua nền tảng tích hợp, chia sẻ dữ liệu."
            assessment {
                // As reported in 2025: 2.9 million household-registration records digitised (100%), 1.62 million land
                // certificates cleaned (80%) (https://www.vietnam.vn/en/gia-lai-day-manh-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so).
                results "Dữ liệu hộ tịch đã được số hóa toàn bộ (khoảng 2,9 triệu dữ liệu); khoảng 1,62 triệu giấy chứng nhận quyền sử dụng đất đã được làm sạch; hồ sơ cán bộ, công chức, viên chức được cập nhật đầy đủ."
                results "Hệ thống giải quyết thủ tục hành chính đã khai thác CSDL quốc gia về dân cư để xác thực thông tin công dân khi tiếp nhận hồ sơ."
                shortcomings "Dữ liệu phân tán, manh mún theo từng ngành và theo hai tỉnh cũ; chất lượng dữ liệu ở nhiều lĩnh vực chưa bảo đảm “đúng, đủ, sạch, sống”."
                shortcomings "Chưa có chiến lược dữ liệu, danh mục dữ liệu chủ, dữ liệu dùng chung, dữ liệu mở và từ điển dữ liệu của tỉnh; mô hình quản trị, bảo đảm an toàn dữ liệu chưa đồng bộ."
                causes "Cơ sở dữ liệu được đầu tư theo từng dự án của từng sở, ngành, của từng tỉnh cũ, chưa theo một mô hình dữ liệu chung."
                causes "Nhân lực chuyên trách về dữ liệu còn hạn chế."
            }
            database csdl_tthc "CSDL hồ sơ thủ tục hành chính tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận trên hệ thống dùng chung của tỉnh từ ngày 01/7/2025."
                classification shared, transactional, personal
            }
            database csdl_tthc_gl "CSDL hồ sơ thủ tục hành chính trước ngày 01/7/2025 (khu vực Gia Lai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hồ sơ, kết quả giải quyết thủ tục hành chính của tỉnh Gia Lai cũ, lưu để tra cứu; cấu trúc dữ liệu và mã thủ tục khác với hệ thống hiện hành."
                classification transactional, personal
            }
            dataset ds_ket_qua_tthc "Kết quả giải quyết thủ tục hành chính đã số hóa" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giấy tờ, kết quả giải quyết thủ tục hành chính đã được số hóa, dùng lại khi người dân nộp hồ sơ mới."
                in csdl_tthc
                classification shared, personal
            }
            database csdl_ho_tich "Dữ liệu hộ tịch đã số hóa" {
                owner "Sở Tư pháp"
                description "Khoảng 2,9 triệu dữ liệu đăng ký hộ tịch của hai tỉnh cũ đã được số hóa, phục vụ giải quyết thủ tục hành chính liên thông."
                classification sectoral, master, personal
            }
            database csdl_van_ban_gl "CSDL văn bản, hồ sơ công việc (khu vực Gia Lai cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản đi, đến, hồ sơ công việc điện tử của các cơ quan thuộc tỉnh Gia Lai cũ."
            }
            database csdl_van_ban_bd "CSDL văn bản, hồ sơ công việc (khu vực Bình Định cũ)" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản đi, đến, hồ sơ công việc điện tử của các cơ quan thuộc tỉnh Bình Định cũ."
            }
            database csdl_dat_dai_gl "CSDL địa chính (khu vực Gia Lai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu địa chính, bản đồ địa chính dạng số của các xã, phường thuộc tỉnh Gia Lai cũ; đã đồng bộ một phần về CSDL quốc gia về đất đai."
                realizes phan-he-csdlqg
                shares csdlqg-dat-dai
                classification sectoral, master, personal
            }
            database csdl_dat_dai_bd "CSDL địa chính (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu địa chính của tỉnh Bình Định cũ, trên phần mềm và mô hình dữ liệu khác với khu vực Gia Lai cũ."
                realizes phan-he-csdlqg
                shares csdlqg-dat-dai
                classification sectoral, master, personal
            }
            database csdl_quan_trac_bd "CSDL quan trắc, khí tượng thủy văn (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Số liệu mưa, mực nước, gió và quan trắc môi trường tự động từ các trạm vùng ven biển và lưu vực sông Kôn."
                classification sectoral, transactional
            }
            database csdl_nong_nghiep_gl "CSDL vùng trồng (khu vực Gia Lai cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu vùng trồng, mã số vùng trồng cà phê, hồ tiêu, sầu riêng phục vụ xuất khẩu."
                codes DRM001.001
                classification sectoral, master
            }
            database csdl_tau_ca_bd "CSDL tàu cá (khu vực Bình Định cũ)" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Đăng ký, đăng kiểm tàu cá, nhật ký khai thác và dữ liệu giám sát hành trình tàu cá."
                codes DRM001.003
                classification sectoral, transactional
            }
            database csdl_y_te "CSDL y tế tỉnh" {
                owner "Sở Y tế"
                description "Dữ liệu khám bệnh, chữa bệnh, tiêm chủng, hồ sơ sức khỏe điện tử được tổng hợp từ các cơ sở y tế của hai khu vực."
                codes DRM002
                classification sectoral, transactional, personal
            }
            database csdl_giao_duc "CSDL ngành giáo dục (phân hệ của tỉnh)" {
                owner "Sở Giáo dục và Đào tạo"
                description "Dữ liệu trường, lớp, học sinh, giáo viên cập nhật lên cơ sở dữ liệu ngành giáo dục do Bộ Giáo dục và Đào tạo quản lý."
                codes DRM002
                classification sectoral, master, personal
            }
            database csdl_cbccvc "CSDL cán bộ, công chức, viên chức tỉnh" {
                owner "Sở Nội vụ"
                description "Hồ sơ cán bộ, công chức, viên chức của toàn tỉnh, cập nhật đầy đủ sau sắp xếp bộ máy, đồng bộ lên CSDL quốc gia về cán bộ, công chức, viên chức."
                shares csdlqg-cbccvc
                classification sectoral, master, personal
            }
            database csdl_du_lich_bd "CSDL du lịch (khu vực Bình Định cũ)" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Cơ sở lưu trú, điểm đến, lượt khách của vùng biển Quy Nhơn."
                codes DRM001.001
                classification sectoral, open
            }
            database kho_du_lieu_bd "Kho dữ liệu dùng chung (thí điểm, khu vực Bình Định cũ)" {
                owner "Sở Khoa học và Công nghệ"
                description "Kho dữ liệu thí điểm tổng hợp một số chỉ tiêu kinh tế - xã hội phục vụ Trung tâm giám sát, điều hành thông minh của tỉnh Bình Định cũ."
                codes DRM001.002
                classification shared, analytical
            }
        }
    }

    target {
        data {
            description "Dữ liệu của tỉnh được quản trị theo chiến lược dữ liệu: mỗi dữ liệu có một cơ quan chủ quản, dữ liệu chủ và dữ liệu tham chiếu được tạo lập một lần trong kho dữ liệu dùng chung, đồng bộ với các cơ sở dữ liệu quốc gia qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh và NDXP; dữ liệu mở được công bố theo danh mục."
            database csdl_tthc "CSDL hồ sơ thủ tục hành chính tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Hồ sơ, kết quả giải quyết thủ tục hành chính của toàn tỉnh, gồm dữ liệu của tỉnh Gia Lai cũ được chuyển đổi về cùng một cấu trúc."
                upgrades csdl_tthc
                replaces csdl_tthc_gl
                classification shared, transactional, personal
            }
            dataset ds_ket_qua_tthc "Kho kết quả giải quyết thủ tục hành chính" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Kết quả giải quyết thủ tục hành chính đã ký số, dùng lại để người dân không phải nộp lại giấy tờ."
                upgrades ds_ket_qua_tthc
                in csdl_tthc
                classification shared, personal
            }
            database kho_du_lieu "Kho dữ liệu dùng chung tỉnh Gia Lai" {
                owner "Sở Khoa học và Công nghệ"
                description "Kho dữ liệu dùng chung tổng hợp dữ liệu chủ, dữ liệu tham chiếu và dữ liệu chỉ tiêu của các sở, ngành và xã, phường; nguồn dữ liệu của nền tảng dữ liệu và Trung tâm giám sát, điều hành thông minh."
                realizes kho-du-lieu-dung-chung
                replaces kho_du_lieu_bd
                codes DRM001.002
                classification shared, analytical
            }
            dataset ds_du_lieu_chu "Dữ liệu chủ của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Dữ liệu chủ về tổ chức, địa điểm, thửa đất, cơ sở sản xuất, kinh doanh của tỉnh, mỗi loại có một cơ quan chủ quản; tham chiếu mã định danh công dân và mã số doanh nghiệp của các cơ sở dữ liệu quốc gia."
                in kho_du_lieu
                classification shared, master
            }
            dataset ds_danh_muc "Danh mục dùng chung và dữ liệu tham chiếu" {
                owner "Sở Khoa học và Công nghệ"
                description "Danh mục đơn vị hành chính sau sắp xếp, danh mục cơ quan, thủ tục, địa danh của tỉnh, đồng bộ với Hệ thống danh mục điện tử dùng chung."
                in kho_du_lieu
                shares danh-muc-dung-chung
                classification shared, reference
            }
            dataset ds_chi_so_ket_qua "Dữ liệu chỉ số kết quả" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Chỉ số kết quả của các mục tiêu Khung kiến trúc và chỉ tiêu kinh tế - xã hội, lấy tự động từ các hệ thống nghiệp vụ, làm nguồn cho báo cáo và bảng điều hành."
                in kho_du_lieu
                classification shared, analytical
            }
            dataset ds_du_lieu_mo "Dữ liệu mở của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Dữ liệu mở theo danh mục được phê duyệt: quy hoạch, điểm du lịch, cơ sở lưu trú, giá đất, quan trắc môi trường."
                in kho_du_lieu
                classification open, reference
            }
            database csdl_ho_tich "Dữ liệu hộ tịch đã số hóa" {
                owner "Sở Tư pháp"
                description "Dữ liệu hộ tịch đã số hóa, khai thác qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh khi giải quyết thủ tục liên thông."
                keeps csdl_ho_tich
                classification sectoral, master, personal
            }
            database csdl_van_ban "CSDL văn bản, hồ sơ công việc tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản, hồ sơ công việc điện tử của toàn tỉnh trên một hệ thống, gồm dữ liệu của hai tỉnh cũ."
                replaces csdl_van_ban_gl, csdl_van_ban_bd
            }
            database csdl_dat_dai "CSDL đất đai tỉnh Gia Lai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Một cơ sở dữ liệu địa chính cho toàn tỉnh, là phân hệ của CSDL quốc gia về đất đai, đồng bộ thường xuyên."
                realizes phan-he-csdlqg
                replaces csdl_dat_dai_gl, csdl_dat_dai_bd
                shares csdlqg-dat-dai
                classification sectoral, master, personal
            }
            dataset ds_thua_dat "Dữ liệu thửa đất và người sử dụng đất" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thông tin thửa đất, người sử dụng đất, biến động, dùng chung cho thuế, xây dựng và thủ tục hành chính."
                in csdl_dat_dai
                classification sectoral, master, personal
            }
            database csdl_tai_nguyen_mt "CSDL tài nguyên và môi trường tỉnh" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu tài nguyên nước, khoáng sản, quan trắc môi trường của toàn tỉnh."
                classification sectoral, open
            }
            database csdl_thien_tai "CSDL quan trắc, cảnh báo thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Số liệu quan trắc tự động mưa, mực nước, gió, bản đồ vùng nguy cơ ngập lụt, sạt lở của toàn tỉnh."
                upgrades csdl_quan_trac_bd
                classification sectoral, transactional
            }
            database csdl_nong_nghiep "CSDL nông nghiệp, vùng trồng và tàu cá" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu vùng trồng, mã số vùng trồng, cơ sở đóng gói và dữ liệu tàu cá của toàn tỉnh."
                replaces csdl_nong_nghiep_gl, csdl_tau_ca_bd
                codes DRM001.001
                classification sectoral, master
            }
            database csdl_y_te "CSDL y tế tỉnh" {
                owner "Sở Y tế"
                description "Dữ liệu khám bệnh, chữa bệnh, tiêm chủng, hồ sơ sức khỏe điện tử của người dân toàn tỉnh."
                keeps csdl_y_te
                codes DRM002
                classification sectoral, transactional, personal
            }
            database csdl_giao_duc "CSDL ngành giáo dục (phân hệ của tỉnh)" {
                owner "Sở Giáo dục và Đào tạo"
                description "Dữ liệu trường, lớp, học sinh, giáo viên, học bạ số."
                keeps csdl_giao_duc
                codes DRM002
                classification sectoral, master, personal
            }
            database csdl_cbccvc "CSDL cán bộ, công chức, viên chức tỉnh" {
                owner "Sở Nội vụ"
                description "Hồ sơ cán bộ, công chức, viên chức và kết quả đánh giá theo công việc, đồng bộ với CSDL quốc gia."
                keeps csdl_cbccvc
                shares csdlqg-cbccvc
                classification sectoral, master, personal
            }
            database csdl_du_lich "CSDL du lịch tỉnh" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Cơ sở lưu trú, điểm đến, sự kiện, lượt khách của du lịch biển và cao nguyên toàn tỉnh."
                replaces csdl_du_lich_bd
                codes DRM001.001
                classification sectoral, open
            }
            database csdl_cang_bien "CSDL cảng biển, logistics" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Dữ liệu phương tiện, hàng hóa qua cảng Quy Nhơn, cửa khẩu quốc tế Lệ Thanh và các trung tâm logistics."
                codes DRM001.003
                classification sectoral, transactional
            }
        }
    }
}

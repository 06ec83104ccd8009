// Target architecture — data. Each pair of former-province databases becomes one; the shared data warehouse
// and the local sub-systems of national databases are the backbone (Chương 3, II.20.đ–e).
framework tinh_lao_cai {
    target {
        data {
            description "Dữ liệu được tổ chức theo nguyên tắc một cơ quan chủ quản cho mỗi loại dữ liệu; các CSDL chuyên ngành chia sẻ qua LGSP tỉnh; dữ liệu tổng hợp tập trung tại Kho dữ liệu dùng chung; dữ liệu mở được công bố trên Cổng dữ liệu tỉnh."
            database csdl_tthc "CSDL hồ sơ thủ tục hành chính tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Một cơ sở dữ liệu hồ sơ, kết quả giải quyết thủ tục hành chính cho toàn tỉnh; dữ liệu của hai tỉnh cũ được chuyển đổi về cấu trúc chung và bộ mã thủ tục theo CSDL quốc gia về thủ tục hành chính."
                classification shared, transactional, personal
                replaces csdl_tthc_lc, csdl_tthc_yb
                shares cong-dvc-quoc-gia "Đồng bộ trạng thái hồ sơ" { standards 1.4, 2.13 }
                hosted cloud_tinh
            }
            dataset ds_ket_qua_tthc "Kho kết quả giải quyết thủ tục hành chính điện tử" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Giấy tờ, kết quả giải quyết thủ tục hành chính đã số hóa và ký số, được dùng lại để người dân không phải nộp lại giấy tờ đã có."
                replaces ds_ket_qua_tthc_lc
                in csdl_tthc
                shares kho_du_lieu
            }
            database csdl_van_ban "CSDL văn bản, hồ sơ công việc tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Văn bản, hồ sơ công việc điện tử của toàn bộ cơ quan cấp tỉnh và cấp xã; hồ sơ đến hạn được nộp lưu vào lưu trữ lịch sử điện tử."
                replaces csdl_van_ban_lc, csdl_van_ban_yb
                hosted cloud_tinh
            }
            database csdl_dat_dai "Phân hệ CSDL quốc gia về đất đai tại tỉnh" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu địa chính, quy hoạch, giá đất của toàn tỉnh trong một cơ sở dữ liệu, là phân hệ tại địa phương của CSDL quốc gia về đất đai."
                realizes phan-he-csdlqg
                replaces csdl_dat_dai_lc, csdl_dat_dai_yb
                shares csdlqg-dat-dai
                hosted ttdl_tinh
            }
            dataset ds_thua_dat "Dữ liệu thửa đất và người sử dụng đất" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Thông tin thửa đất, người sử dụng đất, tình trạng pháp lý; người sử dụng đất được xác thực với CSDL quốc gia về dân cư."
                in csdl_dat_dai
                shares csdlqg-dat-dai { data "Thửa đất", "Người sử dụng đất" standards 2.9 }
            }
            database csdl_tai_nguyen_mt "CSDL tài nguyên và môi trường tỉnh" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Dữ liệu khoáng sản, tài nguyên nước, quan trắc môi trường của toàn tỉnh."
                replaces csdl_moi_truong_yb
                hosted cloud_tinh
            }
            database csdl_thien_tai "CSDL giám sát, cảnh báo thiên tai" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Số liệu mưa, mực nước, chuyển dịch đất theo thời gian thực, bản đồ điểm nguy cơ lũ quét, sạt lở đất và lịch sử cảnh báo của toàn tỉnh."
                upgrades csdl_quan_trac_lc
                hosted ttdl_tinh
            }
            database csdl_xay_dung "CSDL quy hoạch, cấp phép xây dựng" {
                owner "Sở Xây dựng"
                description "Dữ liệu quy hoạch, cấp phép xây dựng được chuẩn hóa và đồng bộ với CSDL quốc gia về hoạt động xây dựng."
                upgrades csdl_xay_dung
                shares csdlqg-hoat-dong-xay-dung
                codes DRM002.001
                hosted cloud_tinh
            }
            database csdl_y_te "CSDL y tế tỉnh" {
                owner "Sở Y tế"
                description "Giữ nguyên; chia sẻ dữ liệu tổng hợp cho Kho dữ liệu dùng chung qua LGSP tỉnh."
                keeps csdl_y_te
                shares kho_du_lieu
                codes DRM002
            }
            database csdl_giao_duc "CSDL ngành giáo dục (phân hệ của tỉnh)" {
                owner "Sở Giáo dục và Đào tạo"
                description "Giữ nguyên; chia sẻ dữ liệu tổng hợp cho Kho dữ liệu dùng chung qua LGSP tỉnh."
                keeps csdl_giao_duc
                shares kho_du_lieu
                codes DRM002
            }
            database csdl_nong_nghiep "CSDL nông nghiệp, vùng trồng và truy xuất nguồn gốc" {
                owner "Sở Nông nghiệp và Môi trường"
                description "Vùng trồng, mã số vùng trồng, cơ sở đóng gói và chuỗi truy xuất nguồn gốc sản phẩm nông, lâm nghiệp của toàn tỉnh."
                replaces csdl_nong_nghiep_lc
                codes DRM001.001
                hosted cloud_tinh
            }
            database csdl_du_lich "CSDL du lịch tỉnh" {
                owner "Sở Văn hóa, Thể thao và Du lịch"
                description "Điểm đến, cơ sở lưu trú, dịch vụ du lịch, lượt khách của toàn tỉnh, bổ sung dữ liệu khu vực Yên Bái cũ."
                replaces csdl_du_lich_lc
                codes DRM001.001
                hosted cloud_tinh
            }
            database csdl_cua_khau "CSDL cửa khẩu số" {
                owner "Ban Quản lý Khu kinh tế tỉnh"
                description "Dữ liệu khai báo trước, phương tiện, hàng hóa, thanh toán phí tại các cửa khẩu; chia sẻ cho các lực lượng chức năng tại cửa khẩu qua LGSP."
                upgrades csdl_cua_khau
                codes DRM001.003
                hosted ttdl_tinh
            }
            database kho_du_lieu "Kho dữ liệu dùng chung tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Kho dữ liệu tổng hợp từ các CSDL chuyên ngành, hệ thống giải quyết thủ tục hành chính và hệ thống báo cáo; là nguồn dữ liệu của IOC, nền tảng phân tích và Cổng dữ liệu tỉnh; đồng bộ dữ liệu về con người với Kho dữ liệu tổng hợp quốc gia."
                classification shared, analytical, personal
                realizes kho-du-lieu-dung-chung
                replaces kho_du_lieu_lc
                shares kho-du-lieu-tong-hop
                codes DRM001.002
                hosted ttdl_tinh
            }
            dataset ds_chi_tieu_ktxh "Bộ chỉ tiêu kinh tế - xã hội của tỉnh" {
                owner "Văn phòng Ủy ban nhân dân tỉnh"
                description "Bộ chỉ tiêu thống nhất cho toàn tỉnh sau hợp nhất, dùng chung cho báo cáo, IOC và phân tích."
                classification shared, reference
                in kho_du_lieu
                codes DRM001.002
            }
            dataset ds_du_lieu_mo "Dữ liệu mở của tỉnh" {
                owner "Sở Khoa học và Công nghệ"
                description "Các bộ dữ liệu mở theo danh mục được UBND tỉnh phê duyệt (điểm du lịch, cơ sở lưu trú, trường học, cơ sở y tế, quy hoạch, thủ tục hành chính...)."
                classification open
                in kho_du_lieu
                shares cong-du-lieu-quoc-gia { standards 2.6, 2.12 }
            }
        }
    }
}

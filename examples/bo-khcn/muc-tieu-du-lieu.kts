// Target architecture, data component. DRM codes are the built-in 2019 draft codes: they are coarse (sector level),
// so several databases share one code; the official Phụ lục II will refine them.
framework bo-khcn {
    target {
        data {
            description "Mỗi cơ sở dữ liệu có đơn vị chủ quản, danh mục dữ liệu và siêu dữ liệu; dữ liệu chuyên ngành được đồng bộ về Kho dữ liệu dùng chung của Bộ, chia sẻ qua LGSP và NDXP, công bố dữ liệu mở trên Cổng dữ liệu của Bộ và Cổng dữ liệu quốc gia."
            database csdl-khcn-quoc-gia "Cơ sở dữ liệu quốc gia về khoa học và công nghệ" {
                en "National science and technology database"
                owner "Cục Thông tin, Thống kê"
                description "Bổ sung dữ liệu nhân lực nghiên cứu, hạ tầng nghiên cứu dùng chung, công bố khoa học; kết nối định danh nhà khoa học với CSDL quốc gia về dân cư."
                upgrades csdl-khcn-quoc-gia
                codes DRM002
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            dataset ds-nhiem-vu-khcn "Dữ liệu nhiệm vụ khoa học và công nghệ" {
                en "Science and technology projects"
                owner "Cục Thông tin, Thống kê"
                upgrades ds-nhiem-vu-khcn
                in csdl-khcn-quoc-gia
            }
            dataset ds-nhan-luc-khcn "Dữ liệu nhân lực nghiên cứu khoa học và công nghệ" {
                en "Research workforce"
                owner "Cục Thông tin, Thống kê"
                in csdl-khcn-quoc-gia
            }
            database csdl-dmst "Cơ sở dữ liệu đổi mới sáng tạo, khởi nghiệp và doanh nghiệp khoa học và công nghệ" {
                en "Innovation, start-up and S&T enterprise database"
                owner "Cục Đổi mới sáng tạo"
                codes DRM001.001
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            dataset ds-chi-so-dmst "Bộ chỉ số đổi mới sáng tạo cấp địa phương" {
                en "Provincial innovation index"
                owner "Cục Đổi mới sáng tạo"
                in csdl-dmst
            }
            database csdl-shcn "Cơ sở dữ liệu sở hữu công nghiệp" {
                en "Industrial property database"
                owner "Cục Sở hữu trí tuệ"
                upgrades csdl-shcn
                codes DRM001.001
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            dataset ds-van-bang-shcn "Dữ liệu đơn và văn bằng bảo hộ sở hữu công nghiệp" {
                en "Industrial property applications and titles"
                owner "Cục Sở hữu trí tuệ"
                keeps ds-van-bang-shcn
                in csdl-shcn
            }
            database csdl-tdc "Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng" {
                en "National standards, metrology and quality database"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                upgrades csdl-tdc
                codes DRM001.003
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            dataset ds-tieu-chuan-quoc-gia "Danh mục tiêu chuẩn quốc gia (TCVN)" {
                en "National standards (TCVN) register"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                keeps ds-tieu-chuan-quoc-gia
                in csdl-tdc
            }
            database csdl-ma-so-ma-vach "Cơ sở dữ liệu mã số, mã vạch và truy xuất nguồn gốc" {
                en "Barcode and traceability database"
                owner "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
                upgrades csdl-ma-so-ma-vach
                codes DRM001.003
                hosted cloud-bo
            }
            database csdl-vien-thong "Cơ sở dữ liệu viễn thông và Internet" {
                en "Telecommunications and Internet database"
                owner "Cục Viễn thông"
                upgrades csdl-vien-thong
                codes DRM002.001
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            dataset ds-giay-phep-vien-thong "Dữ liệu giấy phép viễn thông" {
                en "Telecommunications licences"
                owner "Cục Viễn thông"
                keeps ds-giay-phep-vien-thong
                in csdl-vien-thong
            }
            database csdl-tan-so "Cơ sở dữ liệu tần số vô tuyến điện" {
                en "Radio-frequency database"
                owner "Cục Tần số vô tuyến điện"
                upgrades csdl-tan-so
                codes DRM002.001
                hosted ttdl-bo
                shares kho-dl-dung-chung
            }
            dataset ds-giay-phep-tan-so "Dữ liệu giấy phép tần số và thiết bị vô tuyến điện" {
                en "Radio-frequency and radio-equipment licences"
                owner "Cục Tần số vô tuyến điện"
                keeps ds-giay-phep-tan-so
                in csdl-tan-so
            }
            database csdl-buu-chinh "Cơ sở dữ liệu bưu chính và mã bưu chính" {
                en "Postal and postcode database"
                owner "Vụ Bưu chính"
                upgrades csdl-buu-chinh
                codes DRM001.002
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            database csdl-cn-cns "Cơ sở dữ liệu công nghiệp công nghệ số" {
                en "Digital technology industry database"
                owner "Cục Công nghiệp công nghệ thông tin"
                description "Doanh nghiệp công nghệ số, sản phẩm, khu công nghệ thông tin tập trung; thay cho CSDL doanh nghiệp công nghệ thông tin."
                replaces csdl-dn-cntt
                codes DRM001.001
                hosted cloud-bo
                shares kho-dl-dung-chung
            }
            database csdl-gddt "Cơ sở dữ liệu giao dịch điện tử" {
                en "Electronic transactions database"
                owner "Cục Chuyển đổi số quốc gia"
                codes DRM001.002
                hosted ttdl-bo
            }
            database csdl-buc-xa "Cơ sở dữ liệu an toàn bức xạ, hạt nhân" {
                en "Radiation and nuclear safety database"
                owner "Cục An toàn bức xạ và hạt nhân"
                upgrades csdl-buc-xa
                codes DRM002
                hosted ttdl-bo
            }
            database csdl-tthc-bo "Cơ sở dữ liệu hồ sơ thủ tục hành chính của Bộ" {
                en "Administrative-procedure case files"
                owner "Văn phòng Bộ"
                description "Một cơ sở dữ liệu thống nhất cho hồ sơ và kết quả giải quyết thủ tục hành chính; dữ liệu hai hệ thống cũ được chuyển đổi vào."
                replaces csdl-hs-tthc-khcn, csdl-hs-tthc-tttt
                hosted cloud-bo
            }
            dataset ds-ket-qua-tthc "Kho kết quả giải quyết thủ tục hành chính điện tử" {
                en "Electronic results of administrative procedures"
                owner "Văn phòng Bộ"
                in csdl-tthc-bo
                shares cong-dvc-quoc-gia
            }
            database csdl-van-ban "Cơ sở dữ liệu văn bản và hồ sơ công việc điện tử" {
                en "Official documents and case files"
                owner "Văn phòng Bộ"
                replaces csdl-van-ban-khcn, csdl-van-ban-tttt
                hosted cloud-bo
            }
            database csdl-can-bo "Cơ sở dữ liệu cán bộ, công chức, viên chức của Bộ" {
                en "Ministry personnel database"
                owner "Vụ Tổ chức cán bộ"
                keeps csdl-can-bo
                hosted cloud-bo
                shares csdlqg-cbccvc
            }
            database csdl-danh-muc "Cơ sở dữ liệu danh mục dùng chung của Bộ" {
                en "Shared code lists of the ministry"
                owner "Cục Thông tin, Thống kê"
                description "Danh mục lĩnh vực khoa học và công nghệ, loại hình giấy phép, đơn vị hành chính, cơ quan; đồng bộ với Hệ thống danh mục điện tử dùng chung."
                hosted cloud-bo
                shares danh-muc-dung-chung
            }
            database kho-dl-dung-chung "Kho dữ liệu dùng chung của Bộ" {
                en "Ministry shared data warehouse"
                owner "Trung tâm Công nghệ thông tin"
                description "Tổng hợp dữ liệu từ các cơ sở dữ liệu chuyên ngành, hồ sơ thủ tục hành chính và báo cáo để phân tích, chia sẻ và công bố (Chương 3, II.20.e)."
                realizes kho-du-lieu-dung-chung
                hosted ttdl-bo
                shares kho-du-lieu-tong-hop, nen-tang-dieu-phoi-du-lieu
            }
            dataset ds-du-lieu-mo "Tập dữ liệu mở của Bộ" {
                en "Open data sets of the ministry"
                owner "Cục Thông tin, Thống kê"
                description "Dữ liệu mở về nhiệm vụ khoa học và công nghệ, văn bằng sở hữu công nghiệp, tiêu chuẩn quốc gia, giấy phép viễn thông, tần số; định dạng máy đọc được."
                in kho-dl-dung-chung
                shares cong-du-lieu-quoc-gia
            }
        }
    }
}

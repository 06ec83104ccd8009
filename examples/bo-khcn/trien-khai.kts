// Implementation (Chương 1, III.2.g): the roadmap from the current to the target architecture, 2026–2030.
// Budgets are planning estimates of the example, not approved figures.
framework bo-khcn {
    implementation {
        description "Khoảng cách giữa hiện trạng và mục tiêu tập trung ở bốn điểm: hạ tầng và hệ thống trùng lặp giữa hai khối trước hợp nhất; dữ liệu chuyên ngành phân tán, chưa có kho dữ liệu dùng chung; dịch vụ công chưa toàn trình; giám sát an toàn thông tin chưa bao phủ. Lộ trình ưu tiên năm 2026–2027 cho hạ tầng, nền tảng dùng chung và hợp nhất hệ thống (điều kiện để làm các việc sau), năm 2027–2029 cho các hệ thống và cơ sở dữ liệu chuyên ngành, năm 2028–2030 cho kho dữ liệu, phân tích dữ liệu, Trung tâm giám sát, điều hành thông minh và trí tuệ nhân tạo."

        task t01 "Rà soát, tái cấu trúc quy trình nghiệp vụ sau hợp nhất" {
            period 2026-2026
            responsible "Văn phòng Bộ"
            coordinating "Vụ Pháp chế", "các cục quản lý chuyên ngành"
            form tu-trien-khai
            description "Chuẩn hóa một quy trình cho mỗi nhóm thủ tục hành chính và cho công tác văn thư, làm đầu vào cho các hệ thống hợp nhất; cắt giảm thành phần hồ sơ đã có trong cơ sở dữ liệu."
            budget 3.5 billion VND funding chi-thuong-xuyen
            delivers tiep-nhan-tthc, dvc-truc-tuyen, cap-phep-ha-tang-so, quan-ly-van-ban
            layer business
        }
        task t02 "Nâng cấp Trung tâm dữ liệu chính và chuyển trung tâm dữ liệu tại 113 Trần Duy Hưng thành trung tâm dự phòng" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Vụ Kế hoạch - Tài chính"
            form dau-tu
            budget 85 billion VND funding von-dau-tu-cong
            delivers ttdl-bo, ttdl-du-phong, luu-tru, giam-sat-ha-tang
            layer technology
        }
        task t03 "Xây dựng nền tảng điện toán đám mây riêng của Bộ và chuyển hệ thống từ phòng máy chủ của các cục" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 60 billion VND funding von-dau-tu-cong
            delivers cloud-bo, nen-tang-container, csdl-he-quan-tri
            after t02
            layer technology
        }
        task t04 "Nâng cấp hạ tầng mạng, kết nối Mạng truyền số liệu chuyên dùng và triển khai IPv6" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 18 billion VND funding von-dau-tu-cong
            delivers mang-tslcd, mang-lan, wan-don-vi, ket-noi-internet, ipv6
            layer technology
        }
        task t05 "Hợp nhất LGSP của Bộ và triển khai cổng quản lý API" {
            period 2026-2026
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Cục Chuyển đổi số quốc gia", "các cục quản lý chuyên ngành"
            form dau-tu
            description "Chuyển các dịch vụ tích hợp của LGSP khối KH&CN cũ sang LGSP khối TT&TT cũ đã nâng cấp; đăng ký lại kết nối với NDXP."
            budget 12 billion VND funding von-dau-tu-cong
            delivers lgsp-bo, cong-api
            after t02
            layer application
        }
        task t06 "Xây dựng nền tảng định danh, xác thực tập trung và nền tảng ký số tập trung" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 9 billion VND funding von-dau-tu-cong
            delivers sso-bo, ky-so-tap-trung, xac-thuc-da-yeu-to, ky-so-chuyen-dung
            after t05
            layer application
        }
        task t07 "Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính thống nhất của Bộ" {
            period 2026-2027
            responsible "Văn phòng Bộ"
            coordinating "Trung tâm Công nghệ thông tin", "các cục có thủ tục hành chính"
            form dau-tu
            description "Chuyển dữ liệu hồ sơ của hai hệ thống một cửa điện tử; ngừng hai cổng dịch vụ công của Bộ sau khi toàn bộ thủ tục được cung cấp qua Cổng Dịch vụ công quốc gia."
            budget 28 billion VND funding von-dau-tu-cong
            delivers httt-tthc-bo, csdl-tthc-bo, ds-ket-qua-tthc, thanh-toan-truc-tuyen
            after t01, t05, t06
            layer application
        }
        task t08 "Hợp nhất Hệ thống quản lý văn bản và điều hành" {
            period 2026-2026
            responsible "Văn phòng Bộ"
            form thue-dich-vu
            budget 7.5 billion VND funding chi-thuong-xuyen
            delivers qlvb-bo, csdl-van-ban
            after t06
            layer application
        }
        task t09 "Hợp nhất Cổng thông tin điện tử và hệ thống thư điện tử công vụ" {
            period 2026-2026
            responsible "Trung tâm Công nghệ thông tin"
            form thue-dich-vu
            budget 4 billion VND funding chi-thuong-xuyen
            delivers cong-ttdt-bo, thu-dien-tu
            layer application
        }
        task t10 "Nâng cấp Hệ thống thông tin báo cáo của Bộ" {
            period 2027-2027
            responsible "Văn phòng Bộ"
            coordinating "Cục Thông tin, Thống kê"
            form mua-sam
            budget 5 billion VND funding chi-thuong-xuyen
            delivers ht-bao-cao-bo, bao-cao-thong-ke
            after t05
            layer application
        }
        task t11 "Nâng cấp Hệ thống thông tin và Cơ sở dữ liệu quốc gia về khoa học và công nghệ" {
            period 2026-2028
            responsible "Cục Thông tin, Thống kê"
            form mua-sam
            budget 35 billion VND funding su-nghiep-khcn
            delivers httt-khcn, csdl-khcn-quoc-gia, ds-nhiem-vu-khcn, ds-nhan-luc-khcn, quan-ly-nhiem-vu-khcn
            after t05
            layer data
        }
        task t12 "Xây dựng hệ thống và cơ sở dữ liệu đổi mới sáng tạo, khởi nghiệp" {
            period 2027-2028
            responsible "Cục Đổi mới sáng tạo"
            coordinating "Cục Khởi nghiệp và doanh nghiệp công nghệ"
            form nhiem-vu-khcn
            budget 15 billion VND funding su-nghiep-khcn
            delivers ht-dmst, csdl-dmst, ds-chi-so-dmst, ho-tro-dmst
            after t03
            layer application
        }
        task t13 "Chuyển đổi số toàn trình hoạt động xác lập quyền sở hữu công nghiệp" {
            period 2026-2028
            responsible "Cục Sở hữu trí tuệ"
            coordinating "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 25 billion VND funding von-dau-tu-cong
            budget 15 billion VND funding phi-le-phi-de-lai
            delivers ht-shcn, csdl-shcn, xac-lap-quyen-shcn
            after t03
            layer application
        }
        task t14 "Xây dựng Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng và nâng cấp hệ thống mã số, mã vạch" {
            period 2027-2029
            responsible "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia"
            form dau-tu
            budget 30 billion VND funding von-dau-tu-cong
            delivers ht-tdc, csdl-tdc, csdl-ma-so-ma-vach
            after t03
            layer data
        }
        task t15 "Nâng cấp hệ thống quản lý tần số vô tuyến điện và mạng trạm giám sát tự động" {
            period 2027-2029
            responsible "Cục Tần số vô tuyến điện"
            form dau-tu
            budget 75 billion VND funding phi-le-phi-de-lai
            delivers ht-tan-so, csdl-tan-so, tram-giam-sat-tan-so
            after t04
            layer application
        }
        task t16 "Nâng cấp hệ thống quản lý viễn thông, Internet và năng lực đo kiểm chất lượng dịch vụ" {
            period 2027-2028
            responsible "Cục Viễn thông"
            form dau-tu
            budget 25 billion VND funding von-dau-tu-cong
            delivers ht-vien-thong, csdl-vien-thong, thiet-bi-do-kiem
            after t03
            layer application
        }
        task t17 "Xây dựng hệ thống quản lý bưu chính và cơ sở dữ liệu bưu chính" {
            period 2027-2028
            responsible "Vụ Bưu chính"
            form mua-sam
            budget 8 billion VND funding chi-thuong-xuyen
            delivers ht-buu-chinh, csdl-buu-chinh
            after t03
            layer application
        }
        task t18 "Xây dựng hệ thống và cơ sở dữ liệu công nghiệp công nghệ số" {
            period 2027-2028
            responsible "Cục Công nghiệp công nghệ thông tin"
            form mua-sam
            budget 10 billion VND funding chi-thuong-xuyen
            delivers ht-cn-cns, csdl-cn-cns, quan-ly-cn-cns
            after t03
            layer application
        }
        task t19 "Xây dựng hệ thống tiếp nhận, tổng hợp dữ liệu phục vụ quản lý nhà nước về giao dịch điện tử" {
            period 2026-2027
            responsible "Cục Chuyển đổi số quốc gia"
            form dau-tu
            budget 20 billion VND funding von-dau-tu-cong
            delivers ht-gddt, csdl-gddt, quan-ly-gddt
            after t02
            layer application
        }
        task t20 "Nâng cấp hệ thống và cơ sở dữ liệu an toàn bức xạ, hạt nhân" {
            period 2028-2029
            responsible "Cục An toàn bức xạ và hạt nhân"
            form nhiem-vu-khcn
            budget 12 billion VND funding su-nghiep-khcn
            delivers ht-buc-xa, csdl-buc-xa, cap-phep-buc-xa
            after t03
            layer application
        }
        task t21 "Kết nối phần mềm quản lý cán bộ với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức" {
            period 2027-2027
            responsible "Vụ Tổ chức cán bộ"
            form tu-trien-khai
            budget 3 billion VND funding chi-thuong-xuyen
            delivers ht-quan-ly-can-bo
            after t06
            layer application
        }
        task t22 "Xây dựng Kho dữ liệu dùng chung và Cơ sở dữ liệu danh mục dùng chung của Bộ" {
            period 2027-2028
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Cục Thông tin, Thống kê", "các cục quản lý chuyên ngành"
            form dau-tu
            budget 35 billion VND funding von-dau-tu-cong
            delivers kho-dl-dung-chung, csdl-danh-muc
            after t03, t05
            layer data
        }
        task t23 "Xây dựng Nền tảng tổng hợp, phân tích dữ liệu của Bộ" {
            period 2028-2029
            responsible "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 30 billion VND funding von-dau-tu-cong
            delivers nen-tang-phan-tich
            after t22
            layer application
        }
        task t24 "Xây dựng Cổng dữ liệu của Bộ và công bố dữ liệu mở" {
            period 2028-2028
            responsible "Cục Thông tin, Thống kê"
            form mua-sam
            budget 6 billion VND funding chi-thuong-xuyen
            delivers cong-du-lieu-bo, ds-du-lieu-mo, cung-cap-du-lieu-mo
            after t22
            layer data
        }
        task t25 "Xây dựng Hệ thống thông tin thanh tra, kiểm tra chuyên ngành dựa trên dữ liệu" {
            period 2029-2029
            responsible "Thanh tra Bộ"
            form thue-dich-vu
            budget 8 billion VND funding chi-thuong-xuyen
            delivers ht-thanh-tra, thanh-tra
            after t23
            layer application
        }
        task t26 "Xây dựng Trung tâm giám sát, điều hành thông minh của Bộ" {
            period 2028-2030
            responsible "Văn phòng Bộ"
            coordinating "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 45 billion VND funding von-dau-tu-cong
            delivers ioc-bo, chi-dao-dieu-hanh
            after t10, t23
            layer application
        }
        task t27 "Ứng dụng trí tuệ nhân tạo: trợ lý ảo cho người dân, doanh nghiệp và cán bộ" {
            period 2029-2030
            responsible "Trung tâm Công nghệ thông tin"
            form nhiem-vu-khcn
            budget 20 billion VND funding su-nghiep-khcn
            delivers tro-ly-ao, ho-tro-nguoi-dan
            after t07, t23
            layer application
        }
        task t28 "Xây dựng SOC của Bộ trên cơ sở SOC khối TT&TT cũ, kết nối SOC quốc gia" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Cục An toàn thông tin"
            form dau-tu
            budget 40 billion VND funding von-dau-tu-cong
            delivers soc-bo, thu-thap-nhat-ky, ung-cuu-su-co
            after t02
            layer security
        }
        task t29 "Trang bị hệ thống bảo vệ vùng biên: tường lửa, phát hiện xâm nhập, tường lửa ứng dụng web, chống tấn công từ chối dịch vụ" {
            period 2026-2027
            responsible "Trung tâm Công nghệ thông tin"
            form dau-tu
            budget 32 billion VND funding von-dau-tu-cong
            delivers tuong-lua-bo, ips-bo, waf-bo, chong-ddos, phan-vung-mang
            after t02
            layer security
        }
        task t30 "Bảo vệ dữ liệu: quản lý truy cập đặc quyền, mã hóa, sao lưu tập trung, chống thất thoát và bảo vệ dữ liệu cá nhân" {
            period 2027-2028
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Vụ Pháp chế"
            form dau-tu
            budget 22 billion VND funding von-dau-tu-cong
            delivers pam-bo, ma-hoa-du-lieu, sao-luu-bo, chong-that-thoat, bao-ve-dlcn
            after t06, t22
            layer security
        }
        task t31 "Bảo vệ điểm cuối, quản lý lỗ hổng và kiểm thử an toàn ứng dụng" {
            period 2027-2028
            responsible "Trung tâm Công nghệ thông tin, Cục Tần số vô tuyến điện"
            form mua-sam
            budget 14 billion VND funding chi-thuong-xuyen
            delivers edr-bo, quan-ly-lo-hong, kiem-thu-ung-dung, bao-ve-iot
            after t28
            layer security
        }
        task t32 "Phê duyệt cấp độ cho mọi hệ thống, ban hành quy chế an toàn thông tin thống nhất, đào tạo và diễn tập hằng năm" {
            period 2026-2030
            responsible "Trung tâm Công nghệ thông tin"
            coordinating "Cục An toàn thông tin", "Vụ Tổ chức cán bộ"
            form tu-trien-khai
            budget 12.5 billion VND funding chi-thuong-xuyen
            split 30, 20, 20, 15, 15
            delivers ho-so-cap-do, quy-che-attt, dao-tao-attt
            layer security
        }

        maintenance {
            responsible "Trung tâm Công nghệ thông tin"
            tools "Công cụ mô hình hóa kiến trúc số, có lưu lịch sử các phiên bản", "Hệ thống quản lý danh mục hệ thống thông tin của Bộ"
            frequency "Mỗi năm một lần và khi có thay đổi về chức năng, nhiệm vụ hoặc dự án lớn"
            description "Cập nhật khung kiến trúc mỗi năm một lần và khi có thay đổi về chức năng, nhiệm vụ hoặc dự án lớn; mỗi dự án nộp thay đổi của kiến trúc dưới dạng mô hình kiến trúc để Trung tâm Công nghệ thông tin xem xét, kiểm tra sự nhất quán, sự phù hợp với khung kiến trúc và hợp nhất."
        }
        compliance {
            responsible "Trung tâm Công nghệ thông tin (thẩm định), Vụ Kế hoạch - Tài chính (bố trí vốn)"
            description "Mọi chủ trương đầu tư, dự án, nhiệm vụ công nghệ thông tin của các đơn vị phải có ý kiến thẩm định về sự phù hợp với khung kiến trúc trước khi phê duyệt; báo cáo tình hình tuân thủ hằng năm gửi Lãnh đạo Bộ."
        }
    }
}

// Target architecture, security component: the "4-layer" model (on-site protection, professional monitoring,
// independent inspection, connection to the national system) applied to every system of the ministry.
framework bo-khcn {
    target {
        security {
            description "Mọi hệ thống thông tin được xác định cấp độ và bảo vệ theo phương án được phê duyệt; SOC của Bộ giám sát tập trung 24/7 và kết nối SOC quốc gia; định danh, xác thực tập trung có xác thực đa yếu tố; dữ liệu được mã hóa, sao lưu ra trung tâm dự phòng; dữ liệu cá nhân được bảo vệ theo quy định của pháp luật."
            protection {
                onsite "Trung tâm Công nghệ thông tin là đầu mối ứng cứu sự cố của Bộ; mỗi cục có cán bộ phụ trách an toàn thông tin cho hệ thống của mình."
                monitoring "SOC của Bộ giám sát tập trung 24/7 mọi hệ thống tại hai trung tâm dữ liệu và nền tảng điện toán đám mây của Bộ."
                inspection "Cục An toàn thông tin hoặc tổ chức được cấp phép kiểm tra, đánh giá độc lập hằng năm các hệ thống cấp độ 3 trở lên."
                national "SOC của Bộ kết nối, chia sẻ dữ liệu giám sát với SOC quốc gia và hệ thống giám sát quốc gia."
            }
            system soc-bo "Trung tâm giám sát an toàn thông tin mạng (SOC) của Bộ" {
                en "Ministry security operations centre"
                owner "Trung tâm Công nghệ thông tin"
                description "Giám sát 24/7 toàn bộ hệ thống của Bộ trên cơ sở SOC của khối TT&TT cũ, thay dịch vụ giám sát thuê ngoài của khối KH&CN cũ; chia sẻ cảnh báo với SOC quốc gia."
                upgrades soc-tttt
                replaces giam-sat-khcn
                codes MH-SRM.02.01
                protects ttdl-bo, ttdl-du-phong, cloud-bo, lgsp-bo, httt-tthc-bo, qlvb-bo, kho-dl-dung-chung, ht-shcn, ht-tan-so, ht-vien-thong, ht-gddt
                integrates soc-quoc-gia "Chia sẻ sự kiện, cảnh báo an toàn thông tin" { standards 4.19 }
                integrates canh-bao-nguy-co-attt
            }
            measure thu-thap-nhat-ky "Thu thập, phân tích nhật ký tập trung" {
                en "Central log collection and analysis"
                owner "Trung tâm Công nghệ thông tin"
                description "Nhật ký của ứng dụng, cơ sở dữ liệu, thiết bị mạng và máy chủ được đưa về SOC, lưu tối thiểu 12 tháng."
                codes MH-SRM.02.02
                protects cloud-bo, lgsp-bo, sso-bo
            }
            system tuong-lua-bo "Tường lửa vùng biên và tường lửa nội bộ" {
                en "Perimeter and internal firewalls"
                owner "Trung tâm Công nghệ thông tin"
                upgrades tuong-lua-tttt
                replaces tuong-lua-khcn
                codes MH-SRM.04.01
                protects ttdl-bo, ttdl-du-phong, wan-don-vi
            }
            system ips-bo "Hệ thống phát hiện, ngăn chặn xâm nhập" {
                en "Intrusion detection and prevention"
                owner "Trung tâm Công nghệ thông tin"
                upgrades ips-tttt
                codes MH-SRM.04.02
                protects ttdl-bo, ttdl-du-phong
            }
            system waf-bo "Tường lửa ứng dụng web" {
                en "Web application firewall"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.04.03
                protects httt-tthc-bo, cong-ttdt-bo, cong-du-lieu-bo, lgsp-bo, sso-bo
            }
            measure chong-ddos "Phòng chống tấn công từ chối dịch vụ" {
                en "Denial-of-service protection"
                owner "Trung tâm Công nghệ thông tin"
                description "Dịch vụ lọc lưu lượng của nhà cung cấp Internet kết hợp thiết bị tại chỗ cho các dịch vụ công khai."
                codes MH-SRM.04.05
                protects ket-noi-internet, cong-ttdt-bo, httt-tthc-bo
            }
            measure phan-vung-mang "Phân vùng mạng theo cấp độ hệ thống" {
                en "Network segmentation by security level"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.04.04
                protects mang-lan, cloud-bo
            }
            measure xac-thuc-da-yeu-to "Xác thực đa yếu tố" {
                en "Multi-factor authentication"
                owner "Trung tâm Công nghệ thông tin"
                description "Bắt buộc với tài khoản quản trị và truy cập từ xa; áp dụng qua nền tảng định danh, xác thực tập trung."
                replaces xac-thuc-rieng
                codes MH-SRM.03.02
                protects sso-bo, qlvb-bo, httt-tthc-bo
                standards 4.13
            }
            system pam-bo "Hệ thống quản lý truy cập đặc quyền" {
                en "Privileged access management"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.03.03
                protects cloud-bo, kho-dl-dung-chung, csdl-tthc-bo
            }
            measure ma-hoa-du-lieu "Mã hóa dữ liệu khi lưu trữ và truyền" {
                en "Encryption at rest and in transit"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.05.01
                protects kho-dl-dung-chung, csdl-tthc-bo, csdl-can-bo, lgsp-bo
                standards 4.2, 4.9
            }
            measure ky-so-chuyen-dung "Ký số văn bản và kết quả thủ tục hành chính" {
                en "Digital signing of documents and results"
                owner "Văn phòng Bộ"
                upgrades ky-so-chuyen-dung
                codes MH-SRM.05.01
                protects qlvb-bo, httt-tthc-bo, ky-so-tap-trung
                standards 4.10, 4.17
            }
            system sao-luu-bo "Hệ thống sao lưu, phục hồi dữ liệu tập trung" {
                en "Central backup and recovery"
                owner "Trung tâm Công nghệ thông tin"
                description "Sao lưu hằng ngày, bản sao tại trung tâm dữ liệu dự phòng; diễn tập phục hồi ít nhất mỗi năm một lần."
                upgrades sao-luu
                codes MH-SRM.05.03
                protects kho-dl-dung-chung, csdl-tthc-bo, csdl-van-ban, csdl-khcn-quoc-gia, csdl-shcn, csdl-tan-so, csdl-vien-thong
            }
            measure bao-ve-dlcn "Bảo vệ dữ liệu cá nhân" {
                en "Personal data protection"
                owner "Vụ Pháp chế"
                description "Đánh giá tác động xử lý dữ liệu cá nhân cho các hệ thống có dữ liệu của người dân; ẩn danh hóa trước khi đưa vào kho dữ liệu dùng chung và dữ liệu mở."
                codes MH-SRM.05.04
                protects kho-dl-dung-chung, csdl-tthc-bo, csdl-khcn-quoc-gia
                standards 4.16
            }
            measure chong-that-thoat "Chống thất thoát dữ liệu" {
                en "Data loss prevention"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.05.02
                protects kho-dl-dung-chung, may-tram-cbcc
            }
            system edr-bo "Phát hiện và phản ứng tại điểm cuối" {
                en "Endpoint detection and response"
                owner "Trung tâm Công nghệ thông tin"
                description "Thay phần mềm phòng chống mã độc hiện có, bao phủ 100% máy trạm và máy chủ; tiếp tục chia sẻ thông tin mã độc với hệ thống quốc gia."
                upgrades ma-doc-tap-trung
                codes MH-SRM.06.01
                protects may-tram-cbcc, cloud-bo
                integrates giam-sat-tan-cong-mang
            }
            measure quan-ly-lo-hong "Quản lý lỗ hổng và bản vá" {
                en "Vulnerability and patch management"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.06.02
                protects cloud-bo, ttdl-bo
            }
            measure kiem-thu-ung-dung "Kiểm thử an toàn ứng dụng trước khi đưa vào vận hành" {
                en "Pre-production application security testing"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-SRM.06.03
                protects httt-tthc-bo, cong-du-lieu-bo, tro-ly-ao
            }
            measure bao-ve-iot "Bảo đảm an toàn trạm giám sát và thiết bị đo kiểm" {
                en "Security of monitoring stations and measurement devices"
                owner "Cục Tần số vô tuyến điện"
                codes MH-SRM.06.04
                protects tram-giam-sat-tan-so, thiet-bi-do-kiem
            }
            measure ho-so-cap-do "Xác định cấp độ và phương án bảo đảm an toàn cho mọi hệ thống" {
                en "Security-level classification of every system"
                owner "Trung tâm Công nghệ thông tin"
                description "Mọi hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ trước khi vận hành; rà soát khi thay đổi."
                upgrades ho-so-cap-do
                codes MH-SRM.01.02
            }
            measure quy-che-attt "Quy chế bảo đảm an toàn thông tin mạng thống nhất của Bộ" {
                en "Unified security rules"
                owner "Trung tâm Công nghệ thông tin"
                replaces quy-che-attt
                codes MH-SRM.01.01
            }
            measure dao-tao-attt "Đào tạo, diễn tập an toàn thông tin" {
                en "Security training and exercises"
                owner "Trung tâm Công nghệ thông tin"
                upgrades dao-tao-attt
                codes MH-SRM.01.03
            }
            measure ung-cuu-su-co "Đội ứng cứu sự cố an toàn thông tin mạng của Bộ" {
                en "Ministry incident response team"
                owner "Trung tâm Công nghệ thông tin"
                description "Thành viên mạng lưới ứng cứu sự cố quốc gia; phối hợp với SOC của Bộ theo quy trình xử lý sự cố thống nhất."
                upgrades ung-cuu-su-co
                codes MH-SRM.02.03
            }
            measure kiem-tra-dinh-ky "Kiểm tra, đánh giá an toàn thông tin độc lập hằng năm" {
                en "Independent annual security assessment"
                owner "Trung tâm Công nghệ thông tin"
                keeps kiem-tra-dinh-ky
                codes MH-SRM.01.04
            }
        }
    }
}

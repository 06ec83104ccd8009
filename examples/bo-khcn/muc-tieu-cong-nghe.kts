// Target architecture, technology component: one primary data centre with a private cloud, one recovery site,
// departments' server rooms closed.
framework bo-khcn {
    target {
        technology {
            description "Hạ tầng tập trung tại Trung tâm dữ liệu chính của Bộ (trụ sở 18 Nguyễn Du) với nền tảng điện toán đám mây riêng; trụ sở 113 Trần Duy Hưng trở thành trung tâm dữ liệu dự phòng; phòng máy chủ của các cục được đóng và hệ thống được chuyển về đám mây của Bộ. Kết nối Mạng truyền số liệu chuyên dùng và Internet dự phòng hai hướng, hỗ trợ IPv6 toàn bộ."
            datacenter ttdl-bo "Trung tâm dữ liệu chính của Bộ Khoa học và Công nghệ" {
                en "Ministry primary data centre"
                owner "Trung tâm Công nghệ thông tin"
                description "Nâng cấp trung tâm dữ liệu tại 18 Nguyễn Du đạt mức 3 theo TCVN 9250 (hạ tầng trung tâm dữ liệu); tiếp nhận hệ thống từ phòng máy chủ của các cục; vận hành nền tảng điện toán đám mây riêng của Bộ."
                realizes ttdl-bo-tinh
                upgrades ttdl-tttt
                replaces phong-may-don-vi
                codes MH-TRM.01.01
            }
            datacenter ttdl-du-phong "Trung tâm dữ liệu dự phòng của Bộ" {
                en "Ministry disaster-recovery data centre"
                owner "Trung tâm Công nghệ thông tin"
                description "Trung tâm dữ liệu tại 113 Trần Duy Hưng được nâng cấp làm điểm dự phòng thảm họa, sao chép dữ liệu không đồng bộ từ trung tâm chính."
                realizes ttdl-bo-tinh
                upgrades ttdl-khcn
                codes MH-TRM.01.02
            }
            cloud cloud-bo "Nền tảng điện toán đám mây riêng của Bộ" {
                en "Ministry private cloud"
                owner "Trung tâm Công nghệ thông tin"
                description "Cung cấp máy chủ ảo, lưu trữ, cơ sở dữ liệu và container theo mô hình dịch vụ cho các đơn vị; đặt tại Trung tâm dữ liệu chính, có bản sao tại trung tâm dự phòng."
                realizes dich-vu-ha-tang
                replaces ao-hoa-khcn, dam-may-thue
                codes MH-TRM.02.01
            }
            infrastructure luu-tru "Hệ thống lưu trữ và sao chép dữ liệu" {
                en "Storage and replication"
                owner "Trung tâm Công nghệ thông tin"
                upgrades luu-tru-san
                codes MH-TRM.01.04
            }
            infrastructure nen-tang-container "Nền tảng container và điều phối ứng dụng" {
                en "Container platform"
                owner "Trung tâm Công nghệ thông tin"
                description "Chạy các ứng dụng mới theo kiến trúc dịch vụ nhỏ; một quy trình tích hợp, triển khai liên tục cho mọi nhà thầu."
                codes MH-TRM.04.03
            }
            infrastructure cong-api "Cổng quản lý API và trục tích hợp" {
                en "API gateway and integration bus"
                owner "Trung tâm Công nghệ thông tin"
                description "Hạ tầng phần mềm trung gian của LGSP: xác thực, giới hạn lưu lượng, ghi nhật ký mọi lời gọi dịch vụ."
                codes MH-TRM.04.01
                standards 1.14, 1.15
            }
            infrastructure csdl-he-quan-tri "Dịch vụ hệ quản trị cơ sở dữ liệu dùng chung" {
                en "Shared database management service"
                owner "Trung tâm Công nghệ thông tin"
                codes MH-TRM.04.02
            }
            network mang-tslcd "Kết nối Mạng truyền số liệu chuyên dùng cấp I" {
                en "Connection to the dedicated government data network, level I"
                owner "Trung tâm Công nghệ thông tin"
                description "Kết nối hai trung tâm dữ liệu và các trung tâm tần số khu vực; băng thông đủ cho đồng bộ dữ liệu với NDXP."
                realizes mtslcd
                upgrades mang-tslcd
                codes MH-TRM.03.01
            }
            network mang-lan "Mạng nội bộ các trụ sở, phân vùng theo chức năng" {
                en "Segmented headquarters LANs"
                owner "Văn phòng Bộ"
                upgrades mang-lan
                codes MH-TRM.03.02
                standards 1.11, 1.12
            }
            network wan-don-vi "Mạng diện rộng của Bộ" {
                en "Ministry WAN"
                owner "Trung tâm Công nghệ thông tin"
                description "Kết nối các cục, trung tâm tần số khu vực và trung tâm dữ liệu qua Mạng truyền số liệu chuyên dùng và kênh thuê riêng dự phòng."
                upgrades wan-don-vi
                codes MH-TRM.03.02
            }
            network ket-noi-internet "Kết nối Internet dự phòng hai nhà cung cấp" {
                en "Dual-provider Internet connectivity"
                owner "Trung tâm Công nghệ thông tin"
                upgrades ket-noi-internet
                codes MH-TRM.03.03
            }
            network ipv6 "Hạ tầng IPv6" {
                en "IPv6 infrastructure"
                owner "Trung tâm Công nghệ thông tin"
                description "Toàn bộ cổng thông tin, dịch vụ công và dịch vụ Internet của Bộ hỗ trợ IPv6."
                codes MH-TRM.03.04
                standards 1.11
            }
            infrastructure giam-sat-ha-tang "Hệ thống giám sát hạ tầng và hiệu năng ứng dụng" {
                en "Infrastructure and application performance monitoring"
                owner "Trung tâm Công nghệ thông tin"
                realizes quan-ly-ha-tang
                codes MH-TRM.07.01
            }
            device may-tram-cbcc "Máy trạm và thiết bị ngoại vi của cán bộ" {
                en "Staff workstations and peripherals"
                owner "Văn phòng Bộ"
                realizes may-tram
                keeps may-tram-cbcc
                codes MH-TRM.06.01
            }
            device thiet-bi-hntt "Thiết bị hội nghị truyền hình" {
                en "Video-conferencing equipment"
                owner "Văn phòng Bộ"
                keeps thiet-bi-hntt
                codes MH-TRM.06.04
            }
            device tram-giam-sat-tan-so "Mạng trạm giám sát tần số tự động" {
                en "Automated frequency-monitoring stations"
                owner "Cục Tần số vô tuyến điện"
                description "Bổ sung trạm giám sát tự động, truyền dữ liệu đo theo thời gian thực về hệ thống quản lý tần số."
                upgrades tram-giam-sat-tan-so
                codes MH-TRM.06.03
            }
            device thiet-bi-do-kiem "Thiết bị đo kiểm chất lượng dịch vụ viễn thông" {
                en "Telecom quality-of-service measurement equipment"
                owner "Cục Viễn thông"
                codes MH-TRM.06.03
            }
        }
    }
}

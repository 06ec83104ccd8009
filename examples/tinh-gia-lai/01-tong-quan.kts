// Khung kiến trúc số tỉnh Gia Lai, phiên bản 1.1 (dự thảo) — phần chung: tầm nhìn, mục tiêu, phạm vi, nguyên tắc.
// Worked example written against the national overall digital architecture framework (Quyết định 3090/QĐ-BKHCN,
// 08/10/2025), the profile that governs its document; it also states the framework 4.0 (Quyết định 292/QĐ-BKHCN),
// so the document carries a compliance appendix for each.
// The province: Gia Lai and Bình Định were merged into Gia Lai from 01/7/2025 (Nghị quyết số 202/2025/QH15), with
// its political-administrative centre at Quy Nhơn; 21,576.5 km², over 3.153 million people, 135 communes and wards
// (110 xã, 25 phường) — the figures of the merger proposal as reported on 21/4/2025
// (https://langngheviet.com.vn/binh-dinh-thong-qua-de-an-sap-xep-tinh-gia-lai-va-tinh-binh-dinh-32620.html).
// Baselines marked as reported come from the press (sources beside them); every other baseline, target and budget
// is the example's own and not the content of Quyết định 3388/QĐ-UBND.
framework tinh_gia_lai {
    // No electronic identifier is given: no code of the merged province was corroborated (agency-codes catalogue);
    // add `code "…"` from the shared electronic code-list system before submitting.
    body "Ủy ban nhân dân tỉnh Gia Lai" {
        en "People's Committee of Gia Lai province"
        abbreviation "UBND tỉnh"
    }
    level province
    version "1.1"
    conforms "3090", "4.0"
    // A draft: the decision number and date are filled in when the Chairman signs, and `draft` is removed.
    approval "Quyết định số …/QĐ-UBND" by "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"
    document {
        place "Gia Lai"
        year 2026
        draft
    }

    vision "Đến năm 2030, tỉnh Gia Lai có một chính quyền số thống nhất từ tỉnh đến 135 xã, phường, quản trị phát triển dựa trên dữ liệu và đo lường bằng kết quả phục vụ người dân, doanh nghiệp; mọi thủ tục hành chính đủ điều kiện được thực hiện trực tuyến toàn trình, không phụ thuộc địa giới hành chính, từ vùng biên giới Đức Cơ, Ia Grai đến vùng biển Quy Nhơn. Dữ liệu của tỉnh được tạo lập “đúng, đủ, sạch, sống, thống nhất, dùng chung”, kết nối với các cơ sở dữ liệu quốc gia qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh và Nền tảng tích hợp, chia sẻ dữ liệu quốc gia; trí tuệ nhân tạo được dùng trong dịch vụ công và chỉ đạo, điều hành. Chính quyền số là động lực để Gia Lai phát triển kinh tế biển, cảng biển Quy Nhơn, nông nghiệp công nghệ cao vùng Tây Nguyên (cà phê, hồ tiêu, cây ăn quả), du lịch và khoa học, đổi mới sáng tạo, theo Nghị quyết số 57-NQ/TW và Khung kiến trúc tổng thể quốc gia số."

    goals {
        period 2026-2027 {
            goal g_hop_nhat "Một bộ nền tảng, hệ thống dùng chung cho tỉnh sau hợp nhất" {
                description "Hợp nhất về một nền tảng tích hợp, chia sẻ dữ liệu, một hệ thống giải quyết thủ tục hành chính, một hệ thống quản lý văn bản và điều hành, một Trung tâm giám sát, điều hành thông minh; các hệ thống của tỉnh Gia Lai cũ và tỉnh Bình Định cũ chỉ dừng sau khi dữ liệu đã được chuyển đổi."
                indicator "Số nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh đang vận hành" baseline 2 target 1 unit "nền tảng"
                indicator "Tỷ lệ hệ thống thông tin dùng chung của hai tỉnh cũ đã được hợp nhất hoặc thay thế" baseline 0 target 100 unit "%"
                indicator "Tỷ lệ xã, phường kết nối Mạng truyền số liệu chuyên dùng cấp II với băng thông đáp ứng họp trực tuyến" baseline 80 target 100 unit "%"
            }
            goal g_dvc "Dịch vụ công trực tuyến toàn trình, không phụ thuộc địa giới hành chính" {
                description "Người dân, doanh nghiệp nộp hồ sơ ở bất kỳ cơ sở nào của Trung tâm Phục vụ hành chính công tỉnh (Quy Nhơn, Pleiku), bộ phận một cửa của bất kỳ xã, phường nào hoặc trực tuyến; không phải kê khai lại dữ liệu đã có trong các cơ sở dữ liệu quốc gia."
                // Baselines as reported for August 2025: 2,142 online services, of which 823 fully online; 81.5% of
                // dossiers online (https://www.vietnam.vn/en/ban-phap-che-hdnd-tinh-gia-lai-giam-sat-tai-trung-tam-phuc-vu-hanh-chinh-cong-tinh).
                indicator "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình" baseline 38 target 100 unit "%" basis 3090.MT.01
                indicator "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến" baseline 81.5 target 95 unit "%"
                indicator "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa" baseline 75 target 100 unit "%" basis 3090.MT.03
                indicator "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn" baseline 97.5 target 99 unit "%"
            }
        }
        period 2028-2030 {
            goal g_du_lieu "Quản trị phát triển dựa trên dữ liệu" {
                description "Dữ liệu chủ, dữ liệu tham chiếu và dữ liệu dùng chung của tỉnh được quản trị tập trung theo chiến lược dữ liệu của tỉnh, chia sẻ qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh và đăng ký, công bố giao diện lập trình ứng dụng trên nền tảng quốc gia; lãnh đạo tỉnh điều hành bằng chỉ số kết quả."
                // Baseline as reported in January 2026: 43 databases or information systems run by the departments
                // (https://plo.vn/gia-lai-xay-dung-chien-luoc-du-lieu-mo-hinh-diem-toan-quoc-post891369.html).
                indicator "Tỷ lệ cơ sở dữ liệu, hệ thống thông tin của các sở, ngành kết nối, chia sẻ qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh" baseline 45 target 100 unit "%"
                indicator "Mức trưởng thành quản trị dữ liệu của tỉnh" baseline 2 target 4 unit "mức" basis 3090.MT.04
                indicator "Số giao diện lập trình ứng dụng của tỉnh được đăng ký, công bố trên nền tảng quốc gia" baseline 0 target 60 unit "API"
                indicator "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu tỉnh" baseline 0 target 150 unit "bộ dữ liệu"
            }
            goal g_ai "Trí tuệ nhân tạo trong dịch vụ công và chỉ đạo, điều hành" {
                description "Trợ lý ảo hỗ trợ người dân khi thực hiện dịch vụ công trực tuyến và hỗ trợ cán bộ, công chức tra cứu văn bản, quy trình; phân tích dữ liệu phục vụ dự báo, cảnh báo trên Trung tâm giám sát, điều hành thông minh."
                indicator "Tỷ lệ dịch vụ công trực tuyến toàn trình có trợ lý ảo hỗ trợ người dân" baseline 10 target 100 unit "%" basis 3090.MT.02
                indicator "Tỷ lệ cán bộ, công chức cấp tỉnh, cấp xã sử dụng trợ lý ảo trong công việc" baseline 30 target 90 unit "%"
            }
            goal g_ha_tang "Hạ tầng số dùng chung, an toàn, an ninh mạng" {
                description "Một Trung tâm dữ liệu tỉnh tại Quy Nhơn và một trung tâm dự phòng tại Pleiku, đám mây dùng chung; mọi hệ thống thông tin được phê duyệt cấp độ, giám sát bởi SOC tỉnh kết nối SOC quốc gia, bảo vệ theo mô hình 4 lớp."
                indicator "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn" baseline 55 target 100 unit "%"
                indicator "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được SOC tỉnh giám sát và chia sẻ dữ liệu với SOC quốc gia" baseline 35 target 100 unit "%"
                indicator "Tỷ lệ hệ thống thông tin dùng chung chạy trên nền tảng điện toán đám mây của tỉnh" baseline 25 target 80 unit "%"
            }
            goal g_kinh_te_so "Dữ liệu phục vụ kinh tế biển, nông nghiệp, du lịch và phòng, chống thiên tai" {
                description "Các nền tảng chuyên ngành trọng điểm (cảng biển và logistics Quy Nhơn, truy xuất nguồn gốc nông sản Tây Nguyên, du lịch thông minh biển và cao nguyên, cảnh báo bão, lũ ven biển) dùng chung dữ liệu của tỉnh."
                indicator "Tỷ lệ vùng trồng cà phê, hồ tiêu, sầu riêng xuất khẩu được cấp mã số và quản lý trên nền tảng số" baseline 40 target 95 unit "%"
                indicator "Số trạm đo mưa, mực nước, gió được giám sát tự động" baseline 90 target 350 unit "trạm"
                indicator "Tỷ lệ cán bộ, công chức, viên chức cấp tỉnh, cấp xã được bồi dưỡng kỹ năng số" baseline 60 target 100 unit "%"
            }
        }
    }

    scope {
        description "Khung kiến trúc áp dụng cho mọi nhiệm vụ, dự án đầu tư, thuê dịch vụ, nâng cấp, mở rộng hệ thống thông tin, cơ sở dữ liệu, nền tảng số và hạ tầng số sử dụng ngân sách nhà nước của các cơ quan trong hệ thống chính trị của tỉnh, theo phạm vi áp dụng của Khung kiến trúc tổng thể quốc gia số (Quyết định số 3090/QĐ-BKHCN). Các nhiệm vụ, dự án phải được Sở Khoa học và Công nghệ cho ý kiến về sự phù hợp với Khung kiến trúc trước khi phê duyệt."
        applies "Văn phòng Ủy ban nhân dân tỉnh và các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các xã, phường", "Trung tâm Phục vụ hành chính công tỉnh", "Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và thuộc các sở, ngành", "Ban Quản lý Khu kinh tế tỉnh", "Các cơ quan của Đảng, Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh khi sử dụng hạ tầng, nền tảng dùng chung của tỉnh", "Tổ chức, doanh nghiệp cung cấp dịch vụ công nghệ thông tin cho cơ quan nhà nước của tỉnh"
    }

    // Each principle implements one of the seven core principles of Quyết định 3090/QĐ-BKHCN (3090.1–3090.7) and the
    // principles a–l of the framework 4.0 it still answers to.
    principles {
        principle p_ket_qua "Quản trị dựa trên kết quả" {
            description "Mỗi nhiệm vụ, dự án gắn với mục tiêu và chỉ số kết quả đo được (thời gian giải quyết hồ sơ, mức độ hài lòng, dữ liệu được dùng lại) thay vì khối lượng đầu tư; chỉ số được theo dõi trên Trung tâm giám sát, điều hành thông minh, công khai hằng quý và đánh giá hằng năm."
            implements 3090.1, a, b, d
        }
        principle p_du_lieu "Chỉ đạo, điều hành dựa trên dữ liệu được tạo lập một lần, dùng chung nhiều lần" {
            description "Cơ sở dữ liệu được xây dựng “đúng, đủ, sạch, sống, thống nhất, dùng chung”; mỗi dữ liệu có một cơ quan chủ quản; số liệu chỉ đạo, điều hành và báo cáo được lấy từ kho dữ liệu dùng chung, không nhập lại; dữ liệu được kết nối, chia sẻ theo Nghị định số 194/2025/NĐ-CP."
            implements 3090.2, k, l
        }
        principle p_tu_dong "Vận hành thông minh, tự động hóa trên nền tảng dùng chung" {
            description "Dùng nền tảng quốc gia và nền tảng dùng chung của tỉnh trước khi xây mới; quy trình được tự động hóa, trợ lý ảo và phân tích dữ liệu hỗ trợ cán bộ; hệ thống của hai tỉnh cũ được hợp nhất, không duy trì song song; ứng dụng công nghệ mới có thí điểm và chỉ số đánh giá."
            implements 3090.3, e, g
        }
        principle p_phan_cap "Phân cấp cho xã, phường trên nền tảng số của tỉnh" {
            description "Xã, phường giải quyết thủ tục và quản lý theo thẩm quyền mới trên các hệ thống dùng chung của tỉnh, với hạ tầng, thiết bị và đường truyền do tỉnh bảo đảm; xã, phường không đầu tư riêng hệ thống trùng chức năng."
            implements 3090.4, đ
        }
        principle p_nguoi_dan "Lấy người dân, doanh nghiệp làm trung tâm" {
            description "Dịch vụ được thiết kế theo sự kiện cuộc đời và vòng đời doanh nghiệp, không phụ thuộc địa giới hành chính; người dân ở vùng sâu, vùng xa, đồng bào dân tộc thiểu số được hỗ trợ qua bộ phận một cửa của xã và trợ lý ảo; mức độ hài lòng được đo sau mỗi giao dịch."
            implements 3090.5, c
        }
        principle p_an_toan "An ninh mạng, an toàn thông tin từ khi thiết kế" {
            description "Mỗi thành phần của kiến trúc mục tiêu có phương án bảo đảm an toàn theo cấp độ ngay từ khi thiết kế, được giám sát bởi SOC tỉnh và bảo vệ theo mô hình 4 lớp; dữ liệu cá nhân được bảo vệ theo quy định."
            implements 3090.6, h
        }
        principle p_minh_bach "Dữ liệu mở, minh bạch và liên thông theo tiêu chuẩn" {
            description "Công bố dữ liệu mở theo danh mục được phê duyệt; mọi kết nối giữa các hệ thống đi qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh bằng giao diện lập trình ứng dụng theo tiêu chuẩn, các giao diện cung cấp dữ liệu cho cơ quan khác được đăng ký, công bố trên nền tảng quốc gia."
            implements 3090.7, i
        }
    }
}

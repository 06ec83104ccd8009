// Sự cần thiết, căn cứ pháp lý và lịch sử phiên bản của Khung kiến trúc số tỉnh Gia Lai.
// A worked example written against the national overall digital architecture framework (Quyết định 3090/QĐ-BKHCN):
// a draft update (1.1) of the framework the province approved by Quyết định 3388/QĐ-UBND of 31/12/2025. Of that
// decision only the opening lines were read — number, date, title and its legal bases
// (https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3388-QD-UBND-2025-Khung-kien-truc-so-Gia-Lai-694749.html) — so the
// content of this example is its own and not that of the decision.
// The legal bases the 3090 profile names (Quyết định 3090, Công văn 5441 and 2943, Nghị quyết 57-NQ/TW, Nghị định
// 194/2025, …) come first in the document; below are the province's own: the Law on local government and the
// provincial plan 22-KH/TU that Quyết định 3388 also cites, the decision itself, and the documents on data, on
// security levels and the national data architecture this example relies on. Documents the built-in legal-documents
// catalogue lacks are added here, each with what is and is not verified.

catalog van-ban-tinh-gia-lai "Văn bản pháp lý riêng của Khung kiến trúc số tỉnh Gia Lai" {
    version "2026"
    status local
    source "Văn phòng Ủy ban nhân dân tỉnh Gia Lai"
    model LEGAL
    entry luat-tccqdp-2025 "Luật Tổ chức chính quyền địa phương" {
        kind "law"
        number "72/2025/QH15"
        date 2025-06-16
        issuer "Quốc hội"
        force in-force
        status draft
        source "Ngày thông qua đọc tại phần căn cứ của Quyết định số 3388/QĐ-UBND ngày 31/12/2025 của Chủ tịch UBND tỉnh Gia Lai (https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3388-QD-UBND-2025-Khung-kien-truc-so-Gia-Lai-694749.html)"
        note "Số hiệu theo trích dẫn trong danh mục thay đổi tổ chức nhà nước của dự án (chấm dứt hoạt động cấp huyện); chưa đọc văn bản Luật."
    }
    entry kh-22-tu-gia-lai-2025 "thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia" {
        kind "plan"
        number "22-KH/TU"
        date 2025-09-03
        issuer "Ban Thường vụ Tỉnh ủy Gia Lai"
        force in-force
        status draft
        source "Số hiệu, ngày và trích yếu đọc tại phần căn cứ của Quyết định số 3388/QĐ-UBND ngày 31/12/2025 của Chủ tịch UBND tỉnh Gia Lai (https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3388-QD-UBND-2025-Khung-kien-truc-so-Gia-Lai-694749.html)"
        note "Văn bản Kế hoạch chưa được đọc; chỉ biết qua trích dẫn trong Quyết định số 3388/QĐ-UBND."
    }
    entry qd-3388-2025-gia-lai "về phê duyệt Khung kiến trúc số tỉnh Gia Lai" {
        kind "decision"
        number "3388/QĐ-UBND"
        date 2025-12-31
        issuer "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"
        force in-force
        status official
        source "Phần đầu của Quyết định (số hiệu, ngày, trích yếu, cơ quan ban hành), đăng lại tại https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3388-QD-UBND-2025-Khung-kien-truc-so-Gia-Lai-694749.html"
        note "Đọc được số hiệu, ngày ban hành, trích yếu và các căn cứ; nội dung Khung kiến trúc kèm theo Quyết định chưa đọc được."
    }
}

framework tinh_gia_lai {
    legal {
        basis luat-tccqdp-2025, luat-du-lieu-2024, kh-22-tu-gia-lai-2025, nd-85-2016, qd-2439-2025, qd-3388-2025-gia-lai
    }
    reasons {
        "Từ ngày 01/7/2025, tỉnh Gia Lai được hình thành trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định, có diện tích tự nhiên khoảng 21.576 km², dân số hơn 3,1 triệu người, 135 đơn vị hành chính cấp xã (110 xã, 25 phường), Trung tâm chính trị - hành chính đặt tại khu vực thành phố Quy Nhơn cũ. Tỉnh trải từ biên giới với Vương quốc Campuchia đến bờ biển Quy Nhơn, gồm vùng cao nguyên, vùng trung du và vùng ven biển, nên chính quyền số phải phục vụ người dân trên một địa bàn rộng, đa dạng và không phụ thuộc địa giới hành chính."
        "Ngày 31/12/2025, Chủ tịch Ủy ban nhân dân tỉnh phê duyệt Khung kiến trúc số tỉnh Gia Lai (Quyết định số 3388/QĐ-UBND) theo Khung kiến trúc tổng thể quốc gia số (Quyết định số 3090/QĐ-BKHCN ngày 08/10/2025), hướng dẫn triển khai của Bộ Khoa học và Công nghệ (Công văn số 5441/BKHCN-CĐSQG) và đề cương Khung kiến trúc số cấp tỉnh của Cục Chuyển đổi số quốc gia (Công văn số 2943/CĐSQG-CNCPS). Khung kiến trúc tổng thể quốc gia số chuyển trọng tâm từ quản lý hành chính sang quản trị phát triển dựa trên kết quả, tổ chức kiến trúc thành bốn lớp chức năng dùng chung cho toàn bộ hệ thống chính trị."
        "Năm 2026, tỉnh cùng Trung tâm Dữ liệu quốc gia xây dựng chiến lược dữ liệu của tỉnh; Luật Dữ liệu và Nghị định số 194/2025/NĐ-CP đặt ra yêu cầu xây dựng cơ sở dữ liệu bảo đảm “đúng, đủ, sạch, sống, thống nhất, dùng chung”, đăng ký và công bố giao diện lập trình ứng dụng trên nền tảng quốc gia. Việc cập nhật Khung kiến trúc lên phiên bản 1.1 là cần thiết để đưa các yêu cầu này, các chỉ tiêu đến năm 2030 của Khung kiến trúc tổng thể quốc gia số và lộ trình hợp nhất hệ thống của hai tỉnh cũ vào một kiến trúc thống nhất, làm căn cứ thẩm định các nhiệm vụ, dự án chuyển đổi số."
    }
    revisions {
        revision "1.0" date 2025-12-31 "Khung kiến trúc số tỉnh Gia Lai được phê duyệt tại Quyết định số 3388/QĐ-UBND ngày 31/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh"
        revision "1.1 (dự thảo 1)" date 2026-04-20 "Bổ sung chiến lược dữ liệu của tỉnh, yêu cầu của Nghị định số 194/2025/NĐ-CP và các chỉ tiêu đến năm 2030 theo Khung kiến trúc tổng thể quốc gia số; cập nhật lộ trình hợp nhất hệ thống của hai tỉnh cũ"
        revision "1.1 (dự thảo 2)" date 2026-06-15 "Tiếp thu ý kiến góp ý của các sở, ban, ngành và Ủy ban nhân dân các xã, phường; bổ sung kinh phí theo kế hoạch đầu tư công trung hạn 2026–2030"
    }
}

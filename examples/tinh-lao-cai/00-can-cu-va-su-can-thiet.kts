// Sự cần thiết, căn cứ pháp lý và lịch sử phiên bản của Khung kiến trúc Chính quyền số tỉnh Lào Cai.
// The legal bases the national framework 4.0 names (Nghị quyết 57-NQ/TW, Luật Giao dịch điện tử, Luật Dữ liệu, …)
// come from its profile; the ones below are the province's own. Nghị quyết 202/2025/QH15 is not in the built-in
// legal-documents catalogue, so the province adds it here, with what is and is not verified.

catalog van-ban-tinh-lao-cai "Văn bản pháp lý riêng của Khung kiến trúc tỉnh Lào Cai" {
    version "2026"
    status local
    source "Văn phòng Ủy ban nhân dân tỉnh Lào Cai"
    model LEGAL
    entry nq-202-2025 "về việc sắp xếp đơn vị hành chính cấp tỉnh" {
        kind "resolution"
        number "202/2025/QH15"
        date 2025-06-12
        issuer "Quốc hội"
        force in-force
        status draft
        source "Tin của báo chí về Kỳ họp thứ 9, Quốc hội khóa XV (https://baomoi.net.vn/quoc-hoi-thong-qua-nghi-quyet-lich-su-sap-nhap-tinh-thanh-c52485428.epi)"
        note "Ngày thông qua và nội dung theo tin báo chí; số hiệu theo các văn bản của tỉnh. Đối chiếu với văn bản gốc trước khi trình."
    }
}

framework tinh_lao_cai {
    legal {
        basis nq-202-2025, nd-194-2025, nd-85-2016, qd-3090-2025, qd-2439-2025
    }
    reasons {
        "Ngày 12/6/2025, Quốc hội thông qua Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh; tỉnh Lào Cai được hình thành trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, chính quyền địa phương hai cấp vận hành từ ngày 01/7/2025. Các hệ thống thông tin dùng chung, cơ sở dữ liệu và hạ tầng số của hai tỉnh trước đây được xây dựng theo kiến trúc riêng của mỗi tỉnh, đang vận hành song song và chưa kết nối, chia sẻ dữ liệu đầy đủ với nhau."
        "Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0 (Quyết định số 292/QĐ-BKHCN ngày 25/3/2025 của Bộ trưởng Bộ Khoa học và Công nghệ) quy định nội dung của Khung kiến trúc số cấp tỉnh; Khung kiến trúc tổng thể quốc gia số (Quyết định số 3090/QĐ-BKHCN ngày 08/10/2025) xác định những thành phần dùng chung cho các cơ quan trong hệ thống chính trị các cấp, và Khung kiến trúc dữ liệu quốc gia (Quyết định số 2439/QĐ-TTg ngày 04/11/2025) thống nhất việc xây dựng kiến trúc dữ liệu của các bộ, ngành, địa phương."
        "Luật Dữ liệu có hiệu lực từ ngày 01/7/2025 và Nghị định số 194/2025/NĐ-CP có hiệu lực từ ngày 19/8/2025 đặt ra yêu cầu mới về xây dựng cơ sở dữ liệu, kết nối và chia sẻ dữ liệu của cơ quan nhà nước. Vì vậy, việc xây dựng Khung kiến trúc Chính quyền số tỉnh Lào Cai, phiên bản 4.0 là cần thiết để thống nhất định hướng đầu tư, tránh trùng lặp, lãng phí và bảo đảm các hệ thống của tỉnh kết nối với các nền tảng, cơ sở dữ liệu quốc gia."
    }
    revisions {
        revision "4.0 (dự thảo 1)" date 2026-03-16 "Xây dựng Khung kiến trúc của tỉnh sau hợp nhất, theo Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0"
        revision "4.0 (dự thảo 2)" date 2026-05-11 "Tiếp thu ý kiến góp ý của các sở, ban, ngành, Ủy ban nhân dân các xã, phường; bổ sung căn cứ pháp lý năm 2025"
    }
}

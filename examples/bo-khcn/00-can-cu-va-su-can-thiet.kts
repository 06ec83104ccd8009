// Sự cần thiết, căn cứ pháp lý và lịch sử phiên bản của Khung kiến trúc Chính phủ số Bộ Khoa học và Công nghệ.
// The legal bases the national framework 4.0 names come from its profile; the ones below are the ministry's own.
framework bo-khcn {
    legal {
        basis nd-194-2025, nd-85-2016, qd-3090-2025, qd-2439-2025
    }
    reasons {
        "Từ ngày 01/3/2025, Bộ Khoa học và Công nghệ tiếp nhận chức năng, nhiệm vụ của Bộ Thông tin và Truyền thông trước đây trong các lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ thông tin, chuyển đổi số (Nghị định số 55/2025/NĐ-CP). Các hệ thống thông tin, cơ sở dữ liệu và hạ tầng số của hai bộ trước đây được xây dựng theo kiến trúc riêng, đang vận hành song song và chưa chia sẻ dữ liệu đầy đủ với nhau."
        "Với chức năng quản lý nhà nước về chuyển đổi số, Bộ đã ban hành Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0 (Quyết định số 292/QĐ-BKHCN ngày 25/3/2025) và Khung kiến trúc tổng thể quốc gia số (Quyết định số 3090/QĐ-BKHCN ngày 08/10/2025); Khung kiến trúc Chính phủ số của Bộ cần được xây dựng lại theo các khung này."
        "Luật Dữ liệu có hiệu lực từ ngày 01/7/2025, Nghị định số 194/2025/NĐ-CP có hiệu lực từ ngày 19/8/2025 và Khung kiến trúc dữ liệu quốc gia (Quyết định số 2439/QĐ-TTg ngày 04/11/2025) đặt ra yêu cầu mới về quản trị, kết nối và chia sẻ dữ liệu. Vì vậy, việc xây dựng Khung kiến trúc Chính phủ số Bộ Khoa học và Công nghệ, phiên bản 4.0 là cần thiết để thống nhất định hướng đầu tư, tránh trùng lặp và bảo đảm các hệ thống của Bộ kết nối với các nền tảng, cơ sở dữ liệu quốc gia."
    }
    revisions {
        revision "4.0 (dự thảo 1)" date 2026-02-23 "Xây dựng Khung kiến trúc của Bộ sau khi tiếp nhận chức năng, nhiệm vụ của Bộ Thông tin và Truyền thông trước đây, theo Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0"
        revision "4.0 (dự thảo 2)" date 2026-04-20 "Tiếp thu ý kiến góp ý của các đơn vị thuộc Bộ; bổ sung căn cứ pháp lý năm 2025"
    }
}

// Trách nhiệm tổ chức thực hiện: what each unit of the ministry does to carry the framework out, with training
// and outreach. The closing line (sending the approved framework to the Ministry of Science and Technology) comes
// from the profile.
framework bo-khcn {
    responsibilities {
        unit "Trung tâm Công nghệ thông tin" role lead "Chủ trì, hướng dẫn, theo dõi, đôn đốc các đơn vị thuộc Bộ triển khai Khung kiến trúc; thẩm định sự phù hợp với Khung kiến trúc của các chủ trương đầu tư, dự án, nhiệm vụ công nghệ thông tin trước khi phê duyệt." "Hằng năm tổng hợp, báo cáo Lãnh đạo Bộ kết quả thực hiện; đề xuất cập nhật Khung kiến trúc khi chức năng, nhiệm vụ của Bộ hoặc Khung kiến trúc Chính phủ số Việt Nam thay đổi."
        unit "Văn phòng Bộ" role coordinating "Phối hợp triển khai Hệ thống thông tin giải quyết thủ tục hành chính, Hệ thống quản lý văn bản và điều hành và Hệ thống thông tin báo cáo của Bộ theo Khung kiến trúc."
        unit "Cục Chuyển đổi số quốc gia" role coordinating "Phối hợp hướng dẫn kết nối các hệ thống của Bộ với các nền tảng số quốc gia và bảo đảm sự thống nhất giữa Khung kiến trúc của Bộ với Khung kiến trúc Chính phủ số Việt Nam."
        unit "Vụ Kế hoạch - Tài chính" role finance "Chủ trì tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Khung kiến trúc trong kế hoạch đầu tư công trung hạn và dự toán ngân sách hằng năm của Bộ."
        unit "Vụ Tổ chức cán bộ" role home-affairs "Tham mưu bố trí nhân lực công nghệ thông tin, an toàn thông tin cho các đơn vị; đưa nội dung bồi dưỡng kỹ năng số vào kế hoạch đào tạo, bồi dưỡng công chức, viên chức của Bộ."
        unit "Các đơn vị thuộc Bộ" role departments "Triển khai các nhiệm vụ được giao; bảo đảm các nhiệm vụ, dự án công nghệ thông tin của đơn vị phù hợp với Khung kiến trúc; cập nhật thông tin về hệ thống thông tin, cơ sở dữ liệu của đơn vị gửi Trung tâm Công nghệ thông tin."
        training "Bồi dưỡng kiến thức về kiến trúc số, quản trị dữ liệu và an toàn thông tin cho cán bộ phụ trách công nghệ thông tin của các đơn vị thuộc Bộ."
        training "Hướng dẫn công chức, viên chức sử dụng các hệ thống dùng chung của Bộ sau hợp nhất."
        outreach "Đăng tải Khung kiến trúc trên Cổng thông tin điện tử của Bộ và phổ biến tới các đơn vị thuộc Bộ."
    }
}

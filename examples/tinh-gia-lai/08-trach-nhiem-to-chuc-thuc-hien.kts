// Trách nhiệm tổ chức thực hiện: what each unit of the province does to carry the framework out, with training and
// outreach. The closing line (sending the approved framework to the Ministry of Science and Technology) comes from
// the profile.
framework tinh_gia_lai {
    responsibilities {
        unit "Sở Khoa học và Công nghệ" role lead "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Khung kiến trúc; cho ý kiến về sự phù hợp với Khung kiến trúc đối với các nhiệm vụ, dự án chuyển đổi số trước khi phê duyệt." "Theo dõi các chỉ số kết quả của Khung kiến trúc, công khai hằng quý; hằng năm báo cáo Ủy ban nhân dân tỉnh và đề xuất cập nhật Khung kiến trúc."
        unit "Văn phòng Ủy ban nhân dân tỉnh" role coordinating "Phối hợp với Sở Khoa học và Công nghệ triển khai Hệ thống thông tin giải quyết thủ tục hành chính, Hệ thống quản lý văn bản và điều hành, Hệ thống thông tin báo cáo của tỉnh theo Khung kiến trúc."
        unit "Công an tỉnh" role coordinating "Phối hợp xây dựng chiến lược dữ liệu của tỉnh với Trung tâm Dữ liệu quốc gia; bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; hướng dẫn kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư."
        unit "Sở Tài chính" role finance "Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của Khung kiến trúc trong kế hoạch đầu tư công trung hạn 2026–2030 và dự toán ngân sách hằng năm."
        unit "Sở Nội vụ" role home-affairs "Tham mưu bố trí vị trí việc làm về chuyển đổi số, dữ liệu, an toàn thông tin; đưa nội dung bồi dưỡng kỹ năng số vào kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức hằng năm."
        unit "Các sở, ban, ngành tỉnh" role departments "Triển khai các nhiệm vụ được giao; bảo đảm nhiệm vụ, dự án của cơ quan, đơn vị phù hợp với Khung kiến trúc, có chỉ số kết quả; là cơ quan chủ quản dữ liệu của ngành, lĩnh vực theo danh mục dữ liệu của tỉnh."
        unit "Ủy ban nhân dân các xã, phường" role communes "Sử dụng các hệ thống thông tin dùng chung của tỉnh, không đầu tư riêng hệ thống trùng chức năng; bố trí cán bộ phụ trách chuyển đổi số, an toàn thông tin; cập nhật dữ liệu thuộc phạm vi quản lý."
        training "Bồi dưỡng kiến thức về kiến trúc số, quản trị dữ liệu và an toàn thông tin cho cán bộ phụ trách chuyển đổi số của các sở, ban, ngành và xã, phường."
        training "Hướng dẫn cán bộ, công chức sử dụng các hệ thống dùng chung sau hợp nhất và trợ lý ảo."
        outreach "Đăng tải Khung kiến trúc trên Cổng thông tin điện tử của tỉnh; phổ biến tới các cơ quan, đơn vị và Ủy ban nhân dân các xã, phường."
        outreach "Công khai hằng quý các chỉ số kết quả chuyển đổi số của tỉnh trên Cổng thông tin điện tử và ứng dụng Gia Lai số."
    }
}

// Trách nhiệm tổ chức thực hiện: what each unit of the province does to carry the framework out, with training and
// outreach. The closing line (sending the approved framework to the Ministry of Science and Technology) comes from
// the profile.
framework tinh_lao_cai {
    responsibilities {
        unit "Sở Khoa học và Công nghệ" role lead "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Khung kiến trúc; cho ý kiến về sự phù hợp với Khung kiến trúc đối với các nhiệm vụ, dự án ứng dụng công nghệ thông tin, chuyển đổi số trước khi phê duyệt." "Hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện; đề xuất cập nhật Khung kiến trúc khi Khung kiến trúc Chính phủ số Việt Nam hoặc yêu cầu phát triển của tỉnh thay đổi."
        unit "Văn phòng Ủy ban nhân dân tỉnh" role coordinating "Phối hợp với Sở Khoa học và Công nghệ triển khai Hệ thống thông tin giải quyết thủ tục hành chính, Hệ thống thông tin báo cáo và Trung tâm giám sát, điều hành thông minh của tỉnh theo Khung kiến trúc."
        unit "Công an tỉnh" role coordinating "Phối hợp bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; hướng dẫn kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư theo quy định."
        unit "Sở Tài chính" role finance "Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của Khung kiến trúc trong dự toán ngân sách hằng năm và kế hoạch đầu tư công trung hạn theo quy định."
        unit "Sở Nội vụ" role home-affairs "Tham mưu bố trí vị trí việc làm về công nghệ thông tin, chuyển đổi số, an toàn thông tin; đưa nội dung bồi dưỡng kỹ năng số vào kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức hằng năm."
        unit "Các sở, ban, ngành tỉnh" role departments "Triển khai các nhiệm vụ được giao; bảo đảm các nhiệm vụ, dự án ứng dụng công nghệ thông tin, chuyển đổi số của cơ quan, đơn vị phù hợp với Khung kiến trúc; định kỳ cập nhật thông tin về hệ thống thông tin, cơ sở dữ liệu của cơ quan, đơn vị gửi Sở Khoa học và Công nghệ."
        unit "Ủy ban nhân dân các xã, phường" role communes "Sử dụng các hệ thống thông tin dùng chung của tỉnh, không đầu tư riêng hệ thống trùng chức năng; bố trí cán bộ phụ trách chuyển đổi số, an toàn thông tin."
        training "Bồi dưỡng kiến thức về kiến trúc số, quản trị dữ liệu và an toàn thông tin cho cán bộ phụ trách công nghệ thông tin của các sở, ban, ngành và xã, phường."
        training "Hướng dẫn cán bộ, công chức sử dụng các hệ thống thông tin dùng chung sau hợp nhất, trước hết là Hệ thống thông tin giải quyết thủ tục hành chính và Hệ thống quản lý văn bản và điều hành."
        outreach "Đăng tải Khung kiến trúc trên Cổng thông tin điện tử của tỉnh; phổ biến nội dung Khung kiến trúc tới các cơ quan, đơn vị và Ủy ban nhân dân các xã, phường."
        outreach "Phối hợp với các cơ quan báo chí của tỉnh thông tin về dịch vụ công trực tuyến toàn trình và lợi ích của chính quyền số tới người dân, doanh nghiệp."
    }
}

// MINH HỌA — KHÔNG PHẢI DANH MỤC CHÍNH THỨC.
// Illustrative BRM/ARM/TRM/SRM catalogue made up by the KTS project: the official tables of
// Phụ lục I, III, IV, V (Quyết định 292/QĐ-BKHCN) are not available to us. Codes start with `MH-`
// ("minh họa") so that nobody mistakes them for official codes. A body that holds the official
// tables replaces this file with them; the examples only use it to show the mapping mechanism.
catalog mo-hinh-tham-chieu-minh-hoa "Mô hình tham chiếu BRM, ARM, TRM, SRM – bản MINH HỌA, không phải Phụ lục chính thức" {
    en "Reference models BRM, ARM, TRM, SRM – ILLUSTRATIVE edition, not the official appendices"
    version "0.1-minh-hoa"
    status illustrative
    source "Dự án KTS tự soạn để minh họa; không trích từ Phụ lục I, III, IV, V của Quyết định 292/QĐ-BKHCN ngày 25/03/2025."
    note "Toàn bộ mã trong danh mục này là mã minh họa (tiền tố MH-), được đặt ra chỉ để trình diễn cách ánh xạ phần tử kiến trúc vào mô hình tham chiếu. Cấu trúc phân cấp (lĩnh vực → nhóm → chức năng) là đề xuất của dự án, không phải cấu trúc chính thức. Cơ quan sử dụng KTS cần thay danh mục này bằng các bảng chính thức tại Phụ lục I–V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0."
    model BRM pattern "^MH-BRM\\.\\d{2}(\\.\\d{2}){0,2}$" { vi "Mô hình tham chiếu nghiệp vụ (minh họa)" en "Business Reference Model (illustrative)" }
    model ARM pattern "^MH-ARM\\.\\d{2}(\\.\\d{2}){0,2}$" { vi "Mô hình tham chiếu ứng dụng (minh họa)" en "Application Reference Model (illustrative)" }
    model TRM pattern "^MH-TRM\\.\\d{2}(\\.\\d{2}){0,2}$" { vi "Mô hình tham chiếu công nghệ (minh họa)" en "Technology Reference Model (illustrative)" }
    model SRM pattern "^MH-SRM\\.\\d{2}(\\.\\d{2}){0,2}$" { vi "Mô hình tham chiếu an toàn thông tin mạng, an ninh mạng (minh họa)" en "Security Reference Model (illustrative)" }

    // BRM: Business Reference Model — illustrative, to be replaced by Phụ lục I.
    entry MH-BRM.01 "Dịch vụ công và giải quyết thủ tục hành chính" {
        model BRM
        kind "business-area"
        en "Public services and administrative procedures"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.01.01 "Tiếp nhận, xử lý hồ sơ thủ tục hành chính" {
        model BRM
        kind "business-line"
        parent MH-BRM.01
        en "Receiving and processing administrative-procedure applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.01.02 "Cung cấp dịch vụ công trực tuyến" {
        model BRM
        kind "business-line"
        parent MH-BRM.01
        en "Providing online public services"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.01.03 "Thu phí, lệ phí và thanh toán trực tuyến" {
        model BRM
        kind "business-line"
        parent MH-BRM.01
        en "Collecting fees and online payment"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.01.04 "Trả kết quả và lưu trữ kết quả điện tử" {
        model BRM
        kind "business-line"
        parent MH-BRM.01
        en "Returning results and keeping electronic results"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.01.05 "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp" {
        model BRM
        kind "business-line"
        parent MH-BRM.01
        en "Handling feedback and petitions of citizens and businesses"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02 "Quản lý nhà nước ngành, lĩnh vực" {
        model BRM
        kind "business-area"
        en "Sectoral state management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.01 "Xây dựng thể chế, chính sách, quy hoạch ngành" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Sectoral law, policy and planning"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.02 "Cấp phép, đăng ký, chứng nhận chuyên ngành" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Sectoral licensing, registration and certification"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.02.01 "Cấp phép viễn thông, tần số vô tuyến điện và bưu chính" {
        model BRM
        kind "business-function"
        parent MH-BRM.02.02
        en "Telecommunications, radio-frequency and postal licensing"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.02.02 "Xác lập, bảo hộ quyền sở hữu công nghiệp" {
        model BRM
        kind "business-function"
        parent MH-BRM.02.02
        en "Granting and protecting industrial property rights"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.02.03 "Đánh giá sự phù hợp, đo lường và chất lượng" {
        model BRM
        kind "business-function"
        parent MH-BRM.02.02
        en "Conformity assessment, metrology and quality"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.03 "Quản lý khoa học, công nghệ và đổi mới sáng tạo" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Science, technology and innovation management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.03.01 "Quản lý nhiệm vụ khoa học và công nghệ" {
        model BRM
        kind "business-function"
        parent MH-BRM.02.03
        en "Management of science and technology projects"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.03.02 "Phát triển thị trường công nghệ, doanh nghiệp khoa học công nghệ và khởi nghiệp" {
        model BRM
        kind "business-function"
        parent MH-BRM.02.03
        en "Technology market, S&T enterprises and start-ups"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.04 "Quản lý hạ tầng số, công nghiệp công nghệ số và chuyển đổi số" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Digital infrastructure, digital industry and digital transformation"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.05 "Thanh tra, kiểm tra, xử lý vi phạm chuyên ngành" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Sectoral inspection and enforcement"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.02.06 "Thống kê, báo cáo chuyên ngành" {
        model BRM
        kind "business-line"
        parent MH-BRM.02
        en "Sectoral statistics and reporting"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03 "Quản lý kinh tế - xã hội địa phương" {
        model BRM
        kind "business-area"
        en "Local socio-economic management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.01 "Đất đai, tài nguyên và môi trường" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Land, natural resources and environment"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.02 "Y tế và chăm sóc sức khỏe" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Health and health care"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.03 "Giáo dục và đào tạo" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Education and training"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.04 "Nông nghiệp và phát triển nông thôn" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Agriculture and rural development"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.05 "Giao thông, xây dựng và đô thị" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Transport, construction and urban affairs"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.06 "Lao động, việc làm và an sinh xã hội" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Labour, employment and social welfare"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.07 "Văn hóa, thể thao và du lịch" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Culture, sports and tourism"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.08 "Công thương, xuất nhập khẩu và kinh tế cửa khẩu" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Industry, trade, import/export and border-gate economy"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.03.09 "Phòng, chống thiên tai và tìm kiếm cứu nạn" {
        model BRM
        kind "business-line"
        parent MH-BRM.03
        en "Natural-disaster prevention, search and rescue"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04 "Quản trị nội bộ" {
        model BRM
        kind "business-area"
        en "Internal administration"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.01 "Quản lý văn bản, hồ sơ công việc và lưu trữ" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Documents, case files and archives"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.02 "Chỉ đạo, điều hành và họp" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Direction, coordination and meetings"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.03 "Tổ chức, cán bộ, công chức, viên chức" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Organisation and civil-service personnel"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.04 "Kế hoạch, tài chính, tài sản công và đầu tư" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Planning, finance, public assets and investment"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.05 "Thi đua, khen thưởng" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Emulation and awards"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.04.06 "Pháp chế và kiểm soát thủ tục hành chính" {
        model BRM
        kind "business-line"
        parent MH-BRM.04
        en "Legal affairs and control of administrative procedures"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.05 "Thông tin và tương tác với người dân, doanh nghiệp" {
        model BRM
        kind "business-area"
        en "Information and engagement with citizens and businesses"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.05.01 "Công khai, cung cấp thông tin của cơ quan nhà nước" {
        model BRM
        kind "business-line"
        parent MH-BRM.05
        en "Publishing government information"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.05.02 "Cung cấp dữ liệu mở" {
        model BRM
        kind "business-line"
        parent MH-BRM.05
        en "Providing open data"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-BRM.05.03 "Hỗ trợ, giải đáp người dân, doanh nghiệp" {
        model BRM
        kind "business-line"
        parent MH-BRM.05
        en "Help desk for citizens and businesses"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục I của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }

    // ARM: Application Reference Model — illustrative, to be replaced by Phụ lục III.
    entry MH-ARM.01 "Ứng dụng phục vụ người dân, doanh nghiệp" {
        model ARM
        kind "application-domain"
        en "Citizen- and business-facing applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.01.01 "Cổng thông tin điện tử" {
        model ARM
        kind "application-component"
        parent MH-ARM.01
        en "Government web portal"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.01.02 "Cổng dịch vụ công" {
        model ARM
        kind "application-component"
        parent MH-ARM.01
        en "Public-service portal"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.01.03 "Hệ thống thông tin giải quyết thủ tục hành chính" {
        model ARM
        kind "application-component"
        parent MH-ARM.01
        en "Administrative-procedure information system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.01.04 "Ứng dụng trên thiết bị di động" {
        model ARM
        kind "application-component"
        parent MH-ARM.01
        en "Mobile application"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.01.05 "Hệ thống tiếp nhận phản ánh, kiến nghị và tổng đài hỗ trợ" {
        model ARM
        kind "application-component"
        parent MH-ARM.01
        en "Feedback handling and help-desk system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02 "Ứng dụng nghiệp vụ chuyên ngành" {
        model ARM
        kind "application-domain"
        en "Sectoral business applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02.01 "Hệ thống cấp phép, đăng ký chuyên ngành trực tuyến" {
        model ARM
        kind "application-component"
        parent MH-ARM.02
        en "Online sectoral licensing and registration"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02.02 "Hệ thống quản lý cơ sở dữ liệu chuyên ngành" {
        model ARM
        kind "application-component"
        parent MH-ARM.02
        en "Sectoral database management system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02.03 "Hệ thống thanh tra, kiểm tra chuyên ngành" {
        model ARM
        kind "application-component"
        parent MH-ARM.02
        en "Sectoral inspection system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02.04 "Hệ thống thông tin địa lý (GIS) chuyên ngành" {
        model ARM
        kind "application-component"
        parent MH-ARM.02
        en "Sectoral geographic information system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.02.05 "Hệ thống giám sát, đo kiểm chuyên ngành" {
        model ARM
        kind "application-component"
        parent MH-ARM.02
        en "Sectoral monitoring and measurement system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03 "Ứng dụng quản trị nội bộ" {
        model ARM
        kind "application-domain"
        en "Internal administration applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.01 "Quản lý văn bản và điều hành" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Document and workflow management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.02 "Thư điện tử công vụ" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Official e-mail"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.03 "Hội nghị truyền hình và phòng họp không giấy" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Video conferencing and paperless meetings"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.04 "Quản lý cán bộ, công chức, viên chức" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Civil-service personnel management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.05 "Quản lý tài chính, tài sản" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Finance and asset management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.03.06 "Lưu trữ điện tử" {
        model ARM
        kind "application-component"
        parent MH-ARM.03
        en "Electronic archives"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.04 "Ứng dụng báo cáo, chỉ đạo điều hành" {
        model ARM
        kind "application-domain"
        en "Reporting and executive applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.04.01 "Hệ thống thông tin báo cáo" {
        model ARM
        kind "application-component"
        parent MH-ARM.04
        en "Reporting information system"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.04.02 "Trung tâm giám sát, điều hành thông minh (IOC)" {
        model ARM
        kind "application-component"
        parent MH-ARM.04
        en "Intelligent operations centre"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05 "Nền tảng dùng chung" {
        model ARM
        kind "application-domain"
        en "Shared platforms"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05.01 "Nền tảng tích hợp, chia sẻ dữ liệu" {
        model ARM
        kind "application-component"
        parent MH-ARM.05
        en "Data integration and sharing platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05.02 "Nền tảng định danh, xác thực tập trung" {
        model ARM
        kind "application-component"
        parent MH-ARM.05
        en "Central identity and authentication platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05.03 "Nền tảng ký số và xác thực chữ ký số" {
        model ARM
        kind "application-component"
        parent MH-ARM.05
        en "Digital signing and signature validation platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05.04 "Nền tảng quản lý danh mục dùng chung" {
        model ARM
        kind "application-component"
        parent MH-ARM.05
        en "Shared code-list platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.05.05 "Nền tảng gửi thông báo, tin nhắn" {
        model ARM
        kind "application-component"
        parent MH-ARM.05
        en "Notification and messaging platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06 "Ứng dụng dữ liệu và phân tích" {
        model ARM
        kind "application-domain"
        en "Data and analytics applications"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06.01 "Kho dữ liệu dùng chung" {
        model ARM
        kind "application-component"
        parent MH-ARM.06
        en "Shared data warehouse"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06.02 "Nền tảng phân tích, xử lý dữ liệu" {
        model ARM
        kind "application-component"
        parent MH-ARM.06
        en "Data analytics and processing platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06.03 "Cổng dữ liệu và dữ liệu mở" {
        model ARM
        kind "application-component"
        parent MH-ARM.06
        en "Data and open-data portal"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06.04 "Quản trị dữ liệu và siêu dữ liệu" {
        model ARM
        kind "application-component"
        parent MH-ARM.06
        en "Data governance and metadata management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-ARM.06.05 "Ứng dụng trí tuệ nhân tạo và trợ lý ảo" {
        model ARM
        kind "application-component"
        parent MH-ARM.06
        en "Artificial intelligence and virtual assistants"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục III của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }

    // TRM: Technology Reference Model — illustrative, to be replaced by Phụ lục IV.
    entry MH-TRM.01 "Trung tâm dữ liệu và hạ tầng tính toán" {
        model TRM
        kind "technology-domain"
        en "Data centres and compute infrastructure"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.01.01 "Trung tâm dữ liệu chính" {
        model TRM
        kind "technology-component"
        parent MH-TRM.01
        en "Primary data centre"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.01.02 "Trung tâm dữ liệu dự phòng thảm họa" {
        model TRM
        kind "technology-component"
        parent MH-TRM.01
        en "Disaster-recovery data centre"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.01.03 "Máy chủ và ảo hóa" {
        model TRM
        kind "technology-component"
        parent MH-TRM.01
        en "Servers and virtualisation"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.01.04 "Hệ thống lưu trữ dữ liệu" {
        model TRM
        kind "technology-component"
        parent MH-TRM.01
        en "Storage systems"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.02 "Điện toán đám mây" {
        model TRM
        kind "technology-domain"
        en "Cloud computing"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.02.01 "Đám mây riêng của cơ quan" {
        model TRM
        kind "technology-component"
        parent MH-TRM.02
        en "Private cloud of the body"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.02.02 "Dịch vụ đám mây của Chính phủ" {
        model TRM
        kind "technology-component"
        parent MH-TRM.02
        en "Government cloud services"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.02.03 "Dịch vụ đám mây thương mại hợp chuẩn" {
        model TRM
        kind "technology-component"
        parent MH-TRM.02
        en "Compliant commercial cloud services"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.03 "Mạng và kết nối" {
        model TRM
        kind "technology-domain"
        en "Networks and connectivity"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.03.01 "Mạng truyền số liệu chuyên dùng" {
        model TRM
        kind "technology-component"
        parent MH-TRM.03
        en "Dedicated government data network"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.03.02 "Mạng nội bộ và mạng diện rộng của cơ quan" {
        model TRM
        kind "technology-component"
        parent MH-TRM.03
        en "Local and wide-area networks of the body"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.03.03 "Kết nối Internet" {
        model TRM
        kind "technology-component"
        parent MH-TRM.03
        en "Internet connectivity"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.03.04 "Hạ tầng IPv6" {
        model TRM
        kind "technology-component"
        parent MH-TRM.03
        en "IPv6 infrastructure"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.04 "Phần mềm hệ thống và phần mềm trung gian" {
        model TRM
        kind "technology-domain"
        en "System software and middleware"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.04.01 "Trục tích hợp và cổng quản lý API" {
        model TRM
        kind "technology-component"
        parent MH-TRM.04
        en "Integration bus and API gateway"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.04.02 "Hệ quản trị cơ sở dữ liệu" {
        model TRM
        kind "technology-component"
        parent MH-TRM.04
        en "Database management systems"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.04.03 "Nền tảng container và điều phối" {
        model TRM
        kind "technology-component"
        parent MH-TRM.04
        en "Container and orchestration platform"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.04.04 "Hệ thống hàng đợi, truyền thông điệp" {
        model TRM
        kind "technology-component"
        parent MH-TRM.04
        en "Message queuing"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.05 "Hạ tầng định danh và tin cậy" {
        model TRM
        kind "technology-domain"
        en "Identity and trust infrastructure"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.05.01 "Dịch vụ thư mục và quản lý tài khoản" {
        model TRM
        kind "technology-component"
        parent MH-TRM.05
        en "Directory and account services"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.05.02 "Hạ tầng khóa công khai và chữ ký số" {
        model TRM
        kind "technology-component"
        parent MH-TRM.05
        en "Public-key infrastructure and digital signatures"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.06 "Thiết bị và hạ tầng đầu cuối" {
        model TRM
        kind "technology-domain"
        en "End-user devices and edge"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.06.01 "Máy trạm và thiết bị văn phòng" {
        model TRM
        kind "technology-component"
        parent MH-TRM.06
        en "Workstations and office devices"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.06.02 "Thiết bị di động" {
        model TRM
        kind "technology-component"
        parent MH-TRM.06
        en "Mobile devices"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.06.03 "Thiết bị cảm biến, camera và IoT" {
        model TRM
        kind "technology-component"
        parent MH-TRM.06
        en "Sensors, cameras and IoT"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.06.04 "Thiết bị hội nghị truyền hình" {
        model TRM
        kind "technology-component"
        parent MH-TRM.06
        en "Video-conferencing equipment"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.07 "Vận hành hạ tầng" {
        model TRM
        kind "technology-domain"
        en "Infrastructure operations"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.07.01 "Giám sát hạ tầng và hiệu năng" {
        model TRM
        kind "technology-component"
        parent MH-TRM.07
        en "Infrastructure and performance monitoring"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-TRM.07.02 "Quản lý cấu hình và tự động hóa" {
        model TRM
        kind "technology-component"
        parent MH-TRM.07
        en "Configuration management and automation"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục IV của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }

    // SRM: Security Reference Model — illustrative, to be replaced by Phụ lục V.
    entry MH-SRM.01 "Quản lý an toàn thông tin" {
        model SRM
        kind "security-domain"
        en "Information security management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.01.01 "Chính sách, quy chế bảo đảm an toàn thông tin" {
        model SRM
        kind "security-control"
        parent MH-SRM.01
        en "Security policies and rules"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.01.02 "Xác định cấp độ và phương án bảo đảm an toàn hệ thống thông tin theo cấp độ" {
        model SRM
        kind "security-control"
        parent MH-SRM.01
        en "Security-level classification and protection plans"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.01.03 "Đào tạo, nâng cao nhận thức an toàn thông tin" {
        model SRM
        kind "security-control"
        parent MH-SRM.01
        en "Security training and awareness"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.01.04 "Kiểm tra, đánh giá an toàn thông tin định kỳ" {
        model SRM
        kind "security-control"
        parent MH-SRM.01
        en "Periodic security audits and assessments"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.02 "Giám sát và ứng cứu sự cố" {
        model SRM
        kind "security-domain"
        en "Monitoring and incident response"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.02.01 "Trung tâm giám sát an toàn thông tin (SOC)" {
        model SRM
        kind "security-control"
        parent MH-SRM.02
        en "Security operations centre"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.02.02 "Thu thập, phân tích nhật ký và sự kiện an toàn thông tin" {
        model SRM
        kind "security-control"
        parent MH-SRM.02
        en "Security log and event analysis"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.02.03 "Ứng cứu sự cố an toàn thông tin mạng" {
        model SRM
        kind "security-control"
        parent MH-SRM.02
        en "Cyber incident response"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.02.04 "Phòng chống mã độc tập trung" {
        model SRM
        kind "security-control"
        parent MH-SRM.02
        en "Central malware protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.03 "Kiểm soát truy cập và định danh" {
        model SRM
        kind "security-domain"
        en "Access control and identity"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.03.01 "Quản lý định danh và phân quyền truy cập" {
        model SRM
        kind "security-control"
        parent MH-SRM.03
        en "Identity and access management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.03.02 "Xác thực đa yếu tố" {
        model SRM
        kind "security-control"
        parent MH-SRM.03
        en "Multi-factor authentication"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.03.03 "Quản lý tài khoản đặc quyền" {
        model SRM
        kind "security-control"
        parent MH-SRM.03
        en "Privileged account management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04 "Bảo vệ mạng và vùng biên" {
        model SRM
        kind "security-domain"
        en "Network and perimeter protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04.01 "Tường lửa" {
        model SRM
        kind "security-control"
        parent MH-SRM.04
        en "Firewalls"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04.02 "Phát hiện và ngăn chặn xâm nhập" {
        model SRM
        kind "security-control"
        parent MH-SRM.04
        en "Intrusion detection and prevention"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04.03 "Tường lửa ứng dụng web" {
        model SRM
        kind "security-control"
        parent MH-SRM.04
        en "Web application firewall"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04.04 "Phân vùng mạng" {
        model SRM
        kind "security-control"
        parent MH-SRM.04
        en "Network segmentation"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.04.05 "Phòng chống tấn công từ chối dịch vụ" {
        model SRM
        kind "security-control"
        parent MH-SRM.04
        en "Denial-of-service protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.05 "Bảo vệ dữ liệu" {
        model SRM
        kind "security-domain"
        en "Data protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.05.01 "Mã hóa dữ liệu khi lưu trữ và truyền" {
        model SRM
        kind "security-control"
        parent MH-SRM.05
        en "Encryption at rest and in transit"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.05.02 "Chống thất thoát dữ liệu" {
        model SRM
        kind "security-control"
        parent MH-SRM.05
        en "Data loss prevention"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.05.03 "Sao lưu và phục hồi dữ liệu" {
        model SRM
        kind "security-control"
        parent MH-SRM.05
        en "Backup and recovery"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.05.04 "Bảo vệ dữ liệu cá nhân" {
        model SRM
        kind "security-control"
        parent MH-SRM.05
        en "Personal data protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.06 "Bảo vệ máy chủ, điểm cuối và ứng dụng" {
        model SRM
        kind "security-domain"
        en "Host, endpoint and application protection"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.06.01 "Phát hiện và phản ứng tại điểm cuối" {
        model SRM
        kind "security-control"
        parent MH-SRM.06
        en "Endpoint detection and response"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.06.02 "Quản lý lỗ hổng và bản vá" {
        model SRM
        kind "security-control"
        parent MH-SRM.06
        en "Vulnerability and patch management"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.06.03 "Kiểm thử an toàn ứng dụng" {
        model SRM
        kind "security-control"
        parent MH-SRM.06
        en "Application security testing"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
    entry MH-SRM.06.04 "Bảo đảm an toàn thiết bị IoT và camera" {
        model SRM
        kind "security-control"
        parent MH-SRM.06
        en "IoT and camera security"
        status illustrative
        source "Minh họa: mã và tên do dự án KTS tự đặt để trình diễn cơ chế ánh xạ mô hình tham chiếu; không phải mã chính thức. Phải thay bằng bảng chính thức tại Phụ lục V của Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định 292/QĐ-BKHCN ngày 25/03/2025)."
    }
}

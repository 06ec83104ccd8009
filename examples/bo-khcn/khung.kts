// Khung kiến trúc Chính phủ số Bộ Khoa học và Công nghệ, phiên bản 4.0 — bundled example of a ministry framework.
//
// The body is the Ministry of Science and Technology after it took over the functions of the former Ministry of
// Information and Communications on 1/3/2025 (Nghị định 55/2025/NĐ-CP). Press, publishing, broadcasting and
// external information went to the Ministry of Culture, Sports and Tourism in the same reorganisation, so they are
// not part of this framework.
//
// This is an example, not an approved document: baselines and targets of the indicators, budgets and unit names
// are plausible figures chosen to show the language, not official statistics. Reference-model codes MH-BRM/ARM/
// TRM/SRM come from the illustrative catalogue in ../catalogs; DRM codes from the built-in 2019 draft.
//
// The body has no `code`: the corroborated agency-code list (QCVN 102:2016) holds no identifier for this ministry
// after the merger, and a guessed identifier would look official. Add it once the shared code-list system shows it.
// A draft: the decision number and date are filled in when the Minister signs, and `draft` is removed.
framework bo-khcn {
    title "Khung kiến trúc Chính phủ số Bộ Khoa học và Công nghệ, phiên bản 4.0"
    body "Bộ Khoa học và Công nghệ" {
        en "Ministry of Science and Technology"
        abbreviation "Bộ KH&CN"
    }
    level ministry
    version "4.0"
    conforms "4.0"
    approval "Quyết định số …/QĐ-BKHCN" by "Bộ trưởng Bộ Khoa học và Công nghệ"
    document {
        place "Hà Nội"
        year 2026
        draft
    }

    vision "Khung kiến trúc Chính phủ số Bộ Khoa học và Công nghệ là bản thiết kế tổng thể, thống nhất để Bộ hợp nhất và phát triển hệ thống thông tin sau khi tiếp nhận chức năng, nhiệm vụ của Bộ Thông tin và Truyền thông (Nghị định 55/2025/NĐ-CP). Đến năm 2030, Bộ vận hành trên một hạ tầng số, một nền tảng tích hợp và một kho dữ liệu dùng chung; quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, viễn thông, tần số vô tuyến điện, bưu chính, sở hữu trí tuệ, tiêu chuẩn – đo lường – chất lượng và năng lượng nguyên tử dựa trên dữ liệu; cung cấp toàn bộ dịch vụ công đủ điều kiện ở mức toàn trình qua Cổng Dịch vụ công quốc gia, đóng vai trò dẫn dắt thực hiện Nghị quyết 57-NQ/TW. Đến năm 2035, Bộ trở thành cơ quan số điển hình, ra quyết định dựa trên dữ liệu và trí tuệ nhân tạo."

    goals {
        period 2026-2030 {
            goal g01 "Hợp nhất hạ tầng số và nền tảng dùng chung sau sắp xếp tổ chức bộ máy" {
                description "Chấm dứt tình trạng hai hệ thống song song của Bộ Khoa học và Công nghệ và Bộ Thông tin và Truyền thông trước đây; tập trung hạ tầng về Trung tâm dữ liệu của Bộ và nền tảng điện toán đám mây."
                indicator "Số trung tâm dữ liệu, phòng máy chủ độc lập của Bộ và các đơn vị" baseline 7 target 2 unit "điểm"
                indicator "Tỷ lệ hệ thống thông tin của Bộ vận hành trên nền tảng điện toán đám mây" baseline 15 target 90 unit "%"
                indicator "Số nền tảng tích hợp, chia sẻ dữ liệu (LGSP) đang vận hành" baseline 2 target 1 unit "nền tảng"
            }
            goal g02 "Dịch vụ công trực tuyến toàn trình, lấy người dân và doanh nghiệp làm trung tâm" {
                description "Mọi thủ tục hành chính đủ điều kiện được cung cấp toàn trình qua Cổng Dịch vụ công quốc gia; người dân, doanh nghiệp không phải khai lại thông tin đã có trong cơ sở dữ liệu."
                indicator "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình" baseline 62 target 100 unit "%"
                indicator "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến" baseline 55 target 90 unit "%"
                indicator "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử" baseline 70 target 100 unit "%"
                indicator "Mức độ hài lòng của người dân, doanh nghiệp với dịch vụ công của Bộ" baseline 82 target 95 unit "%"
            }
            goal g03 "Dữ liệu ngành khoa học, công nghệ và chuyển đổi số đầy đủ, đúng, sạch, sống" {
                description "Các cơ sở dữ liệu chuyên ngành được chuẩn hóa, kết nối qua LGSP và NDXP, đồng bộ về kho dữ liệu dùng chung; dữ liệu mở có giá trị được công bố trên Cổng dữ liệu quốc gia."
                indicator "Số cơ sở dữ liệu chuyên ngành kết nối, chia sẻ qua LGSP của Bộ và NDXP" baseline 3 target 12 unit "CSDL"
                indicator "Số tập dữ liệu mở được công bố trên Cổng dữ liệu quốc gia" baseline 8 target 120 unit "tập dữ liệu"
                indicator "Tỷ lệ cơ sở dữ liệu chuyên ngành có siêu dữ liệu, danh mục dữ liệu theo quy định" baseline 20 target 100 unit "%"
            }
            goal g04 "Chỉ đạo, điều hành và báo cáo dựa trên dữ liệu" {
                indicator "Tỷ lệ chế độ báo cáo định kỳ của Bộ thực hiện trên Hệ thống thông tin báo cáo" baseline 40 target 100 unit "%"
                indicator "Tỷ lệ văn bản trao đổi giữa các đơn vị dưới dạng điện tử, ký số (trừ văn bản mật)" baseline 92 target 100 unit "%"
                indicator "Số chỉ tiêu của ngành được giám sát theo thời gian thực tại Trung tâm giám sát, điều hành thông minh" baseline 0 target 150 unit "chỉ tiêu"
            }
            goal g05 "Bảo đảm an toàn thông tin mạng theo cấp độ và mô hình 4 lớp" {
                indicator "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ" baseline 45 target 100 unit "%"
                indicator "Tỷ lệ hệ thống thông tin được giám sát bởi SOC của Bộ và kết nối SOC quốc gia" baseline 30 target 100 unit "%"
                indicator "Thời gian trung bình phát hiện và xử lý sự cố nghiêm trọng" baseline 48 target 4 unit "giờ"
            }
        }
        period 2031-2035 {
            goal g06 "Bộ vận hành dựa trên dữ liệu và trí tuệ nhân tạo" {
                description "Phân tích dữ liệu và trí tuệ nhân tạo hỗ trợ hoạch định chính sách, thẩm định, cấp phép và thanh tra; dịch vụ công chủ động, cá thể hóa."
                indicator "Tỷ lệ quy trình nghiệp vụ chuyên ngành có ứng dụng trí tuệ nhân tạo hỗ trợ" baseline 5 target 60 unit "%"
                indicator "Tỷ lệ dịch vụ công được cung cấp chủ động, không cần người dân nộp hồ sơ" baseline 0 target 30 unit "%"
            }
        }
    }

    scope {
        description "Áp dụng cho các đơn vị thuộc Bộ Khoa học và Công nghệ khi lập, thẩm định, triển khai kế hoạch, chương trình, dự án, nhiệm vụ về ứng dụng công nghệ thông tin và chuyển đổi số; các tổ chức, doanh nghiệp cung cấp dịch vụ, giải pháp cho Bộ. Các nền tảng quốc gia do Bộ chủ trì (Nền tảng tích hợp, chia sẻ dữ liệu quốc gia; Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số) được mô tả trong Khung kiến trúc Chính phủ số Việt Nam; khung này chỉ mô tả kết nối của các hệ thống của Bộ với chúng."
        applies "Văn phòng Bộ, Thanh tra Bộ và các vụ chức năng", "Các cục và Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", "Trung tâm Công nghệ thông tin", "Các đơn vị sự nghiệp công lập trực thuộc Bộ"
    }

    principles {
        principle p01 "Tuân thủ Khung kiến trúc Chính phủ số Việt Nam và định hướng quốc gia" {
            description "Mọi dự án, nhiệm vụ công nghệ thông tin của Bộ phải được đối chiếu với khung này và với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0 trước khi phê duyệt."
            implements a, b
        }
        principle p02 "Phục vụ nhiệm vụ đột phá khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" {
            description "Ưu tiên các hệ thống phục vụ thực hiện Nghị quyết 57-NQ/TW và chiến lược phát triển kinh tế - xã hội của ngành."
            implements c
        }
        principle p03 "Một hệ thống cho một nghiệp vụ, không đầu tư trùng lặp" {
            description "Sau hợp nhất, mỗi nghiệp vụ dùng chung chỉ có một hệ thống; không đầu tư mới hệ thống đã có ở cấp quốc gia hoặc ở đơn vị khác của Bộ."
            implements d
        }
        principle p04 "Hạ tầng tập trung, điện toán đám mây là mặc định" {
            description "Hệ thống mới triển khai trên nền tảng điện toán đám mây của Bộ; không xây dựng thêm phòng máy chủ tại đơn vị."
            implements đ, g
        }
        principle p05 "Nền tảng dùng chung trước, ứng dụng sau" {
            description "Ứng dụng của đơn vị sử dụng LGSP, nền tảng định danh, xác thực tập trung, ký số và kho dữ liệu dùng chung của Bộ; kết nối với bên ngoài qua NDXP."
            implements e
        }
        principle p06 "An toàn thông tin từ khâu thiết kế" {
            description "Mỗi thành phần của kiến trúc mục tiêu có phương án bảo đảm an toàn theo cấp độ được phê duyệt trước khi đưa vào vận hành."
            implements h
        }
        principle p07 "Tuân thủ tiêu chuẩn kỹ thuật bắt buộc" {
            description "Áp dụng danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước và các quy chuẩn chuyên ngành."
            implements i
        }
        principle p08 "Dữ liệu là tài sản của Bộ, được tạo một lần và dùng nhiều lần" {
            description "Dữ liệu chuyên ngành có chủ quản rõ ràng, được chuẩn hóa, chia sẻ cho dịch vụ công và công bố dữ liệu mở có giá trị cho đổi mới sáng tạo."
            implements k, l
        }
    }
}

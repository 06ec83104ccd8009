// Khung kiến trúc Chính quyền số tỉnh Lào Cai, phiên bản 4.0 — phần chung (Chương 1, III.2.a–d).
// Worked example written as the provincial Department of Science and Technology would draft it after the
// 1/7/2025 arrangement of provincial units (Lào Cai + Yên Bái → Lào Cai; two-tier local government).
// Figures marked as baselines are the example's end-2025 estimates, not published statistics.
framework tinh_lao_cai {
    title "Khung kiến trúc Chính quyền số tỉnh Lào Cai, phiên bản 4.0"
    // The province formed on 1/7/2025 from Lào Cai and Yên Bái keeps the name Lào Cai (Nghị quyết số 202/2025/QH15),
    // so the example keeps its name and folder; the former units are written "tỉnh Yên Bái (cũ)" where meant.
    // 000.00.00.H38 is the code of the former Lào Cai province (corroborated before 2025). The merger with
    // Yên Bái on 1/7/2025 may have led to a new or reassigned code: check it against the shared electronic
    // code-list system (Hệ thống danh mục điện tử dùng chung) before submitting.
    body "Ủy ban nhân dân tỉnh Lào Cai" {
        code "000.00.00.H38"
        en "People's Committee of Lào Cai province"
        abbreviation "UBND tỉnh"
    }
    level province
    version "4.0"
    conforms "4.0"
    // A draft: the decision number and date are filled in when the Chairman signs, and `draft` is removed.
    approval "Quyết định số …/QĐ-UBND" by "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"
    document {
        place "Lào Cai"
        year 2026
        draft
    }

    vision "Đến năm 2030, tỉnh Lào Cai (sau hợp nhất với tỉnh Yên Bái theo Nghị quyết số 202/2025/QH15) có một chính quyền số thống nhất, vận hành theo mô hình chính quyền địa phương hai cấp (tỉnh và xã, phường) trên một hạ tầng số, một nền tảng tích hợp dữ liệu và một hệ thống giải quyết thủ tục hành chính duy nhất; quản trị và ra quyết định dựa trên dữ liệu; người dân, doanh nghiệp ở vùng cao, vùng biên giới được phục vụ trực tuyến, không phụ thuộc địa giới hành chính. Chính quyền số là động lực để Lào Cai phát triển kinh tế cửa khẩu, du lịch (Sa Pa, Mù Cang Chải, Bắc Hà, hồ Thác Bà), nông, lâm nghiệp hàng hóa và chủ động phòng, chống thiên tai, phù hợp Nghị quyết số 57-NQ/TW ngày 22/12/2024 và Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0."

    goals {
        period 2026-2027 {
            goal g_hop_nhat "Hợp nhất hệ thống thông tin dùng chung của hai tỉnh cũ" {
                description "Sau ngày 1/7/2025, tỉnh vận hành song song các hệ thống dùng chung của tỉnh Lào Cai và tỉnh Yên Bái trước đây. Giai đoạn 2026–2027 ưu tiên hợp nhất về một nền tảng tích hợp, chia sẻ dữ liệu (LGSP), một hệ thống giải quyết thủ tục hành chính, một hệ thống quản lý văn bản và điều hành, một Trung tâm giám sát, điều hành thông minh."
                indicator "Số nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh đang vận hành" baseline 2 target 1 unit "nền tảng"
                indicator "Tỷ lệ hệ thống thông tin dùng chung của hai tỉnh cũ đã được hợp nhất hoặc thay thế" baseline 0 target 100 unit "%"
                indicator "Tỷ lệ xã, phường kết nối Mạng truyền số liệu chuyên dùng cấp II" baseline 78 target 100 unit "%"
            }
            goal g_dvc "Dịch vụ công trực tuyến toàn trình, không phụ thuộc địa giới hành chính" {
                description "Người dân, doanh nghiệp nộp hồ sơ và nhận kết quả ở bất kỳ điểm tiếp nhận nào trong tỉnh hoặc trực tuyến; dữ liệu đã có trong các cơ sở dữ liệu quốc gia không phải kê khai lại."
                indicator "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình" baseline 62 target 100 unit "%"
                indicator "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình" baseline 45 target 80 unit "%"
                indicator "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa, ký số và lưu trữ điện tử" baseline 70 target 100 unit "%"
            }
        }
        period 2028-2030 {
            goal g_du_lieu "Chính quyền số vận hành dựa trên dữ liệu" {
                description "Dữ liệu của các sở, ngành và xã, phường được chuẩn hóa, tập trung về kho dữ liệu dùng chung, chia sẻ qua LGSP và khai thác trên nền tảng phân tích phục vụ chỉ đạo, điều hành."
                indicator "Tỷ lệ cơ sở dữ liệu chuyên ngành của tỉnh kết nối, chia sẻ qua LGSP" baseline 40 target 100 unit "%"
                indicator "Số bộ dữ liệu mở được công bố trên Cổng dữ liệu tỉnh" baseline 0 target 200 unit "bộ dữ liệu"
                indicator "Tỷ lệ chế độ báo cáo định kỳ thực hiện trên Hệ thống thông tin báo cáo tỉnh" baseline 70 target 100 unit "%"
                indicator "Tỷ lệ hồ sơ công việc cấp tỉnh, cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật)" baseline 85 target 100 unit "%"
            }
            goal g_ha_tang "Hạ tầng số hiện đại và an toàn thông tin mạng" {
                description "Một trung tâm dữ liệu chính tại trung tâm hành chính tỉnh, một trung tâm dự phòng, đám mây dùng chung; mọi hệ thống thông tin được xác định cấp độ và giám sát bởi SOC tỉnh kết nối SOC quốc gia."
                indicator "Tỷ lệ hệ thống thông tin được phê duyệt cấp độ và triển khai đầy đủ phương án bảo đảm an toàn" baseline 58 target 100 unit "%"
                indicator "Tỷ lệ hệ thống thông tin cấp độ 3 trở lên được SOC tỉnh giám sát và chia sẻ dữ liệu với SOC quốc gia" baseline 30 target 100 unit "%"
                indicator "Tỷ lệ hệ thống thông tin dùng chung chạy trên nền tảng điện toán đám mây của tỉnh" baseline 20 target 80 unit "%"
            }
            goal g_kinh_te_so "Dữ liệu phục vụ kinh tế cửa khẩu, du lịch, nông nghiệp và phòng, chống thiên tai" {
                description "Các nền tảng chuyên ngành trọng điểm của tỉnh (cửa khẩu số, du lịch thông minh, truy xuất nguồn gốc nông sản, cảnh báo sớm lũ quét, sạt lở đất) dùng chung dữ liệu qua LGSP."
                indicator "Tỷ lệ phương tiện xuất nhập khẩu qua các cửa khẩu được khai báo, điều tiết trên nền tảng cửa khẩu số" baseline 35 target 95 unit "%"
                indicator "Số điểm có nguy cơ lũ quét, sạt lở đất được giám sát tự động" baseline 40 target 300 unit "điểm"
                indicator "Tỷ lệ cán bộ, công chức, viên chức cấp tỉnh, cấp xã được bồi dưỡng kỹ năng số" baseline 50 target 100 unit "%"
            }
        }
    }

    scope {
        description "Khung kiến trúc áp dụng cho mọi hoạt động đầu tư, thuê dịch vụ, nâng cấp, mở rộng hệ thống thông tin, cơ sở dữ liệu, hạ tầng số sử dụng ngân sách nhà nước của các cơ quan thuộc tỉnh. Căn cứ: Khung kiến trúc Chính phủ số Việt Nam phiên bản 4.0 (Quyết định số 292/QĐ-BKHCN ngày 25/03/2025), Luật Giao dịch điện tử số 20/2023/QH15, Luật Dữ liệu số 60/2024/QH15, Nghị định số 47/2020/NĐ-CP về quản lý, kết nối và chia sẻ dữ liệu số, Nghị định số 85/2016/NĐ-CP về bảo đảm an toàn hệ thống thông tin theo cấp độ. Các dự án, nhiệm vụ phải được Sở Khoa học và Công nghệ thẩm định sự phù hợp với Khung kiến trúc trước khi phê duyệt."
        applies "Văn phòng Ủy ban nhân dân tỉnh và các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các xã, phường", "Trung tâm Phục vụ hành chính công tỉnh", "Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và thuộc các sở, ngành", "Ban Quản lý Khu kinh tế tỉnh", "Tổ chức, doanh nghiệp cung cấp dịch vụ công nghệ thông tin cho cơ quan nhà nước của tỉnh"
    }

    principles {
        principle p_tuan_thu "Tuân thủ Khung kiến trúc Chính phủ số Việt Nam và định hướng quốc gia" {
            description "Mọi thành phần của kiến trúc mục tiêu được đối chiếu với các thành phần quốc gia tại Chương 3, mục II; các hệ thống của tỉnh kết nối với hệ thống quốc gia qua LGSP tỉnh và Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)."
            implements a, b
        }
        principle p_phuc_vu "Lấy người dân, doanh nghiệp làm trung tâm, gắn với phát triển kinh tế - xã hội của tỉnh" {
            description "Ưu tiên các dịch vụ mang lại lợi ích trực tiếp cho người dân vùng cao, biên giới và cho các ngành kinh tế mũi nhọn của tỉnh: kinh tế cửa khẩu, du lịch, nông, lâm nghiệp."
            implements b, c
        }
        principle p_hieu_qua "Đầu tư hiệu quả, dùng lại thay vì xây mới" {
            description "Không đầu tư trùng lặp: trước khi xây dựng hệ thống mới, đánh giá khả năng dùng lại nền tảng quốc gia, nền tảng dùng chung của tỉnh hoặc hệ thống của một trong hai tỉnh cũ; ưu tiên thuê dịch vụ công nghệ thông tin khi hiệu quả hơn đầu tư."
            implements d, e
        }
        principle p_ha_tang "Một hạ tầng số dùng chung, hiện đại, không phân tán" {
            description "Tập trung hệ thống thông tin dùng chung về Trung tâm dữ liệu tỉnh và nền tảng điện toán đám mây của tỉnh; các sở, ngành không đầu tư phòng máy chủ riêng trừ trường hợp có yêu cầu đặc thù được thẩm định."
            implements đ, e
        }
        principle p_cong_nghe "Ứng dụng công nghệ số mới có lộ trình" {
            description "Ứng dụng điện toán đám mây, dữ liệu lớn, trí tuệ nhân tạo, Internet vạn vật trong chỉ đạo điều hành, giám sát thiên tai, du lịch và cửa khẩu theo từng bước, có thí điểm và đánh giá."
            implements g
        }
        principle p_an_toan "An toàn thông tin từ khi thiết kế" {
            description "Mỗi thành phần của kiến trúc mục tiêu có phương án bảo đảm an toàn thông tin theo cấp độ ngay từ khi thiết kế; mọi hệ thống được giám sát bởi SOC tỉnh."
            implements h
        }
        principle p_tieu_chuan "Tuân thủ quy chuẩn, tiêu chuẩn kỹ thuật" {
            description "Áp dụng danh mục tiêu chuẩn kỹ thuật về ứng dụng công nghệ thông tin trong cơ quan nhà nước, mã định danh điện tử của cơ quan, tổ chức (QCVN 102:2016/BTTTT) và danh mục dùng chung."
            implements i
        }
        principle p_du_lieu "Dữ liệu là tài nguyên, được tạo một lần và dùng chung nhiều lần" {
            description "Mỗi loại dữ liệu có một cơ quan chủ quản; dữ liệu được thu thập một lần, chia sẻ qua LGSP, công bố dữ liệu mở khi không thuộc phạm vi hạn chế; dữ liệu số là nền tảng cho dịch vụ công trực tuyến toàn trình."
            implements k, l
        }
    }
}

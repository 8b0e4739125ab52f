#include "samplecatalog.h"

using namespace Qt::StringLiterals;

namespace dh {

namespace {

using F = IndicatorField;
using R = AggregationRule;
using P = Polarity;
using K = Period::Kind;

struct Row
{
    const char16_t *code;
    const char16_t *nameVi;
    const char16_t *nameEn;
    const char16_t *unitVi;
    const char16_t *unitEn;
    F field;
    K periodicity;
    R rule;
    P polarity;
    int decimals;
    const char16_t *owner;
    const char16_t *source;
    const char16_t *method;
};

constexpr const char16_t *kGso = u"Cục Thống kê (Bộ Tài chính)";

// Synthetic figures with the shape of the real ones; the method text says what the real indicator is.
constexpr Row kRows[] = {
    // Growth
    {u"grdp.current", u"Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", u"Gross regional domestic product, current prices",
     u"tỷ đồng", u"VND bn", F::Growth, K::Quarter, R::Sum, P::HigherIsBetter, 0, u"BTC", kGso,
     u"Tổng giá trị tăng thêm của các ngành cộng thuế sản phẩm trừ trợ cấp sản phẩm; cả nước là tổng các tỉnh."},
    {u"grdp.growth", u"Tốc độ tăng GRDP/GDP so với cùng kỳ năm trước", u"GRDP/GDP growth, year on year",
     u"%", u"%", F::Growth, K::Quarter, R::WeightedMean, P::HigherIsBetter, 2, u"BTC", kGso,
     u"Theo giá so sánh 2010; cả nước là bình quân các tỉnh có quyền số là GRDP giá hiện hành."},
    {u"iip.growth", u"Chỉ số sản xuất công nghiệp (IIP) so với cùng kỳ năm trước", u"Index of industrial production, change year on year",
     u"%", u"%", F::Growth, K::Month, R::NotAdditive, P::HigherIsBetter, 1, u"BCT", kGso,
     u"Chỉ số khối lượng sản phẩm công nghiệp quyền số giá trị tăng thêm; chỉ số cả nước tính riêng, không cộng từ các tỉnh."},
    {u"retail.sales", u"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", u"Retail sales of goods and consumer services",
     u"tỷ đồng", u"VND bn", F::Growth, K::Month, R::Sum, P::HigherIsBetter, 0, u"BCT", kGso,
     u"Giá hiện hành; gồm bán lẻ hàng hóa, lưu trú, ăn uống, du lịch lữ hành và dịch vụ khác."},
    {u"exports", u"Kim ngạch xuất khẩu hàng hóa", u"Merchandise exports",
     u"triệu USD", u"USD m", F::Growth, K::Month, R::Sum, P::HigherIsBetter, 1, u"BCT", u"Cục Hải quan (Bộ Tài chính)",
     u"Giá trị FOB theo tờ khai hải quan, phân bổ theo địa phương có doanh nghiệp xuất khẩu."},
    {u"imports", u"Kim ngạch nhập khẩu hàng hóa", u"Merchandise imports",
     u"triệu USD", u"USD m", F::Growth, K::Month, R::Sum, P::Neutral, 1, u"BCT", u"Cục Hải quan (Bộ Tài chính)",
     u"Giá trị CIF theo tờ khai hải quan, phân bổ theo địa phương có doanh nghiệp nhập khẩu."},
    {u"trade.balance", u"Cán cân thương mại hàng hóa", u"Merchandise trade balance",
     u"triệu USD", u"USD m", F::Growth, K::Month, R::Sum, P::HigherIsBetter, 1, u"BCT", u"Cục Hải quan (Bộ Tài chính)",
     u"Kim ngạch xuất khẩu trừ kim ngạch nhập khẩu."},
    // Public finance
    {u"budget.revenue", u"Thu ngân sách nhà nước", u"State budget revenue",
     u"tỷ đồng", u"VND bn", F::PublicFinance, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Kho bạc Nhà nước (Bộ Tài chính)",
     u"Thu nội địa, thu từ dầu thô và thu cân đối từ hoạt động xuất nhập khẩu; phân tổ theo cấp ngân sách và sắc thuế."},
    {u"budget.expenditure", u"Chi ngân sách nhà nước", u"State budget expenditure",
     u"tỷ đồng", u"VND bn", F::PublicFinance, K::Month, R::Sum, P::Neutral, 0, u"BTC", u"Kho bạc Nhà nước (Bộ Tài chính)",
     u"Chi đầu tư phát triển, chi thường xuyên, chi trả nợ lãi."},
    {u"pubinv.plan", u"Kế hoạch vốn đầu tư công năm được giao", u"Public investment plan for the year",
     u"tỷ đồng", u"VND bn", F::PublicFinance, K::Month, R::LastValue, P::Neutral, 0, u"BTC", u"Bộ Tài chính",
     u"Kế hoạch vốn ngân sách nhà nước đã giao chi tiết, có hiệu lực tại cuối tháng."},
    {u"pubinv.disbursed", u"Vốn đầu tư công giải ngân lũy kế từ đầu năm", u"Public investment disbursed, year to date",
     u"tỷ đồng", u"VND bn", F::PublicFinance, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Kho bạc Nhà nước (Bộ Tài chính)",
     u"Số vốn đã thanh toán qua Kho bạc Nhà nước từ ngày 1 tháng 1 đến cuối tháng."},
    {u"pubinv.rate", u"Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch", u"Public investment disbursement, % of plan",
     u"%", u"%", F::PublicFinance, K::Month, R::RatioOfSums, P::HigherIsBetter, 1, u"BTC", u"Bộ Tài chính",
     u"100 × vốn giải ngân lũy kế / kế hoạch vốn năm được giao."},
    {u"publicdebt.gdp", u"Nợ công so với GDP", u"Public debt, % of GDP",
     u"% GDP", u"% of GDP", F::PublicFinance, K::Year, R::NotAdditive, P::LowerIsBetter, 1, u"BTC", u"Bộ Tài chính",
     u"Dư nợ công cuối năm chia GDP theo giá hiện hành; chỉ tính cho cả nước."},
    // Macro stability
    {u"cpi.yoy", u"Chỉ số giá tiêu dùng (CPI) so với cùng kỳ năm trước", u"Consumer price index, change year on year",
     u"%", u"%", F::MacroStability, K::Month, R::WeightedMean, P::LowerIsBetter, 2, u"BTC", kGso,
     u"Cả nước là bình quân CPI các tỉnh có quyền số là dân số (xấp xỉ quyền số chi tiêu tiêu dùng)."},
    {u"cpi.mom", u"Chỉ số giá tiêu dùng (CPI) so với tháng trước", u"Consumer price index, change month on month",
     u"%", u"%", F::MacroStability, K::Month, R::WeightedMean, P::LowerIsBetter, 2, u"BTC", kGso,
     u"Cả nước là bình quân CPI các tỉnh có quyền số là dân số."},
    {u"cpi.core", u"Lạm phát cơ bản so với cùng kỳ năm trước", u"Core inflation, year on year",
     u"%", u"%", F::MacroStability, K::Month, R::NotAdditive, P::LowerIsBetter, 2, u"BTC", kGso,
     u"CPI loại trừ lương thực, thực phẩm tươi sống, năng lượng và mặt hàng do Nhà nước quản lý giá; chỉ tính cho cả nước."},
    {u"credit.growth", u"Tăng trưởng tín dụng so với cuối năm trước", u"Credit growth since the end of last year",
     u"%", u"%", F::MacroStability, K::Month, R::NotAdditive, P::Neutral, 2, u"NHNN", u"Ngân hàng Nhà nước Việt Nam",
     u"Dư nợ tín dụng toàn nền kinh tế cuối tháng so với cuối năm trước; chỉ tính cho cả nước."},
    {u"fx.central", u"Tỷ giá trung tâm VND/USD (bình quân tháng)", u"Central VND/USD rate, monthly average",
     u"đồng/USD", u"VND per USD", F::MacroStability, K::Month, R::NotAdditive, P::Neutral, 0, u"NHNN", u"Ngân hàng Nhà nước Việt Nam",
     u"Bình quân các ngày làm việc của tỷ giá trung tâm do Ngân hàng Nhà nước công bố."},
    // Business environment
    {u"ent.new", u"Số doanh nghiệp đăng ký thành lập mới", u"Newly registered enterprises",
     u"doanh nghiệp", u"enterprises", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Theo Hệ thống thông tin quốc gia về đăng ký doanh nghiệp."},
    {u"ent.capital", u"Vốn đăng ký của doanh nghiệp thành lập mới", u"Registered capital of new enterprises",
     u"tỷ đồng", u"VND bn", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Tổng vốn điều lệ đăng ký của doanh nghiệp thành lập mới trong tháng."},
    {u"ent.labour", u"Số lao động đăng ký của doanh nghiệp thành lập mới", u"Employees registered by new enterprises",
     u"người", u"persons", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Số lao động dự kiến kê khai khi đăng ký thành lập."},
    {u"ent.returning", u"Số doanh nghiệp quay trở lại hoạt động", u"Enterprises resuming operations",
     u"doanh nghiệp", u"enterprises", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Doanh nghiệp đăng ký tiếp tục kinh doanh trước thời hạn hoặc hết thời hạn tạm ngừng."},
    {u"ent.suspended", u"Số doanh nghiệp tạm ngừng kinh doanh có thời hạn", u"Enterprises suspending operations temporarily",
     u"doanh nghiệp", u"enterprises", F::BusinessEnvironment, K::Month, R::Sum, P::LowerIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Doanh nghiệp đăng ký tạm ngừng kinh doanh trong tháng."},
    {u"ent.dissolved", u"Số doanh nghiệp hoàn tất thủ tục giải thể", u"Enterprises dissolved",
     u"doanh nghiệp", u"enterprises", F::BusinessEnvironment, K::Month, R::Sum, P::LowerIsBetter, 0, u"BTC", u"Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Bộ Tài chính)",
     u"Doanh nghiệp hoàn tất thủ tục giải thể trong tháng."},
    {u"fdi.registered", u"Vốn đầu tư trực tiếp nước ngoài đăng ký, lũy kế từ đầu năm", u"FDI registered, year to date",
     u"triệu USD", u"USD m", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 1, u"BTC", u"Cục Đầu tư nước ngoài (Bộ Tài chính)",
     u"Vốn cấp mới, điều chỉnh và góp vốn, mua cổ phần từ đầu năm đến cuối tháng; phân tổ theo ngành."},
    {u"fdi.disbursed", u"Vốn đầu tư trực tiếp nước ngoài thực hiện", u"FDI disbursed",
     u"triệu USD", u"USD m", F::BusinessEnvironment, K::Month, R::Sum, P::HigherIsBetter, 1, u"BTC", kGso,
     u"Vốn FDI giải ngân trong tháng theo báo cáo của doanh nghiệp và địa phương."},
    {u"pci", u"Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", u"Provincial competitiveness index (PCI)",
     u"điểm", u"points", F::BusinessEnvironment, K::Year, R::NotAdditive, P::HigherIsBetter, 2, u"BTC", u"Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
     u"Chỉ số tổng hợp 10 chỉ số thành phần, thang 100 điểm; chỉ có cho cấp tỉnh, không cộng gộp."},
    // Labour
    {u"labour.force", u"Lực lượng lao động từ 15 tuổi trở lên", u"Labour force aged 15 and over",
     u"nghìn người", u"thousand persons", F::Labour, K::Quarter, R::LastValue, P::Neutral, 1, u"BNV", kGso,
     u"Điều tra lao động việc làm; số bình quân của quý."},
    {u"unemp.persons", u"Số người thất nghiệp trong độ tuổi lao động", u"Unemployed persons of working age",
     u"nghìn người", u"thousand persons", F::Labour, K::Quarter, R::LastValue, P::LowerIsBetter, 1, u"BNV", kGso,
     u"Điều tra lao động việc làm; số bình quân của quý."},
    {u"unemp.rate", u"Tỷ lệ thất nghiệp trong độ tuổi lao động", u"Unemployment rate of working age",
     u"%", u"%", F::Labour, K::Quarter, R::RatioOfSums, P::LowerIsBetter, 2, u"BNV", kGso,
     u"100 × số người thất nghiệp / lực lượng lao động."},
    {u"income.avg", u"Thu nhập bình quân tháng của người lao động", u"Average monthly income of employees",
     u"triệu đồng", u"VND m", F::Labour, K::Quarter, R::WeightedMean, P::HigherIsBetter, 2, u"BNV", kGso,
     u"Cả nước là bình quân các tỉnh có quyền số là lực lượng lao động."},
    {u"si.participants", u"Số người tham gia bảo hiểm xã hội", u"People covered by social insurance",
     u"nghìn người", u"thousand persons", F::Labour, K::Month, R::LastValue, P::HigherIsBetter, 1, u"BTC", u"Bảo hiểm xã hội Việt Nam",
     u"Số người tham gia bắt buộc và tự nguyện tại cuối tháng."},
    {u"ui.beneficiaries", u"Số người có quyết định hưởng trợ cấp thất nghiệp", u"New unemployment benefit recipients",
     u"người", u"persons", F::Labour, K::Month, R::Sum, P::LowerIsBetter, 0, u"BNV", u"Bảo hiểm xã hội Việt Nam",
     u"Số quyết định hưởng trợ cấp thất nghiệp ban hành trong tháng."},
    // Social
    {u"pop.total", u"Dân số (ước tính cuối tháng)", u"Population, end of month estimate",
     u"nghìn người", u"thousand persons", F::Social, K::Month, R::LastValue, P::Neutral, 1, u"BTC", kGso,
     u"Ước tính từ dân số trung bình năm và tốc độ tăng dân số."},
    {u"pop.avg", u"Dân số trung bình", u"Average population",
     u"nghìn người", u"thousand persons", F::Social, K::Year, R::LastValue, P::Neutral, 1, u"BTC", kGso,
     u"Dân số bình quân của năm."},
    {u"health.doctors", u"Số bác sĩ", u"Medical doctors",
     u"người", u"persons", F::Social, K::Year, R::LastValue, P::HigherIsBetter, 0, u"BYT", u"Bộ Y tế",
     u"Bác sĩ đang làm việc tại cơ sở y tế công lập và ngoài công lập, cuối năm."},
    {u"doctors.per10k", u"Số bác sĩ trên 10.000 dân", u"Doctors per 10,000 people",
     u"bác sĩ/vạn dân", u"per 10,000 people", F::Social, K::Year, R::RatioOfSums, P::HigherIsBetter, 2, u"BYT", u"Bộ Y tế",
     u"10 × số bác sĩ / dân số trung bình (nghìn người)."},
    {u"hi.participants", u"Số người tham gia bảo hiểm y tế", u"People covered by health insurance",
     u"nghìn người", u"thousand persons", F::Social, K::Month, R::LastValue, P::HigherIsBetter, 1, u"BYT", u"Bảo hiểm xã hội Việt Nam",
     u"Số người có thẻ bảo hiểm y tế còn hiệu lực tại cuối tháng."},
    {u"hi.coverage", u"Tỷ lệ dân số tham gia bảo hiểm y tế", u"Health insurance coverage",
     u"% dân số", u"% of population", F::Social, K::Month, R::RatioOfSums, P::HigherIsBetter, 2, u"BYT", u"Bảo hiểm xã hội Việt Nam",
     u"100 × số người tham gia bảo hiểm y tế / dân số."},
    {u"poverty.rate", u"Tỷ lệ hộ nghèo đa chiều", u"Multidimensional household poverty rate",
     u"%", u"%", F::Social, K::Year, R::WeightedMean, P::LowerIsBetter, 2, u"BNNMT", u"Bộ Nông nghiệp và Môi trường",
     u"Theo chuẩn nghèo đa chiều của từng giai đoạn (chuẩn mới từ năm 2022); cả nước là bình quân có quyền số dân số."},
    {u"tourists.intl", u"Khách quốc tế đến Việt Nam", u"International visitor arrivals",
     u"nghìn lượt", u"thousand arrivals", F::Social, K::Month, R::Sum, P::HigherIsBetter, 1, u"BVHTTDL", u"Cục Du lịch Quốc gia Việt Nam",
     u"Lượt khách quốc tế đến, phân bổ theo địa phương lưu trú đầu tiên."},
    {u"tourists.domestic", u"Khách du lịch nội địa", u"Domestic tourists",
     u"nghìn lượt", u"thousand trips", F::Social, K::Month, R::Sum, P::HigherIsBetter, 0, u"BVHTTDL", u"Cục Du lịch Quốc gia Việt Nam",
     u"Lượt khách du lịch trong nước do các địa phương phục vụ."},
    {u"traffic.accidents", u"Số vụ tai nạn giao thông", u"Road traffic accidents",
     u"vụ", u"accidents", F::Social, K::Month, R::Sum, P::LowerIsBetter, 0, u"BCA", u"Bộ Công an",
     u"Số vụ tai nạn giao thông được ghi nhận trong tháng."},
    // Environment
    {u"pm25", u"Nồng độ bụi PM2.5 trung bình tháng", u"Monthly mean PM2.5 concentration",
     u"µg/m³", u"µg/m³", F::Environment, K::Month, R::Mean, P::LowerIsBetter, 1, u"BNNMT", u"Cục Môi trường (Bộ Nông nghiệp và Môi trường)",
     u"Trung bình các trạm quan trắc tự động của tỉnh; cả nước là trung bình cộng các tỉnh. Hà Nội, TP. Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ là các đô thị lớn."},
    {u"land.area", u"Diện tích đất tự nhiên", u"Land area",
     u"nghìn ha", u"thousand ha", F::Environment, K::Year, R::LastValue, P::Neutral, 2, u"BNNMT", u"Bộ Nông nghiệp và Môi trường",
     u"Theo kết quả thống kê đất đai ngày 31 tháng 12."},
    {u"forest.area", u"Diện tích đất có rừng", u"Forest area",
     u"nghìn ha", u"thousand ha", F::Environment, K::Year, R::LastValue, P::HigherIsBetter, 2, u"BNNMT", u"Bộ Nông nghiệp và Môi trường",
     u"Rừng tự nhiên và rừng trồng, ngày 31 tháng 12."},
    {u"forest.cover", u"Tỷ lệ che phủ rừng", u"Forest cover",
     u"%", u"%", F::Environment, K::Year, R::RatioOfSums, P::HigherIsBetter, 2, u"BNNMT", u"Bộ Nông nghiệp và Môi trường",
     u"100 × diện tích đất có rừng / diện tích đất tự nhiên."},
    {u"disaster.damage", u"Thiệt hại về tài sản do thiên tai (ước tính)", u"Property damage from natural disasters (estimate)",
     u"tỷ đồng", u"VND bn", F::Environment, K::Month, R::Sum, P::LowerIsBetter, 1, u"BNNMT", u"Cục Quản lý đê điều và Phòng, chống thiên tai",
     u"Tổng hợp báo cáo thiệt hại của các địa phương."},
    {u"env.violations", u"Số vụ vi phạm pháp luật về môi trường bị phát hiện", u"Environmental violations detected",
     u"vụ", u"cases", F::Environment, K::Month, R::Sum, P::LowerIsBetter, 0, u"BCA", u"Bộ Công an",
     u"Số vụ được phát hiện, xử lý trong tháng."},
    // Public administration
    {u"dossiers.received", u"Số hồ sơ thủ tục hành chính tiếp nhận", u"Administrative dossiers received",
     u"hồ sơ", u"dossiers", F::PublicAdministration, K::Month, R::Sum, P::Neutral, 0, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"Hồ sơ tiếp nhận trực tiếp, qua bưu chính và trực tuyến tại các cấp của tỉnh."},
    {u"dossiers.online", u"Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến", u"Administrative dossiers submitted online",
     u"hồ sơ", u"dossiers", F::PublicAdministration, K::Month, R::Sum, P::HigherIsBetter, 0, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"Hồ sơ nộp qua dịch vụ công trực tuyến."},
    {u"dossiers.settled", u"Số hồ sơ thủ tục hành chính đã giải quyết", u"Administrative dossiers settled",
     u"hồ sơ", u"dossiers", F::PublicAdministration, K::Month, R::Sum, P::HigherIsBetter, 0, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"Hồ sơ đã có kết quả trong tháng."},
    {u"dossiers.ontime", u"Số hồ sơ giải quyết đúng hạn", u"Administrative dossiers settled on time",
     u"hồ sơ", u"dossiers", F::PublicAdministration, K::Month, R::Sum, P::HigherIsBetter, 0, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"Hồ sơ có kết quả trước hoặc đúng hạn."},
    {u"dossiers.online.share", u"Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", u"Share of dossiers submitted online",
     u"%", u"%", F::PublicAdministration, K::Month, R::RatioOfSums, P::HigherIsBetter, 2, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"100 × hồ sơ trực tuyến / hồ sơ tiếp nhận (Quyết định 766/QĐ-TTg)."},
    {u"dossiers.ontime.share", u"Tỷ lệ hồ sơ giải quyết đúng hạn", u"Share of dossiers settled on time",
     u"%", u"%", F::PublicAdministration, K::Month, R::RatioOfSums, P::HigherIsBetter, 2, u"VPCP", u"Cổng Dịch vụ công quốc gia",
     u"100 × hồ sơ giải quyết đúng hạn / hồ sơ đã giải quyết (Quyết định 766/QĐ-TTg)."},
    {u"tasks.assigned", u"Số nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao", u"Tasks assigned by the Government and the Prime Minister",
     u"nhiệm vụ", u"tasks", F::PublicAdministration, K::Month, R::Sum, P::Neutral, 0, u"VPCP", u"Hệ thống theo dõi nhiệm vụ (Văn phòng Chính phủ)",
     u"Nhiệm vụ giao tại văn bản chỉ đạo ban hành trong tháng, theo đơn vị được giao."},
    {u"tasks.overdue", u"Số nhiệm vụ quá hạn chưa hoàn thành", u"Overdue unfinished tasks",
     u"nhiệm vụ", u"tasks", F::PublicAdministration, K::Month, R::LastValue, P::LowerIsBetter, 0, u"VPCP", u"Hệ thống theo dõi nhiệm vụ (Văn phòng Chính phủ)",
     u"Nhiệm vụ đã quá hạn mà chưa hoàn thành tại cuối tháng."},
    // Infrastructure, science and technology
    {u"expressway.km", u"Chiều dài đường bộ cao tốc đưa vào khai thác", u"Expressways in operation",
     u"km", u"km", F::InfrastructureScience, K::Month, R::LastValue, P::HigherIsBetter, 1, u"BXD", u"Bộ Xây dựng",
     u"Tổng chiều dài các tuyến cao tốc đã thông xe trên địa bàn, cuối tháng."},
    {u"air.passengers", u"Hành khách thông qua các cảng hàng không", u"Airport passenger throughput",
     u"nghìn lượt", u"thousand passengers", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 1, u"BXD", u"Cục Hàng không Việt Nam",
     u"Lượt hành khách đi và đến tại các cảng hàng không trên địa bàn; tỉnh không có cảng hàng không bằng 0."},
    {u"freight", u"Khối lượng hàng hóa vận chuyển", u"Freight transported",
     u"nghìn tấn", u"thousand tonnes", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 0, u"BXD", kGso,
     u"Mọi phương thức vận tải, theo địa phương của đơn vị vận tải."},
    {u"elec.output", u"Sản lượng điện sản xuất và nhập khẩu", u"Electricity generated and imported",
     u"triệu kWh", u"GWh", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 1, u"BCT", u"Tập đoàn Điện lực Việt Nam (EVN)",
     u"Theo địa phương đặt nhà máy; điện nhập khẩu tính vào tỉnh có điểm đấu nối."},
    {u"elec.commercial", u"Điện thương phẩm", u"Electricity sold to customers",
     u"triệu kWh", u"GWh", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 1, u"BCT", u"Tập đoàn Điện lực Việt Nam (EVN)",
     u"Sản lượng điện bán cho khách hàng sử dụng cuối cùng."},
    {u"patents", u"Số đơn đăng ký sáng chế", u"Patent applications",
     u"đơn", u"applications", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 0, u"BKHCN", u"Cục Sở hữu trí tuệ (Bộ Khoa học và Công nghệ)",
     u"Đơn nộp trong tháng, theo địa phương của người nộp đơn trong nước và nước ngoài."},
    {u"broadband.subs", u"Số thuê bao Internet băng rộng cố định", u"Fixed broadband subscriptions",
     u"nghìn thuê bao", u"thousand subscriptions", F::InfrastructureScience, K::Month, R::LastValue, P::HigherIsBetter, 1, u"BKHCN", u"Bộ Khoa học và Công nghệ",
     u"Thuê bao đang hoạt động tại cuối tháng."},
    {u"housing.social", u"Số căn nhà ở xã hội hoàn thành", u"Social housing units completed",
     u"căn", u"units", F::InfrastructureScience, K::Month, R::Sum, P::HigherIsBetter, 0, u"BXD", u"Bộ Xây dựng",
     u"Căn hộ nhà ở xã hội hoàn thành đưa vào sử dụng trong tháng."},
};

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

QList<Indicator> SampleCatalog::indicators()
{
    QList<Indicator> list;
    list.reserve(qsizetype(std::size(kRows)));
    for (const Row &row : kRows) {
        Indicator ind;
        ind.code = str(row.code);
        ind.nameVi = str(row.nameVi);
        ind.nameEn = str(row.nameEn);
        ind.unitVi = str(row.unitVi);
        ind.unitEn = str(row.unitEn);
        ind.field = row.field;
        ind.periodicity = row.periodicity;
        ind.aggregation = row.rule;
        ind.polarity = row.polarity;
        ind.decimals = row.decimals;
        ind.owner = str(row.owner);
        ind.sourceAgency = str(row.source);
        ind.method = str(row.method);
        ind.origin = DataOrigin::Synthetic;
        list.append(std::move(ind));
    }

    // The attributes only some indicators have.
    const auto set = [&list](QStringView code, const auto &apply) {
        for (Indicator &ind : list) {
            if (ind.code == code)
                apply(ind);
        }
    };
    const auto weighted = [&set](QStringView code, const QString &weight) {
        set(code, [&](Indicator &i) { i.weightIndicator = weight; });
    };
    const auto ratio = [&set](QStringView code, const QString &num, const QString &den, double factor) {
        set(code, [&](Indicator &i) {
            i.numeratorIndicator = num;
            i.denominatorIndicator = den;
            i.ratioFactor = factor;
        });
    };
    weighted(u"grdp.growth", u"grdp.current"_s);
    weighted(u"cpi.yoy", u"pop.total"_s);
    weighted(u"cpi.mom", u"pop.total"_s);
    weighted(u"income.avg", u"labour.force"_s);
    weighted(u"poverty.rate", u"pop.avg"_s);
    ratio(u"pubinv.rate", u"pubinv.disbursed"_s, u"pubinv.plan"_s, 100.0);
    ratio(u"unemp.rate", u"unemp.persons"_s, u"labour.force"_s, 100.0);
    ratio(u"doctors.per10k", u"health.doctors"_s, u"pop.avg"_s, 10.0);
    ratio(u"hi.coverage", u"hi.participants"_s, u"pop.total"_s, 100.0);
    ratio(u"forest.cover", u"forest.area"_s, u"land.area"_s, 100.0);
    ratio(u"dossiers.online.share", u"dossiers.online"_s, u"dossiers.received"_s, 100.0);
    ratio(u"dossiers.ontime.share", u"dossiers.ontime"_s, u"dossiers.settled"_s, 100.0);

    for (const auto code : {u"pubinv.disbursed", u"pubinv.rate", u"fdi.registered", u"credit.growth"})
        set(QStringView(code), [](Indicator &i) { i.storedAs = ValueKind::Cumulative; });
    for (const auto code : {u"credit.growth", u"fx.central", u"dossiers.received", u"dossiers.online",
                            u"dossiers.online.share", u"tasks.assigned", u"tasks.overdue"})
        set(QStringView(code), [](Indicator &i) { i.kind = IndicatorKind::Operational; });
    set(u"budget.revenue", [](Indicator &i) { i.dimensions = {u"level"_s, u"tax"_s}; });
    set(u"fdi.registered", [](Indicator &i) { i.dimensions = {u"sector"_s}; });
    set(u"exports", [](Indicator &i) { i.dimensions = {u"ownership"_s}; });
    return list;
}

QStringList SampleCatalog::headline()
{
    return {
        // the 8 socio-economic direction indicators
        u"grdp.growth"_s, u"budget.revenue"_s, u"pubinv.rate"_s, u"exports"_s,
        u"fdi.disbursed"_s, u"ent.new"_s, u"cpi.yoy"_s, u"retail.sales"_s,
        // the 8 statistical ones
        u"iip.growth"_s, u"unemp.rate"_s, u"tourists.intl"_s, u"dossiers.online.share"_s,
        u"dossiers.ontime.share"_s, u"tasks.overdue"_s, u"elec.output"_s, u"air.passengers"_s,
    };
}

} // namespace dh

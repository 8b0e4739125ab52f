<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Aggregation</name>
    <message>
        <location filename="../app/core/aggregation.cpp" line="16"/>
        <source>A member has no value, so the total would be understated.</source>
        <translation>Một đơn vị thành phần chưa có số liệu, cộng gộp sẽ cho tổng thấp hơn thực tế.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="28"/>
        <source>A member has no value, so the mean would be biased.</source>
        <translation>Một đơn vị thành phần chưa có số liệu, bình quân sẽ bị lệch.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="31"/>
        <source>A member has no weight, so the weighted mean cannot be computed.</source>
        <translation>Một đơn vị thành phần chưa có quyền số, không tính được bình quân gia quyền.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="36"/>
        <source>The weights sum to zero.</source>
        <translation>Tổng quyền số bằng 0.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="45"/>
        <source>A component of the ratio is missing for a member.</source>
        <translation>Thiếu một thành phần của tỷ lệ ở một đơn vị.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="47"/>
        <source>The denominator of the ratio is zero.</source>
        <translation>Mẫu số của tỷ lệ bằng 0.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="53"/>
        <source>%1 is not additive: its values cannot be combined across units or periods, only read where they were published.</source>
        <translation>%1 không cộng gộp được: chỉ xem được số liệu ở nơi đã công bố, không gộp theo đơn vị hay theo kỳ.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="63"/>
        <source>There is no member to combine.</source>
        <translation>Không có đơn vị thành phần để gộp.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="81"/>
        <source>There is no period to combine.</source>
        <translation>Không có kỳ nào để gộp.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="93"/>
        <source>The last period has no value.</source>
        <translation>Kỳ cuối chưa có số liệu.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="30"/>
        <source>Cannot read the cache file %1: %2</source>
        <translation>Không đọc được tệp dữ liệu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="33"/>
        <source>%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.</source>
        <translation>%1 không phải tệp dữ liệu của Điều hành (không phải cơ sở dữ liệu SQLite hoặc đã hỏng). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="44"/>
        <source>The cache %1 does not exist.</source>
        <translation>Tệp dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="59"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="68"/>
        <source>Cannot open the cache</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="75"/>
        <source>%1 is not a Điều hành cache or is corrupt: %2</source>
        <translation>%1 không phải tệp dữ liệu của Điều hành hoặc đã hỏng: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="80"/>
        <source>The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.</source>
        <translation>Tệp dữ liệu %1 do phiên bản Điều hành mới hơn ghi (lược đồ %2; phiên bản này đọc được đến %3). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="85"/>
        <location filename="../app/store/sqlite/connection.cpp" line="87"/>
        <source>%1 is corrupt: %2</source>
        <translation>%1 đã hỏng: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="89"/>
        <source>%1 is a SQLite database but not a Điều hành cache. It was left untouched.</source>
        <translation>%1 là cơ sở dữ liệu SQLite nhưng không phải tệp dữ liệu của Điều hành. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="91"/>
        <source>%1 is damaged: its observation table is missing.</source>
        <translation>%1 bị hỏng: thiếu bảng số liệu.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="97"/>
        <source>The cache %1 needs an upgrade; open it once for writing.</source>
        <translation>Tệp dữ liệu %1 cần nâng cấp; hãy mở một lần ở chế độ ghi.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="138"/>
        <source>The cache %1 cannot be set up: %2 answered %3 instead of %4.</source>
        <translation>Không thiết lập được tệp dữ liệu %1: %2 trả về %3 thay vì %4.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="168"/>
        <source>The cache %1 refused the request: %2</source>
        <translation>Tệp dữ liệu %1 từ chối yêu cầu: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="176"/>
        <source>The cache is busy or read-only: %1</source>
        <translation>Tệp dữ liệu đang bận hoặc chỉ đọc: %1</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="233"/>
        <source>The check of %1 was stopped.</source>
        <translation>Việc kiểm tra %1 đã dừng.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="246"/>
        <source>The cache&apos;s log could not be folded into its file</source>
        <translation>Không gộp được nhật ký vào tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="69"/>
        <source>The catalogue of %1 cannot be read: %2</source>
        <translation>Không đọc được danh mục chỉ tiêu của %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="82"/>
        <source>An indicator without a code cannot be stored.</source>
        <translation>Không lưu được chỉ tiêu không có mã.</translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="23"/>
        <source>Unknown indicator %1.</source>
        <translation>Không có chỉ tiêu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="28"/>
        <source>Unknown unit %1.</source>
        <translation>Không có đơn vị %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="105"/>
        <source>The cache %1 is damaged: observations refer to key %2, which it does not hold.</source>
        <translation>Tệp dữ liệu %1 bị hỏng: số liệu tham chiếu khóa %2 mà tệp không có.</translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="126"/>
        <source>The cache %1 did not keep %2.</source>
        <translation>Tệp dữ liệu %1 không lưu được %2.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/schema.cpp" line="81"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation>Nâng cấp tệp dữ liệu lên lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <location filename="../app/store/statisticsrepository.cpp" line="92"/>
        <source>The cache %1 cannot be read: %2</source>
        <translation>Không đọc được bộ nhớ đệm %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="236"/>
        <source>The cache %1 is damaged (%2). Replace it with a copy or rebuild it; it was left as it is.</source>
        <translation>Bộ nhớ đệm %1 bị hỏng (%2). Hãy thay bằng một bản sao hoặc dựng lại; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/statement.cpp" line="46"/>
        <source>The cache cannot be queried: %1</source>
        <translation>Không truy vấn được tệp dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/statement.cpp" line="97"/>
        <source>The cache refused the request: %1</source>
        <translation>Tệp dữ liệu từ chối yêu cầu: %1</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="37"/>
        <source>There is no cache at %1 and the bundled sample %2 is missing.</source>
        <translation>Chưa có tệp dữ liệu tại %1 và thiếu bộ dữ liệu mẫu %2.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="40"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Không tạo được thư mục cho %1.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="46"/>
        <source>Cannot copy the bundled sample to %1.</source>
        <translation>Không sao chép được dữ liệu mẫu vào %1.</translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <location filename="../widgets/map/choroplethrenderer.cpp" line="69"/>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
</context>
<context>
    <name>CsvObservationReader</name>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="67"/>
        <source>The reading was stopped.</source>
        <translation>Việc đọc đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="123"/>
        <source>Unknown column &quot;%1&quot; in the header.</source>
        <translation>Dòng tiêu đề có cột lạ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="125"/>
        <source>Column &quot;%1&quot; appears twice in the header.</source>
        <translation>Cột &quot;%1&quot; xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="134"/>
        <source>The header lacks the required column(s): %1. Expected: %2.</source>
        <translation>Dòng tiêu đề thiếu cột bắt buộc: %1. Cần có: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="145"/>
        <source>Unterminated quoted field.</source>
        <translation>Trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="147"/>
        <source>Expected %1 fields, found %2.</source>
        <translation>Cần %1 trường, có %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="151"/>
        <source>The indicator or unit code is empty.</source>
        <translation>Thiếu mã chỉ tiêu hoặc mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="154"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation>Kỳ &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="158"/>
        <source>The value is missing.</source>
        <translation>Thiếu giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="159"/>
        <source>Malformed number &quot;%1&quot;.</source>
        <translation>Số &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="163"/>
        <source>Malformed disaggregation &quot;%1&quot; (expected dim=value;dim=value).</source>
        <translation>Phân tổ &quot;%1&quot; không đúng định dạng (cần dạng chiều=giá trị;chiều=giá trị).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="169"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation>Loại giá trị &quot;%1&quot; không hợp lệ (in-period, cumulative hoặc target).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="172"/>
        <source>Unknown status &quot;%1&quot; (final, provisional or estimate).</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ (final, provisional hoặc estimate).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="180"/>
        <source>Malformed revision &quot;%1&quot;.</source>
        <translation>Số lần sửa đổi &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="257"/>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="280"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="289"/>
        <source>%1 is empty.</source>
        <translation>%1 rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="303"/>
        <source>Cannot read %1 near line %2: %3</source>
        <translation>Không đọc được %1 gần dòng %2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="314"/>
        <source>%1 is not valid UTF-8 near line %2.</source>
        <translation>%1 không phải UTF-8 hợp lệ gần dòng %2.</translation>
    </message>
</context>
<context>
    <name>DashboardLayout</name>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="17"/>
        <source>The layout is not valid JSON: %1 (at offset %2).</source>
        <translation>Tệp bố cục không phải JSON hợp lệ: %1 (tại vị trí %2).</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="21"/>
        <source>Unsupported layout version %1 (expected 1).</source>
        <translation>Không hỗ trợ phiên bản bố cục %1 (cần 1).</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="30"/>
        <source>A layout has 1 to 12 columns, not %1.</source>
        <translation>Bố cục có từ 1 đến 12 cột, không phải %1.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="32"/>
        <source>A sparkline shows 2 to 240 periods, not %1.</source>
        <translation>Biểu đồ nhỏ hiển thị từ 2 đến 240 kỳ, không phải %1.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="36"/>
        <source>A tile names no indicator.</source>
        <translation>Một ô không ghi chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="38"/>
        <source>The indicator %1 has two tiles.</source>
        <translation>Chỉ tiêu %1 có hai ô.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="42"/>
        <source>The layout has no tiles.</source>
        <translation>Bố cục không có ô nào.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="66"/>
        <source>Cannot read the layout %1: %2</source>
        <translation>Không đọc được bố cục %1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="77"/>
        <source>Cannot save the layout to %1: %2</source>
        <translation>Không lưu được bố cục vào %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardLoader</name>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="43"/>
        <source>Superseded by a newer request.</source>
        <translation>Đã được thay bằng một yêu cầu mới hơn.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="49"/>
        <source>The indicator %1 is not in this cache.</source>
        <translation>Tệp dữ liệu này không có chỉ tiêu %1.</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../app/analytics/derived.cpp" line="15"/>
        <source>There is no value for %1.</source>
        <translation>Chưa có số liệu kỳ %1.</translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="37"/>
        <source>A %1 period has no same period last year.</source>
        <translation>Kỳ loại %1 không có cùng kỳ năm trước.</translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="45"/>
        <source>%1 is a ratio: its year to date is computed from its components.</source>
        <translation>%1 là tỷ lệ: lũy kế được tính từ các thành phần.</translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="126"/>
        <source>A percent change from zero is undefined.</source>
        <translation>Không tính được phần trăm thay đổi so với 0.</translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="133"/>
        <source>The target is zero.</source>
        <translation>Mục tiêu bằng 0.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="12"/>
        <source>sum</source>
        <translation>cộng tổng</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="13"/>
        <source>mean</source>
        <translation>bình quân</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="14"/>
        <source>weighted mean</source>
        <translation>bình quân gia quyền</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="15"/>
        <source>ratio of sums</source>
        <translation>tỷ số của các tổng</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="16"/>
        <source>sum of end-of-period stocks</source>
        <translation>cộng số cuối kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="17"/>
        <source>not additive</source>
        <translation>không cộng gộp được</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="25"/>
        <source>budget level</source>
        <translation>cấp ngân sách</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="27"/>
        <source>revenue source</source>
        <translation>nguồn thu</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="29"/>
        <source>economic sector</source>
        <translation>ngành kinh tế</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="31"/>
        <source>type of ownership</source>
        <translation>loại hình sở hữu</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="33"/>
        <source>purpose</source>
        <translation>mục đích</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="40"/>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="41"/>
        <source>Local</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="42"/>
        <source>Value added tax</source>
        <translation>Thuế giá trị gia tăng</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="43"/>
        <source>Corporate income tax</source>
        <translation>Thuế thu nhập doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="44"/>
        <source>Personal income tax</source>
        <translation>Thuế thu nhập cá nhân</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="45"/>
        <source>Land revenue</source>
        <translation>Thu từ đất</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="46"/>
        <source>Other revenue</source>
        <translation>Thu khác</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="47"/>
        <source>Manufacturing</source>
        <translation>Công nghiệp chế biến, chế tạo</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="48"/>
        <source>Real estate</source>
        <translation>Kinh doanh bất động sản</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="49"/>
        <source>Electricity and energy</source>
        <translation>Sản xuất, phân phối điện</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="50"/>
        <source>Wholesale and retail</source>
        <translation>Bán buôn, bán lẻ</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="51"/>
        <source>Other sectors</source>
        <translation>Ngành khác</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="52"/>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="53"/>
        <source>Non-state</source>
        <translation>Ngoài nhà nước</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="54"/>
        <source>Foreign-invested</source>
        <translation>Có vốn đầu tư nước ngoài</translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="55"/>
        <source>Domestic</source>
        <translation>Trong nước</translation>
    </message>
</context>
<context>
    <name>GeoJsonLoader</name>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="69"/>
        <source>The map geometry is not valid JSON: %1 at offset %2.</source>
        <translation>Dữ liệu ranh giới bản đồ không phải JSON hợp lệ: %1 tại vị trí %2.</translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="73"/>
        <source>The map geometry is not a GeoJSON FeatureCollection.</source>
        <translation>Dữ liệu ranh giới bản đồ không phải GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="88"/>
        <source>Feature %1 of the map geometry has no &quot;%2&quot;.</source>
        <translation>Đối tượng %1 của ranh giới bản đồ thiếu &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="100"/>
        <source>Feature %1 (%2) of the map geometry has a malformed ring.</source>
        <translation>Đối tượng %1 (%2) của ranh giới bản đồ có đường bao sai dạng.</translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="119"/>
        <source>The map geometry has no polygons.</source>
        <translation>Dữ liệu ranh giới bản đồ không có đa giác nào.</translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="130"/>
        <source>Cannot read the map geometry %1: %2</source>
        <translation>Không đọc được ranh giới bản đồ %1: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="34"/>
        <source>Superseded by a newer request.</source>
        <translation>Đã được thay bằng một yêu cầu mới hơn.</translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="84"/>
        <source>The components of %1 are not in the catalogue.</source>
        <translation>Danh mục không có các thành phần của %1.</translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="144"/>
        <source>%1 of the %2 provinces cannot be shown: %3</source>
        <translation>%1 trong %2 tỉnh, thành không hiển thị được: %3</translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="153"/>
        <source>Unknown indicator %1.</source>
        <translation>Không có chỉ tiêu %1.</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../app/models/kpitext.cpp" line="21"/>
        <source>vs previous month</source>
        <translation>so với tháng trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="22"/>
        <source>vs previous quarter</source>
        <translation>so với quý trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="23"/>
        <source>vs previous year</source>
        <translation>so với năm trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="24"/>
        <source>vs previous day</source>
        <translation>so với ngày trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="25"/>
        <source>vs previous week</source>
        <translation>so với tuần trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="26"/>
        <source>vs previous period</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="35"/>
        <source> pt</source>
        <translation> điểm %</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="52"/>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="60"/>
        <source>%1, year to date</source>
        <translation>%1, lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="66"/>
        <source>vs same period last year</source>
        <translation>so với cùng kỳ năm trước</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="70"/>
        <source>Year to date, %n quarter(s): %1 %2</source>
        <translation>
            <numerusform>Lũy kế %n quý: %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="71"/>
        <source>Year to date, %n month(s): %1 %2</source>
        <translation>
            <numerusform>Lũy kế %n tháng: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="84"/>
        <source>Target %1: at most %2 — within</source>
        <translation>Mục tiêu %1: không quá %2 — đạt</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="85"/>
        <source>Target %1: at most %2 — exceeded</source>
        <translation>Mục tiêu %1: không quá %2 — vượt ngưỡng</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="89"/>
        <source>%1 % of the %2 target (%3)</source>
        <translation>Đạt %1 % kế hoạch năm %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="92"/>
        <source>Target %1: %2 — progress unknown, periods of the year are missing</source>
        <translation>Kế hoạch năm %1: %2 — chưa tính được mức đạt vì thiếu số liệu một số kỳ trong năm</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="99"/>
        <source>Provisional</source>
        <translation>Sơ bộ</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="101"/>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="104"/>
        <source>As of %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="107"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="108"/>
        <source>Simulated data</source>
        <translation>Số liệu mô phỏng</translation>
    </message>
</context>
<context>
    <name>ObservationWriter</name>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="205"/>
        <source>The cache failed during the import, so nothing of it was written: %1</source>
        <translation>Tệp dữ liệu gặp lỗi trong khi nhập, nên không ghi gì của lần nhập này: %1</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="217"/>
        <source>Unknown indicator code %1.</source>
        <translation>Không có mã chỉ tiêu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="222"/>
        <source>Unknown unit code %1.</source>
        <translation>Không có mã đơn vị %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="226"/>
        <source>Period %1 does not fit %2, which is reported by %3.</source>
        <translation>Kỳ %1 không phù hợp với %2 (kỳ báo cáo: %3).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="231"/>
        <source>The value is not a finite number.</source>
        <translation>Giá trị không phải là số hữu hạn.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="235"/>
        <source>Wrong unit of measure: %1 is reported in %2, not %3.</source>
        <translation>Sai đơn vị tính: %1 tính bằng %2, không phải %3.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="300"/>
        <source>The cache neither took the row nor holds its key.</source>
        <translation>Tệp dữ liệu không nhận dòng này và cũng không có khóa của nó.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="366"/>
        <source>the cache ended the transaction</source>
        <translation>tệp dữ liệu đã kết thúc giao dịch</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="311"/>
        <source>The cache did not take the row.</source>
        <translation>Tệp dữ liệu không nhận dòng này.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="322"/>
        <source>Revision %1 is older than the cached revision %2 (value %3).</source>
        <translation>Lần sửa đổi %1 cũ hơn lần sửa đổi đang lưu %2 (giá trị %3).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="325"/>
        <source>Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).</source>
        <translation>Giá trị mâu thuẫn cho cùng khóa và lần sửa đổi %1: đang lưu %2, mới %3 (trùng khóa nhưng khác giá trị).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="362"/>
        <source>No import is in progress.</source>
        <translation>Không có lần nhập nào đang chạy.</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <location filename="../app/core/optionparser.cpp" line="16"/>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="46"/>
        <source>a date like 2025-07-01</source>
        <translation>một ngày dạng 2025-07-01</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="57"/>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="74"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Tham số không hợp lệ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="99"/>
        <source>Unknown option --%1.</source>
        <translation>Không có tùy chọn --%1.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="102"/>
        <source>Option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần giá trị.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="106"/>
        <source>--%1 expects %2, not &quot;%3&quot;.</source>
        <translation>--%1 cần %2, không phải &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="52"/>
        <source>Quần đảo Hoàng Sa (Đà Nẵng)</source>
        <translation>Quần đảo Hoàng Sa (Đà Nẵng)</translation>
    </message>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="53"/>
        <source>Quần đảo Trường Sa (Khánh Hòa)</source>
        <translation>Quần đảo Trường Sa (Khánh Hòa)</translation>
    </message>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="58"/>
        <source>Administrative boundaries: geoBoundaries.org</source>
        <translation>Ranh giới hành chính: geoBoundaries.org</translation>
    </message>
</context>
<context>
    <name>Reaggregator</name>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="77"/>
        <source>Unknown indicator %1.</source>
        <translation>Không có chỉ tiêu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="90"/>
        <source>%1 is not additive, so it cannot be shown on %2, which merged %3 provinces on 1 July 2025: only the values reported for each former province exist.</source>
        <translation>%1 không cộng gộp được nên không thể hiển thị cho %2 (hợp nhất %3 tỉnh từ 1/7/2025): chỉ có số liệu của từng tỉnh cũ.</translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="113"/>
        <source>%1 is weighted by %2, which is not in the catalogue.</source>
        <translation>%1 có quyền số là %2, nhưng %2 không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="126"/>
        <source>%1 is computed from %2, which is not in the catalogue.</source>
        <translation>%1 được tính từ %2, chỉ tiêu này không có trong danh mục.</translation>
    </message>
</context>
<context>
    <name>SampleCacheWriter</name>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="27"/>
        <source>The sample from %1 has %2 bad rows; the first: %3</source>
        <translation>Dữ liệu mẫu từ %1 có %2 dòng lỗi; dòng đầu: %3</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="62"/>
        <source>The World Bank series are missing from the application.</source>
        <translation>Ứng dụng thiếu các chuỗi số liệu của Ngân hàng Thế giới.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="84"/>
        <source>The generator produced %1 bad rows; the first: %2</source>
        <translation>Bộ sinh dữ liệu tạo %1 dòng lỗi; dòng đầu: %2</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="112"/>
        <source>Cannot move the sample into place at %1.</source>
        <translation>Không chuyển được dữ liệu mẫu vào %1.</translation>
    </message>
</context>
<context>
    <name>SampleFormula</name>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="21"/>
        <location filename="../app/sample/sampleformula.cpp" line="109"/>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="23"/>
        <source>The formula &quot;%1&quot; is malformed at character %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="94"/>
        <source>the formula ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="103"/>
        <location filename="../app/sample/sampleformula.cpp" line="159"/>
        <source>a &quot;)&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="129"/>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="148"/>
        <source>%1 needs its arguments in parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="153"/>
        <location filename="../app/sample/sampleformula.cpp" line="160"/>
        <source>%1 takes %2 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="168"/>
        <source>%1 is neither a function (sqrt, log, exp, pow, min, max) nor a field of a province (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleJson</name>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="68"/>
        <source>names %1, which is not a model (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="81"/>
        <source>models.json: the indicator %1 of the catalogue has no series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="99"/>
        <location filename="../app/sample/samplecatalog.cpp" line="74"/>
        <source>must be month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="103"/>
        <source>%1 names %2, which is neither in the catalogue nor a helper series (code#name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="107"/>
        <source>%1 builds %2 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="127"/>
        <source>names %1, which no entry before this one builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="134"/>
        <source>names %1, which is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="146"/>
        <source>%1: %2 is not a dimension=value part of %3 (its dimensions: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="165"/>
        <source>is not a formula: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="35"/>
        <location filename="../app/sample/samplecalendar.cpp" line="28"/>
        <source>is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="41"/>
        <source>must be at least 0 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="64"/>
        <source>%1: a rate needs the rule mean, weighted-mean or not-additive, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="69"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="282"/>
        <source>%1 is weighted by %2, which no entry before this one builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="74"/>
        <source>must be above -1 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="170"/>
        <source>%1: a ratio needs the rule ratio-of-sums in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="176"/>
        <source>%1 needs %2 and %3, built by entries before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="188"/>
        <source>must name two series, the first minus the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="194"/>
        <source>must name series of the same periodicity, built by entries before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="230"/>
        <source>%1: the mean of a year&apos;s months is annual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="282"/>
        <location filename="../app/sample/samplepath.cpp" line="56"/>
        <source>is not a month or quarter of this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="33"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="39"/>
        <source>must be a list of [month, threshold] pairs with the thresholds increasing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="67"/>
        <source>must name two parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="110"/>
        <source>%1 needs two levels and at least two taxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="166"/>
        <source>%1: the plan and the disbursement are monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="206"/>
        <source>must name at least two parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="246"/>
        <source>%1 is annual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="334"/>
        <source>is not a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="338"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="478"/>
        <source>%1 is monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="382"/>
        <source>%1: land and forest need the same periodicity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="437"/>
        <source>%1: %2 needs the periodicity of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="480"/>
        <source>must be 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="18"/>
        <source>must be a list of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="36"/>
        <location filename="../app/sample/samplecatalog.cpp" line="29"/>
        <location filename="../app/sample/samplecatalog.cpp" line="105"/>
        <source>names %1, which is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="38"/>
        <source>names %1 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="44"/>
        <source>must be share, ambition or same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="63"/>
        <location filename="../app/sample/samplebuildertargets.cpp" line="94"/>
        <location filename="../app/sample/samplecatalog.cpp" line="76"/>
        <source>must be 0 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="66"/>
        <source>%1 needs the series %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecalendar.cpp" line="15"/>
        <source>must each be 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecalendar.cpp" line="20"/>
        <source>%1 must cover the years %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="18"/>
        <source>names %1, which is not one of its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="31"/>
        <source>names %1, which has another periodicity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="78"/>
        <source>must be in-period or cumulative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="80"/>
        <source>%1 is a weighted mean and needs a weightIndicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="82"/>
        <source>%1 is a ratio of sums and needs numeratorIndicator, denominatorIndicator and a ratioFactor above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="85"/>
        <source>%1 repeats the indicator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="27"/>
        <source>catalogue.json: the owner %1 of %2 is not a ministry of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="42"/>
        <source>provinces.json has no profile for the province %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="47"/>
        <source>The sample is made for the 63 provinces of 2008–2025; the registry has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="16"/>
        <source>Cannot read the sample&apos;s parameters %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="20"/>
        <source>The sample&apos;s parameters %1 are not valid JSON: %2 (at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="23"/>
        <source>The sample&apos;s parameters %1 are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="26"/>
        <source>The sample&apos;s parameters %1 have version %2; this build reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="27"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="68"/>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="86"/>
        <source>must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="95"/>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="105"/>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="113"/>
        <source>must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="125"/>
        <location filename="../app/sample/samplejson.cpp" line="131"/>
        <source>must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="149"/>
        <source>must be a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="149"/>
        <source>must be a list of %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="160"/>
        <source>must not be below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="173"/>
        <source>names %1, which is not one of the paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="204"/>
        <source>must be a list of [year, value] pairs with the years increasing, or a list of yearly values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="212"/>
        <source>must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="220"/>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="231"/>
        <source>must be a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="32"/>
        <location filename="../app/sample/samplepath.cpp" line="49"/>
        <source>is for monthly indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="42"/>
        <source>%1 needs one of along, values, yearOnYear and accrual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="65"/>
        <source>is not a period of this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="59"/>
        <source>names %1, which is not a field of a province (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="66"/>
        <source>must name %1 once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="75"/>
        <source>must be a list of %1 values, the code first as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="87"/>
        <source>has %1 = %2; it must be a number, not negative (population and area above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="92"/>
        <source>repeats the province %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeRules</name>
    <message>
        <location filename="../app/models/scoperules.cpp" line="49"/>
        <source>National</source>
        <translation>Toàn quốc</translation>
    </message>
</context>
<context>
    <name>SourcePeriod</name>
    <message>
        <location filename="../app/sync/readers/sourceperiod.cpp" line="11"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation>&quot;%1&quot; không phải là một kỳ.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sourceperiod.cpp" line="89"/>
        <source>The interval %1 is not one whole period (a year, half year, quarter, month, week or day).</source>
        <translation>Khoảng %1 không phải là trọn một kỳ (năm, nửa năm, quý, tháng, tuần hoặc ngày).</translation>
    </message>
</context>
<context>
    <name>UnitRegistry</name>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="17"/>
        <source>Reference table %1 is missing from the application.</source>
        <translation>Ứng dụng thiếu bảng danh mục %1.</translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="25"/>
        <source>Reference table %1 is empty.</source>
        <translation>Bảng danh mục %1 rỗng.</translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="31"/>
        <source>Reference table %1 has no column %2.</source>
        <translation>Bảng danh mục %1 không có cột %2.</translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="107"/>
        <source>provinces-2008: row %1 has no ISO code.</source>
        <translation>provinces-2008: dòng %1 không có mã ISO.</translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="129"/>
        <source>provinces-2025: %1 merges unknown province %2.</source>
        <translation>provinces-2025: %1 hợp nhất tỉnh không xác định %2.</translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="172"/>
        <source>%1 names an unknown successor %2.</source>
        <translation>%1 ghi đơn vị kế thừa không xác định %2.</translation>
    </message>
</context>
<context>
    <name>dh::CatalogModel</name>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="11"/>
        <source>hourly</source>
        <translation>theo giờ</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="12"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="13"/>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="14"/>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="15"/>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="16"/>
        <source>half-yearly</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="17"/>
        <source>nine-monthly</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="18"/>
        <source>annual</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="19"/>
        <source>five-yearly</source>
        <translation>5 năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="20"/>
        <source>ten-yearly</source>
        <translation>10 năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="88"/>
        <source>Generated by the project&apos;s deterministic generator: not official statistics.</source>
        <translation>Do bộ sinh dữ liệu của dự án tạo ra: không phải số liệu thống kê chính thức.</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="103"/>
        <source>real</source>
        <translation>thực</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="103"/>
        <source>synthetic</source>
        <translation>mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="106"/>
        <source>no data</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="111"/>
        <source>final</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112"/>
        <source>provisional</source>
        <translation>sơ bộ</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="113"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="129"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="130"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="131"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="132"/>
        <source>Frequency</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="133"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="134"/>
        <source>Latest period</source>
        <translation>Kỳ mới nhất</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="135"/>
        <source>Latest value (national)</source>
        <translation>Giá trị mới nhất (toàn quốc)</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="136"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="137"/>
        <source>As of</source>
        <translation>Cập nhật lúc</translation>
    </message>
</context>
<context>
    <name>dh::CatalogPage</name>
    <message>
        <location filename="../app/gui/catalogpage.cpp" line="106"/>
        <source>Filter indicators by code, name, unit…</source>
        <translation>Lọc chỉ tiêu theo mã, tên, đơn vị tính…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/catalogpage.cpp" line="112"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::HeaderBar</name>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="51"/>
        <source>Opening the cache…</source>
        <translation>Đang mở bộ nhớ đệm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/headerbar.cpp" line="59"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="62"/>
        <source>%1 indicators · no data yet</source>
        <translation>%1 chỉ tiêu · chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="65"/>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="67"/>
        <source>%1 indicators · %2 observations · %3</source>
        <translation>%1 chỉ tiêu · %2 số liệu · %3</translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="69"/>
        <source>Data through %1</source>
        <translation>Số liệu đến %1</translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="88"/>
        <source>Điều hành — socio-economic indicators</source>
        <translation>Điều hành — chỉ tiêu kinh tế - xã hội</translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="91"/>
        <source>This cache holds the synthetic sample: simulated figures made by the project&apos;s generator, not official statistics. Series marked &quot;real&quot; carry their source.</source>
        <translation>Bộ nhớ đệm này chứa dữ liệu mẫu: số liệu mô phỏng do bộ sinh của dự án tạo ra, không phải số liệu thống kê chính thức. Các chuỗi số liệu thật ghi rõ nguồn.</translation>
    </message>
</context>
<context>
    <name>dh::HomePage</name>
    <message>
        <location filename="../app/gui/homepage.cpp" line="63"/>
        <location filename="../app/gui/homepage.cpp" line="162"/>
        <source>Click a tile for its detail; drag a tile onto another to rearrange.</source>
        <translation>Bấm vào ô để xem chi tiết; kéo ô thả lên ô khác để sắp xếp lại.</translation>
    </message>
</context>
<context>
    <name>dh::IndicatorPage</name>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="76"/>
        <location filename="../app/gui/indicatorpage.cpp" line="215"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="243"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="244"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="246"/>
        <source>Open the map full page</source>
        <translation>Mở bản đồ toàn trang</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="257"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="257"/>
        <source>Simulated data — not official statistics</source>
        <translation>Số liệu mô phỏng — không phải số liệu thống kê chính thức</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="259"/>
        <source>as of %1</source>
        <translation>cập nhật %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/indicatorpage.cpp" line="261"/>
        <source>combined from %n former province(s) by the rule: %1</source>
        <translation>
            <numerusform>gộp từ %n tỉnh cũ theo quy tắc %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="359"/>
        <source>Breakdown by %1, %2</source>
        <translation>Cơ cấu theo %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="282"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="283"/>
        <source>Plan target</source>
        <translation>Mục tiêu kế hoạch</translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="320"/>
        <source>Provinces, %1</source>
        <translation>Các tỉnh, thành phố, %1</translation>
    </message>
</context>
<context>
    <name>dh::IndicatorTableModel</name>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="71"/>
        <source> pt</source>
        <translation> điểm %</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="105"/>
        <source>provisional</source>
        <translation>sơ bộ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="106"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="119"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="120"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="122"/>
        <source>Change against the previous period, in percentage points</source>
        <translation>Thay đổi so với kỳ trước, tính bằng điểm phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="122"/>
        <source>Change against the previous period, in percent</source>
        <translation>Thay đổi so với kỳ trước, tính bằng phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="123"/>
        <source>vs previous</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="125"/>
        <source>Change against the same period last year, in percentage points</source>
        <translation>Thay đổi so với cùng kỳ năm trước, tính bằng điểm phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="126"/>
        <source>Change against the same period last year, in percent</source>
        <translation>Thay đổi so với cùng kỳ năm trước, tính bằng phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="127"/>
        <source>vs last year</source>
        <translation>So với cùng kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="128"/>
        <source>Provisional and estimated figures are marked; final ones are not</source>
        <translation>Số liệu sơ bộ và ước tính được đánh dấu; số liệu chính thức không đánh dấu</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="128"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>dh::MainMenus</name>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="54"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="55"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="56"/>
        <source>&amp;Open dashboard layout…</source>
        <translation>&amp;Mở bố cục bảng điều hành…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="57"/>
        <source>&amp;Save dashboard layout as…</source>
        <translation>&amp;Lưu bố cục bảng điều hành thành…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="58"/>
        <source>&amp;Reset dashboard layout</source>
        <translation>&amp;Khôi phục bố cục mặc định</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="59"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="60"/>
        <source>&amp;About Điều hành</source>
        <translation>&amp;Giới thiệu Điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="86"/>
        <source>Layout saved to %1</source>
        <translation>Đã lưu bố cục vào %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="91"/>
        <source>Open a dashboard layout</source>
        <translation>Mở bố cục bảng điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="92"/>
        <location filename="../app/gui/mainmenus.cpp" line="108"/>
        <source>Dashboard layouts (*.json)</source>
        <translation>Bố cục bảng điều hành (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="107"/>
        <source>Save the dashboard layout</source>
        <translation>Lưu bố cục bảng điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="124"/>
        <source>About Điều hành</source>
        <translation>Giới thiệu Điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="125"/>
        <source>&lt;h3&gt;Điều hành %1&lt;/h3&gt;&lt;p&gt;Socio-economic indicators for the Government&apos;s information and direction center: national, ministry, province.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; The bundled sample is &lt;b&gt;synthetic&lt;/b&gt;: simulated figures made by the project&apos;s generator, not official statistics. The national annual series marked real come from the World Bank, World Development Indicators (CC BY 4.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maps.&lt;/b&gt; Administrative boundaries: geoBoundaries.org (public domain); the 34 provinces of 1 July 2025 are built from the 63 by Resolution 202/2025/QH15. The Hoàng Sa and Trường Sa archipelagos are part of Viet Nam.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Điều hành %1&lt;/h3&gt;&lt;p&gt;Chỉ tiêu kinh tế - xã hội phục vụ Trung tâm thông tin, chỉ đạo điều hành của Chính phủ: toàn quốc, bộ, ngành, địa phương.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Số liệu.&lt;/b&gt; Bộ dữ liệu mẫu kèm theo là &lt;b&gt;số liệu mô phỏng&lt;/b&gt; do bộ sinh của dự án tạo ra, không phải số liệu thống kê chính thức. Các chuỗi số liệu năm toàn quốc ghi là số liệu thật lấy từ Ngân hàng Thế giới, World Development Indicators (CC BY 4.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bản đồ.&lt;/b&gt; Ranh giới hành chính: geoBoundaries.org (phạm vi công cộng); 34 tỉnh, thành từ ngày 1/7/2025 được ghép từ 63 tỉnh theo Nghị quyết 202/2025/QH15. Quần đảo Hoàng Sa và quần đảo Trường Sa là bộ phận lãnh thổ của Việt Nam.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dh::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="121"/>
        <location filename="../app/gui/mainwindow.cpp" line="182"/>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="265"/>
        <source>Điều hành — socio-economic direction dashboard</source>
        <translation>Điều hành — bảng điều hành kinh tế - xã hội</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="138"/>
        <source>No data could be shown.</source>
        <translation>Không hiển thị được số liệu.</translation>
    </message>
</context>
<context>
    <name>dh::MapPage</name>
    <message>
        <location filename="../app/gui/mappage.cpp" line="89"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../app/gui/mappage.cpp" line="118"/>
        <source>Provinces, %1</source>
        <translation>Các tỉnh, thành phố, %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mappage.cpp" line="141"/>
        <source>Double-click a province, or press Enter, to open it</source>
        <translation>Nhấp đúp vào một tỉnh, hoặc nhấn Enter, để mở tỉnh đó</translation>
    </message>
</context>
<context>
    <name>dh::MapPanel</name>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="133"/>
        <source>One period</source>
        <translation>Một kỳ</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="133"/>
        <source>%1 periods side by side</source>
        <translation>%1 kỳ cạnh nhau</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="138"/>
        <source>Quantiles</source>
        <translation>Phân vị</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="139"/>
        <source>Equal intervals</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="140"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Ngắt tự nhiên (Jenks)</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="142"/>
        <source>How the values are split into classes</source>
        <translation>Cách chia giá trị thành các lớp</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="143"/>
        <source> classes</source>
        <translation> lớp</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="147"/>
        <source>Colours: automatic</source>
        <translation>Màu: tự động</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="150"/>
        <source>%1 (diverging)</source>
        <translation>%1 (hai chiều)</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="203"/>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="224"/>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="226"/>
        <source>year to date</source>
        <translation>lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="227"/>
        <source>34 provinces (from 1 July 2025)</source>
        <translation>34 tỉnh, thành (từ 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="227"/>
        <source>63 provinces (before 1 July 2025)</source>
        <translation>63 tỉnh, thành (trước 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="229"/>
        <source>as of %1</source>
        <translation>cập nhật %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="230"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="230"/>
        <source>Simulated data</source>
        <translation>Số liệu mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="236"/>
        <source>No province has values for this indicator.</source>
        <translation>Chưa tỉnh, thành nào có số liệu của chỉ tiêu này.</translation>
    </message>
</context>
<context>
    <name>dh::NavigationBar</name>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="85"/>
        <source>Ministry or agency…</source>
        <translation>Bộ, cơ quan ngang bộ…</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="118"/>
        <source>Back (Alt+Left)</source>
        <translation>Quay lại (Alt+Trái)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="119"/>
        <source>Forward (Alt+Right)</source>
        <translation>Tiến tới (Alt+Phải)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="120"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="121"/>
        <source>Indicator catalogue</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="123"/>
        <source>34 tỉnh, thành (từ 1/7/2025)</source>
        <translation>34 tỉnh, thành (từ 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="124"/>
        <source>63 tỉnh, thành (trước 1/7/2025)</source>
        <translation>63 tỉnh, thành (trước 1/7/2025)</translation>
    </message>
</context>
<context>
    <name>dh::PeriodSlider</name>
    <message>
        <location filename="../widgets/common/periodslider.cpp" line="125"/>
        <source>Play through the periods</source>
        <translation>Chạy lần lượt qua các kỳ</translation>
    </message>
    <message>
        <location filename="../widgets/common/periodslider.cpp" line="126"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
</context>
<context>
    <name>dh::ProvinceRankingModel</name>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="76"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="77"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="78"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>dh::ViewController</name>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="17"/>
        <source>No cache is open.</source>
        <translation>Chưa mở tệp dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="181"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="183"/>
        <source>Indicator catalogue</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>dh::ViewModeControls</name>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="65"/>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="66"/>
        <source>By quarter</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="67"/>
        <source>By year</source>
        <translation>Theo năm</translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="72"/>
        <source>In the period</source>
        <translation>Trong kỳ</translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="73"/>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
</context>
<context>
    <name>dh::WdiCsvReader</name>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="151"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="161"/>
        <source>The World Bank file is empty.</source>
        <translation>Tệp của Ngân hàng Thế giới rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="178"/>
        <source>The World Bank file lacks the column(s) %1.</source>
        <translation>Tệp của Ngân hàng Thế giới thiếu cột %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="190"/>
        <source>A quoted field is not closed.</source>
        <translation>Trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="194"/>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng có %1 trường; dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="202"/>
        <source>The indicator code is empty.</source>
        <translation>Thiếu mã chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="208"/>
        <source>The year &quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; không phải là năm.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="218"/>
        <source>The country code &quot;%1&quot; is unknown.</source>
        <translation>Không có mã quốc gia &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="226"/>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation>Giá trị &quot;%1&quot; không phải là số.</translation>
    </message>
</context>
<context>
    <name>dieuhanh</name>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="14"/>
        <source>Usage: dieuhanh [--cache FILE] [--lang vi|en] [--layout FILE] [--view VIEW] [--screenshot FILE [--size WxH]]
  --cache FILE       open this cache (default: the user&apos;s cache, created from the bundled sample)
  --lang vi|en       interface language (default: Vietnamese)
  --layout FILE      the home dashboard&apos;s layout (JSON) for this session
  --view VIEW        the page to show: home[:UNIT] (default), indicator:CODE[:UNIT],
                     map:CODE[:PERIOD][:34|63] or catalog
  --screenshot FILE  render the window offscreen at --size, save it as PNG and exit
  --size WxH         window size, e.g. 1920x1080 or 3840x2160
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="32"/>
        <source>home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63] or catalog</source>
        <translation>home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63] hoặc catalog</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="40"/>
        <source>WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>dạng RỘNGxCAO, ví dụ 1920x1080</translation>
    </message>
</context>
<context>
    <name>dieuhanh-sync</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="12"/>
        <source>Usage: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]

Commands:
  info                       cache path, schema version, counts, date range, synthetic flag
  check                      read every page of the cache and report damage (exit 2 if damaged)
  catalog                    the indicators as CSV
  units --level L --at DATE  units of a level (province, ministry, nation, country) valid on DATE, as CSV
  import FILE [--format csv] [--mode all|rows] [--source NAME]
                             import observations (README: &quot;Importing observations&quot;);
                             --mode all (default) writes nothing if any row is bad,
                             --mode rows writes the good rows; bad rows are quarantined either way
  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]
        [--disaggregation K] [--value-kind in-period|cumulative|target]
                             values as CSV, in the indicator&apos;s own periods (targets: years);
                             2025 provinces are re-aggregated from the 63 where needed
  export [--indicator X] [--out FILE]
                             observations in the import format
  quarantine [--limit N]     the rejected records and their reasons
  sample --out FILE [--seed N]
                             build the synthetic sample cache

Without --cache the default cache is used ($DIEUHANH_CACHE, or cache.sqlite in the user&apos;s data folder).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="81"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="101"/>
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="104"/>
        <source>Unknown import format &quot;%1&quot; (supported: csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="110"/>
        <source>units needs --level (province, ministry, nation or country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="113"/>
        <source>query needs --indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="115"/>
        <source>query needs either --unit or --level (with --at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="118"/>
        <source>sample needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="71"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="119"/>
        <source>note: this cache holds the SYNTHETIC sample (simulated figures, not official statistics); indicators marked real carry their source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="138"/>
        <source>%1: ok, %2 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="167"/>
        <source>Unknown level &quot;%1&quot; (province, ministry, nation, country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="205"/>
        <source>%1: %2 rows read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="212"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="215"/>
        <source>… and %1 more (see: dieuhanh-sync quarantine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="219"/>
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="231"/>
        <location filename="../app/cli/commands.cpp" line="319"/>
        <source>Unknown indicator %1 (see: dieuhanh-sync catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="234"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation>Loại giá trị &quot;%1&quot; không hợp lệ (in-period, cumulative hoặc target).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="253"/>
        <source>%1 is held by %2; &quot;%3&quot; is a %4. Give periods like %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="260"/>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="237"/>
        <source>Malformed disaggregation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="251"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation>Kỳ &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="266"/>
        <source>Unknown unit %1 (see: dieuhanh-sync units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="271"/>
        <source>Unknown level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="301"/>
        <source>%1 %2: left out, a merged province has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="304"/>
        <source>no %1 values of %2 for these units and periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="325"/>
        <location filename="../app/cli/commands.cpp" line="343"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="344"/>
        <source>%1 observations written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="375"/>
        <source>sample written to %1: %2 indicators, %3 observations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

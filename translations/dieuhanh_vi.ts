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
        <location filename="../app/core/aggregation.cpp" line="61"/>
        <source>There is no member to combine.</source>
        <translation>Không có đơn vị thành phần để gộp.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="79"/>
        <source>There is no period to combine.</source>
        <translation>Không có kỳ nào để gộp.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="91"/>
        <source>The last period has no value.</source>
        <translation>Kỳ cuối chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="107"/>
        <source>Combining the values of %1 gives a number too large to hold (%2): a member&apos;s value is wrong.</source>
        <translation>Gộp số liệu của %1 cho ra một số quá lớn, không lưu được (%2): số liệu của một đơn vị thành phần bị sai.</translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="117"/>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="183"/>
        <source>&quot;%1&quot; is no kind of page (home, indicator, map, ranking, breakdown, text, atlas, tasks).</source>
        <translation>&quot;%1&quot; không phải loại trang (home, indicator, map, ranking, breakdown, text, atlas, tasks).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="188"/>
        <source>a %1 page has no such field.</source>
        <translation>trang loại %1 không có trường này.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="195"/>
        <source>is not a text.</source>
        <translation>không phải là chuỗi văn bản.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="205"/>
        <source>the page names no indicator.</source>
        <translation>trang không ghi chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="207"/>
        <source>is empty.</source>
        <translation>rỗng.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="211"/>
        <source>&quot;%1&quot; is not a period (2026-10, 2026-Q3, 2026).</source>
        <translation>&quot;%1&quot; không phải là kỳ (2026-10, 2026-Q3, 2026).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="217"/>
        <source>&quot;%1&quot; is not a kind of period (month, quarter, year).</source>
        <translation>&quot;%1&quot; không phải là loại kỳ (month, quarter, year).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="221"/>
        <source>is true or false.</source>
        <translation>phải là true hoặc false.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="226"/>
        <source>is 34 (from 1 July 2025) or 63 (before).</source>
        <translation>phải là 34 (từ 1/7/2025) hoặc 63 (trước 1/7/2025).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="235"/>
        <source>holds something other than lines of text.</source>
        <translation>chứa nội dung không phải là các dòng văn bản.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="243"/>
        <source>a text page needs its text.</source>
        <translation>trang văn bản cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="245"/>
        <source>a text page needs a title.</source>
        <translation>trang văn bản cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="251"/>
        <source>is not an indicator code.</source>
        <translation>không phải là mã chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="255"/>
        <source>an atlas shows 1 to 12 indicators.</source>
        <translation>tập bản đồ tỉnh hiển thị từ 1 đến 12 chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="294"/>
        <source>%1:%2: the pack is not valid JSON: %3.</source>
        <translation>%1:%2: bộ tài liệu họp không phải JSON hợp lệ: %3.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="295"/>
        <source>pack</source>
        <translation>bộ tài liệu họp</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="306"/>
        <source>a pack is a JSON object.</source>
        <translation>bộ tài liệu họp phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="309"/>
        <source>unsupported version %1 (expected 1).</source>
        <translation>phiên bản %1 không được hỗ trợ (cần phiên bản 1).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="312"/>
        <source>the meeting has no title.</source>
        <translation>cuộc họp chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="317"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="330"/>
        <source>&quot;%1&quot; is no paper (a4-landscape, slides-16x9).</source>
        <translation>&quot;%1&quot; không phải là khổ giấy hợp lệ (a4-landscape, slides-16x9).</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="333"/>
        <source>is vi or en.</source>
        <translation>phải là vi hoặc en.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="336"/>
        <source>the pack has no pages.</source>
        <translation>bộ tài liệu họp không có trang nào.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="340"/>
        <source>a page is a JSON object.</source>
        <translation>mỗi trang phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="353"/>
        <source>Cannot read the pack %1: %2.</source>
        <translation>Không đọc được bộ tài liệu họp %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="401"/>
        <source>Cannot write the pack %1: %2.</source>
        <translation>Không ghi được bộ tài liệu họp %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="420"/>
        <source>&quot;%1&quot; is neither the nation (VN), a ministry nor a province.</source>
        <translation>&quot;%1&quot; không phải cả nước (VN), một bộ hay một tỉnh.</translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="423"/>
        <location filename="../app/models/briefingpack.cpp" line="428"/>
        <source>the cache has no indicator &quot;%1&quot;.</source>
        <translation>tệp dữ liệu không có chỉ tiêu &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="31"/>
        <source>Cannot read the cache file %1: %2</source>
        <translation>Không đọc được tệp dữ liệu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="34"/>
        <source>%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.</source>
        <translation>%1 không phải tệp dữ liệu của Điều hành (không phải cơ sở dữ liệu SQLite hoặc đã hỏng). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="45"/>
        <source>The cache %1 does not exist.</source>
        <translation>Tệp dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="60"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="72"/>
        <source>Cannot open the cache</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="80"/>
        <source>The cache %1 cannot be written: %2 It can still be read.</source>
        <translation>Không ghi được vào tệp dữ liệu %1: %2 Tệp vẫn đọc được.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="103"/>
        <source>The cache %1 cannot be read where it is: changes not yet folded into it are in its log %2, which SQLite reads through a shared-memory file (%3) that it cannot make in this read-only folder. Copy the cache and its log to a folder that can be written, or open it once where it can be written, which folds the log into the file.</source>
        <translation>Không đọc được tệp dữ liệu %1 tại vị trí hiện tại: các thay đổi chưa được gộp vào tệp đang nằm trong nhật ký %2, mà SQLite phải đọc qua một tệp bộ nhớ dùng chung (%3) không tạo được trong thư mục chỉ đọc này. Hãy sao chép tệp dữ liệu cùng nhật ký của nó sang một thư mục ghi được, hoặc mở tệp một lần ở nơi ghi được để gộp nhật ký vào tệp.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="123"/>
        <source>the file is read-only.</source>
        <translation>tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="130"/>
        <source>its folder cannot be written, and SQLite keeps its log there.</source>
        <translation>không ghi được vào thư mục chứa tệp, trong khi SQLite cần lưu nhật ký ở đó.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="132"/>
        <source>%1 is not a Điều hành cache or is corrupt: %2</source>
        <translation>%1 không phải tệp dữ liệu của Điều hành hoặc đã hỏng: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="137"/>
        <source>The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.</source>
        <translation>Tệp dữ liệu %1 do phiên bản Điều hành mới hơn ghi (lược đồ %2; phiên bản này đọc được đến %3). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="142"/>
        <location filename="../app/store/sqlite/connection.cpp" line="144"/>
        <source>%1 is corrupt: %2</source>
        <translation>%1 đã hỏng: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="146"/>
        <source>%1 is a SQLite database but not a Điều hành cache. It was left untouched.</source>
        <translation>%1 là cơ sở dữ liệu SQLite nhưng không phải tệp dữ liệu của Điều hành. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="148"/>
        <source>%1 is damaged: its observation table is missing.</source>
        <translation>%1 bị hỏng: thiếu bảng số liệu.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="156"/>
        <source>%1 is empty, not a Điều hành cache.</source>
        <translation>%1 rỗng, không phải tệp dữ liệu của Điều hành.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="159"/>
        <source>The cache %1 was written by an earlier version of Điều hành (schema %2; this version reads schema %3), and reading it does not upgrade it.</source>
        <translation>Tệp dữ liệu %1 do phiên bản Điều hành cũ hơn ghi (lược đồ %2; phiên bản này đọc lược đồ %3), và việc đọc không nâng cấp tệp.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="256"/>
        <source>The cache %1 was opened for reading only, so it cannot be written.</source>
        <translation>Tệp dữ liệu %1 được mở ở chế độ chỉ đọc nên không ghi được.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="263"/>
        <source>The cache %1 is busy: another program (an import, a sync or the app) is writing to it. Try again when it has finished.</source>
        <translation>Tệp dữ liệu %1 đang bận: một chương trình khác (lần nhập, lần đồng bộ hoặc ứng dụng) đang ghi vào tệp. Hãy thử lại khi chương trình đó đã xong.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="267"/>
        <source>The cache %1 cannot be written: the file or its folder is read-only.</source>
        <translation>Không ghi được vào tệp dữ liệu %1: tệp hoặc thư mục chứa tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="269"/>
        <source>The cache %1 refused to start writing: %2</source>
        <translation>Tệp dữ liệu %1 từ chối bắt đầu ghi: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="216"/>
        <source>The cache %1 cannot be set up: %2 answered %3 instead of %4.</source>
        <translation>Không thiết lập được tệp dữ liệu %1: %2 trả về %3 thay vì %4.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="246"/>
        <source>The cache %1 refused the request: %2</source>
        <translation>Tệp dữ liệu %1 từ chối yêu cầu: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="326"/>
        <source>The check of %1 was stopped.</source>
        <translation>Việc kiểm tra %1 đã dừng.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="339"/>
        <source>The cache&apos;s log could not be folded into its file</source>
        <translation>Không gộp được nhật ký vào tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="148"/>
        <source>The catalogue of %1 cannot be read: %2</source>
        <translation>Không đọc được danh mục chỉ tiêu của %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="161"/>
        <source>An indicator without a code cannot be stored.</source>
        <translation>Không lưu được chỉ tiêu không có mã.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="163"/>
        <source>The valid range of %1 is empty: %2 to %3.</source>
        <translation>Khoảng giá trị hợp lệ của %1 rỗng: từ %2 đến %3.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="167"/>
        <source>The breakdown of %1 cannot be stored: &quot;%2&quot; is not a dimension of it, or is empty, holds = ; or a control character, or starts like a formula.</source>
        <translation>Không lưu được phân tổ của %1: &quot;%2&quot; không phải là chiều của chỉ tiêu này, hoặc rỗng, chứa = ; hay ký tự điều khiển, hoặc bắt đầu như một công thức.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="239"/>
        <source>The unit of measure of %1 cannot change from &quot;%2&quot; to &quot;%3&quot; while the cache holds figures of it; nothing of the catalogue was written.</source>
        <translation>Không thể đổi đơn vị tính của %1 từ &quot;%2&quot; sang &quot;%3&quot; khi tệp dữ liệu đang có số liệu của chỉ tiêu này; chưa ghi phần nào của danh mục.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="253"/>
        <source>The dimension &quot;%1&quot; cannot be stored: a code is not empty and holds no = ; or control character, and does not start like a formula.</source>
        <translation>Không lưu được chiều &quot;%1&quot;: mã phải khác rỗng, không chứa = ; hay ký tự điều khiển, và không bắt đầu như một công thức.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="260"/>
        <source>The value &quot;%1&quot; of dimension %2 cannot be stored: it is repeated, or is empty, holds = ; or a control character, or starts like a formula.</source>
        <translation>Không lưu được giá trị &quot;%1&quot; của chiều %2: giá trị bị lặp lại, hoặc rỗng, chứa = ; hay ký tự điều khiển, hoặc bắt đầu như một công thức.</translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="268"/>
        <source>The value %1 of dimension %2 is part of %3, which is not a value of it.</source>
        <translation>Giá trị %1 của chiều %2 là thành phần của %3, nhưng mã này không phải là giá trị của chiều đó.</translation>
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
        <location filename="../app/store/observationrepository.cpp" line="111"/>
        <location filename="../app/store/observationrepository.cpp" line="146"/>
        <source>The cache %1 is damaged: observations refer to key %2, which it does not hold.</source>
        <translation>Tệp dữ liệu %1 bị hỏng: số liệu tham chiếu khóa %2 mà tệp không có.</translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="167"/>
        <location filename="../app/store/observationrepository.cpp" line="203"/>
        <source>The cache %1 did not keep %2.</source>
        <translation>Tệp dữ liệu %1 không lưu được %2.</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/schema.cpp" line="280"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation>Nâng cấp tệp dữ liệu lên lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <location filename="../app/store/statisticsrepository.cpp" line="98"/>
        <source>The cache %1 cannot be read: %2</source>
        <translation>Không đọc được bộ nhớ đệm %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="329"/>
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
    <message>
        <location filename="../app/store/feedrepository.cpp" line="73"/>
        <location filename="../app/store/reportstatusrepository.cpp" line="80"/>
        <location filename="../app/store/taskrepository.cpp" line="402"/>
        <source>A page of the feed holds at least one change, not %1.</source>
        <translation>Mỗi trang của luồng cập nhật phải chứa ít nhất một thay đổi, không thể là %1.</translation>
    </message>
    <message>
        <location filename="../app/store/reportstatusrepository.cpp" line="30"/>
        <source>A report status needs an indicator, a unit and a period: %1, %2, %3.</source>
        <translation>Trạng thái báo cáo cần có chỉ tiêu, đơn vị và kỳ: %1, %2, %3.</translation>
    </message>
    <message>
        <location filename="../app/store/taskquerysql.cpp" line="81"/>
        <source>Selecting tasks by state needs an as-of date.</source>
        <translation>Lọc nhiệm vụ theo trạng thái cần có ngày tính trạng thái.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="95"/>
        <source>Task %1 cannot be stored: %2</source>
        <translation>Không lưu được nhiệm vụ %1: %2</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="102"/>
        <source>it has no id.</source>
        <translation>nhiệm vụ không có mã.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="104"/>
        <source>it has no assignee.</source>
        <translation>nhiệm vụ không có đơn vị được giao.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="106"/>
        <source>its document has no date.</source>
        <translation>văn bản giao không có ngày.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="109"/>
        <source>a change in its history has no time.</source>
        <translation>một thay đổi trong lịch sử của nhiệm vụ không có thời điểm.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepositorycounts.cpp" line="50"/>
        <source>Counting tasks by state needs an as-of date.</source>
        <translation>Đếm nhiệm vụ theo trạng thái cần có ngày tính trạng thái.</translation>
    </message>
    <message>
        <location filename="../app/store/taskrepositorycounts.cpp" line="123"/>
        <source>A task trend needs a range of dates, not %1 to %2.</source>
        <translation>Diễn biến nhiệm vụ cần một khoảng ngày hợp lệ, không phải từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="78"/>
        <source>%1 exists already; it was left as it is.</source>
        <translation>%1 đã tồn tại; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="81"/>
        <source>The bundled sample %1 is missing, so no cache can be made at %2.</source>
        <translation>Thiếu dữ liệu mẫu kèm theo %1, nên không tạo được tệp dữ liệu tại %2.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="84"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Không tạo được thư mục cho %1.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="91"/>
        <source>Cannot copy the bundled sample to %1.</source>
        <translation>Không sao chép được dữ liệu mẫu vào %1.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="109"/>
        <source>There is no cache at %1.</source>
        <translation>Không có tệp dữ liệu tại %1.</translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="111"/>
        <source>%1 is empty, not a Điều hành cache.</source>
        <translation>%1 rỗng, không phải tệp dữ liệu của Điều hành.</translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <location filename="../widgets/map/choroplethrenderer.cpp" line="105"/>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
</context>
<context>
    <name>CodeMapping</name>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="28"/>
        <source>Code mapping, %1: %2</source>
        <translation>Bảng ánh xạ mã, %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="45"/>
        <source>unknown field.</source>
        <translation>trường không xác định.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="59"/>
        <source>expected a non-empty string.</source>
        <translation>cần một chuỗi khác rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="68"/>
        <location filename="../app/sync/codemapping.cpp" line="325"/>
        <source>expected an object.</source>
        <translation>cần một đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="90"/>
        <source>expected in-period, cumulative or target.</source>
        <translation>cần in-period, cumulative hoặc target.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="98"/>
        <source>expected final, provisional or estimate.</source>
        <translation>cần final, provisional hoặc estimate.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="112"/>
        <source>expected a code, &quot;&quot; (the total) or null (left out).</source>
        <translation>cần một mã, &quot;&quot; (tổng) hoặc null (bỏ qua).</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="113"/>
        <source>expected a code or null (left out).</source>
        <translation>cần một mã hoặc null (bỏ qua).</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="127"/>
        <source>expected the catalogue&apos;s name of the dimension.</source>
        <translation>cần tên của chiều theo danh mục.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="129"/>
        <source>dimension %1 is named twice.</source>
        <translation>chiều %1 được ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="151"/>
        <source>expected a code, null (left out) or an object with code, scale, measure, valueKind.</source>
        <translation>cần một mã, null (bỏ qua) hoặc một đối tượng có code, scale, measure, valueKind.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="159"/>
        <source>required.</source>
        <translation>bắt buộc phải có.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="164"/>
        <source>expected a finite number other than zero.</source>
        <translation>cần một số hữu hạn khác 0.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="209"/>
        <source>expected the id of the category kept.</source>
        <translation>cần id của mục được giữ lại.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="214"/>
        <source>a dimension cannot be both fixed and a disaggregation.</source>
        <translation>một chiều không thể vừa được cố định vừa là phân tổ.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="250"/>
        <source>expected a whole number ≥ 0.</source>
        <translation>cần một số nguyên ≥ 0.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="271"/>
        <source>expected one character other than a quote or a line break.</source>
        <translation>cần đúng một ký tự, không phải dấu ngoặc kép hay dấu xuống dòng.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="276"/>
        <source>expected true or false.</source>
        <translation>cần true hoặc false.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="280"/>
        <source>a decimal comma needs another delimiter (&quot;;&quot; or a tab).</source>
        <translation>dấu phẩy thập phân cần một ký tự phân cách khác (&quot;;&quot; hoặc tab).</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="295"/>
        <source>required: the column of the values.</source>
        <translation>bắt buộc: cột chứa giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="300"/>
        <source>required: a column, or a constant under /constants/%1.</source>
        <translation>bắt buộc: một cột, hoặc một hằng số trong /constants/%1.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="319"/>
        <source>The code mapping is not JSON (at byte %1: %2).</source>
        <translation>Bảng ánh xạ mã không phải JSON (tại byte %1: %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="331"/>
        <source>required, and must be 1.</source>
        <translation>bắt buộc và phải bằng 1.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="362"/>
        <source>expected an object of codes.</source>
        <translation>cần một đối tượng chứa các mã.</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="386"/>
        <source>Cannot open the code mapping %1: %2</source>
        <translation>Không mở được bảng ánh xạ mã %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="389"/>
        <source>The code mapping %1 is larger than 64 MB.</source>
        <translation>Bảng ánh xạ mã %1 lớn hơn 64 MB.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../app/sync/credentials.cpp" line="35"/>
        <source>The keychain has no entry %1 under the service %2.</source>
        <translation>Kho khóa của hệ điều hành không có mục %1 thuộc dịch vụ %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="40"/>
        <source>The keychain refused to give the entry %1 (service %2): %3</source>
        <translation>Kho khóa của hệ điều hành từ chối cung cấp mục %1 (dịch vụ %2): %3</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="46"/>
        <source>The keychain entry %1 (service %2) cannot be read: %3 (error %4). Is a keychain service (GNOME Keyring, KWallet) running in this session?</source>
        <translation>Không đọc được mục %1 (dịch vụ %2) trong kho khóa của hệ điều hành: %3 (lỗi %4). Dịch vụ kho khóa (GNOME Keyring, KWallet) có đang chạy trong phiên làm việc này không?</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="58"/>
        <source>The keychain did not answer within %1 seconds for the entry %2 (service %3).</source>
        <translation>Kho khóa của hệ điều hành không phản hồi trong vòng %1 giây đối với mục %2 (dịch vụ %3).</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="70"/>
        <source>The secret in %1 holds spaces or control characters.</source>
        <translation>Giá trị bí mật trong %1 chứa dấu cách hoặc ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="80"/>
        <source>the environment variable %1</source>
        <translation>biến môi trường %1</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="84"/>
        <source>The environment variable %1 is not set (or is empty): set it to the secret before syncing.</source>
        <translation>Biến môi trường %1 chưa được đặt (hoặc rỗng): hãy gán giá trị bí mật cho biến này trước khi đồng bộ.</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="89"/>
        <source>The environment variable %1 is not set (or is empty), and the keychain fails too: %2</source>
        <translation>Biến môi trường %1 chưa được đặt (hoặc rỗng), và kho khóa của hệ điều hành cũng không cung cấp được: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="93"/>
        <source>the keychain entry %1</source>
        <translation>mục %1 trong kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="101"/>
        <source>The endpoint&apos;s auth is not a bearer token.</source>
        <translation>Phương thức xác thực của nguồn dữ liệu không phải là mã truy cập (token) dạng bearer.</translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="108"/>
        <source>The endpoint&apos;s auth is not a client certificate.</source>
        <translation>Phương thức xác thực của nguồn dữ liệu không phải là chứng thư số máy khách.</translation>
    </message>
</context>
<context>
    <name>CsvMappedReader</name>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="40"/>
        <source>The code mapping has no csv section: it does not say which column is which.</source>
        <translation>Bảng ánh xạ mã không có phần csv: không cho biết cột nào chứa gì.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="46"/>
        <source>The file is not valid UTF-8.</source>
        <translation>Tệp không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="51"/>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="75"/>
        <source>The header has no column &quot;%1&quot; (it has: %2).</source>
        <translation>Dòng tiêu đề không có cột &quot;%1&quot; (các cột hiện có: %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="112"/>
        <source>Line %1: unterminated quoted field.</source>
        <translation>Dòng %1: trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="114"/>
        <source>Line %1: expected %2 fields, found %3.</source>
        <translation>Dòng %1: cần %2 trường, có %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="119"/>
        <source>Line %1, column %2: empty.</source>
        <translation>Dòng %1, cột %2: rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="135"/>
        <source>Line %1, column %2: &quot;%3&quot; is not a number.</source>
        <translation>Dòng %1, cột %2: &quot;%3&quot; không phải là số.</translation>
    </message>
</context>
<context>
    <name>CsvObservationReader</name>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="70"/>
        <source>The reading was stopped.</source>
        <translation>Việc đọc đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="117"/>
        <source>This is not a CSV file: its first line holds binary data, not column names. Expected a header such as: %1.</source>
        <translation>Đây không phải tệp CSV: dòng đầu chứa dữ liệu nhị phân, không phải tên cột. Cần dòng tiêu đề dạng: %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="135"/>
        <source>Unknown column &quot;%1&quot; in the header.</source>
        <translation>Dòng tiêu đề có cột lạ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="137"/>
        <source>Column &quot;%1&quot; appears twice in the header.</source>
        <translation>Cột &quot;%1&quot; xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="146"/>
        <source>The header lacks the required column(s): %1. Expected: %2.</source>
        <translation>Dòng tiêu đề thiếu cột bắt buộc: %1. Cần có: %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="157"/>
        <source>Unterminated quoted field.</source>
        <translation>Trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="159"/>
        <source>Expected %1 fields, found %2.</source>
        <translation>Cần %1 trường, có %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="163"/>
        <source>The indicator or unit code is empty.</source>
        <translation>Thiếu mã chỉ tiêu hoặc mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="166"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation>Kỳ &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="170"/>
        <source>The value is missing.</source>
        <translation>Thiếu giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="171"/>
        <source>Malformed number &quot;%1&quot;.</source>
        <translation>Số &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="175"/>
        <source>Malformed disaggregation &quot;%1&quot; (expected dim=value;dim=value).</source>
        <translation>Phân tổ &quot;%1&quot; không đúng định dạng (cần dạng chiều=giá trị;chiều=giá trị).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="181"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation>Loại giá trị &quot;%1&quot; không hợp lệ (in-period, cumulative hoặc target).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="184"/>
        <source>Unknown status &quot;%1&quot; (final, provisional or estimate).</source>
        <translation>Trạng thái &quot;%1&quot; không hợp lệ (final, provisional hoặc estimate).</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="192"/>
        <source>Malformed revision &quot;%1&quot;.</source>
        <translation>Số lần sửa đổi &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="254"/>
        <source>The source deletes this observation, and this import cannot remove one.</source>
        <translation>Nguồn xóa số liệu này, nhưng lần nhập này không xóa được số liệu.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="275"/>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="298"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="307"/>
        <source>%1 is empty.</source>
        <translation>%1 rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="321"/>
        <source>Cannot read %1 near line %2: %3</source>
        <translation>Không đọc được %1 gần dòng %2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="332"/>
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
        <location filename="../app/models/dashboardloader.cpp" line="20"/>
        <source>Superseded by a newer request.</source>
        <translation>Đã được thay bằng một yêu cầu mới hơn.</translation>
    </message>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="26"/>
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
    <name>DocumentFormat</name>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="24"/>
        <source>The JSON-stat response holds %1 datasets; import one dataset at a time.</source>
        <translation>Phản hồi JSON-stat chứa %1 tập dữ liệu; hãy nhập từng tập dữ liệu một.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="61"/>
        <source>This is a %1 packet, which holds no observations: import takes the kpi-data packets of the reporting API.</source>
        <translation>Đây là gói tin %1, không chứa số liệu: lệnh import chỉ nhận các gói tin kpi-data của API báo cáo.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="71"/>
        <source>--format csv-mapped needs --mapping FILE: the mapping says which column is which.</source>
        <translation>--format csv-mapped cần --mapping FILE: bảng ánh xạ mã cho biết cột nào chứa gì.</translation>
    </message>
</context>
<context>
    <name>DocumentObservations</name>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="118"/>
        <source>Code &quot;%1&quot; of dimension %2 is not in the mapping&apos;s %3 table.</source>
        <translation>Mã &quot;%1&quot; của chiều %2 không có trong phần %3 của bảng ánh xạ mã.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="130"/>
        <source>The mapping&apos;s %1 names dimension &quot;%2&quot;, which the document does not have (it has: %3).</source>
        <translation>Trường %1 của bảng ánh xạ mã ghi chiều &quot;%2&quot;, nhưng tài liệu không có chiều này (các chiều hiện có: %3).</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="154"/>
        <source>The document has no time dimension: name it in the mapping (dimensions.period) or give constants.period.</source>
        <translation>Tài liệu không có chiều thời gian: hãy ghi chiều này trong bảng ánh xạ mã (dimensions.period) hoặc khai báo constants.period.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="156"/>
        <source>The document has no metric dimension: name the indicator&apos;s dimension in the mapping (dimensions.indicator) or give constants.indicator.</source>
        <translation>Tài liệu không có chiều chỉ tiêu (metric): hãy ghi chiều chứa chỉ tiêu trong bảng ánh xạ mã (dimensions.indicator) hoặc khai báo constants.indicator.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="158"/>
        <source>The document has no geographic dimension: name the unit&apos;s dimension in the mapping (dimensions.unit) or give constants.unit.</source>
        <translation>Tài liệu không có chiều địa lý: hãy ghi chiều chứa đơn vị trong bảng ánh xạ mã (dimensions.unit) hoặc khai báo constants.unit.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="166"/>
        <source>The mapping fixes dimension %1 to &quot;%2&quot;, which is not one of its categories.</source>
        <translation>Bảng ánh xạ mã cố định chiều %1 ở &quot;%2&quot;, nhưng đây không phải là một mục của chiều này.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="197"/>
        <source>Dimension %1 has one category, &quot;%2&quot;, and the mapping neither fixes it (dimensions.fixed: if it is the total) nor makes it a disaggregation (dimensions.disaggregations): the figures would be stored as the total.</source>
        <translation>Chiều %1 chỉ có một mục, &quot;%2&quot;, mà bảng ánh xạ mã không cố định nó (dimensions.fixed: nếu đó là tổng) cũng không coi nó là một phân tổ (dimensions.disaggregations): số liệu sẽ bị lưu như số tổng.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="201"/>
        <source>Dimension %1 has %2 categories and the mapping neither makes it a disaggregation (dimensions.disaggregations) nor fixes it to one (dimensions.fixed).</source>
        <translation>Chiều %1 có %2 mục nhưng bảng ánh xạ mã không khai báo chiều này là phân tổ (dimensions.disaggregations), cũng không cố định ở một mục (dimensions.fixed).</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="248"/>
        <location filename="../app/sync/documentobservations.cpp" line="279"/>
        <location filename="../app/sync/documentobservations.cpp" line="305"/>
        <source>(constant)</source>
        <translation>(hằng số)</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="301"/>
        <source>Period &quot;%1&quot; of dimension %2: %3</source>
        <translation>Kỳ &quot;%1&quot; của chiều %2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="419"/>
        <source>&quot;%1&quot; is not a value kind.</source>
        <translation>&quot;%1&quot; không phải là loại giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="428"/>
        <source>The cell has no unit: the document has no geographic dimension.</source>
        <translation>Ô không có đơn vị: tài liệu không có chiều địa lý.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="432"/>
        <source>The disaggregation &quot;%1&quot; is not of the form dim=value;dim=value.</source>
        <translation>Phân tổ &quot;%1&quot; không có dạng chiều=giá trị;chiều=giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="461"/>
        <location filename="../app/sync/documentobservations.cpp" line="464"/>
        <source>The reading was stopped.</source>
        <translation>Việc đọc đã bị dừng.</translation>
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
    <name>EndpointFile</name>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="69"/>
        <source>Cannot open the endpoints file %1: %2</source>
        <translation>Không mở được tệp khai báo nguồn dữ liệu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="72"/>
        <source>The endpoints file %1 is larger than 4 MB.</source>
        <translation>Tệp khai báo nguồn dữ liệu %1 lớn hơn 4 MB.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="172"/>
        <source>Cannot save the endpoints file %1: %2</source>
        <translation>Không lưu được tệp khai báo nguồn dữ liệu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="27"/>
        <source>a secret does not belong in the endpoints file: name the environment variable that holds it (tokenEnvironment, passphraseEnvironment) or its entry in the keychain (keychainKey, passphraseKeychainKey).</source>
        <translation>không được ghi giá trị bí mật vào tệp khai báo nguồn dữ liệu: hãy ghi tên biến môi trường chứa giá trị đó (tokenEnvironment, passphraseEnvironment) hoặc tên mục chứa giá trị đó trong kho khóa của hệ điều hành (keychainKey, passphraseKeychainKey).</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="49"/>
        <source>%1:%2: not JSON: %3.</source>
        <translation>%1:%2: không phải JSON: %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="55"/>
        <source>is given twice; which one counts would be a guess.</source>
        <translation>được ghi hai lần; không thể xác định giá trị nào có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="75"/>
        <source>&quot;%1&quot; is already the id of endpoints[%2].</source>
        <translation>&quot;%1&quot; đã là id của endpoints[%2].</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="94"/>
        <source>is not a member here (these are: %1).</source>
        <translation>không phải là trường hợp lệ ở đây (các trường hợp lệ: %1).</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="111"/>
        <source>&quot;%1&quot; is not a format an endpoint can have (%2).</source>
        <translation>&quot;%1&quot; không phải là định dạng mà nguồn dữ liệu có thể dùng (%2).</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="123"/>
        <source>applies to the formats reporting and worldbank only.</source>
        <translation>chỉ áp dụng cho các định dạng reporting và worldbank.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="138"/>
        <source>a user name or password in the URL is refused: give the endpoint an auth member instead.</source>
        <translation>không chấp nhận tên người dùng hoặc mật khẩu trong URL: hãy khai báo trường auth cho nguồn dữ liệu.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="141"/>
        <source>the query parameter %1 holds a secret; %2</source>
        <translation>tham số truy vấn %1 chứa giá trị bí mật; %2</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="144"/>
        <source>is not an absolute URL with a host.</source>
        <translation>không phải là URL tuyệt đối có tên máy chủ.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="148"/>
        <source>plain http is allowed only on this machine (127.0.0.1, ::1, localhost); use https for %1.</source>
        <translation>chỉ cho phép http không mã hóa trên chính máy này (127.0.0.1, ::1, localhost); hãy dùng https cho %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="151"/>
        <source>the scheme must be https (or http on 127.0.0.1, ::1, localhost), not %1.</source>
        <translation>giao thức phải là https (hoặc http trên 127.0.0.1, ::1, localhost), không phải %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="162"/>
        <source>applies to the format pxweb only.</source>
        <translation>chỉ áp dụng cho định dạng pxweb.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="182"/>
        <source>is empty.</source>
        <translation>rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="198"/>
        <source>is not the name of an environment variable (letters, digits and _, at most 128): give the variable&apos;s name, not the token.</source>
        <translation>không phải là tên biến môi trường (chữ cái, chữ số và _, tối đa 128 ký tự): hãy ghi tên biến, không ghi mã truy cập (token).</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="201"/>
        <source>is not a keychain key (1 to 200 characters, no control characters).</source>
        <translation>không phải là tên mục hợp lệ trong kho khóa của hệ điều hành (từ 1 đến 200 ký tự, không chứa ký tự điều khiển).</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="223"/>
        <source>a bearer token needs tokenEnvironment or keychainKey (or both) to say where it is kept.</source>
        <translation>mã truy cập (token) dạng bearer cần có tokenEnvironment hoặc keychainKey (hoặc cả hai) để cho biết mã được lưu ở đâu.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="233"/>
        <source>&quot;%1&quot; is not none, bearer or clientCertificate.</source>
        <translation>&quot;%1&quot; không phải là none, bearer hoặc clientCertificate.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="243"/>
        <source>expected &quot;manual&quot;, {&quot;every&quot;: minutes} or {&quot;daily&quot;: &quot;HH:MM&quot;}.</source>
        <translation>cần có dạng &quot;manual&quot;, {&quot;every&quot;: số phút} hoặc {&quot;daily&quot;: &quot;HH:MM&quot;}.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="248"/>
        <source>expected one of every and daily.</source>
        <translation>cần đúng một trong hai trường every và daily.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="262"/>
        <source>&quot;%1&quot; is not a time (HH:MM).</source>
        <translation>&quot;%1&quot; không phải là giờ (HH:MM).</translation>
    </message>
</context>
<context>
    <name>EndpointSync</name>
    <message>
        <location filename="../app/sync/documentsync.cpp" line="140"/>
        <source>The World Bank answered page %1 where page %2 was asked for.</source>
        <translation>API Ngân hàng Thế giới trả về trang %1 trong khi yêu cầu trang %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointsync.cpp" line="174"/>
        <source>%1 answered with content of type %2, not %3: it is not the %4 the endpoint is configured for.</source>
        <translation>%1 trả về nội dung kiểu %2, không phải %3: đây không phải dữ liệu %4 như nguồn dữ liệu đã được cấu hình.</translation>
    </message>
    <message>
        <location filename="../app/sync/endpointsync.cpp" line="211"/>
        <source>The answer gives %1 in %2, but the cache holds it in %3: an answer that changes an indicator&apos;s unit of measure is refused whole.</source>
        <translation>Phản hồi cho %1 theo đơn vị tính %2, nhưng tệp dữ liệu lưu chỉ tiêu này theo %3: phản hồi làm thay đổi đơn vị tính của chỉ tiêu bị từ chối toàn bộ.</translation>
    </message>
    <message>
        <location filename="../app/sync/reportingsync.cpp" line="128"/>
        <source>%1 answered with a %2 packet where a %3 packet was asked for.</source>
        <translation>%1 trả về gói tin %2 trong khi yêu cầu gói tin %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/reportingsync.cpp" line="136"/>
        <source>%1 answered a feed query without paging: the client cannot tell where the feed goes on.</source>
        <translation>%1 trả lời truy vấn luồng cập nhật mà không phân trang: máy khách không xác định được luồng tiếp tục từ đâu.</translation>
    </message>
</context>
<context>
    <name>FeedWatch</name>
    <message>
        <location filename="../app/sync/feedwatch.cpp" line="91"/>
        <source>The server answers at once instead of holding the query: it is pulled on its schedule.</source>
        <translation>Máy chủ trả lời ngay thay vì giữ truy vấn chờ dữ liệu mới: nguồn này được đồng bộ theo lịch.</translation>
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
    <name>Indicator</name>
    <message>
        <location filename="../app/core/indicator.cpp" line="99"/>
        <source>The value %1 lies outside the range of %2 (%3 to %4, %5).</source>
        <translation>Giá trị %1 nằm ngoài khoảng hợp lệ của %2 (từ %3 đến %4, %5).</translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="109"/>
        <source>The disaggregation &quot;%1&quot; holds a control character, or a name or value starting with =, +, - or @, which a spreadsheet would run as a formula.</source>
        <translation>Phân tổ &quot;%1&quot; chứa ký tự điều khiển, hoặc tên hay giá trị bắt đầu bằng =, +, - hoặc @, mà bảng tính sẽ chạy như một công thức.</translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="117"/>
        <source>%1 has no disaggregation, so it has no dimension &quot;%2&quot;.</source>
        <translation>%1 không có phân tổ nên không có chiều &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="119"/>
        <source>%1 has no dimension &quot;%2&quot; (its dimensions: %3).</source>
        <translation>%1 không có chiều &quot;%2&quot; (các chiều của chỉ tiêu: %3).</translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="125"/>
        <source>The catalogue lists no values for the dimension %1 of %2.</source>
        <translation>Danh mục không liệt kê giá trị nào cho chiều %1 của %2.</translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="126"/>
        <source>&quot;%1&quot; is not a value of the dimension %2 of %3 (its values: %4).</source>
        <translation>&quot;%1&quot; không phải là giá trị thuộc chiều %2 của %3 (các giá trị hợp lệ: %4).</translation>
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
    <message>
        <location filename="../app/models/indicatorview.cpp" line="172"/>
        <source>%1 is shown by periods such as %2, and %3 is not within one of them: give one such as %2.</source>
        <translation>%1 được hiển thị theo các kỳ như %2, mà %3 không nằm trọn trong một kỳ nào như vậy: hãy chọn một kỳ như %2.</translation>
    </message>
</context>
<context>
    <name>JsonStatReader</name>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="102"/>
        <source>The dataset has no &quot;value&quot;.</source>
        <translation>Tập dữ liệu không có &quot;value&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="106"/>
        <source>&quot;value&quot; is neither an array nor an object of numbers.</source>
        <translation>&quot;value&quot; không phải là mảng hay đối tượng chứa các số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="115"/>
        <source>&quot;%1&quot; has the key &quot;%2&quot;, which is not a position from 0 to %3.</source>
        <translation>&quot;%1&quot; có khóa &quot;%2&quot;, không phải là vị trí từ 0 đến %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="124"/>
        <source>&quot;%1&quot; names the position %2 twice.</source>
        <translation>&quot;%1&quot; ghi vị trí %2 hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="136"/>
        <source>&quot;status&quot; is neither a text, an array nor an object of texts.</source>
        <translation>&quot;status&quot; không phải là chuỗi, mảng hay đối tượng chứa các chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="141"/>
        <source>&quot;status&quot; holds something other than a text at &quot;%1&quot;.</source>
        <translation>&quot;status&quot; chứa giá trị không phải chuỗi tại &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="146"/>
        <source>&quot;status&quot; has %1 entries; it needs one, or one for each of the %2 cells.</source>
        <translation>&quot;status&quot; có %1 phần tử; cần một phần tử, hoặc mỗi ô trong %2 ô một phần tử.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="182"/>
        <source>&quot;value&quot; has %1 values but the sizes make %2 cells.</source>
        <translation>&quot;value&quot; có %1 giá trị nhưng các kích thước (size) tạo thành %2 ô.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="214"/>
        <source>&quot;value&quot; at position %1 is true or false, not a number.</source>
        <translation>&quot;value&quot; tại vị trí %1 là true hoặc false, không phải số.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="260"/>
        <source>%n values are text that is not a number; they are read as missing.</source>
        <translation>
            <numerusform>%n giá trị là chuỗi không phải số; các giá trị này được đọc là giá trị thiếu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="110"/>
        <source>The dataset is not a JSON object.</source>
        <translation>Tập dữ liệu không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="120"/>
        <source>The dataset has no &quot;dimension&quot; object.</source>
        <translation>Tập dữ liệu không có đối tượng &quot;dimension&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="129"/>
        <source>The dataset lacks &quot;id&quot; or &quot;size&quot;.</source>
        <translation>Tập dữ liệu thiếu &quot;id&quot; hoặc &quot;size&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="131"/>
        <source>&quot;id&quot; and &quot;size&quot; must be arrays.</source>
        <translation>&quot;id&quot; và &quot;size&quot; phải là mảng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="134"/>
        <source>&quot;id&quot; names %1 dimensions but &quot;size&quot; gives %2 sizes.</source>
        <translation>&quot;id&quot; ghi %1 chiều nhưng &quot;size&quot; cho %2 kích thước.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="143"/>
        <source>&quot;id&quot; holds something other than a text at position %1.</source>
        <translation>&quot;id&quot; chứa giá trị không phải chuỗi tại vị trí %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="147"/>
        <source>&quot;size&quot; at position %1 is not a whole number ≥ 0.</source>
        <translation>&quot;size&quot; tại vị trí %1 không phải là số nguyên ≥ 0.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="151"/>
        <source>&quot;id&quot; names dimension &quot;%1&quot; twice.</source>
        <translation>&quot;id&quot; ghi chiều &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="159"/>
        <source>&quot;id&quot; names dimension &quot;%1&quot;, which &quot;dimension&quot; does not describe.</source>
        <translation>&quot;id&quot; ghi chiều &quot;%1&quot;, nhưng &quot;dimension&quot; không mô tả chiều này.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="168"/>
        <source>&quot;dimension&quot; describes &quot;%1&quot;, which &quot;id&quot; does not name.</source>
        <translation>&quot;dimension&quot; mô tả &quot;%1&quot;, nhưng &quot;id&quot; không ghi chiều này.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="178"/>
        <source>The product of &quot;size&quot; is too large (at dimension &quot;%1&quot;).</source>
        <translation>Tích các giá trị của &quot;size&quot; quá lớn (tại chiều &quot;%1&quot;).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="219"/>
        <source>Dimension &quot;%1&quot; has the metric role but no unit for %n of its categories.</source>
        <translation>
            <numerusform>Chiều &quot;%1&quot; có vai trò metric nhưng %n mục của chiều này không có đơn vị tính.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="234"/>
        <source>&quot;updated&quot; is not an ISO 8601 date: &quot;%1&quot;.</source>
        <translation>&quot;updated&quot; không phải là ngày theo ISO 8601: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="271"/>
        <source>The source answered with an error: %1</source>
        <translation>Nguồn trả về lỗi: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="272"/>
        <source>(no reason given)</source>
        <translation>(không nêu lý do)</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="282"/>
        <source>&quot;role&quot; is not an object.</source>
        <translation>&quot;role&quot; không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="290"/>
        <source>&quot;role.%1&quot; is not an array.</source>
        <translation>&quot;role.%1&quot; không phải là mảng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="296"/>
        <source>&quot;role.%1&quot; names &quot;%2&quot;, which is not a dimension.</source>
        <translation>&quot;role.%1&quot; ghi &quot;%2&quot;, không phải là một chiều.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="310"/>
        <source>Dimension &quot;%1&quot; is not an object.</source>
        <translation>Chiều &quot;%1&quot; không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="315"/>
        <source>Dimension &quot;%1&quot; has no &quot;category&quot; object.</source>
        <translation>Chiều &quot;%1&quot; không có đối tượng &quot;category&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="326"/>
        <source>Dimension &quot;%1&quot;: category.index holds something other than a text at position %2.</source>
        <translation>Chiều &quot;%1&quot;: category.index chứa giá trị không phải chuỗi tại vị trí %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="337"/>
        <source>Dimension &quot;%1&quot;: category.index gives &quot;%2&quot; the position %3; %4 categories take the positions 0 to %5, each once.</source>
        <translation>Chiều &quot;%1&quot;: category.index gán cho &quot;%2&quot; vị trí %3; %4 mục phải chiếm các vị trí từ 0 đến %5, mỗi vị trí một lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="344"/>
        <source>Dimension &quot;%1&quot;: category.index is neither an array nor an object.</source>
        <translation>Chiều &quot;%1&quot;: category.index không phải là mảng hay đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="348"/>
        <source>Dimension &quot;%1&quot; has no category.index, which only a dimension of one category named by its category.label may leave out.</source>
        <translation>Chiều &quot;%1&quot; không có category.index; chỉ chiều có một mục duy nhất được ghi trong category.label mới được bỏ qua category.index.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="354"/>
        <source>Dimension &quot;%1&quot; has too many categories.</source>
        <translation>Chiều &quot;%1&quot; có quá nhiều mục.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="357"/>
        <source>Dimension &quot;%1&quot;: category &quot;%2&quot; appears twice in category.index.</source>
        <translation>Chiều &quot;%1&quot;: mục &quot;%2&quot; xuất hiện hai lần trong category.index.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="362"/>
        <source>Dimension &quot;%1&quot; has %2 categories but &quot;size&quot; says %3.</source>
        <translation>Chiều &quot;%1&quot; có %2 mục nhưng &quot;size&quot; ghi %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="376"/>
        <source>Dimension &quot;%1&quot;: category.%2 is not an object.</source>
        <translation>Chiều &quot;%1&quot;: category.%2 không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="381"/>
        <source>Dimension &quot;%1&quot;: category.%2 names &quot;%3&quot;, which is not a category.</source>
        <translation>Chiều &quot;%1&quot;: category.%2 ghi &quot;%3&quot;, không phải là một mục.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="401"/>
        <source>Dimension &quot;%1&quot;: the unit of &quot;%2&quot; is not an object.</source>
        <translation>Chiều &quot;%1&quot;: đơn vị tính của &quot;%2&quot; không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="415"/>
        <source>Dimension &quot;%1&quot;: the decimals of &quot;%2&quot; are not a whole number from 0 to 30.</source>
        <translation>Chiều &quot;%1&quot;: số chữ số thập phân của &quot;%2&quot; không phải là số nguyên từ 0 đến 30.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="422"/>
        <source>Dimension &quot;%1&quot;: the multiplier of &quot;%2&quot; is not a whole number from -30 to 30.</source>
        <translation>Chiều &quot;%1&quot;: hệ số nhân của &quot;%2&quot; không phải là số nguyên từ -30 đến 30.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="438"/>
        <source>Dimension &quot;%1&quot;: category.child is not an object.</source>
        <translation>Chiều &quot;%1&quot;: category.child không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="442"/>
        <source>Dimension &quot;%1&quot;: category.child has children for &quot;%2&quot;, which is not a category.</source>
        <translation>Chiều &quot;%1&quot;: category.child khai báo mục con cho &quot;%2&quot;, không phải là một mục.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="447"/>
        <source>Dimension &quot;%1&quot;: the children of &quot;%2&quot; are not an array.</source>
        <translation>Chiều &quot;%1&quot;: các mục con của &quot;%2&quot; không phải là mảng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="454"/>
        <source>Dimension &quot;%1&quot;: &quot;%2&quot; has the child &quot;%3&quot;, which is not a category.</source>
        <translation>Chiều &quot;%1&quot;: &quot;%2&quot; có mục con &quot;%3&quot;, không phải là một mục.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="480"/>
        <source>Dimension &quot;%1&quot;: category.child goes round in a circle through &quot;%2&quot;.</source>
        <translation>Chiều &quot;%1&quot;: category.child tạo thành vòng lặp qua &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="208"/>
        <source>Not valid JSON near byte %1.</source>
        <translation>JSON không hợp lệ gần byte %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="265"/>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON lồng nhau sâu quá %1 cấp.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="349"/>
        <source>Not valid JSON.</source>
        <translation>JSON không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="48"/>
        <source>%1: &quot;link.item&quot; is not an array.</source>
        <translation>%1: &quot;link.item&quot; không phải là mảng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="55"/>
        <source>%1, item %2</source>
        <translation>%1, phần tử %2</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="57"/>
        <source>%1 is not an object.</source>
        <translation>%1 không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="78"/>
        <source>The document is not a JSON-stat response: it is not a JSON object.</source>
        <translation>Tài liệu không phải phản hồi JSON-stat: không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="96"/>
        <source>Collection</source>
        <translation>Tập hợp</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="101"/>
        <source>%n item(s) of the collection are linked, not embedded: fetch them from their href.</source>
        <translation>
            <numerusform>%n phần tử của tập hợp chỉ được liên kết, không được nhúng: hãy tải các phần tử này từ href của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="105"/>
        <source>A JSON-stat response of class &quot;%1&quot; holds no data to read.</source>
        <translation>Phản hồi JSON-stat thuộc lớp &quot;%1&quot; không chứa dữ liệu để đọc.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="118"/>
        <source>Dataset &quot;%1&quot;</source>
        <translation>Tập dữ liệu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="123"/>
        <source>The document is not a JSON-stat response: it has no class and no dataset.</source>
        <translation>Tài liệu không phải phản hồi JSON-stat: không có class và không có tập dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="126"/>
        <source>The response is a JSON-stat 1.0 bundle, a form 2.0 replaces with collections.</source>
        <translation>Phản hồi là một gói (bundle) JSON-stat 1.0, dạng mà JSON-stat 2.0 đã thay bằng tập hợp (collection).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="148"/>
        <source>The document is too large to read in the memory available.</source>
        <translation>Tài liệu quá lớn, không đọc được với bộ nhớ hiện có.</translation>
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
        <location filename="../app/store/observationwriter.cpp" line="190"/>
        <source>The cache failed during the import, so nothing of it was written: %1</source>
        <translation>Tệp dữ liệu gặp lỗi trong khi nhập, nên không ghi gì của lần nhập này: %1</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="176"/>
        <source>Unknown indicator code %1.</source>
        <translation>Không có mã chỉ tiêu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="181"/>
        <source>Unknown unit code %1.</source>
        <translation>Không có mã đơn vị %1.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="205"/>
        <source>Period %1 does not fit %2, which is reported by %3.</source>
        <translation>Kỳ %1 không phù hợp với %2 (kỳ báo cáo: %3).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="216"/>
        <source>The value is not a finite number.</source>
        <translation>Giá trị không phải là số hữu hạn.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="224"/>
        <source>Wrong unit of measure: %1 is reported in %2, not %3.</source>
        <translation>Sai đơn vị tính: %1 tính bằng %2, không phải %3.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="323"/>
        <source>The cache neither took the row nor holds its key.</source>
        <translation>Tệp dữ liệu không nhận dòng này và cũng không có khóa của nó.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="357"/>
        <source>Revision %1 is older than revision %2 (value %3) on line %4 of this file.</source>
        <translation>Lần sửa đổi %1 cũ hơn lần sửa đổi %2 (giá trị %3) ở dòng %4 của tệp này.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="363"/>
        <source>A duplicate key in this file: line %1 has the same indicator, unit, period, breakdown and value kind, with revision %2 and value %3; this line has value %4.</source>
        <translation>Trùng khóa trong tệp này: dòng %1 có cùng chỉ tiêu, đơn vị, kỳ, phân tổ và loại giá trị, với lần sửa đổi %2 và giá trị %3; dòng này có giá trị %4.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriterbatch.cpp" line="67"/>
        <source>the cache ended the transaction</source>
        <translation>tệp dữ liệu đã kết thúc giao dịch</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="299"/>
        <source>The cache did not take the row.</source>
        <translation>Tệp dữ liệu không nhận dòng này.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="48"/>
        <source>Unit %1 exists from %2; period %3 ended before it. Report it on the units of that time.</source>
        <translation>Đơn vị %1 có từ %2; kỳ %3 đã kết thúc trước đó. Hãy báo cáo kỳ này theo các đơn vị của thời kỳ đó.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="52"/>
        <source>Unit %1 ceased on %2 without a successor; period %3 began after it.</source>
        <translation>Đơn vị %1 chấm dứt ngày %2 và không có đơn vị kế thừa; kỳ %3 bắt đầu sau ngày đó.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="77"/>
        <source>The disaggregation &quot;%1&quot; is malformed: it must be dimension=value pairs joined by ;, one value per dimension.</source>
        <translation>Phân tổ &quot;%1&quot; sai dạng: phải là các cặp chiều=giá trị nối bằng dấu ;, mỗi chiều một giá trị.</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="81"/>
        <source>The disaggregation &quot;%1&quot; is not in its canonical form &quot;%2&quot; (dimensions in order, no spaces).</source>
        <translation>Phân tổ &quot;%1&quot; không ở dạng chuẩn &quot;%2&quot; (các chiều theo thứ tự, không có dấu cách).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="360"/>
        <source>Revision %1 is older than the cached revision %2 (value %3).</source>
        <translation>Lần sửa đổi %1 cũ hơn lần sửa đổi đang lưu %2 (giá trị %3).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="366"/>
        <source>Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).</source>
        <translation>Giá trị mâu thuẫn cho cùng khóa và lần sửa đổi %1: đang lưu %2, mới %3 (trùng khóa nhưng khác giá trị).</translation>
    </message>
    <message>
        <location filename="../app/store/observationwriterbatch.cpp" line="63"/>
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
        <location filename="../app/core/optionparser.cpp" line="82"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Tham số không hợp lệ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="107"/>
        <source>Unknown option --%1.</source>
        <translation>Không có tùy chọn --%1.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="110"/>
        <source>--%1 takes no value.</source>
        <translation>Tùy chọn --%1 không nhận giá trị.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="116"/>
        <source>Option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần giá trị.</translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="120"/>
        <source>--%1 expects %2, not &quot;%3&quot;.</source>
        <translation>--%1 cần %2, không phải &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/gui/pack/packcommand.cpp" line="58"/>
        <source>The cache could not be opened.</source>
        <translation>Không mở được tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>PackDataLoader</name>
    <message>
        <location filename="../app/models/packdata.cpp" line="48"/>
        <source>No province has values.</source>
        <translation>Chưa tỉnh, thành nào có số liệu.</translation>
    </message>
</context>
<context>
    <name>PackPagePainter</name>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="110"/>
        <source>%1: map of the provinces</source>
        <translation>%1: bản đồ các tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="111"/>
        <source>%1: provinces ranked</source>
        <translation>%1: xếp hạng các tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="112"/>
        <source>%1: breakdown</source>
        <translation>%1: cơ cấu</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="163"/>
        <source>The dashboard has no tiles.</source>
        <translation>Bảng điều hành không có ô nào.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="196"/>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="268"/>
        <source>year to date</source>
        <translation>lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="218"/>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="244"/>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="266"/>
        <source>34 provinces (from 1 July 2025)</source>
        <translation>34 tỉnh, thành (từ 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="266"/>
        <source>63 provinces (before 1 July 2025)</source>
        <translation>63 tỉnh, thành (trước 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="272"/>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="294"/>
        <source>No province has values for this indicator.</source>
        <translation>Chưa tỉnh, thành nào có số liệu của chỉ tiêu này.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="311"/>
        <source>By %1</source>
        <translation>Theo %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="313"/>
        <source>This indicator has no breakdown.</source>
        <translation>Chỉ tiêu này không có số liệu phân tổ.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>National</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="374"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="376"/>
        <source>One of the 34 provinces (from 1 July 2025)</source>
        <translation>Một trong 34 tỉnh, thành (từ 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="376"/>
        <source>One of the 63 provinces (before 1 July 2025)</source>
        <translation>Một trong 63 tỉnh, thành (trước 1/7/2025)</translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="74"/>
        <source>simulated tasks of the synthetic sample</source>
        <translation>nhiệm vụ mô phỏng của bộ dữ liệu mẫu tổng hợp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="74"/>
        <source>the task-tracking records held in the cache</source>
        <translation>hồ sơ theo dõi nhiệm vụ lưu trong bộ đệm</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="103"/>
        <source>simulated figures of the synthetic sample</source>
        <translation>số liệu mô phỏng của bộ dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="105"/>
        <source>World Bank, World Development Indicators (CC BY 4.0)</source>
        <translation>Ngân hàng Thế giới, World Development Indicators (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="127"/>
        <source>Data as of %1</source>
        <translation>Số liệu đến %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="139"/>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="147"/>
        <source>SIMULATED DATA — not official statistics</source>
        <translation>SỐ LIỆU MÔ PHỎNG — không phải số liệu thống kê chính thức</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="158"/>
        <source>Sources: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="182"/>
        <source>Cannot paint the pack on the device.</source>
        <translation>Không vẽ được bộ tài liệu họp lên thiết bị.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="194"/>
        <source>Cannot start page %1.</source>
        <translation>Không bắt đầu được trang %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="215"/>
        <source>Cannot finish painting the pack.</source>
        <translation>Không hoàn tất được việc vẽ bộ tài liệu họp.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="230"/>
        <source>Cannot write the PDF %1.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
</context>
<context>
    <name>PackTable</name>
    <message numerus="yes">
        <location filename="../app/gui/pack/packtable.cpp" line="164"/>
        <source>… and %n more rows</source>
        <translation>
            <numerusform>… và %n dòng nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packtable.cpp" line="169"/>
        <source>%n columns left out for want of room: %1</source>
        <translation>
            <numerusform>%n cột bị lược vì thiếu chỗ: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackTasksPage</name>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="42"/>
        <source>The cache holds no task of %1 assigned by %2: there is nothing to summarise.</source>
        <translation>Bộ đệm không có nhiệm vụ nào của %1 được giao đến %2: không có gì để tổng hợp.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="51"/>
        <source>the whole country</source>
        <translation>cả nước</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="74"/>
        <source>As of %1 · rates are shares of the %2 tasks with a deadline; %3 standing tasks (no deadline) counted apart</source>
        <translation>Tính đến %1 · tỷ lệ trên %2 nhiệm vụ có thời hạn; %3 nhiệm vụ thường xuyên (không có thời hạn) tính riêng</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="99"/>
        <source>On-time completion rate</source>
        <translation>Tỷ lệ hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="100"/>
        <source>of the tasks with a deadline</source>
        <translation>trên số nhiệm vụ có thời hạn</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="143"/>
        <source>Ministries and agencies by overdue tasks at %1, most first</source>
        <translation>Bộ, cơ quan theo số nhiệm vụ quá hạn tại %1, nhiều nhất trước</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="144"/>
        <source>Provinces by overdue tasks at %1, most first</source>
        <translation>Tỉnh, thành phố theo số nhiệm vụ quá hạn tại %1, nhiều nhất trước</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="147"/>
        <source>%1: rank %2 of %3 by overdue tasks at %4 (1 = most overdue)</source>
        <translation>%1: xếp thứ %2/%3 theo nhiệm vụ quá hạn tại %4 (1 = quá hạn nhiều nhất)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="157"/>
        <source>No task of these units by that date.</source>
        <translation>Không có nhiệm vụ nào của các đơn vị này tính đến ngày đó.</translation>
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
    <name>PxReader</name>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="58"/>
        <source>The file has no DATA: it is not a PX file, or it was cut short.</source>
        <translation>Tệp không có DATA: đây không phải tệp PX, hoặc tệp đã bị cắt cụt.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="66"/>
        <source>Line %1 does not start a keyword (KEYWORD=value;): it is not a PX file, or it is damaged there.</source>
        <translation>Dòng %1 không bắt đầu bằng một từ khóa (KEYWORD=value;): đây không phải tệp PX, hoặc tệp bị hỏng ở chỗ này.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="77"/>
        <source>The language of %1 on line %2 is malformed.</source>
        <translation>Mã ngôn ngữ của %1 ở dòng %2 không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="87"/>
        <source>A text in the parentheses of %1 on line %2 is not closed.</source>
        <translation>Một chuỗi trong ngoặc đơn của %1 ở dòng %2 chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="93"/>
        <source>The parentheses of %1 on line %2 are not closed.</source>
        <translation>Ngoặc đơn của %1 ở dòng %2 chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="101"/>
        <source>%1 on line %2 has no &apos;=&apos; after it.</source>
        <translation>%1 ở dòng %2 không có dấu &apos;=&apos; phía sau.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="116"/>
        <source>A text of %1 that starts on line %2 is not closed.</source>
        <translation>Một chuỗi của %1 bắt đầu ở dòng %2 chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="122"/>
        <source>%1 on line %2 does not end with &apos;;&apos;.</source>
        <translation>%1 ở dòng %2 không kết thúc bằng &apos;;&apos;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="166"/>
        <source>%1 on line %2</source>
        <translation>%1 ở dòng %2</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="171"/>
        <source>The value of %1 is malformed: expected quoted texts separated by commas.</source>
        <translation>Giá trị của %1 không đúng định dạng: cần các chuỗi trong ngoặc kép, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="129"/>
        <source>DATA, cell %1 (line %2): %3</source>
        <translation>DATA, ô %1 (dòng %2): %3</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="148"/>
        <source>The variables make a cube of more cells than DATA can hold (%1 bytes).</source>
        <translation>Các biến tạo thành một khối có nhiều ô hơn mức DATA có thể chứa (%1 byte).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="157"/>
        <source>The file has %1 variables for %2 cells: more than a table can have.</source>
        <translation>Tệp có %1 biến cho %2 ô: vượt quá mức một bảng có thể có.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="172"/>
        <source>DATA has more values than the %1 cells of the variables.</source>
        <translation>DATA có nhiều giá trị hơn %1 ô do các biến tạo thành.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="180"/>
        <source>a quoted symbol is not closed.</source>
        <translation>ký hiệu trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="210"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="221"/>
        <source>DATA has %1 values for the %2 cells of the variables.</source>
        <translation>DATA có %1 giá trị cho %2 ô do các biến tạo thành.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcells.cpp" line="231"/>
        <source>%n cell(s) hold a symbol PX does not define (e.g. &quot;%1&quot;); they were read as missing values with it as status.</source>
        <translation>
            <numerusform>%n ô chứa ký hiệu mà PX không định nghĩa (ví dụ &quot;%1&quot;); các ô này được đọc là giá trị thiếu, với ký hiệu đó làm trạng thái.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="85"/>
        <source>The file names no code page; its text was read as Windows-1252, so its accents may be wrong if it was written in another one.</source>
        <translation>Tệp không ghi bảng mã; nội dung được đọc theo Windows-1252, nên dấu có thể bị sai nếu tệp được viết bằng bảng mã khác.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="96"/>
        <source>The file says its code page is %1, but its text is not valid UTF-8; it was read as Windows-1252.</source>
        <translation>Tệp ghi bảng mã là %1, nhưng nội dung không phải UTF-8 hợp lệ; tệp được đọc theo Windows-1252.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="104"/>
        <source>The file says its code page is %1, but its text is UTF-8; it was read as UTF-8.</source>
        <translation>Tệp ghi bảng mã là %1, nhưng nội dung là UTF-8; tệp được đọc theo UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="122"/>
        <source>The code page %1 is not known here; the file was read as Windows-1252, so its accents may be wrong.</source>
        <translation>Không nhận biết được bảng mã %1; tệp được đọc theo Windows-1252, nên dấu có thể bị sai.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="197"/>
        <source>The file says its code page is %1 but has %n character(s) of Windows-1252 (curly quotes, dashes …); they were read as Windows-1252.</source>
        <translation>
            <numerusform>Tệp ghi bảng mã là %1 nhưng có %n ký tự Windows-1252 (ngoặc kép cong, gạch ngang …); các ký tự này được đọc theo Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="199"/>
        <source>%n character(s) of the file are lost: they did not decode as %1 or were already replaced by U+FFFD before the file was written (e.g. &quot;%2&quot;).</source>
        <translation>
            <numerusform>%n ký tự của tệp bị mất: không giải mã được theo %1 hoặc đã bị thay bằng U+FFFD trước khi tệp được ghi (ví dụ &quot;%2&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="203"/>
        <source>The file&apos;s text looks encoded twice (UTF-8 read as a single-byte code page, then saved again) in %n place(s), e.g. &quot;%1&quot;: its accents are wrong in the source.</source>
        <translation>
            <numerusform>Nội dung tệp có vẻ bị mã hóa hai lần (UTF-8 bị đọc theo một bảng mã một byte rồi lưu lại) ở %n chỗ, ví dụ &quot;%1&quot;: dấu đã bị sai ngay trong nguồn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="157"/>
        <source>%1 is given twice, differently.</source>
        <translation>%1 được khai báo hai lần với nội dung khác nhau.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="163"/>
        <source>The file has neither STUB nor HEADING: it names no variable.</source>
        <translation>Tệp không có STUB lẫn HEADING: không khai báo biến nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="167"/>
        <source>The variable &quot;%1&quot; is named twice in STUB and HEADING.</source>
        <translation>Biến &quot;%1&quot; được ghi hai lần trong STUB và HEADING.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="177"/>
        <source>STUB[%1] and HEADING[%1] do not name as many variables as STUB and HEADING; the variable names in %1 were left out.</source>
        <translation>STUB[%1] và HEADING[%1] không ghi đủ số biến như STUB và HEADING; tên biến bằng ngôn ngữ %1 đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="209"/>
        <source>%1 names no variable in its parentheses.</source>
        <translation>%1 không ghi biến nào trong ngoặc đơn.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="215"/>
        <source>%1 names the variable &quot;%2&quot;, which is in neither STUB nor HEADING.</source>
        <translation>%1 ghi biến &quot;%2&quot;, nhưng biến này không có trong STUB hay HEADING.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="216"/>
        <source>%1 names the variable &quot;%2&quot;, which is in neither STUB nor HEADING; it was left out.</source>
        <translation>%1 ghi biến &quot;%2&quot;, nhưng biến này không có trong STUB hay HEADING; khai báo này đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="222"/>
        <source>%1 is given twice for the variable &quot;%2&quot;, differently.</source>
        <translation>%1 được khai báo hai lần cho biến &quot;%2&quot; với nội dung khác nhau.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="248"/>
        <source>The variable &quot;%1&quot; has no VALUES.</source>
        <translation>Biến &quot;%1&quot; không có VALUES.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="257"/>
        <source>%1 gives %2 codes for the %3 values of &quot;%4&quot;.</source>
        <translation>%1 có %2 mã cho %3 giá trị của &quot;%4&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="275"/>
        <source>%1 gives %2 values for the %3 of &quot;%4&quot;; its labels were left out.</source>
        <translation>%1 có %2 giá trị cho %3 giá trị của &quot;%4&quot;; các nhãn này đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="307"/>
        <source>The range of %1 is not %2 periods of TLIST(%3).</source>
        <translation>Khoảng của %1 không phải là %2 kỳ theo TLIST(%3).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="314"/>
        <source>%1 gives %2 periods for the %3 values of &quot;%4&quot;.</source>
        <translation>%1 có %2 kỳ cho %3 giá trị của &quot;%4&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxreader.cpp" line="332"/>
        <source>%n period(s) of %1 do not read as periods of TLIST(%2) (e.g. &quot;%3&quot;); their codes were kept.</source>
        <translation>
            <numerusform>%n kỳ của %1 không đọc được theo TLIST(%2) (ví dụ &quot;%3&quot;); mã của các kỳ này được giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="383"/>
        <source>%1 names a variable that is in neither STUB nor HEADING.</source>
        <translation>%1 ghi một biến không có trong STUB hay HEADING.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="385"/>
        <source>%1 names the time variable.</source>
        <translation>%1 ghi biến thời gian.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="422"/>
        <source>%1 is not for a value of the content variable; it was left out.</source>
        <translation>%1 không áp dụng cho một giá trị của biến nội dung; khai báo này đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="440"/>
        <location filename="../app/sync/readers/pxreader.cpp" line="463"/>
        <source>%1 is not a number of decimals from 0 to %2.</source>
        <translation>%1 không phải là số chữ số thập phân từ 0 đến %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="468"/>
        <source>%1 does not name a variable and one of its values; it was left out.</source>
        <translation>%1 không ghi một biến và một giá trị của biến đó; khai báo này đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="487"/>
        <source>%1 is not a date (CCYYMMDD hh:mm): &quot;%2&quot;; it was left out.</source>
        <translation>%1 không phải là ngày (CCYYMMDD hh:mm): &quot;%2&quot;; khai báo này đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="511"/>
        <source>%1 names &quot;%2&quot;, which is not a value of its variable.</source>
        <translation>%1 ghi &quot;%2&quot;, không phải là giá trị của biến tương ứng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="522"/>
        <source>The variable &quot;%1&quot; has the code &quot;%2&quot; twice.</source>
        <translation>Biến &quot;%1&quot; có mã &quot;%2&quot; hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="529"/>
        <source>Two variables have the id &quot;%1&quot;.</source>
        <translation>Hai biến có cùng id &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="540"/>
        <source>The file writes its cells with KEYS, which is not read here.</source>
        <translation>Tệp ghi các ô bằng KEYS, dạng này chưa được hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>PxWebQuery</name>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="86"/>
        <source>The query is not valid JSON (%1 near byte %2).</source>
        <translation>Truy vấn không phải JSON hợp lệ (%1 gần byte %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="91"/>
        <source>The document is not a PX-Web query: it has no &quot;query&quot; array.</source>
        <translation>Tài liệu không phải truy vấn PX-Web: không có mảng &quot;query&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="103"/>
        <source>Selection %1 of the query names no variable.</source>
        <translation>Lựa chọn %1 của truy vấn không ghi biến nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="118"/>
        <source>Variable &quot;%1&quot;: unknown filter &quot;%2&quot;.</source>
        <translation>Biến &quot;%1&quot;: bộ lọc &quot;%2&quot; không xác định.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="127"/>
        <source>Variable &quot;%1&quot;: a value is neither a text nor a number.</source>
        <translation>Biến &quot;%1&quot;: có giá trị không phải chuỗi cũng không phải số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="140"/>
        <source>The table &quot;%1&quot; has no variable &quot;%2&quot;.</source>
        <translation>Bảng &quot;%1&quot; không có biến &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="143"/>
        <source>The query selects the variable &quot;%1&quot; twice.</source>
        <translation>Truy vấn chọn biến &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="147"/>
        <source>Variable &quot;%1&quot;: the selection is empty.</source>
        <translation>Biến &quot;%1&quot;: lựa chọn rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="152"/>
        <source>Variable &quot;%1&quot; has no value &quot;%2&quot;.</source>
        <translation>Biến &quot;%1&quot; không có giá trị &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="158"/>
        <source>Variable &quot;%1&quot;: top needs one count above zero.</source>
        <translation>Biến &quot;%1&quot;: top cần một số lượng lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="160"/>
        <source>Variable &quot;%1&quot;: the wildcard matches no value.</source>
        <translation>Biến &quot;%1&quot;: ký tự đại diện không khớp giá trị nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="165"/>
        <source>The query must select the variable &quot;%1&quot;, which the table cannot leave out.</source>
        <translation>Truy vấn phải chọn biến &quot;%1&quot; vì bảng không cho phép bỏ qua biến này.</translation>
    </message>
</context>
<context>
    <name>PxWebTable</name>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="52"/>
        <source>The table&apos;s metadata is not valid JSON (%1 near byte %2).</source>
        <translation>Siêu dữ liệu của bảng không phải JSON hợp lệ (%1 gần byte %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="57"/>
        <source>The document is not a PX-Web table&apos;s metadata: it has no &quot;variables&quot; array.</source>
        <translation>Tài liệu không phải siêu dữ liệu của bảng PX-Web: không có mảng &quot;variables&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="71"/>
        <source>Variable %1 of the table has no code.</source>
        <translation>Biến thứ %1 của bảng không có mã.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="74"/>
        <source>The table names the variable &quot;%1&quot; twice.</source>
        <translation>Bảng ghi biến &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="81"/>
        <source>Variable &quot;%1&quot;: &quot;values&quot; and &quot;valueTexts&quot; must be arrays of texts.</source>
        <translation>Biến &quot;%1&quot;: &quot;values&quot; và &quot;valueTexts&quot; phải là mảng các chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="85"/>
        <source>Variable &quot;%1&quot; has %2 values but %3 value texts.</source>
        <translation>Biến &quot;%1&quot; có %2 giá trị nhưng %3 nhãn giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="145"/>
        <source>The answer holds %1 datasets; a query on a table gives one.</source>
        <translation>Phản hồi chứa %1 tập dữ liệu; truy vấn trên một bảng chỉ trả về một tập dữ liệu.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="157"/>
        <source>The answer has the dimension &quot;%1&quot;, which is not a variable of the table &quot;%2&quot;.</source>
        <translation>Phản hồi có chiều &quot;%1&quot;, không phải là biến của bảng &quot;%2&quot;.</translation>
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
    <name>ReminderRules</name>
    <message>
        <location filename="../app/models/reminderrules.cpp" line="68"/>
        <source>New task assigned</source>
        <translation>Nhiệm vụ mới được giao</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/reminderrules.cpp" line="78"/>
        <source>Deadline in %n day(s)</source>
        <translation>
            <numerusform>Còn %n ngày đến thời hạn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/reminderrules.cpp" line="83"/>
        <source>Task overdue</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
</context>
<context>
    <name>ReportingReader</name>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="65"/>
        <source>is required but missing.</source>
        <translation>trường bắt buộc nhưng bị thiếu.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="70"/>
        <source>must be %1, not %2.</source>
        <translation>phải là %1, không phải %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.h" line="66"/>
        <source>&quot;%1&quot; is not one of the codes this field takes.</source>
        <translation>&quot;%1&quot; không thuộc các mã mà trường này chấp nhận.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="76"/>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="87"/>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="99"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="147"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="207"/>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="102"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="210"/>
        <source>&quot;%1&quot; is not a valid code here.</source>
        <translation>&quot;%1&quot; không phải là mã hợp lệ ở đây.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="113"/>
        <source>an integer</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="115"/>
        <source>%1 is outside %2…%3.</source>
        <translation>%1 nằm ngoài khoảng %2…%3.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="126"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="145"/>
        <source>&quot;%1&quot; is not a language tag.</source>
        <translation>&quot;%1&quot; không phải là mã ngôn ngữ.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="149"/>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="73"/>
        <source>is empty.</source>
        <translation>rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="165"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; không phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="180"/>
        <source>&quot;%1&quot; is not a date and time with its offset (2025-08-05T09:30:00+07:00).</source>
        <translation>&quot;%1&quot; không phải là ngày giờ kèm độ lệch múi giờ (2025-08-05T09:30:00+07:00).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="192"/>
        <source>&quot;%1&quot; is not a period in one of the API&apos;s forms (2025-07, 2025-Q3, 2025-S1, 2025).</source>
        <translation>&quot;%1&quot; không phải là kỳ theo một trong các dạng của API (2025-07, 2025-Q3, 2025-S1, 2025).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="212"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="180"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="79"/>
        <source>&quot;%1&quot; is not a version MAJOR.MINOR.</source>
        <translation>&quot;%1&quot; không phải là phiên bản dạng MAJOR.MINOR.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="84"/>
        <source>version %1 cannot be read: this reader reads major version %2.</source>
        <translation>không đọc được phiên bản %1: bộ đọc này chỉ đọc phiên bản chính %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="92"/>
        <source>&quot;%1&quot; is not a packet type of the reporting API.</source>
        <translation>&quot;%1&quot; không phải là loại gói tin của API báo cáo.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="113"/>
        <source>goes back from %1 to %2.</source>
        <translation>lùi từ %1 về %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="146"/>
        <source>a series is stored in the period or cumulated, never as a target.</source>
        <translation>chuỗi số liệu chỉ được lưu theo số trong kỳ hoặc số lũy kế, không bao giờ lưu dưới dạng mục tiêu.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="149"/>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="151"/>
        <source>must be above 0.</source>
        <translation>phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="178"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="226"/>
        <source>lists no value.</source>
        <translation>không liệt kê giá trị nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="201"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="334"/>
        <source>the indicator &quot;%1&quot; is listed twice.</source>
        <translation>chỉ tiêu &quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="223"/>
        <source>the dimension &quot;%1&quot; is listed twice.</source>
        <translation>chiều &quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="236"/>
        <source>the value &quot;%1&quot; is listed twice.</source>
        <translation>giá trị &quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="244"/>
        <source>&quot;%1&quot; is not another value of the dimension %2.</source>
        <translation>&quot;%1&quot; không phải là một giá trị khác của chiều %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="271"/>
        <source>%1 is before validFrom %2.</source>
        <translation>%1 trước validFrom %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="274"/>
        <source>the unit &quot;%1&quot; is listed twice.</source>
        <translation>đơn vị &quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="370"/>
        <source>&quot;%1&quot; is not in the packet&apos;s indicators, which state its unit of measure.</source>
        <translation>&quot;%1&quot; không có trong danh sách chỉ tiêu của gói tin, nơi khai báo đơn vị tính của chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="380"/>
        <source>&quot;%1&quot; is not a valid dimension code.</source>
        <translation>&quot;%1&quot; không phải là mã chiều hợp lệ.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="394"/>
        <source>a number or null</source>
        <translation>một số hoặc null</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="399"/>
        <source>&quot;%1&quot; is not one of final, provisional, estimate.</source>
        <translation>&quot;%1&quot; không thuộc final, provisional, estimate.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="412"/>
        <source>gives revision %1 of the value of values[%2] another value.</source>
        <translation>gán cho lần sửa đổi %1 của values[%2] một giá trị khác.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="415"/>
        <source>repeats the key of values[%1]; a packet carries one revision of a value.</source>
        <translation>lặp lại khóa của values[%1]; mỗi gói tin chỉ mang một lần sửa đổi của một giá trị.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="449"/>
        <source>a revised report has revision 2 or more.</source>
        <translation>báo cáo sửa đổi phải có lần sửa đổi từ 2 trở lên.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="452"/>
        <source>repeats the indicator, unit and period of records[%1].</source>
        <translation>lặp lại chỉ tiêu, đơn vị và kỳ của records[%1].</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="465"/>
        <source>is not valid JSON (%1 near byte %2).</source>
        <translation>không phải JSON hợp lệ (%1 gần byte %2).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="466"/>
        <source>is not a JSON object.</source>
        <translation>không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="75"/>
        <source>is longer than %1 characters.</source>
        <translation>dài quá %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="112"/>
        <source>%1 is before the document&apos;s date %2.</source>
        <translation>%1 sớm hơn ngày ban hành văn bản giao %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="126"/>
        <source>is before the change listed above it: a history is in time order.</source>
        <translation>sớm hơn thay đổi ghi ngay phía trên: lịch sử phải theo thứ tự thời gian.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="171"/>
        <source>tasks: tasks[%1].id: &quot;%2&quot; is given again later in the packet.</source>
        <translation>tasks: tasks[%1].id: &quot;%2&quot; lại xuất hiện ở phần sau của gói tin.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="172"/>
        <source>tasks: tasks[%1].id: repeats the id of tasks[%2].</source>
        <translation>tasks: tasks[%1].id: trùng mã với tasks[%2].</translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <location filename="../app/core/safetext.cpp" line="19"/>
        <source>… (%1 characters, SHA-256 %2…)</source>
        <translation>… (%1 ký tự, SHA-256 %2…)</translation>
    </message>
</context>
<context>
    <name>SampleCacheWriter</name>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="28"/>
        <source>The sample from %1 has %2 bad rows; the first: %3</source>
        <translation>Dữ liệu mẫu từ %1 có %2 dòng lỗi; dòng đầu: %3</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="66"/>
        <source>The World Bank series are missing from the application.</source>
        <translation>Ứng dụng thiếu các chuỗi số liệu của Ngân hàng Thế giới.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="88"/>
        <source>The generator produced %1 bad rows; the first: %2</source>
        <translation>Bộ sinh dữ liệu tạo %1 dòng lỗi; dòng đầu: %2</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="121"/>
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
        <translation>ký tự không mong đợi %1</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="23"/>
        <source>The formula &quot;%1&quot; is malformed at character %2: %3.</source>
        <translation>Công thức &quot;%1&quot; sai cú pháp tại ký tự thứ %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="94"/>
        <source>the formula ends too early</source>
        <translation>công thức kết thúc quá sớm</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="103"/>
        <location filename="../app/sample/sampleformula.cpp" line="159"/>
        <source>a &quot;)&quot; is missing</source>
        <translation>thiếu dấu &quot;)&quot;</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="129"/>
        <source>%1 is not a number</source>
        <translation>%1 không phải là số</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="148"/>
        <source>%1 needs its arguments in parentheses</source>
        <translation>%1 cần có đối số trong ngoặc đơn</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="153"/>
        <location filename="../app/sample/sampleformula.cpp" line="160"/>
        <source>%1 takes %2 arguments</source>
        <translation>%1 nhận %2 đối số</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleformula.cpp" line="168"/>
        <source>%1 is neither a function (sqrt, log, exp, pow, min, max) nor a field of a province (%2)</source>
        <translation>%1 không phải là hàm (sqrt, log, exp, pow, min, max) cũng không phải là trường dữ liệu của tỉnh (%2)</translation>
    </message>
</context>
<context>
    <name>SampleJson</name>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="68"/>
        <source>names %1, which is not a model (%2).</source>
        <translation>ghi %1, không phải là một mô hình (%2).</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="81"/>
        <source>models.json: the indicator %1 of the catalogue has no series.</source>
        <translation>models.json: chỉ tiêu %1 trong danh mục không có chuỗi số liệu.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="99"/>
        <location filename="../app/sample/samplecatalog.cpp" line="85"/>
        <source>must be month, quarter or year.</source>
        <translation>phải là month, quarter hoặc year.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="103"/>
        <source>%1 names %2, which is neither in the catalogue nor a helper series (code#name).</source>
        <translation>%1 ghi %2, không có trong danh mục và cũng không phải là chuỗi phụ trợ (code#name).</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="107"/>
        <source>%1 builds %2 a second time.</source>
        <translation>%1 tạo %2 lần thứ hai.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="127"/>
        <source>names %1, which no entry before this one builds.</source>
        <translation>ghi %1, nhưng không có khai báo nào trước khai báo này tạo ra chuỗi đó.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="134"/>
        <source>names %1, which is not %2.</source>
        <translation>ghi %1, nhưng chuỗi này không theo kỳ %2.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="146"/>
        <source>%1: %2 is not a dimension=value part of %3 (its dimensions: %4).</source>
        <translation>%1: %2 không phải là một phần chiều=giá trị của %3 (các chiều: %4).</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="170"/>
        <source>is not a formula: %1</source>
        <translation>không phải là công thức: %1</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="35"/>
        <location filename="../app/sample/samplecalendar.cpp" line="28"/>
        <source>is not a year.</source>
        <translation>không phải là năm.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="41"/>
        <source>must be at least 0 and below 1.</source>
        <translation>phải từ 0 trở lên và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="64"/>
        <source>%1: a rate needs the rule mean, weighted-mean or not-additive, not %2.</source>
        <translation>%1: chỉ tiêu tỷ lệ cần quy tắc mean, weighted-mean hoặc not-additive, không phải %2.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="69"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="282"/>
        <source>%1 is weighted by %2, which no entry before this one builds.</source>
        <translation>%1 có quyền số là %2, nhưng không có khai báo nào trước khai báo này tạo ra chuỗi đó.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="74"/>
        <source>must be above -1 and below 1.</source>
        <translation>phải lớn hơn -1 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="170"/>
        <source>%1: a ratio needs the rule ratio-of-sums in the catalogue.</source>
        <translation>%1: chỉ tiêu tỷ số cần quy tắc ratio-of-sums trong danh mục.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="176"/>
        <source>%1 needs %2 and %3, built by entries before this one.</source>
        <translation>%1 cần %2 và %3, do các khai báo trước khai báo này tạo ra.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="188"/>
        <source>must name two series, the first minus the second.</source>
        <translation>phải ghi hai chuỗi, lấy chuỗi thứ nhất trừ chuỗi thứ hai.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="194"/>
        <source>must name series of the same periodicity, built by entries before this one.</source>
        <translation>phải ghi các chuỗi có cùng kỳ báo cáo, do các khai báo trước khai báo này tạo ra.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="230"/>
        <source>%1: the mean of a year&apos;s months is annual.</source>
        <translation>%1: bình quân các tháng của một năm phải là chuỗi theo năm.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildermodels.cpp" line="282"/>
        <location filename="../app/sample/samplepath.cpp" line="56"/>
        <source>is not a month or quarter of this indicator.</source>
        <translation>không phải là tháng hoặc quý của chỉ tiêu này.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="33"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="39"/>
        <source>must be a list of [month, threshold] pairs with the thresholds increasing.</source>
        <translation>phải là danh sách các cặp [tháng, ngưỡng] với ngưỡng tăng dần.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="67"/>
        <source>must name two parts.</source>
        <translation>phải ghi hai thành phần.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="110"/>
        <source>%1 needs two levels and at least two taxes.</source>
        <translation>%1 cần hai cấp và ít nhất hai loại thuế.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="166"/>
        <source>%1: the plan and the disbursement are monthly.</source>
        <translation>%1: kế hoạch và giải ngân phải là chuỗi theo tháng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="206"/>
        <source>must name at least two parts.</source>
        <translation>phải ghi ít nhất hai thành phần.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="246"/>
        <source>%1 is annual.</source>
        <translation>%1 phải là chuỗi theo năm.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="334"/>
        <source>is not a month.</source>
        <translation>không phải là tháng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="338"/>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="478"/>
        <source>%1 is monthly.</source>
        <translation>%1 phải là chuỗi theo tháng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="382"/>
        <source>%1: land and forest need the same periodicity.</source>
        <translation>%1: đất và rừng phải có cùng kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="437"/>
        <source>%1: %2 needs the periodicity of %3.</source>
        <translation>%1: %2 phải có cùng kỳ báo cáo với %3.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilderspecials.cpp" line="480"/>
        <source>must be 1 to 100.</source>
        <translation>phải từ 1 đến 100.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="18"/>
        <source>must be a list of years.</source>
        <translation>phải là danh sách các năm.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="36"/>
        <location filename="../app/sample/samplecatalog.cpp" line="29"/>
        <location filename="../app/sample/samplecatalog.cpp" line="116"/>
        <source>names %1, which is not in the catalogue.</source>
        <translation>ghi %1, không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="38"/>
        <source>names %1 a second time.</source>
        <translation>ghi %1 lần thứ hai.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="44"/>
        <source>must be share, ambition or same.</source>
        <translation>phải là share, ambition hoặc same.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="63"/>
        <location filename="../app/sample/samplebuildertargets.cpp" line="94"/>
        <location filename="../app/sample/samplecatalog.cpp" line="87"/>
        <source>must be 0 to 6.</source>
        <translation>phải từ 0 đến 6.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuildertargets.cpp" line="66"/>
        <source>%1 needs the series %2.</source>
        <translation>%1 cần chuỗi %2.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecalendar.cpp" line="15"/>
        <source>must each be 1 or 2.</source>
        <translation>mỗi giá trị phải là 1 hoặc 2.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecalendar.cpp" line="20"/>
        <source>%1 must cover the years %2 to %3.</source>
        <translation>%1 phải bao gồm các năm từ %2 đến %3.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="18"/>
        <source>names %1, which is not one of its values.</source>
        <translation>ghi %1, không phải là một giá trị hợp lệ của trường này.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="31"/>
        <source>names %1, which has another periodicity.</source>
        <translation>ghi %1, chỉ tiêu này có kỳ báo cáo khác.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="77"/>
        <source>repeats the dimension %1.</source>
        <translation>lặp lại chiều %1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="89"/>
        <source>must be in-period or cumulative.</source>
        <translation>phải là in-period hoặc cumulative.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="91"/>
        <source>%1 is a weighted mean and needs a weightIndicator.</source>
        <translation>%1 là bình quân gia quyền nên cần weightIndicator.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="93"/>
        <source>%1 is a ratio of sums and needs numeratorIndicator, denominatorIndicator and a ratioFactor above 0.</source>
        <translation>%1 là tỷ số của các tổng nên cần numeratorIndicator, denominatorIndicator và ratioFactor lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="96"/>
        <source>%1 repeats the indicator %2.</source>
        <translation>%1 lặp lại chỉ tiêu %2.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="27"/>
        <source>catalogue.json: the owner %1 of %2 is not a ministry of the registry.</source>
        <translation>catalogue.json: đơn vị chủ quản %1 của %2 không phải là một bộ trong danh sách đơn vị.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="42"/>
        <source>provinces.json has no profile for the province %1.</source>
        <translation>provinces.json không có hồ sơ cho tỉnh %1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplegenerator.cpp" line="47"/>
        <source>The sample is made for the 63 provinces of 2008–2025; the registry has %1.</source>
        <translation>Dữ liệu mẫu được tạo cho 63 tỉnh, thành giai đoạn 2008–2025; danh sách đơn vị có %1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="16"/>
        <source>Cannot read the sample&apos;s parameters %1: %2</source>
        <translation>Không đọc được tham số của dữ liệu mẫu %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="20"/>
        <source>The sample&apos;s parameters %1 are not valid JSON: %2 (at offset %3).</source>
        <translation>Tham số của dữ liệu mẫu %1 không phải JSON hợp lệ: %2 (tại vị trí %3).</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="23"/>
        <source>The sample&apos;s parameters %1 are not a JSON object.</source>
        <translation>Tham số của dữ liệu mẫu %1 không phải là đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="26"/>
        <source>The sample&apos;s parameters %1 have version %2; this build reads version 1.</source>
        <translation>Tham số của dữ liệu mẫu %1 có phiên bản %2; bản dựng này đọc phiên bản 1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="27"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="68"/>
        <source>is missing.</source>
        <translation>bị thiếu.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="86"/>
        <source>must be a number.</source>
        <translation>phải là một số.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="95"/>
        <source>must be a whole number.</source>
        <translation>phải là một số nguyên.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="105"/>
        <source>must be true or false.</source>
        <translation>phải là true hoặc false.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="113"/>
        <source>must be a text.</source>
        <translation>phải là một chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="125"/>
        <location filename="../app/sample/samplejson.cpp" line="131"/>
        <source>must be a list of texts.</source>
        <translation>phải là danh sách các chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="149"/>
        <source>must be a list of numbers.</source>
        <translation>phải là danh sách các số.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="149"/>
        <source>must be a list of %1 numbers.</source>
        <translation>phải là danh sách gồm %1 số.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="160"/>
        <source>must not be below %1.</source>
        <translation>không được nhỏ hơn %1.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="173"/>
        <source>names %1, which is not one of the paths.</source>
        <translation>ghi %1, không phải là một trong các paths đã khai báo.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="204"/>
        <source>must be a list of [year, value] pairs with the years increasing, or a list of yearly values.</source>
        <translation>phải là danh sách các cặp [năm, giá trị] với năm tăng dần, hoặc danh sách giá trị theo năm.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="212"/>
        <source>must be a list.</source>
        <translation>phải là một danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="220"/>
        <source>must be an object.</source>
        <translation>phải là một đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplejson.cpp" line="231"/>
        <source>must be a list of objects.</source>
        <translation>phải là danh sách các đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="32"/>
        <location filename="../app/sample/samplepath.cpp" line="49"/>
        <source>is for monthly indicators.</source>
        <translation>chỉ dùng cho chỉ tiêu theo tháng.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="42"/>
        <source>%1 needs one of along, values, yearOnYear and accrual.</source>
        <translation>%1 cần một trong các trường along, values, yearOnYear và accrual.</translation>
    </message>
    <message>
        <location filename="../app/sample/samplepath.cpp" line="65"/>
        <source>is not a period of this indicator.</source>
        <translation>không phải là kỳ của chỉ tiêu này.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="59"/>
        <source>names %1, which is not a field of a province (%2).</source>
        <translation>ghi %1, không phải là trường dữ liệu của tỉnh (%2).</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="66"/>
        <source>must name %1 once.</source>
        <translation>phải ghi %1 đúng một lần.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="75"/>
        <source>must be a list of %1 values, the code first as text.</source>
        <translation>phải là danh sách gồm %1 giá trị, mã đứng đầu dưới dạng chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="87"/>
        <source>has %1 = %2; it must be a number, not negative (population and area above 0).</source>
        <translation>có %1 = %2; giá trị phải là số không âm (dân số và diện tích phải lớn hơn 0).</translation>
    </message>
    <message>
        <location filename="../app/sample/sampleprovinces.cpp" line="92"/>
        <source>repeats the province %1.</source>
        <translation>lặp lại tỉnh %1.</translation>
    </message>
</context>
<context>
    <name>SampleTasks</name>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="103"/>
        <source>must be [lowest, highest].</source>
        <translation>phải có dạng [thấp nhất, cao nhất].</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="120"/>
        <source>must be a list of [number, weight] pairs.</source>
        <translation>phải là danh sách các cặp [số, trọng số].</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="126"/>
        <source>must not be empty.</source>
        <translation>không được để trống.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="133"/>
        <source>must be a date YYYY-MM-DD.</source>
        <translation>phải là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="158"/>
        <source>&quot;%1&quot; is not a document type.</source>
        <translation>&quot;%1&quot; không phải là loại văn bản.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="167"/>
        <source>needs a number with {n}, a gap of at least 1 and at least one task a document.</source>
        <translation>cần số hiệu văn bản có {n}, khoảng cách ít nhất là 1 và mỗi văn bản có ít nhất một nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="182"/>
        <source>needs documents, fields and progress notes.</source>
        <translation>cần có văn bản, lĩnh vực và ghi chú tiến độ.</translation>
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
    <name>SdmxJsonReader</name>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="151"/>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="59"/>
        <source>Data set %1</source>
        <translation>Tập dữ liệu %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="153"/>
        <source>, group %1</source>
        <translation>, nhóm %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="155"/>
        <source>, series %1</source>
        <translation>, chuỗi %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="157"/>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="163"/>
        <source>, observation %1</source>
        <translation>, số liệu %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="193"/>
        <source>%1: the action %2 is none of Information, Append, Replace, Merge and Delete.</source>
        <translation>%1: thao tác %2 không thuộc Information, Append, Replace, Merge hay Delete.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="199"/>
        <source>%1: its attributes are not a list.</source>
        <translation>%1: các thuộc tính không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="211"/>
        <source>%1: its dimension-group attributes are not an object.</source>
        <translation>%1: các thuộc tính nhóm chiều không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="228"/>
        <source>%1: the group&apos;s attributes are not a list.</source>
        <translation>%1: các thuộc tính của nhóm không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="252"/>
        <source>%1 deletes without naming observations (a whole data set, or its attributes); the reader deletes observations one by one.</source>
        <translation>%1 xóa mà không chỉ rõ số liệu nào (cả một tập dữ liệu, hoặc các thuộc tính của nó); bộ đọc chỉ xóa từng số liệu một.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="268"/>
        <source>%1: the key has positions, but the structure has no dimensions at that level.</source>
        <translation>%1: khóa có các vị trí, nhưng cấu trúc không có chiều nào ở cấp đó.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="276"/>
        <source>%1: the key has more positions than the %2 dimensions it indexes.</source>
        <translation>%1: khóa có nhiều vị trí hơn %2 chiều mà khóa này đánh chỉ số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="284"/>
        <source>%1: position %2 of the key is not a number.</source>
        <translation>%1: vị trí %2 của khóa không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="287"/>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="36"/>
        <source>%1: index %2 of dimension %3 is beyond its %4 values.</source>
        <translation>%1: chỉ số %2 của chiều %3 vượt quá %4 giá trị của chiều này.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="300"/>
        <source>%1: the key has %2 positions for %3 dimensions.</source>
        <translation>%1: khóa có %2 vị trí cho %3 chiều.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="352"/>
        <source>%1: a Delete without observations deletes the whole series, which the reader cannot name cell by cell.</source>
        <translation>%1: thao tác Delete không kèm số liệu sẽ xóa cả chuỗi, mà bộ đọc không xác định được chuỗi đó theo từng ô.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="369"/>
        <source>%1 gives its observations flat, but the structure presents %2 at the series level.</source>
        <translation>%1 ghi số liệu dạng phẳng, nhưng cấu trúc đặt %2 ở cấp chuỗi.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="402"/>
        <source>%1: the value %2 is not a number.</source>
        <translation>%1: giá trị %2 không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="405"/>
        <source>%1: the value is not a number.</source>
        <translation>%1: giá trị không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="451"/>
        <source>%1: index %2 of attribute %3 is beyond its %4 values.</source>
        <translation>%1: chỉ số %2 của thuộc tính %3 vượt quá %4 giá trị của thuộc tính này.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="458"/>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="471"/>
        <source>It is read as not given.</source>
        <translation>Giá trị này được coi như không có.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="467"/>
        <source>%1: the value of attribute %2 is an object or a list, not a code.</source>
        <translation>%1: giá trị của thuộc tính %2 là đối tượng hoặc danh sách, không phải mã.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="512"/>
        <source>%1: the unit multiplier %2 is not a power of ten from -%3 to %3.</source>
        <translation>%1: hệ số nhân đơn vị %2 không phải là lũy thừa của 10 với số mũ từ -%3 đến %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="522"/>
        <source>%1: the value times 10^%2 (UNIT_MULT) is beyond what a number can hold.</source>
        <translation>%1: giá trị nhân với 10^%2 (UNIT_MULT) vượt quá giới hạn của một số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="536"/>
        <source>%1: DECIMALS %2 is not a number of decimals; it is read as not given.</source>
        <translation>%1: DECIMALS %2 không phải là số chữ số thập phân; được coi như không có.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="555"/>
        <source>The unit of measure (%1) changes within the categories of every dimension, so no category carries it.</source>
        <translation>Đơn vị tính (%1) thay đổi trong các mục của mọi chiều, nên không gắn được vào mục nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="571"/>
        <source>(%n more like it)</source>
        <translation>
            <numerusform>(và %n trường hợp tương tự)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="22"/>
        <source>%1: the group key has more positions than the structure&apos;s %2 dimensions.</source>
        <translation>%1: khóa nhóm có nhiều vị trí hơn %2 chiều của cấu trúc.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="32"/>
        <source>%1: position %2 of the group key is not a number.</source>
        <translation>%1: vị trí %2 của khóa nhóm không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="49"/>
        <source>%1: the group key has %2 positions; the structure has %3 dimensions.</source>
        <translation>%1: khóa nhóm có %2 vị trí; cấu trúc có %3 chiều.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="47"/>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="51"/>
        <source>The message carries an error instead of data: %1.</source>
        <translation>Thông điệp chứa lỗi thay vì dữ liệu: %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="104"/>
        <source>The message is not SDMX-JSON: its top level is not an object.</source>
        <translation>Thông điệp không phải SDMX-JSON: cấp ngoài cùng không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="111"/>
        <source>The message has no list of data sets.</source>
        <translation>Thông điệp không có danh sách tập dữ liệu.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="61"/>
        <source>%1: the member %2 is not an object.</source>
        <translation>%1: thành phần %2 không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="62"/>
        <source>%1: the member %2 is not a list.</source>
        <translation>%1: thành phần %2 không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="148"/>
        <source>The message nests deeper than %1 levels.</source>
        <translation>Thông điệp lồng nhau sâu quá %1 cấp.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="253"/>
        <source>Data set %1 names structure %2; the message has %3.</source>
        <translation>Tập dữ liệu %1 ghi cấu trúc %2; thông điệp có %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="278"/>
        <source>The message has no structure for data set %1.</source>
        <translation>Thông điệp không có cấu trúc cho tập dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="284"/>
        <source>Data set %1 uses structure %2, another than the data sets before it; the reader takes one structure a message.</source>
        <translation>Tập dữ liệu %1 dùng cấu trúc %2, khác với các tập dữ liệu trước đó; bộ đọc chỉ nhận một cấu trúc cho mỗi thông điệp.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="430"/>
        <source>The message is not JSON: it cannot be read at byte %1, near %2.</source>
        <translation>Thông điệp không phải JSON: không đọc được tại byte %1, gần %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="103"/>
        <source>data-set</source>
        <translation>tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="104"/>
        <source>dimension-group</source>
        <translation>nhóm chiều</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="105"/>
        <source>series</source>
        <translation>chuỗi</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="106"/>
        <source>observation</source>
        <translation>số liệu</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="167"/>
        <source>The %1-level dimensions of the structure are not a list.</source>
        <translation>Các chiều cấp %1 của cấu trúc không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="174"/>
        <source>Dimension %1 at the %2 level of the structure has no id.</source>
        <translation>Chiều %1 ở cấp %2 của cấu trúc không có id.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="181"/>
        <source>The structure has more than %1 dimensions.</source>
        <translation>Cấu trúc có hơn %1 chiều.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="186"/>
        <source>The structure has dimension %1 twice.</source>
        <translation>Cấu trúc có chiều %1 hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="196"/>
        <source>The values of dimension %1 are not a list.</source>
        <translation>Các giá trị của chiều %1 không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="204"/>
        <source>Value %1 of dimension %2 has no id.</source>
        <translation>Giá trị %1 của chiều %2 không có id.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="210"/>
        <source>Dimension %1 has the value %2 twice.</source>
        <translation>Chiều %1 có giá trị %2 hai lần.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="218"/>
        <source>Dimension %1 is given for the whole data set, so it must have one value; it has %2.</source>
        <translation>Chiều %1 được khai báo cho cả tập dữ liệu nên phải có đúng một giá trị; chiều này có %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="256"/>
        <source>Value %1 of dimension %2: %3</source>
        <translation>Giá trị %1 của chiều %2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="272"/>
        <source>The values of attribute %1 are not a list.</source>
        <translation>Các giá trị của thuộc tính %1 không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="335"/>
        <source>The structure of the message lists no dimensions.</source>
        <translation>Cấu trúc của thông điệp không liệt kê chiều nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="371"/>
        <source>The structure has %1 measures; the reader takes messages with one.</source>
        <translation>Cấu trúc có %1 thước đo; bộ đọc chỉ nhận thông điệp có một thước đo.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="379"/>
        <source>The attributes of the structure are not an object.</source>
        <translation>Các thuộc tính của cấu trúc không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="387"/>
        <source>The %1-level attributes of the structure are not a list.</source>
        <translation>Các thuộc tính cấp %1 của cấu trúc không phải là danh sách.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="395"/>
        <source>Attribute %1 at the %2 level of the structure has no id.</source>
        <translation>Thuộc tính %1 ở cấp %2 của cấu trúc không có id.</translation>
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
    <name>SyncProgressText</name>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="14"/>
        <source>queued</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="17"/>
        <source>fetching page %1 of %2</source>
        <translation>đang tải trang %1/%2</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="19"/>
        <source>fetching page %1</source>
        <translation>đang tải trang %1</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="21"/>
        <source>fetching, %1 of %2</source>
        <translation>đang tải, %1/%2</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="23"/>
        <source>fetching, %1</source>
        <translation>đang tải, %1</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="24"/>
        <source>fetching</source>
        <translation>đang tải</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="25"/>
        <source>reading</source>
        <translation>đang đọc</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="26"/>
        <source>writing</source>
        <translation>đang ghi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="27"/>
        <source>done, %1 observation(s) written</source>
        <translation>
            <numerusform>xong, đã ghi %1 số liệu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="28"/>
        <source>nothing new</source>
        <translation>không có gì mới</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="29"/>
        <source>failed</source>
        <translation>không thành công</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="30"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="49"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="49"/>
        <source>in less than a minute</source>
        <translation>chưa đầy một phút nữa</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="52"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="52"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="56"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="56"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="59"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="59"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="153"/>
        <source>There is no endpoint %1 in the endpoints file.</source>
        <translation>Không có nguồn dữ liệu %1 trong tệp khai báo nguồn dữ liệu.</translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="183"/>
        <source>The cache could not be opened for syncing.</source>
        <translation>Không mở được tệp dữ liệu để đồng bộ.</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../app/exports/tablecsv.cpp" line="43"/>
        <location filename="../app/exports/tablecsv.cpp" line="47"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="8"/>
        <source>Completed on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="9"/>
        <source>Completed late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="10"/>
        <source>In progress, within the deadline</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="11"/>
        <source>Overdue</source>
        <translation>Chưa hoàn thành, quá hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="12"/>
        <source>Standing (no deadline)</source>
        <translation>Thường xuyên (không có thời hạn)</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="13"/>
        <source>Not yet assigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="21"/>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="22"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="23"/>
        <source>Directive</source>
        <translation>Chỉ thị</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="24"/>
        <source>Official letter</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="25"/>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="33"/>
        <source>Assigned</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="34"/>
        <source>Progress reported</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="35"/>
        <source>Completion reported by the assignee</source>
        <translation>Đơn vị được giao báo cáo hoàn thành</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="36"/>
        <source>Completion confirmed by the tracking office</source>
        <translation>Cơ quan theo dõi xác nhận hoàn thành</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="37"/>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="38"/>
        <source>Deadline changed</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="45"/>
        <source>awaiting confirmation</source>
        <translation>chờ xác nhận</translation>
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
    <name>ViewImage</name>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="18"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="77"/>
        <source>the image could not be encoded</source>
        <translation>không mã hóa được hình ảnh</translation>
    </message>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="93"/>
        <source>Exported from Điều hành</source>
        <translation>Xuất từ Điều hành</translation>
    </message>
</context>
<context>
    <name>WallFile</name>
    <message>
        <location filename="../app/models/wallfields.cpp" line="22"/>
        <source>%1:%2: not JSON: %3.</source>
        <translation>%1:%2: không phải JSON: %3.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="30"/>
        <source>is given twice; which one counts would be a guess.</source>
        <translation>được ghi hai lần; không thể xác định giá trị nào có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="34"/>
        <source>the file must hold a JSON object.</source>
        <translation>tệp phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="65"/>
        <location filename="../app/models/walllayoutreader.cpp" line="154"/>
        <location filename="../app/models/walllayoutreader.cpp" line="215"/>
        <location filename="../app/models/wallplaylist.cpp" line="64"/>
        <source>must be %1.</source>
        <translation>phải là %1.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="77"/>
        <location filename="../app/models/walllayoutreader.cpp" line="363"/>
        <source>is not a member here (these are: %1).</source>
        <translation>không phải là trường hợp lệ ở đây (các trường hợp lệ: %1).</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="88"/>
        <location filename="../app/models/wallfields.cpp" line="109"/>
        <location filename="../app/models/wallfields.cpp" line="124"/>
        <location filename="../app/models/wallfields.cpp" line="136"/>
        <location filename="../app/models/wallfields.cpp" line="149"/>
        <location filename="../app/models/walllayoutreader.cpp" line="200"/>
        <location filename="../app/models/walllayoutreader.cpp" line="289"/>
        <location filename="../app/models/wallplaylist.cpp" line="113"/>
        <source>is missing.</source>
        <translation>bị thiếu.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="91"/>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="94"/>
        <source>is empty.</source>
        <translation>rỗng.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="96"/>
        <source>is longer than %1 characters.</source>
        <translation>dài quá %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="98"/>
        <source>&quot;%1&quot; does not have the form %2.</source>
        <translation>&quot;%1&quot; không có dạng %2.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="112"/>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="114"/>
        <source>%1 is not within %2…%3.</source>
        <translation>%1 nằm ngoài khoảng %2…%3.</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="126"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="138"/>
        <location filename="../app/models/walllayoutreader.cpp" line="154"/>
        <location filename="../app/models/walllayoutreader.cpp" line="215"/>
        <location filename="../app/models/wallplaylist.cpp" line="64"/>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="151"/>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="154"/>
        <source>has %1 items; it takes %2…%3.</source>
        <translation>có %1 phần tử; cần từ %2…%3 phần tử.</translation>
    </message>
</context>
<context>
    <name>WallLayout</name>
    <message>
        <location filename="../app/models/walllayout.cpp" line="126"/>
        <location filename="../app/models/wallplaylist.cpp" line="202"/>
        <source>%1: cannot be read: %2.</source>
        <translation>%1: không đọc được: %2.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="109"/>
        <source>&quot;%1&quot; is not a mode (screens, canvas).</source>
        <translation>&quot;%1&quot; không phải là chế độ hợp lệ (screens, canvas).</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="135"/>
        <source>the wall would be %1×%2 pixels; it may be at most 32768 each way.</source>
        <translation>màn hình tường sẽ có kích thước %1×%2 điểm ảnh; mỗi chiều tối đa 32768.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="146"/>
        <source>a canvas is one display: place it with one entry.</source>
        <translation>canvas là một màn hình duy nhất: chỉ đặt bằng một mục.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="148"/>
        <source>has %1 entries for %2 screens.</source>
        <translation>có %1 mục cho %2 màn hình.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="165"/>
        <source>names no screen: give &quot;name&quot; or &quot;index&quot;.</source>
        <translation>không chỉ định màn hình: hãy ghi &quot;name&quot; hoặc &quot;index&quot;.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="168"/>
        <source>row %1, column %2 is already placed by placement[%3].</source>
        <translation>hàng %1, cột %2 đã được placement[%3] sử dụng.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="191"/>
        <location filename="../app/models/wallplaylist.cpp" line="133"/>
        <source>&quot;%1&quot; is not a unit or ministry code.</source>
        <translation>&quot;%1&quot; không phải là mã đơn vị hoặc mã bộ, ngành.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="204"/>
        <source>must be [rows, columns], two whole numbers.</source>
        <translation>phải có dạng [số hàng, số cột], gồm hai số nguyên.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="207"/>
        <source>[%1, %2]: each must be at least %3.</source>
        <translation>[%1, %2]: mỗi số phải ít nhất là %3.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="229"/>
        <source>&quot;%1&quot; is not a kind of panel (%2).</source>
        <translation>&quot;%1&quot; không phải là loại ô hiển thị (%2).</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="234"/>
        <source>&quot;%1&quot; is already the id of panels[%2].</source>
        <translation>&quot;%1&quot; đã là mã của panels[%2].</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="252"/>
        <source>[%1, %2] is outside the wall&apos;s %3×%4 cells (rows × columns, counted from 0).</source>
        <translation>[%1, %2] nằm ngoài lưới %3×%4 ô của màn hình tường (hàng × cột, đánh số từ 0).</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="256"/>
        <source>[%1, %2] from [%3, %4] runs past the wall&apos;s %5×%6 cells.</source>
        <translation>[%1, %2] tính từ [%3, %4] vượt ra ngoài lưới %5×%6 ô của màn hình tường.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="262"/>
        <source>the panel overlaps &quot;%1&quot;.</source>
        <translation>ô hiển thị chồng lên &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="273"/>
        <source>a %1 panel does not use it.</source>
        <translation>ô hiển thị loại %1 không dùng trường này.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="287"/>
        <source>a %1 panel needs an indicator.</source>
        <translation>ô hiển thị loại %1 cần có chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="302"/>
        <source>must be an indicator code such as &quot;cpi.yoy&quot;.</source>
        <translation>phải là mã chỉ tiêu, ví dụ &quot;cpi.yoy&quot;.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="304"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>&quot;%1&quot; được liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="309"/>
        <source>&quot;%1&quot; is not a period (e.g. 2026-03, 2026-Q1, 2025).</source>
        <translation>&quot;%1&quot; không phải là kỳ (ví dụ 2026-03, 2026-Q1, 2025).</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="316"/>
        <source>must be 34 or 63.</source>
        <translation>phải là 34 hoặc 63.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="339"/>
        <source>is not one of the panel&apos;s indicators.</source>
        <translation>không phải một chỉ tiêu của ô hiển thị này.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="362"/>
        <source>a %1 panel takes no options.</source>
        <translation>ô hiển thị loại %1 không nhận tùy chọn nào.</translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="390"/>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; không thuộc %2.</translation>
    </message>
</context>
<context>
    <name>WallPanelPainter</name>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="224"/>
        <source>Stale</source>
        <translation>Số liệu cũ</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="226"/>
        <source>Simulated data</source>
        <translation>Số liệu mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="543"/>
        <source>No data</source>
        <translation>Không có số liệu</translation>
    </message>
</context>
<context>
    <name>WallPlaylist</name>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="75"/>
        <source>give &quot;scope&quot; or &quot;scopes&quot;, not both.</source>
        <translation>chỉ ghi &quot;scope&quot; hoặc &quot;scopes&quot;, không ghi cả hai.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="78"/>
        <source>the pages of &quot;scopes&quot; are labelled with their units&apos; names.</source>
        <translation>các trang của &quot;scopes&quot; được đặt nhãn theo tên đơn vị của từng trang.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="86"/>
        <source>the playlist would have more than 1000 pages.</source>
        <translation>danh sách trình chiếu sẽ có hơn 1000 trang.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="119"/>
        <source>must be seconds or a text such as &quot;30s&quot;, &quot;2m&quot;, &quot;1m30s&quot;.</source>
        <translation>phải là số giây hoặc chuỗi như &quot;30s&quot;, &quot;2m&quot;, &quot;1m30s&quot;.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="124"/>
        <source>a page shows for 1 second to 24 hours, not %1 s.</source>
        <translation>mỗi trang hiển thị từ 1 giây đến 24 giờ, không phải %1 giây.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="167"/>
        <source>must be a list of unit codes or one of provinces-34, provinces-63, ministries.</source>
        <translation>phải là danh sách mã đơn vị hoặc một trong provinces-34, provinces-63, ministries.</translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="169"/>
        <source>the registry has no units for &quot;%1&quot;.</source>
        <translation>danh sách đơn vị không có đơn vị nào cho &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>WdiCsvReader</name>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="152"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="162"/>
        <source>The World Bank file is empty.</source>
        <translation>Tệp của Ngân hàng Thế giới rỗng.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="179"/>
        <source>The World Bank file lacks the column(s) %1.</source>
        <translation>Tệp của Ngân hàng Thế giới thiếu cột %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="191"/>
        <source>A quoted field is not closed.</source>
        <translation>Trường trong ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="195"/>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng có %1 trường; dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="203"/>
        <source>The indicator code is empty.</source>
        <translation>Thiếu mã chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="209"/>
        <source>The year &quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; không phải là năm.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="219"/>
        <source>The country code &quot;%1&quot; is unknown.</source>
        <translation>Không có mã quốc gia &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="227"/>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation>Giá trị &quot;%1&quot; không phải là số.</translation>
    </message>
</context>
<context>
    <name>WorldBankApiReader</name>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="72"/>
        <source>The paging header (page, pages, per_page, total) is missing or not a count.</source>
        <translation>Phần thông tin phân trang (page, pages, per_page, total) bị thiếu hoặc không phải là số đếm.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="118"/>
        <source>The answer is not JSON.</source>
        <translation>Phản hồi không phải JSON.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="120"/>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="134"/>
        <source>The answer is not a World Bank API array [paging, rows].</source>
        <translation>Phản hồi không phải mảng [paging, rows] của API Ngân hàng Thế giới.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="131"/>
        <source>The World Bank API answered with an error: %1</source>
        <translation>API Ngân hàng Thế giới trả về lỗi: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="156"/>
        <source>The second element of the answer is not the list of rows.</source>
        <translation>Phần tử thứ hai của phản hồi không phải là danh sách các dòng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="167"/>
        <source>Row %1 is not an object.</source>
        <translation>Dòng %1 không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="176"/>
        <source>Row %1 has no indicator id, economy code or date.</source>
        <translation>Dòng %1 thiếu mã chỉ tiêu, mã nền kinh tế hoặc ngày.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="184"/>
        <source>Row %1 (%2, %3, %4): the value is not a number.</source>
        <translation>Dòng %1 (%2, %3, %4): giá trị không phải là số.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="189"/>
        <source>Row %1 (%2, %3): the date &quot;%4&quot; is not a period: %5</source>
        <translation>Dòng %1 (%2, %3): ngày &quot;%4&quot; không phải là kỳ: %5</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="206"/>
        <source>Row %1 repeats %2 for %3 in %4.</source>
        <translation>Dòng %1 lặp lại %2 của %3 tại kỳ %4.</translation>
    </message>
</context>
<context>
    <name>dh</name>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="30"/>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; không phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="32"/>
        <source>%1: %2 is outside %3–%4.</source>
        <translation>%1: %2 nằm ngoài khoảng %3–%4.</translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="40"/>
        <source>%1: &quot;%2&quot; is not a period (2025-07, 2025-Q3, 2025 …).</source>
        <translation>%1: &quot;%2&quot; không phải là kỳ (2025-07, 2025-Q3, 2025 …).</translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="56"/>
        <source>&quot;%1&quot; is not a parameter of this query.</source>
        <translation>&quot;%1&quot; không phải là tham số của truy vấn này.</translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="59"/>
        <source>%1 is given twice.</source>
        <translation>%1 được ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="88"/>
        <source>from (%1) is after to (%2).</source>
        <translation>from (%1) sau to (%2).</translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="32"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Không đọc được tệp chứng thư số CA %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="35"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Tệp chứng thư số CA %1 không chứa chứng thư số PEM nào.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="41"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Không đọc được chứng thư số máy khách %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="47"/>
        <source>Cannot open the client certificate %1: it is not a PKCS#12 file, or the passphrase is wrong.</source>
        <translation>Không mở được chứng thư số máy khách %1: tệp không phải PKCS#12, hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="53"/>
        <source>As of %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="143"/>
        <source>No data for this indicator.</source>
        <translation>Chỉ tiêu này chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="155"/>
        <source>34 provinces</source>
        <translation>34 tỉnh, thành</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="155"/>
        <source>63 provinces</source>
        <translation>63 tỉnh, thành</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="157"/>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="170"/>
        <source>No province has values for this indicator.</source>
        <translation>Chưa tỉnh, thành nào có số liệu của chỉ tiêu này.</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="181"/>
        <source>This indicator has no breakdown.</source>
        <translation>Chỉ tiêu này không có số liệu phân tổ.</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="195"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="195"/>
        <source>Tasks of %1</source>
        <translation>Nhiệm vụ của %1</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="197"/>
        <source>tasks</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="197"/>
        <source>at %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="209"/>
        <source>No tasks assigned to this scope by %1.</source>
        <translation>Không có nhiệm vụ nào được giao cho đơn vị này tính đến %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/wallcontrolclient.cpp" line="23"/>
        <source>The hub&apos;s answer is not a JSON object: %1</source>
        <translation>Phản hồi của hub không phải là đối tượng JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Definition</source>
        <translation>Định nghĩa</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="160"/>
        <source>Synthetic data</source>
        <translation>Số liệu mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="154"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="155"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="159"/>
        <source>As of</source>
        <translation>Cập nhật lúc</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="160"/>
        <source>yes: the figures are a synthetic sample, not official statistics</source>
        <translation>có: số liệu là mẫu mô phỏng, không phải số liệu thống kê chính thức</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="166"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="189"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="203"/>
        <source>the workbook could not be created</source>
        <translation>không tạo được sổ tính</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="207"/>
        <source>the sheet &quot;%1&quot; could not be added</source>
        <translation>không thêm được trang tính &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="212"/>
        <source>the sources sheet could not be added</source>
        <translation>không thêm được trang tính nguồn</translation>
    </message>
</context>
<context>
    <name>dh::CatalogModel</name>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="16"/>
        <source>hourly</source>
        <translation>theo giờ</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="17"/>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="18"/>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="19"/>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="20"/>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="21"/>
        <source>half-yearly</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="22"/>
        <source>nine-monthly</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="23"/>
        <source>annual</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="24"/>
        <source>five-yearly</source>
        <translation>5 năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="25"/>
        <source>ten-yearly</source>
        <translation>10 năm</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="93"/>
        <source>Generated by the project&apos;s deterministic generator: not official statistics.</source>
        <translation>Do bộ sinh dữ liệu của dự án tạo ra: không phải số liệu thống kê chính thức.</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112"/>
        <source>real</source>
        <translation>thực</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112"/>
        <source>synthetic</source>
        <translation>mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="115"/>
        <source>no data</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="120"/>
        <source>final</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="121"/>
        <source>provisional</source>
        <translation>sơ bộ</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="122"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="150"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="151"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="152"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="153"/>
        <source>Frequency</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="154"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="155"/>
        <source>Latest period</source>
        <translation>Kỳ mới nhất</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="156"/>
        <source>Latest value (national)</source>
        <translation>Giá trị mới nhất (toàn quốc)</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="157"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="158"/>
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
    <name>dh::EndpointDialog</name>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="37"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="71"/>
        <source>Enabled</source>
        <translation>Bật</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="73"/>
        <source>Add an endpoint</source>
        <translation>Thêm nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="73"/>
        <source>Edit endpoint %1</source>
        <translation>Sửa nguồn dữ liệu %1</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="88"/>
        <source>PX-Web only: the query as JSON, {&quot;query&quot;: […], &quot;response&quot;: {&quot;format&quot;: &quot;json-stat2&quot;}}</source>
        <translation>Chỉ dùng cho PX-Web: truy vấn dạng JSON, {&quot;query&quot;: […], &quot;response&quot;: {&quot;format&quot;: &quot;json-stat2&quot;}}</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="90"/>
        <source>None</source>
        <translation>Không xác thực</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="91"/>
        <source>Bearer token</source>
        <translation>Mã truy cập (token) dạng bearer</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="92"/>
        <source>Client certificate (PKCS#12)</source>
        <translation>Chứng thư số máy khách (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="93"/>
        <source>Manual (Sync now only)</source>
        <translation>Thủ công (chỉ đồng bộ khi người dùng yêu cầu)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="94"/>
        <source>Every N minutes</source>
        <translation>Mỗi N phút một lần</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="95"/>
        <source>Daily at (Hà Nội time)</source>
        <translation>Hằng ngày vào lúc (giờ Hà Nội)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="97"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="100"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="103"/>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="104"/>
        <source>Name (Vietnamese)</source>
        <translation>Tên (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="105"/>
        <source>Name (English)</source>
        <translation>Tên (tiếng Anh)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="106"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="107"/>
        <source>URL</source>
        <translation>Địa chỉ URL</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="108"/>
        <source>PX-Web query</source>
        <translation>Truy vấn PX-Web</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="109"/>
        <source>Code mapping file</source>
        <translation>Tệp bảng ánh xạ mã</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="109"/>
        <source>Code mapping (*.json)</source>
        <translation>Bảng ánh xạ mã (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="110"/>
        <source>Trusted CA file</source>
        <translation>Tệp chứng thư số CA tin cậy</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="110"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Chứng thư số (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="111"/>
        <source>Authentication</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="112"/>
        <source>Token environment variable</source>
        <translation>Biến môi trường chứa mã truy cập (token)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="113"/>
        <source>Token keychain key</source>
        <translation>Tên mục chứa mã truy cập (token) trong kho khóa</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="114"/>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="114"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="115"/>
        <source>Passphrase environment variable</source>
        <translation>Biến môi trường chứa mật khẩu</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="116"/>
        <source>Schedule</source>
        <translation>Lịch đồng bộ</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="117"/>
        <source>Every</source>
        <translation>Mỗi</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="118"/>
        <source>Daily at</source>
        <translation>Hằng ngày lúc</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="119"/>
        <source>Timeout</source>
        <translation>Thời gian chờ tối đa</translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="122"/>
        <source>Tokens and passphrases are never written in the endpoints file: give the name of the environment variable that holds the token, or the key of the entry in the system keychain (service “dieuhanh”).</source>
        <translation>Mã truy cập (token) và mật khẩu không bao giờ được ghi vào tệp khai báo nguồn dữ liệu: hãy ghi tên biến môi trường chứa mã truy cập, hoặc tên mục trong kho khóa của hệ điều hành (dịch vụ “dieuhanh”).</translation>
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
        <location filename="../app/gui/homepage.cpp" line="43"/>
        <location filename="../app/gui/homepage.cpp" line="148"/>
        <source>Click a tile for its detail; drag a tile onto another to rearrange.</source>
        <translation>Bấm vào ô để xem chi tiết; kéo ô thả lên ô khác để sắp xếp lại.</translation>
    </message>
</context>
<context>
    <name>dh::HttpErrors</name>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="54"/>
        <source>%1: the server answered HTTP %2 %3.</source>
        <translation>%1: máy chủ trả về HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="55"/>
        <source>%1: the server answered HTTP %2 %3: %4</source>
        <translation>%1: máy chủ trả về HTTP %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="63"/>
        <source>%1: no data from the server for %2 ms.</source>
        <translation>%1: không nhận được dữ liệu từ máy chủ trong %2 ms.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="64"/>
        <source>%1: no answer from the server within %2 ms.</source>
        <translation>%1: máy chủ không phản hồi trong vòng %2 ms.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="71"/>
        <source>%1: the connection ended after %2 of %3 bytes; the answer is incomplete.</source>
        <translation>%1: kết nối bị ngắt sau %2 trên %3 byte; phản hồi không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="72"/>
        <source>%1: the connection ended after %2 bytes, before the end of the answer.</source>
        <translation>%1: kết nối bị ngắt sau %2 byte, trước khi nhận hết phản hồi.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="78"/>
        <source>%1: the answer is larger than the limit of %2 bytes.</source>
        <translation>%1: phản hồi vượt quá giới hạn %2 byte.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="84"/>
        <source>%1: refused to follow a redirect to %2: more than %3 redirects.</source>
        <translation>%1: từ chối chuyển hướng đến %2: vượt quá %3 lần chuyển hướng.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="85"/>
        <source>%1: refused to follow a redirect to %2 (only https to https is followed).</source>
        <translation>%1: từ chối chuyển hướng đến %2 (chỉ chấp nhận chuyển hướng từ https sang https).</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="95"/>
        <source>%1: the secure connection to %2 failed: %3</source>
        <translation>%1: kết nối bảo mật đến %2 không thành công: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="102"/>
        <location filename="../app/sync/net/httperrors.cpp" line="107"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="112"/>
        <source>%1: cancelled.</source>
        <translation>%1: đã hủy.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="119"/>
        <source>the answer ended on the interim status %1, without a final one.</source>
        <translation>phản hồi kết thúc ở trạng thái trung gian %1, không có trạng thái cuối cùng.</translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="124"/>
        <source>%1: the server answered HTTP %2 and asked to come back at %3, later than the longest wait allowed.</source>
        <translation>%1: máy chủ trả về HTTP %2 và yêu cầu thử lại vào %3, muộn hơn thời gian chờ tối đa cho phép.</translation>
    </message>
</context>
<context>
    <name>dh::HubGate</name>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="77"/>
        <source>Too Many Requests</source>
        <translation>Too Many Requests</translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="78"/>
        <source>Too many failed attempts from this address; try again later.</source>
        <translation>Địa chỉ này đã thử không thành công quá nhiều lần; hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="93"/>
        <source>Unauthorized</source>
        <translation>Unauthorized</translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="94"/>
        <source>This hub needs a token: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Hub này yêu cầu mã truy cập (token): hãy gửi &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="95"/>
        <source>The token was not accepted.</source>
        <translation>Mã truy cập (token) không được chấp nhận.</translation>
    </message>
</context>
<context>
    <name>dh::HubServer</name>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="96"/>
        <location filename="../app/hub/hubserver.cpp" line="185"/>
        <source>Service Unavailable</source>
        <translation>Service Unavailable</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="96"/>
        <source>The hub is stopping.</source>
        <translation>Hub đang dừng.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="104"/>
        <source>%1 holds no PEM certificate the hub can serve.</source>
        <translation>%1 không chứa chứng thư số PEM nào mà hub có thể sử dụng.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="107"/>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Không đọc được khóa TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="116"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 không chứa khóa riêng PEM không mã hóa nào (RSA hoặc EC).</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="129"/>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>Không lắng nghe được trên %1:%2 (cổng đang được sử dụng, hoặc địa chỉ không thuộc máy này).</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="165"/>
        <source>Not Found</source>
        <translation>Not Found</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="166"/>
        <source>The hub serves no %1 %2.</source>
        <translation>Hub không phục vụ %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="182"/>
        <source>Bad Request</source>
        <translation>Bad Request</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="185"/>
        <source>Too many clients are waiting; ask again shortly.</source>
        <translation>Có quá nhiều máy khách đang chờ; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="194"/>
        <location filename="../app/hub/hubserver.cpp" line="423"/>
        <source>Internal Server Error</source>
        <translation>Internal Server Error</translation>
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
        <location filename="../app/models/indicatortablemodel.cpp" line="74"/>
        <source> pt</source>
        <translation> điểm %</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="119"/>
        <source>provisional</source>
        <translation>sơ bộ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="120"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="139"/>
        <source>Value (%1)</source>
        <translation>Giá trị (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="140"/>
        <source>vs previous (pt)</source>
        <translation>So với kỳ trước (điểm %)</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="140"/>
        <source>vs previous (%)</source>
        <translation>So với kỳ trước (%)</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="141"/>
        <source>vs last year (pt)</source>
        <translation>So với cùng kỳ (điểm %)</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="141"/>
        <source>vs last year (%)</source>
        <translation>So với cùng kỳ (%)</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="149"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="150"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="152"/>
        <source>Change against the previous period, in percentage points</source>
        <translation>Thay đổi so với kỳ trước, tính bằng điểm phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="152"/>
        <source>Change against the previous period, in percent</source>
        <translation>Thay đổi so với kỳ trước, tính bằng phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="153"/>
        <source>vs previous</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="155"/>
        <source>Change against the same period last year, in percentage points</source>
        <translation>Thay đổi so với cùng kỳ năm trước, tính bằng điểm phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="156"/>
        <source>Change against the same period last year, in percent</source>
        <translation>Thay đổi so với cùng kỳ năm trước, tính bằng phần trăm</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="157"/>
        <source>vs last year</source>
        <translation>So với cùng kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="158"/>
        <source>Provisional and estimated figures are marked; final ones are not</source>
        <translation>Số liệu sơ bộ và ước tính được đánh dấu; số liệu chính thức không đánh dấu</translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="158"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>dh::MainMenus</name>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="58"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="59"/>
        <source>&amp;Export current view…</source>
        <translation>&amp;Xuất chế độ xem hiện tại…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="60"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="61"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="62"/>
        <source>&amp;Open dashboard layout…</source>
        <translation>&amp;Mở bố cục bảng điều hành…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="63"/>
        <source>&amp;Save dashboard layout as…</source>
        <translation>&amp;Lưu bố cục bảng điều hành thành…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="64"/>
        <source>&amp;Reset dashboard layout</source>
        <translation>&amp;Khôi phục bố cục mặc định</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="65"/>
        <source>&amp;Wall control…</source>
        <translation>&amp;Điều khiển màn hình tường…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="67"/>
        <source>&amp;About Điều hành</source>
        <translation>&amp;Giới thiệu Điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="93"/>
        <source>Layout saved to %1</source>
        <translation>Đã lưu bố cục vào %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="98"/>
        <source>Open a dashboard layout</source>
        <translation>Mở bố cục bảng điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="99"/>
        <location filename="../app/gui/mainmenus.cpp" line="115"/>
        <source>Dashboard layouts (*.json)</source>
        <translation>Bố cục bảng điều hành (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="114"/>
        <source>Save the dashboard layout</source>
        <translation>Lưu bố cục bảng điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="131"/>
        <source>About Điều hành</source>
        <translation>Giới thiệu Điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="132"/>
        <source>&lt;h3&gt;Điều hành %1&lt;/h3&gt;&lt;p&gt;Socio-economic indicators for the Government&apos;s information and direction center: national, ministry, province.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; The bundled sample is &lt;b&gt;synthetic&lt;/b&gt;: simulated figures made by the project&apos;s generator, not official statistics. The national annual series marked real come from the World Bank, World Development Indicators (CC BY 4.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maps.&lt;/b&gt; Administrative boundaries: geoBoundaries.org (public domain); the 34 provinces of 1 July 2025 are built from the 63 by Resolution 202/2025/QH15. The Hoàng Sa and Trường Sa archipelagos are part of Viet Nam.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Điều hành %1&lt;/h3&gt;&lt;p&gt;Chỉ tiêu kinh tế - xã hội phục vụ Trung tâm thông tin, chỉ đạo điều hành của Chính phủ: toàn quốc, bộ, ngành, địa phương.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Số liệu.&lt;/b&gt; Bộ dữ liệu mẫu kèm theo là &lt;b&gt;số liệu mô phỏng&lt;/b&gt; do bộ sinh của dự án tạo ra, không phải số liệu thống kê chính thức. Các chuỗi số liệu năm toàn quốc ghi là số liệu thật lấy từ Ngân hàng Thế giới, World Development Indicators (CC BY 4.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bản đồ.&lt;/b&gt; Ranh giới hành chính: geoBoundaries.org (phạm vi công cộng); 34 tỉnh, thành từ ngày 1/7/2025 được ghép từ 63 tỉnh theo Nghị quyết 202/2025/QH15. Quần đảo Hoàng Sa và quần đảo Trường Sa là bộ phận lãnh thổ của Việt Nam.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dh::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <location filename="../app/gui/mainwindow.cpp" line="255"/>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Điều hành — socio-economic direction dashboard</source>
        <translation>Điều hành — bảng điều hành kinh tế - xã hội</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197"/>
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
        <location filename="../app/gui/navigationbar.cpp" line="95"/>
        <source>Ministry or agency…</source>
        <translation>Bộ, cơ quan ngang bộ…</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="128"/>
        <source>Back (Alt+Left)</source>
        <translation>Quay lại (Alt+Trái)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="129"/>
        <source>Forward (Alt+Right)</source>
        <translation>Tiến tới (Alt+Phải)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="130"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="131"/>
        <source>Indicator catalogue</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="132"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="133"/>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="135"/>
        <source>34 tỉnh, thành (từ 1/7/2025)</source>
        <translation>34 tỉnh, thành (từ 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="136"/>
        <source>63 tỉnh, thành (trước 1/7/2025)</source>
        <translation>63 tỉnh, thành (trước 1/7/2025)</translation>
    </message>
</context>
<context>
    <name>dh::PackDataLoader</name>
    <message>
        <location filename="../app/models/packdata.cpp" line="96"/>
        <source>No cache is open.</source>
        <translation>Chưa mở tệp dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../app/models/packdata.cpp" line="160"/>
        <source>Tasks assigned by the Government — %1</source>
        <translation>Nhiệm vụ Chính phủ giao — %1</translation>
    </message>
</context>
<context>
    <name>dh::PackEditor</name>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="50"/>
        <source>Briefing pack</source>
        <translation>Bộ tài liệu họp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="53"/>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="54"/>
        <source>Slides 16:9</source>
        <translation>Trình chiếu 16:9</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="61"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="62"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="63"/>
        <source>Data as of</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="64"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="65"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="75"/>
        <source>Add the current view</source>
        <translation>Thêm trang đang xem</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="77"/>
        <source>This view has no page in a pack: open the dashboard, an indicator, a map or the tasks.</source>
        <translation>Màn hình này không có trang tương ứng trong tập tài liệu: hãy mở bảng tổng hợp, một chỉ tiêu, bản đồ hoặc nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="79"/>
        <source>Add the province atlas</source>
        <translation>Thêm tập bản đồ tỉnh</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="85"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="86"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="87"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="94"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="95"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="97"/>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="98"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="99"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="182"/>
        <source>Open a briefing pack</source>
        <translation>Mở bộ tài liệu họp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="182"/>
        <location filename="../app/gui/pack/packeditor.cpp" line="196"/>
        <source>Briefing packs (*.json)</source>
        <translation>Bộ tài liệu họp (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="191"/>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="196"/>
        <source>Save the briefing pack</source>
        <translation>Lưu bộ tài liệu họp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="200"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="207"/>
        <source>A pack needs a meeting title and at least one page.</source>
        <translation>Bộ tài liệu họp cần có tiêu đề cuộc họp và ít nhất một trang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packeditor.cpp" line="212"/>
        <source>Reading the data of %n pages…</source>
        <translation>
            <numerusform>Đang đọc số liệu của %n trang…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="232"/>
        <source>Export the briefing pack</source>
        <translation>Xuất bộ tài liệu họp</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="232"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="265"/>
        <source>Writing page %1 of %2…</source>
        <translation>Đang ghi trang %1/%2…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="275"/>
        <source>Cannot write the PDF %1.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packeditor.cpp" line="280"/>
        <source>Exported %n pages to %1.</source>
        <translation>
            <numerusform>Đã xuất %n trang vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::PackMenu</name>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="61"/>
        <source>Export briefing pack…</source>
        <translation>Xuất bộ tài liệu họp…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="62"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="76"/>
        <source>This view cannot be printed: open the dashboard, an indicator or a map.</source>
        <translation>Không in được trang đang xem: hãy mở bảng điều hành, một chỉ tiêu hoặc một bản đồ.</translation>
    </message>
</context>
<context>
    <name>dh::PackPagesModel</name>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="11"/>
        <source>34 provinces</source>
        <translation>34 tỉnh, thành</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="11"/>
        <source>63 provinces</source>
        <translation>63 tỉnh, thành</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="14"/>
        <source>Dashboard%1</source>
        <translation>Bảng điều hành%1</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="15"/>
        <source>Chart and table — %1%2%3</source>
        <translation>Biểu đồ và bảng — %1%2%3</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="16"/>
        <source>Map — %1, %2%3</source>
        <translation>Bản đồ — %1, %2%3</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="17"/>
        <source>Ranking — %1, %2%3</source>
        <translation>Xếp hạng — %1, %2%3</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="18"/>
        <source>Breakdown — %1%2%3</source>
        <translation>Cơ cấu — %1%2%3</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="19"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="20"/>
        <source>Province atlas — %1</source>
        <translation>Tập bản đồ tỉnh — %1</translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="21"/>
        <source>Task summary%1</source>
        <translation>Tổng hợp nhiệm vụ%1</translation>
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
        <location filename="../app/models/provincerankingmodel.cpp" line="85"/>
        <source>Value (%1)</source>
        <translation>Giá trị (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="90"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="91"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="92"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
</context>
<context>
    <name>dh::ReminderScheduler</name>
    <message>
        <location filename="../app/models/reminderscheduler.cpp" line="69"/>
        <source>Weekly backlog</source>
        <translation>Tổng hợp nhiệm vụ tồn đọng hằng tuần</translation>
    </message>
    <message>
        <location filename="../app/models/reminderscheduler.cpp" line="70"/>
        <source>%1: %2 overdue, %3 in progress within the deadline, %4 standing, as of %5</source>
        <translation>%1: %2 nhiệm vụ quá hạn, %3 đang thực hiện trong hạn, %4 nhiệm vụ thường xuyên, tính đến %5</translation>
    </message>
</context>
<context>
    <name>dh::SyncPage</name>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="182"/>
        <source>Endpoints file: %1</source>
        <translation>Tệp khai báo nguồn dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="182"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="184"/>
        <source>The endpoints file cannot be used, so nothing is synced from it: %1</source>
        <translation>Không dùng được tệp khai báo nguồn dữ liệu nên không đồng bộ được gì từ tệp này: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="189"/>
        <source>There is no endpoints file yet, so this computer syncs nothing and shows the data already in its cache.

To sync, make %1: copy one of the examples in resources/endpoints/ of the source tree, put in your endpoints&apos; addresses, and see resources/schemas/endpoints.md for every field (format, PX-Web query, mapping file, authentication, schedule). Or press “Add…” to write the first endpoint here.

Tokens are never written in the file: it names the environment variable or the keychain entry that holds them. The same file serves dieuhanh-sync and the hub; another file is chosen with --endpoints FILE or the DIEUHANH_ENDPOINTS environment variable.</source>
        <translation>Chưa có tệp khai báo nguồn dữ liệu, nên máy tính này không đồng bộ gì và chỉ hiển thị số liệu đã có trong tệp dữ liệu.

Để đồng bộ, hãy tạo %1: sao chép một trong các tệp mẫu trong thư mục resources/endpoints/ của mã nguồn, điền địa chỉ các nguồn dữ liệu của đơn vị, và xem resources/schemas/endpoints.md để biết ý nghĩa của từng trường (định dạng, truy vấn PX-Web, tệp bảng ánh xạ mã, xác thực, lịch). Hoặc bấm “Thêm…” để khai báo nguồn dữ liệu đầu tiên ngay tại đây.

Mã truy cập (token) không bao giờ được ghi vào tệp: tệp chỉ ghi tên biến môi trường hoặc tên mục trong kho khóa của hệ điều hành chứa mã đó. Cùng một tệp được dùng cho dieuhanh-sync và hub; có thể chọn tệp khác bằng --endpoints FILE hoặc biến môi trường DIEUHANH_ENDPOINTS.</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="196"/>
        <source>an endpoints file</source>
        <translation>một tệp khai báo nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="220"/>
        <source>Sync all</source>
        <translation>Đồng bộ tất cả</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="221"/>
        <source>Sync selected</source>
        <translation>Đồng bộ mục đã chọn</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="222"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="223"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="224"/>
        <source>Read the file again</source>
        <translation>Đọc lại tệp</translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="225"/>
        <source>After editing the endpoints file in an editor</source>
        <translation>Sau khi sửa tệp khai báo nguồn dữ liệu bằng trình soạn thảo</translation>
    </message>
</context>
<context>
    <name>dh::SyncStatusModel</name>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="164"/>
        <source>no longer in the file</source>
        <translation>không còn trong tệp</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="166"/>
        <source>disabled</source>
        <translation>đã tắt</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="167"/>
        <source>idle</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="183"/>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="187"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="192"/>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="194"/>
        <source>%1 (due now)</source>
        <translation>%1 (đã đến hạn)</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="229"/>
        <source>The endpoints file no longer lists this endpoint; the cache keeps its runs and data.</source>
        <translation>Tệp khai báo nguồn dữ liệu không còn liệt kê nguồn dữ liệu này; tệp dữ liệu vẫn giữ các lần chạy và số liệu của nguồn.</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="252"/>
        <source>Endpoint</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="253"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="254"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="255"/>
        <source>Last success</source>
        <translation>Lần thành công gần nhất</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="256"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="257"/>
        <source>Next run</source>
        <translation>Lần chạy tiếp theo</translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="258"/>
        <source>Observations pulled</source>
        <translation>Số liệu đã lấy</translation>
    </message>
</context>
<context>
    <name>dh::SyncStatusWidget</name>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="56"/>
        <source>Sync: %1 — page %2/%3</source>
        <translation>Đồng bộ: %1 — trang %2/%3</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="58"/>
        <source>Sync: %1 — %2</source>
        <translation>Đồng bộ: %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="75"/>
        <source>Last sync: %1, %2</source>
        <translation>Lần đồng bộ gần nhất: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="76"/>
        <source>Last sync: %1, nothing new, %2</source>
        <translation>Lần đồng bộ gần nhất: %1, không có gì mới, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="77"/>
        <source>Sync cancelled: %1, %2</source>
        <translation>Đã hủy đồng bộ: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="79"/>
        <source>✕ Sync failed: %1, %2</source>
        <translation>✕ Đồng bộ không thành công: %1, %2</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="86"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="86"/>
        <source>No endpoints to sync</source>
        <translation>Không có nguồn dữ liệu để đồng bộ</translation>
    </message>
</context>
<context>
    <name>dh::TaskCsvReader</name>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="88"/>
        <source>the history is not a JSON array: %1</source>
        <translation>lịch sử không phải là mảng JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="97"/>
        <source>change %1 has no time with a zone (&quot;at&quot;, e.g. 2024-03-31T09:00:00Z).</source>
        <translation>thay đổi %1 không có thời điểm kèm múi giờ (&quot;at&quot;, ví dụ 2024-03-31T09:00:00Z).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="100"/>
        <source>change %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>thay đổi %1 có loại không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="107"/>
        <source>change %1 has a new deadline that is not a date.</source>
        <translation>thay đổi %1 có thời hạn mới không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="113"/>
        <source>change %1 is earlier than the one before it: the history is in time order.</source>
        <translation>thay đổi %1 sớm hơn thay đổi trước nó: lịch sử phải theo thứ tự thời gian.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="123"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="125"/>
        <source>%1 is larger than 512 MB.</source>
        <translation>%1 lớn hơn 512 MB.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="129"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="140"/>
        <source>The task file is empty: it needs a header (%1).</source>
        <translation>Tệp nhiệm vụ rỗng: tệp cần có dòng tiêu đề (%1).</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="149"/>
        <source>The task file&apos;s header lacks the column %1.</source>
        <translation>Dòng tiêu đề của tệp nhiệm vụ thiếu cột %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="162"/>
        <source>unterminated quote</source>
        <translation>dấu ngoặc kép chưa được đóng</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="168"/>
        <source>no id, or an id with control characters</source>
        <translation>không có mã, hoặc mã chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="172"/>
        <source>task %1 is already in the file</source>
        <translation>nhiệm vụ %1 đã có trong tệp</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="180"/>
        <source>unknown document type &quot;%1&quot;</source>
        <translation>loại văn bản không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="184"/>
        <source>a date is not an ISO date (YYYY-MM-DD), or the document has none</source>
        <translation>có ngày không theo dạng ISO (YYYY-MM-DD), hoặc văn bản không có ngày</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="197"/>
        <source>synthetic is 0 or 1, not &quot;%1&quot;</source>
        <translation>synthetic phải là 0 hoặc 1, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="202"/>
        <source>no document number or no assignee</source>
        <translation>thiếu số hiệu văn bản hoặc đơn vị được giao</translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="212"/>
        <source>unknown unit %1</source>
        <translation>không có đơn vị %1</translation>
    </message>
</context>
<context>
    <name>dh::TaskHistoryModel</name>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="51"/>
        <source>Deadline moved to %1</source>
        <translation>Thời hạn được điều chỉnh thành %1</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="52"/>
        <source>Deadline removed: now a standing task</source>
        <translation>Bỏ thời hạn: nay là nhiệm vụ thường xuyên</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="71"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="72"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="73"/>
        <source>Reported by</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="74"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="75"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>dh::TaskListModel</name>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="95"/>
        <source>none (standing)</source>
        <translation>không có (thường xuyên)</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="112"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="113"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="114"/>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="115"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="116"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="117"/>
        <source>Assignee</source>
        <translation>Đơn vị được giao</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="118"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="119"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>dh::TaskListView</name>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="129"/>
        <location filename="../app/gui/tasklistview.cpp" line="201"/>
        <location filename="../app/gui/tasklistview.cpp" line="203"/>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="146"/>
        <source>Deadline: %1 · State at %2: %3</source>
        <translation>Thời hạn: %1 · Trạng thái tại ngày %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="147"/>
        <source>none (standing)</source>
        <translation>không có (thường xuyên)</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="152"/>
        <source>Responsible unit: %1</source>
        <translation>Đơn vị chủ trì: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="154"/>
        <source>Co-operating: %1</source>
        <translation>Đơn vị phối hợp: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="180"/>
        <source>%1 of %2 tasks</source>
        <translation>%1/%2 nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="190"/>
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="195"/>
        <source>All documents</source>
        <translation>Tất cả văn bản</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="204"/>
        <source>Deadline from…</source>
        <translation>Thời hạn từ…</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="205"/>
        <source>…to</source>
        <translation>…đến</translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="206"/>
        <source>Search document numbers and summaries</source>
        <translation>Tìm theo số hiệu văn bản và nội dung nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>dh::TaskLoader</name>
    <message>
        <location filename="../app/models/taskloader.cpp" line="37"/>
        <source>No cache is open.</source>
        <translation>Chưa mở tệp dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../app/models/taskloader.cpp" line="102"/>
        <source>The task is no longer in the cache.</source>
        <translation>Nhiệm vụ không còn trong tệp dữ liệu.</translation>
    </message>
</context>
<context>
    <name>dh::TaskRankingModel</name>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="97"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="98"/>
        <source>Ministry or agency</source>
        <translation>Bộ, cơ quan ngang bộ</translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="98"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="99"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="100"/>
        <source>With a deadline</source>
        <translation>Có thời hạn</translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="101"/>
        <source>Overdue rate</source>
        <translation>Tỷ lệ quá hạn</translation>
    </message>
</context>
<context>
    <name>dh::TaskReminders</name>
    <message numerus="yes">
        <location filename="../app/gui/taskreminders.cpp" line="36"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n nhắc việc khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::TaskSummaryPanel</name>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="104"/>
        <source>Tasks assigned by the Government and the Prime Minister</source>
        <translation>Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao</translation>
    </message>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="183"/>
        <source>As of %1; rates are shares of the %2 tasks with a deadline; standing tasks counted apart.</source>
        <translation>Tính đến %1; tỷ lệ tính trên %2 nhiệm vụ có thời hạn; nhiệm vụ thường xuyên được thống kê riêng.</translation>
    </message>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="186"/>
        <source>Synthetic data, for demonstration.</source>
        <translation>Số liệu mô phỏng, dùng để trình diễn.</translation>
    </message>
</context>
<context>
    <name>dh::TaskTrendChart</name>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="37"/>
        <source>Tasks by month</source>
        <translation>Nhiệm vụ theo tháng</translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="47"/>
        <source>Assigned</source>
        <translation>Được giao</translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="48"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="49"/>
        <source>Became overdue</source>
        <translation>Chuyển sang quá hạn</translation>
    </message>
</context>
<context>
    <name>dh::TasksPage</name>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="232"/>
        <source>Assigned tasks — national summary</source>
        <translation>Nhiệm vụ được giao — tổng hợp toàn quốc</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="232"/>
        <source>Assigned tasks — %1</source>
        <translation>Nhiệm vụ được giao — %1</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="233"/>
        <source>The four states, nationally</source>
        <translation>Bốn trạng thái, toàn quốc</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="233"/>
        <source>The four states: %1</source>
        <translation>Bốn trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="234"/>
        <source>National summary</source>
        <translation>Tổng hợp toàn quốc</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="236"/>
        <source>Remind me of its tasks</source>
        <translation>Nhắc việc về nhiệm vụ của đơn vị này</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="237"/>
        <source>Reminders on assignment, before the deadline, on the day a task becomes overdue, and a Monday backlog summary for this unit</source>
        <translation>Nhắc khi được giao, trước thời hạn, vào ngày nhiệm vụ quá hạn, và tổng hợp nhiệm vụ tồn đọng vào sáng thứ Hai cho đơn vị này</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="244"/>
        <source>2025 units</source>
        <translation>Đơn vị sau sắp xếp năm 2025</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="245"/>
        <source>Units of their time</source>
        <translation>Đơn vị tại thời điểm giao</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="246"/>
        <source>Tasks of a ministry or province merged in 2025 count for its successor from the merger date, or for the unit of their time.</source>
        <translation>Nhiệm vụ của bộ, ngành hoặc tỉnh, thành phố được hợp nhất năm 2025 được tính cho đơn vị kế thừa kể từ ngày hợp nhất, hoặc cho đơn vị tại thời điểm giao.</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="248"/>
        <source>The date the states are computed at</source>
        <translation>Ngày tính trạng thái</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="249"/>
        <source>Synthetic data</source>
        <translation>Số liệu mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="250"/>
        <source>Recent reminders</source>
        <translation>Nhắc việc gần đây</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="251"/>
        <source>Ministries by overdue tasks at %1</source>
        <translation>Các bộ, ngành theo số nhiệm vụ quá hạn tại ngày %1</translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="252"/>
        <source>Provinces by overdue tasks at %1</source>
        <translation>Các tỉnh, thành phố theo số nhiệm vụ quá hạn tại ngày %1</translation>
    </message>
</context>
<context>
    <name>dh::TokenStore</name>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="41"/>
        <source>Cannot read the tokens file %1: %2</source>
        <translation>Không đọc được tệp mã truy cập %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="60"/>
        <source>%1, line %2: expected a client name, the SHA-256 of its token in hex and optionally a role, wall or presenter (make the line with: dieuhanh-hub hash-token)</source>
        <translation>%1, dòng %2: cần tên máy khách, mã SHA-256 dạng hex của mã truy cập (token) và, nếu có, một vai trò wall hoặc presenter (tạo dòng này bằng: dieuhanh-hub hash-token)</translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="72"/>
        <source>%1, line %2: the role is wall or presenter</source>
        <translation>%1, dòng %2: vai trò phải là wall hoặc presenter</translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="77"/>
        <source>%1 lists no client: nobody could use the hub</source>
        <translation>%1 không liệt kê máy khách nào: không ai có thể sử dụng hub</translation>
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
        <location filename="../app/models/viewcontroller.cpp" line="197"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="199"/>
        <source>Indicator catalogue</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="201"/>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="203"/>
        <source>Assigned tasks</source>
        <translation>Nhiệm vụ được giao</translation>
    </message>
</context>
<context>
    <name>dh::ViewExporter</name>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="44"/>
        <source>Dashboard</source>
        <translation>Bảng điều hành</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="49"/>
        <location filename="../app/gui/pageexports.cpp" line="50"/>
        <source>Series</source>
        <translation>Chuỗi số liệu</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="53"/>
        <location filename="../app/gui/pageexports.cpp" line="62"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="56"/>
        <source>Breakdown</source>
        <translation>Cơ cấu</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="57"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="67"/>
        <source>Catalogue</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="73"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="74"/>
        <source>Ministries</source>
        <translation>Bộ, ngành</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="75"/>
        <source>Provinces</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="76"/>
        <source>Task summary</source>
        <translation>Tổng hợp nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="77"/>
        <source>Task trend</source>
        <translation>Diễn biến nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="38"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="42"/>
        <source>PNG image, %1× (*.png)</source>
        <translation>Ảnh PNG, %1× (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="45"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="79"/>
        <location filename="../app/gui/viewexporter.cpp" line="91"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="114"/>
        <source>This view has no table to export.</source>
        <translation>Chế độ xem này không có bảng để xuất.</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="154"/>
        <source>This page has no view to export.</source>
        <translation>Trang này không có chế độ xem để xuất.</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="170"/>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="182"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
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
    <name>dh::ViewTables</name>
    <message>
        <location filename="../app/models/viewtables.cpp" line="30"/>
        <source>Ranking %1</source>
        <translation>Xếp hạng %1</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="31"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="32"/>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="33"/>
        <source>Value (%1)</source>
        <translation>Giá trị (%1)</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="45"/>
        <source>Breakdown</source>
        <translation>Cơ cấu</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="46"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dh::WallApp</name>
    <message>
        <location filename="../app/gui/wall/wallapp.cpp" line="42"/>
        <source>%1 has no page to show.</source>
        <translation>%1 không có trang nào để hiển thị.</translation>
    </message>
</context>
<context>
    <name>dh::WallControl</name>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="68"/>
        <location filename="../app/hub/wallcontrol.cpp" line="130"/>
        <source>Service Unavailable</source>
        <translation>Service Unavailable</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="68"/>
        <source>The hub is stopping.</source>
        <translation>Hub đang dừng.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="96"/>
        <location filename="../app/hub/wallcontrol.cpp" line="100"/>
        <source>Forbidden</source>
        <translation>Forbidden</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="96"/>
        <source>Wall control needs tokens: start the hub with --tokens FILE.</source>
        <translation>Điều khiển màn hình tường cần mã truy cập (token): hãy khởi động hub với --tokens FILE.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="101"/>
        <source>This token may not command walls: it needs the presenter role in the tokens file.</source>
        <translation>Mã truy cập này không được ra lệnh cho màn hình tường: cần vai trò presenter trong tệp mã truy cập.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="102"/>
        <source>This token may not take part in wall control: it needs the wall or presenter role.</source>
        <translation>Mã truy cập này không được tham gia điều khiển màn hình tường: cần vai trò wall hoặc presenter.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="37"/>
        <location filename="../app/hub/wallcontrol.cpp" line="106"/>
        <location filename="../app/hub/wallcontrol.cpp" line="152"/>
        <location filename="../app/hub/wallcontrol.cpp" line="167"/>
        <source>Bad Request</source>
        <translation>Bad Request</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="37"/>
        <source>Not Found</source>
        <translation>Not Found</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="48"/>
        <source>%1: expected a whole number from 0 to %2</source>
        <translation>%1: cần một số nguyên từ 0 đến %2</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="106"/>
        <source>A wall id has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Mã màn hình tường gồm từ 1 đến 64 chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="108"/>
        <source>Payload Too Large</source>
        <translation>Payload Too Large</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="108"/>
        <source>A wall-control body holds at most %1 bytes.</source>
        <translation>Nội dung yêu cầu điều khiển màn hình tường tối đa %1 byte.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="130"/>
        <source>Too many clients are waiting; ask again shortly.</source>
        <translation>Có quá nhiều máy khách đang chờ; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="152"/>
        <location filename="../app/hub/wallcontrol.cpp" line="167"/>
        <source>The body is not a JSON object: %1</source>
        <translation>Nội dung yêu cầu không phải là đối tượng JSON: %1</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="204"/>
        <location filename="../app/hub/wallcontrol.cpp" line="280"/>
        <source>No wall %1 has published its status to this hub.</source>
        <translation>Màn hình tường %1 chưa gửi trạng thái lên hub này.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="207"/>
        <source>page: the wall %1 has %2 pages, numbered from 0.</source>
        <translation>page: màn hình tường %1 có %2 trang, đánh số từ 0.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="238"/>
        <source>This hub already relays %1 walls that are online.</source>
        <translation>Hub này đã chuyển tiếp cho %1 màn hình tường đang trực tuyến.</translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="258"/>
        <source>No wall %1 has published its status to this hub: publish it first.</source>
        <translation>Màn hình tường %1 chưa gửi trạng thái lên hub này: hãy gửi trạng thái trước.</translation>
    </message>
</context>
<context>
    <name>dh::WallControlDock</name>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="117"/>
        <source>Wall control</source>
        <translation>Điều khiển màn hình tường</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="118"/>
        <source>Hub URL, e.g. https://hub:8787/</source>
        <translation>URL của hub, ví dụ https://hub:8787/</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="119"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="120"/>
        <source>Choose a wall</source>
        <translation>Chọn màn hình tường</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="121"/>
        <source>◀ Previous</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="122"/>
        <source>Show this page</source>
        <translation>Hiển thị trang này</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="123"/>
        <source>Next ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="124"/>
        <source>Pause the playlist</source>
        <translation>Tạm dừng danh sách trình chiếu</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="125"/>
        <source>Black screen</source>
        <translation>Màn hình đen</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="126"/>
        <source>Follow me: the wall shows what this window shows</source>
        <translation>Theo tôi: màn hình tường hiển thị nội dung của cửa sổ này</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="153"/>
        <source>%1 is not a hub&apos;s http:// or https:// URL.</source>
        <translation>%1 không phải là URL http:// hoặc https:// của hub.</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="176"/>
        <source>No wall has reached this hub yet.</source>
        <translation>Chưa có màn hình tường nào kết nối tới hub này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/wallcontroldock.cpp" line="176"/>
        <source>%n wall(s) on this hub.</source>
        <translation>
            <numerusform>%n màn hình tường trên hub này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="191"/>
        <source>The hub cannot be reached since %1.</source>
        <translation>Không kết nối được tới hub từ %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="217"/>
        <source>Page %1 of %2 on the wall.</source>
        <translation>Màn hình tường đang ở trang %1/%2.</translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="218"/>
        <source>The wall has not been heard from lately: it may be off.</source>
        <translation>Gần đây không nhận được tín hiệu từ màn hình tường: màn hình có thể đã tắt.</translation>
    </message>
</context>
<context>
    <name>dh::WallPanelItem</name>
    <message>
        <location filename="../app/gui/wall/wallpanelitem.cpp" line="158"/>
        <source>%1 · data through %2</source>
        <translation>%1 · số liệu đến %2</translation>
    </message>
</context>
<context>
    <name>dh::WallSession</name>
    <message>
        <location filename="../app/gui/wall/wallsession.cpp" line="212"/>
        <source>Following the presenter</source>
        <translation>Đang theo người trình bày</translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallsession.cpp" line="348"/>
        <source>Offline since %1</source>
        <translation>Mất kết nối từ %1</translation>
    </message>
</context>
<context>
    <name>dh::WallStatus</name>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="83"/>
        <source>command: expected one of next, previous, goto, pause, resume, black, unblack, follow, unfollow</source>
        <translation>command: cần một trong các lệnh next, previous, goto, pause, resume, black, unblack, follow, unfollow</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="88"/>
        <source>page: a goto needs the page&apos;s index, a whole number from 0 to %1</source>
        <translation>page: lệnh goto cần chỉ số của trang, là số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="93"/>
        <source>view: a follow needs the view to show, as an object</source>
        <translation>view: lệnh follow cần trang sẽ hiển thị, dưới dạng đối tượng</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="99"/>
        <source>sequence: expected a whole number from 1</source>
        <translation>sequence: cần một số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="119"/>
        <source>pages: expected a list of at most %1 page labels</source>
        <translation>pages: cần danh sách tối đa %1 nhãn trang</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="122"/>
        <source>pages: each page&apos;s label is a string</source>
        <translation>pages: nhãn của mỗi trang phải là chuỗi</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="127"/>
        <source>page: expected the index of one of the pages, from 0</source>
        <translation>page: cần chỉ số của một trong các trang, đánh số từ 0</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="132"/>
        <source>%1: expected true or false</source>
        <translation>%1: cần true hoặc false</translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="139"/>
        <source>following: expected the view followed, or null</source>
        <translation>following: cần trang đang được theo, hoặc null</translation>
    </message>
</context>
<context>
    <name>dh::WallWindow</name>
    <message>
        <location filename="../app/gui/wall/wallwindow.cpp" line="20"/>
        <source>Điều hành — wall</source>
        <translation>Điều hành — màn hình tường</translation>
    </message>
</context>
<context>
    <name>dieuhanh</name>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="15"/>
        <source>Usage: dieuhanh [--cache FILE] [--endpoints FILE] [--lang vi|en] [--layout FILE] [--view VIEW] [--screenshot FILE [--size WxH]]
       dieuhanh --wall LAYOUT|PLAYLIST [--screen N|NAME|all] [--control URL --wall-id ID] [--cache FILE]
                [--screenshot FILE [--size WxH]]
       dieuhanh [--cache FILE] --pack PACK.json --pdf OUT.pdf
  --cache FILE       open this cache (default: the user&apos;s cache, created from the bundled sample)
  --endpoints FILE   the endpoints to sync (default: $DIEUHANH_ENDPOINTS, else endpoints.json in
                     the user&apos;s configuration folder); with --screenshot, nothing is synced
  --lang vi|en       interface language (default: Vietnamese)
  --layout FILE      the home dashboard&apos;s layout (JSON) for this session
  --view VIEW        the page to show: home[:UNIT] (default), indicator:CODE[:UNIT],
                     map:CODE[:PERIOD][:34|63], catalog, sync or tasks[:UNIT]
  --screenshot FILE  render the window offscreen at --size, save it as PNG and exit
  --size WxH         window size, e.g. 1920x1080 or 3840x2160; with --wall, the whole canvas
  --wall FILE        run the video wall of a layout or playlist (JSON) full screen; Esc leaves;
                     with --screenshot, render its first page once every panel has its data
  --screen N|NAME|all  the wall&apos;s screens: one by index or name, or all (default: as the layout says)
  --control URL      with --wall-id: let presenters control the wall through this hub; the
                     token (role wall) from $DIEUHANH_CONTROL_TOKEN, else the keychain entry
                     control-token (service dieuhanh)
  --wall-id ID       the wall&apos;s id on the hub (letters, digits, . _ -)
  --pack PACK.json   with --pdf OUT.pdf: write the briefing pack as PDF, without a window, and exit
</source>
        <translation>Cách dùng: dieuhanh [--cache FILE] [--endpoints FILE] [--lang vi|en] [--layout FILE] [--view VIEW] [--screenshot FILE [--size WxH]]
           dieuhanh --wall LAYOUT|PLAYLIST [--screen N|NAME|all] [--control URL --wall-id ID] [--cache FILE]
                    [--screenshot FILE [--size WxH]]
           dieuhanh [--cache FILE] --pack PACK.json --pdf OUT.pdf
  --cache FILE       mở tệp dữ liệu này (mặc định: tệp dữ liệu của người dùng, tạo từ dữ liệu mẫu kèm theo)
  --endpoints FILE   các nguồn dữ liệu cần đồng bộ (mặc định: $DIEUHANH_ENDPOINTS, nếu không có thì
                     endpoints.json trong thư mục cấu hình của người dùng); khi có --screenshot
                     thì không đồng bộ gì
  --lang vi|en       ngôn ngữ giao diện (mặc định: tiếng Việt)
  --layout FILE      bố cục bảng điều hành trang Tổng quan (JSON) dùng cho phiên làm việc này
  --view VIEW        trang cần hiển thị: home[:UNIT] (mặc định), indicator:CODE[:UNIT],
                     map:CODE[:PERIOD][:34|63], catalog, sync hoặc tasks[:UNIT]
  --screenshot FILE  kết xuất cửa sổ ngoài màn hình theo --size, lưu thành PNG rồi thoát
  --size WxH         kích thước cửa sổ, ví dụ 1920x1080 hoặc 3840x2160; với --wall, là kích thước
                     của toàn bộ vùng hiển thị (canvas)
  --wall FILE        chạy màn hình tường theo bố cục hoặc danh sách trình chiếu (JSON) ở chế độ
                     toàn màn hình; bấm Esc để thoát; khi có --screenshot, kết xuất trang đầu tiên
                     ngay khi mọi ô hiển thị đã có số liệu
  --screen N|NAME|all  các màn hình của màn hình tường: một màn hình theo chỉ số hoặc tên, hoặc tất
                     cả (all) (mặc định: theo bố cục)
  --control URL      cùng với --wall-id: cho phép người trình bày điều khiển màn hình tường qua hub
                     này; mã truy cập (token) (vai trò wall) lấy từ $DIEUHANH_CONTROL_TOKEN, nếu
                     không có thì lấy từ mục control-token (dịch vụ dieuhanh) trong kho khóa của
                     hệ điều hành
  --wall-id ID       mã của màn hình tường trên hub (chữ cái, chữ số, . _ -)
  --pack PACK.json   cùng với --pdf OUT.pdf: ghi bộ tài liệu họp thành PDF, không mở cửa sổ, rồi thoát
</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="47"/>
        <source>home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63], catalog or sync</source>
        <translation>home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63], catalog hoặc sync</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="56"/>
        <source>WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>dạng RỘNGxCAO, ví dụ 1920x1080</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="70"/>
        <source>the hub&apos;s http:// or https:// URL</source>
        <translation>URL http:// hoặc https:// của hub</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="74"/>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>từ 1 đến 64 chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="82"/>
        <source>--control and --wall-id go together: the hub, and the wall&apos;s id on it.</source>
        <translation>--control và --wall-id phải đi cùng nhau: hub, và mã của màn hình tường trên hub đó.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="85"/>
        <source>--screen chooses the screens of a wall: it needs --wall.</source>
        <translation>--screen chọn các màn hình của chế độ màn hình tường: cần có --wall.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="87"/>
        <source>--control lets presenters drive a wall: it needs --wall.</source>
        <translation>--control cho phép người trình bày điều khiển màn hình tường: cần có --wall.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="89"/>
        <source>--pack writes a PDF; it does not go with --wall.</source>
        <translation>--pack ghi tệp PDF; không dùng cùng --wall.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="91"/>
        <source>--pack and --pdf go together.</source>
        <translation>--pack và --pdf phải đi cùng nhau.</translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="93"/>
        <source>--pack writes a PDF; it does not go with --screenshot.</source>
        <translation>--pack ghi tệp PDF; không dùng cùng --screenshot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="123"/>
        <source>Wrote %n pages to %1.</source>
        <translation>
            <numerusform>Đã ghi %n trang vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dieuhanh-hub</name>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="37"/>
        <source>Usage: dieuhanh-hub --cache FILE [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]
                    [--tokens FILE] [--sender CODE] [--endpoints FILE]
       dieuhanh-hub hash-token [--name NAME] [--role wall|presenter] &lt; token

Serves the cache over the reporting API (resources/reporting/README.md): /v1/indicator-catalogue,
/v1/disaggregation-catalogue, /v1/units, /v1/kpi-data, /v1/report-status, /health and /version;
and relays wall control under /control/walls (resources/schemas/wall-control.md), which needs --tokens.

  --listen ADDR:PORT   where to listen (default 127.0.0.1:8787; [::1]:8787 for IPv6). An address
                       other than loopback needs --tls-cert, --tls-key and --tokens.
  --tls-cert FILE      the server&apos;s certificate chain (PEM)
  --tls-key FILE       its private key (PEM, not encrypted)
  --tokens FILE        the clients allowed: one &quot;NAME SHA256-HEX [wall|presenter]&quot; line each; every
                       /v1 request then needs &quot;Authorization: Bearer TOKEN&quot;; the role lets a wall
                       listen to its commands, or a presenter command walls
  --sender CODE        the operator&apos;s unit code in every packet (default VPCP)
  --endpoints FILE     also pull these upstream endpoints into the cache on their schedules
                       (resources/schemas/endpoints.md), and serve what they bring

hash-token reads a token on standard input and prints its line for the tokens file.
</source>
        <translation>Cách dùng: dieuhanh-hub --cache FILE [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]
                        [--tokens FILE] [--sender CODE] [--endpoints FILE]
           dieuhanh-hub hash-token [--name NAME] [--role wall|presenter] &lt; token

Cung cấp tệp dữ liệu qua API báo cáo (resources/reporting/README.md): /v1/indicator-catalogue,
/v1/disaggregation-catalogue, /v1/units, /v1/kpi-data, /v1/report-status, /health và /version;
và chuyển tiếp lệnh điều khiển màn hình tường tại /control/walls (resources/schemas/wall-control.md),
chức năng này cần có --tokens.

  --listen ADDR:PORT   địa chỉ lắng nghe (mặc định 127.0.0.1:8787; [::1]:8787 với IPv6). Địa chỉ
                       khác loopback cần có --tls-cert, --tls-key và --tokens.
  --tls-cert FILE      chuỗi chứng thư số của máy chủ (PEM)
  --tls-key FILE       khóa riêng của máy chủ (PEM, không mã hóa)
  --tokens FILE        các máy khách được phép: mỗi máy khách một dòng &quot;NAME SHA256-HEX [wall|presenter]&quot;;
                       khi đó mọi yêu cầu /v1 phải có &quot;Authorization: Bearer TOKEN&quot;; vai trò cho phép
                       màn hình tường nhận lệnh dành cho nó, hoặc người trình bày ra lệnh cho các
                       màn hình tường
  --sender CODE        mã đơn vị vận hành ghi trong mọi gói tin (mặc định VPCP)
  --endpoints FILE     đồng thời lấy số liệu từ các nguồn dữ liệu gốc này vào tệp dữ liệu theo lịch
                       của từng nguồn (resources/schemas/endpoints.md), và cung cấp số liệu lấy về

hash-token đọc một mã truy cập (token) từ đầu vào chuẩn và in ra dòng tương ứng cho tệp mã truy cập.
</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="65"/>
        <source>ADDRESS:PORT</source>
        <translation>dạng ĐỊA_CHỈ:CỔNG</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="90"/>
        <source>--name takes letters, digits and . _ @ - only, not &quot;%1&quot;.</source>
        <translation>--name chỉ nhận chữ cái, chữ số và . _ @ -, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="92"/>
        <source>--role is wall or presenter, not &quot;%1&quot;.</source>
        <translation>--role phải là wall hoặc presenter, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="96"/>
        <source>--cache FILE is required: the cache the hub serves.</source>
        <translation>Cần có --cache FILE: tệp dữ liệu mà hub cung cấp.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="98"/>
        <source>--tls-cert and --tls-key go together: give both or neither.</source>
        <translation>--tls-cert và --tls-key phải đi cùng nhau: ghi cả hai hoặc không ghi cả hai.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="101"/>
        <source>--sender expects a unit code such as VPCP or VN25-01, not &quot;%1&quot;.</source>
        <translation>--sender cần mã đơn vị như VPCP hoặc VN25-01, không nhận &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="118"/>
        <source>Refusing to listen on %1: an address other than loopback serves the network, and that needs TLS and tokens (missing: %2).</source>
        <translation>Từ chối lắng nghe trên %1: địa chỉ khác loopback sẽ phục vụ qua mạng, nên cần TLS và mã truy cập (token) (còn thiếu: %2).</translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="28"/>
        <source>error: no token on standard input (e.g. openssl rand -hex 32 | tee token | dieuhanh-hub hash-token)</source>
        <translation>lỗi: không có mã truy cập (token) ở đầu vào chuẩn (ví dụ: openssl rand -hex 32 | tee token | dieuhanh-hub hash-token)</translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="38"/>
        <location filename="../app/hub/main.cpp" line="134"/>
        <source>error: </source>
        <translation>lỗi: </translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="81"/>
        <source>dieuhanh-hub: serving %1 on %2://%3:%4/v1/ (tokens: %5)</source>
        <translation>dieuhanh-hub: đang cung cấp %1 tại %2://%3:%4/v1/ (mã truy cập: %5)</translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="84"/>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="84"/>
        <source>none, loopback only</source>
        <translation>không dùng, chỉ loopback</translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="99"/>
        <source>dieuhanh-hub: upstream %1: %2, %3 written%4</source>
        <translation>dieuhanh-hub: nguồn dữ liệu gốc %1: %2, đã ghi %3 số liệu%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/hub/main.cpp" line="110"/>
        <source>dieuhanh-hub: pulling %n upstream endpoint(s) from %1</source>
        <translation>
            <numerusform>dieuhanh-hub: lấy số liệu từ %n nguồn dữ liệu gốc khai báo trong %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="117"/>
        <source>dieuhanh-hub: stopped</source>
        <translation>dieuhanh-hub: đã dừng</translation>
    </message>
</context>
<context>
    <name>dieuhanh-sync</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="141"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="165"/>
        <source>import needs exactly one FILE.</source>
        <translation>import cần đúng một FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="15"/>
        <source>Usage: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]

Commands:
  init                       create the cache (--cache FILE, or the default) from the bundled sample
  upgrade                    bring a cache written by an earlier version up to this version&apos;s schema
  info                       cache path, schema version, counts, date range, synthetic flag
  check                      read every page of the cache and report damage (exit 2 if damaged)
  catalog                    the indicators as CSV
  units --level L --at DATE  units of a level (province, ministry, nation, country) valid on DATE, as CSV
  import FILE [--format csv|csv-mapped|jsonstat|sdmx-json|px|pxweb|worldbank|reporting]
         [--mapping FILE] [--mode all|rows] [--source NAME] [--revision N] [--dry-run] [--print]
                             import observations (README: &quot;Importing observations&quot;);
                             --mode all (default) writes nothing if any row is bad,
                             --mode rows writes the good rows; bad rows are quarantined either way;
                             --mapping turns a source&apos;s codes into the catalogue&apos;s;
                             --revision N: the publisher&apos;s revision of a document&apos;s figures
                             (a revised table replaces the figures of a lower revision);
                             --dry-run checks against the cache and writes nothing;
                             --print writes the observations read as CSV and leaves the cache alone
  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]
        [--disaggregation K] [--value-kind in-period|cumulative|target]
        [--derived all|year-to-date,previous,last-year,target] [--xlsx FILE]
                             values as CSV, in the indicator&apos;s own periods (targets: years);
                             --xlsx writes them to FILE as a workbook instead, numbers as
                             numbers, with a sheet of the indicator&apos;s definition and source;
                             2025 provinces are re-aggregated from the 63 where needed;
                             --derived adds the dashboard tiles&apos; figures for each period: the year
                             to date, the change against the previous period and the same period
                             last year (%, or points for indicators in %), and the percent of the
                             year&apos;s plan target
  export [--indicator X] [--out FILE]
                             observations in the import format
  quarantine [--limit N]     the rejected records and their reasons
  sample --out FILE [--seed N]
                             build the synthetic sample cache
  sync [--endpoints FILE] [--endpoint ID]
                             pull the endpoints (every enabled one, or ID) into the cache;
                             a cache named with --cache is made empty if it does not exist
  status [--endpoints FILE]  each endpoint&apos;s last run, last success, last error and next run
  tasks --at DATE [--by ministry|province|field] [--units 2025|historical]
                             the tasks in each of the four states of official reporting at the
                             end of DATE (Hà Nội time), and standing tasks, as CSV: one row per
                             assignee (or per field) and a total row; overdue_rate is overdue
                             in % of the tasks with a deadline. --units 2025 (default) counts a
                             task of a unit merged in 2025 under its successor from the merger
                             date; historical under the unit it was assigned to
  import-tasks FILE [--mode all|rows]
                             import tasks from the task CSV (resources/schemas/tasks-csv.md);
                             bad rows are quarantined
  export-tasks [--at DATE] FILE
                             the tasks as the task CSV (UTF-8 with a byte order mark); --at adds
                             each task&apos;s state and deadline on DATE

Without --endpoints the endpoints file is $DIEUHANH_ENDPOINTS, or endpoints.json in the
configuration folder (~/.config/dieuhanh/ on Linux).

Without --cache the default cache is used ($DIEUHANH_CACHE, or ~/.local/share/dieuhanh/cache.sqlite),
made from the bundled sample on first use. A cache named with --cache must exist (see init).
Commands that only read never write to the cache.
</source>
        <translation>Cách dùng: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]

Lệnh:
  init                       tạo tệp dữ liệu (--cache FILE, hoặc tệp mặc định) từ dữ liệu mẫu kèm theo
  upgrade                    nâng tệp dữ liệu do phiên bản cũ hơn ghi lên lược đồ của phiên bản này
  info                       đường dẫn tệp dữ liệu, phiên bản lược đồ, số lượng, khoảng thời gian, cờ mô phỏng
  check                      đọc mọi trang của tệp dữ liệu và báo hư hỏng (mã thoát 2 nếu bị hỏng)
  catalog                    danh mục chỉ tiêu dạng CSV
  units --level L --at DATE  các đơn vị thuộc một cấp (province, ministry, nation, country) có hiệu lực vào ngày DATE, dạng CSV
  import FILE [--format csv|csv-mapped|jsonstat|sdmx-json|px|pxweb|worldbank|reporting]
         [--mapping FILE] [--mode all|rows] [--source NAME] [--revision N] [--dry-run] [--print]
                             nhập số liệu (README: &quot;Importing observations&quot;);
                             --mode all (mặc định) không ghi gì nếu có dòng lỗi,
                             --mode rows ghi các dòng hợp lệ; dòng lỗi luôn được đưa vào cách ly;
                             --mapping chuyển mã của nguồn sang mã của danh mục;
                             --revision N: lần sửa đổi của số liệu trong tài liệu do nơi công bố đánh số
                             (bảng đã sửa đổi thay thế số liệu của lần sửa đổi thấp hơn);
                             --dry-run đối chiếu với tệp dữ liệu và không ghi gì;
                             --print in số liệu đã đọc dạng CSV, không động đến tệp dữ liệu
  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]
        [--disaggregation K] [--value-kind in-period|cumulative|target]
        [--derived all|year-to-date,previous,last-year,target] [--xlsx FILE]
                             giá trị dạng CSV, theo kỳ riêng của chỉ tiêu (mục tiêu: theo năm);
                             --xlsx ghi vào FILE dạng sổ tính thay cho CSV, số lưu dạng số,
                             kèm một trang tính về định nghĩa và nguồn của chỉ tiêu;
                             tỉnh theo địa giới 2025 được gộp lại từ 63 tỉnh khi cần;
                             --derived thêm các con số của ô trên bảng điều hành cho từng kỳ:
                             lũy kế từ đầu năm, thay đổi so với kỳ trước và so với cùng kỳ
                             năm trước (%, hoặc điểm % với chỉ tiêu tính bằng %), và tỷ lệ %
                             đạt mục tiêu kế hoạch năm
  export [--indicator X] [--out FILE]
                             số liệu theo định dạng nhập
  quarantine [--limit N]     các bản ghi bị từ chối và lý do
  sample --out FILE [--seed N]
                             tạo tệp dữ liệu mẫu mô phỏng
  sync [--endpoints FILE] [--endpoint ID]
                             lấy số liệu từ các nguồn dữ liệu (mọi nguồn đang bật, hoặc nguồn ID) vào tệp dữ liệu;
                             tệp dữ liệu chỉ định bằng --cache mà chưa tồn tại thì được tạo mới, rỗng
  status [--endpoints FILE]  lần chạy gần nhất, lần thành công gần nhất, lỗi gần nhất và lần chạy
                             tiếp theo của từng nguồn dữ liệu
  tasks --at DATE [--by ministry|province|field] [--units 2025|historical]
                             số nhiệm vụ ở từng trạng thái trong bốn trạng thái của báo cáo chính thức
                             vào cuối ngày DATE (giờ Hà Nội), và số nhiệm vụ thường xuyên, dạng CSV:
                             mỗi đơn vị được giao (hoặc mỗi lĩnh vực) một dòng, kèm một dòng tổng;
                             overdue_rate là tỷ lệ % nhiệm vụ quá hạn trên số nhiệm vụ có thời hạn.
                             --units 2025 (mặc định) tính nhiệm vụ của đơn vị được hợp nhất năm 2025
                             cho đơn vị kế thừa kể từ ngày hợp nhất; historical tính cho đơn vị
                             được giao tại thời điểm giao
  import-tasks FILE [--mode all|rows]
                             nhập nhiệm vụ từ tệp CSV nhiệm vụ (resources/schemas/tasks-csv.md);
                             dòng lỗi được đưa vào cách ly
  export-tasks [--at DATE] FILE
                             xuất nhiệm vụ ra tệp CSV nhiệm vụ (UTF-8 có dấu BOM); --at thêm
                             trạng thái và thời hạn của từng nhiệm vụ vào ngày DATE

Không có --endpoints thì tệp khai báo nguồn dữ liệu là $DIEUHANH_ENDPOINTS, hoặc endpoints.json trong
thư mục cấu hình (~/.config/dieuhanh/ trên Linux).

Không có --cache thì dùng tệp dữ liệu mặc định ($DIEUHANH_CACHE, hoặc ~/.local/share/dieuhanh/cache.sqlite),
được tạo từ dữ liệu mẫu kèm theo ở lần dùng đầu tiên. Tệp dữ liệu chỉ định bằng --cache phải tồn tại (xem init).
Các lệnh chỉ đọc không bao giờ ghi vào tệp dữ liệu.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="157"/>
        <source>--revision is too large.</source>
        <translation>--revision quá lớn.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="171"/>
        <source>Unknown import format &quot;%1&quot; (supported: %2).</source>
        <translation>Không hỗ trợ định dạng nhập &quot;%1&quot; (các định dạng được hỗ trợ: %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="174"/>
        <source>--format csv-mapped needs --mapping FILE: the mapping says which column is which.</source>
        <translation>--format csv-mapped cần --mapping FILE: bảng ánh xạ mã cho biết cột nào là cột nào.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="176"/>
        <source>--mapping does not apply to the project&apos;s CSV; use --format csv-mapped.</source>
        <translation>--mapping không áp dụng cho tệp CSV của dự án; hãy dùng --format csv-mapped.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="178"/>
        <source>--revision does not apply to the project&apos;s CSV: its revision column gives each row&apos;s.</source>
        <translation>--revision không áp dụng cho tệp CSV của dự án: cột revision đã cho lần sửa đổi của từng dòng.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="181"/>
        <source>--print already leaves the cache alone; give --print or --dry-run, not both.</source>
        <translation>--print vốn không ghi vào tệp dữ liệu; chỉ dùng --print hoặc --dry-run, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="186"/>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 cần đúng một FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="194"/>
        <source>tasks needs --at DATE.</source>
        <translation>tasks cần --at DATE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="196"/>
        <source>--by and --units belong to tasks.</source>
        <translation>--by và --units chỉ dùng với tasks.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>units needs --level (province, ministry, nation or country).</source>
        <translation>units cần --level (province, ministry, nation hoặc country).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="201"/>
        <source>query needs --indicator.</source>
        <translation>query cần --indicator.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="203"/>
        <source>query needs either --unit or --level (with --at).</source>
        <translation>query cần --unit hoặc --level (kèm --at).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="207"/>
        <source>--derived belongs to query.</source>
        <translation>--derived chỉ dùng với query.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="213"/>
        <source>--derived takes all or a list of %1, not &quot;%2&quot;.</source>
        <translation>--derived nhận all hoặc danh sách gồm %1, không nhận &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="219"/>
        <source>--xlsx belongs to query.</source>
        <translation>--xlsx chỉ dùng với query.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="221"/>
        <source>--endpoint belongs to sync.</source>
        <translation>--endpoint chỉ dùng với sync.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="223"/>
        <source>--endpoints belongs to sync and status.</source>
        <translation>--endpoints chỉ dùng với sync và status.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="225"/>
        <source>sample needs --out FILE.</source>
        <translation>sample cần --out FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="132"/>
        <source>error: </source>
        <translation>lỗi: </translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="166"/>
        <source>%1: a new cache, copied from the bundled sample (synthetic figures).</source>
        <translation>%1: tệp dữ liệu mới, sao chép từ dữ liệu mẫu kèm theo (số liệu mô phỏng).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="183"/>
        <source>%1: already at schema %2.</source>
        <translation>%1: đã ở lược đồ %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="185"/>
        <source>%1: upgraded from schema %2 to schema %3.</source>
        <translation>%1: đã nâng cấp từ lược đồ %2 lên lược đồ %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="219"/>
        <source>note: this cache holds the SYNTHETIC sample (simulated figures, not official statistics); indicators marked real carry their source.</source>
        <translation>lưu ý: tệp dữ liệu này chứa dữ liệu mẫu MÔ PHỎNG (số liệu mô phỏng, không phải số liệu thống kê chính thức); các chỉ tiêu được đánh dấu real có ghi nguồn.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="238"/>
        <source>%1: ok, %2 observations</source>
        <translation>%1: không có lỗi, %2 số liệu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="271"/>
        <source>Unknown level &quot;%1&quot; (province, ministry, nation, country).</source>
        <translation>Không có cấp &quot;%1&quot; (province, ministry, nation, country).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="312"/>
        <source>%1: %2 rows read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation>%1: đã đọc %2 dòng, %3 đã ghi, %4 không đổi, %5 bị cách ly.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="319"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="322"/>
        <location filename="../app/cli/importcommand.cpp" line="221"/>
        <location filename="../app/cli/taskcommands.cpp" line="107"/>
        <source>… and %1 more (see: dieuhanh-sync quarantine)</source>
        <translation>… và %1 dòng khác (xem: dieuhanh-sync quarantine)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="326"/>
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good rows).</source>
        <translation>không có gì được nhập: tệp có dòng lỗi và đang dùng chế độ all (nhập tất cả hoặc không nhập gì); dùng --mode rows để nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="338"/>
        <location filename="../app/cli/commands.cpp" line="496"/>
        <source>Unknown indicator %1 (see: dieuhanh-sync catalog).</source>
        <translation>Không có chỉ tiêu %1 (xem: dieuhanh-sync catalog).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="341"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation>Loại giá trị &quot;%1&quot; không hợp lệ (in-period, cumulative hoặc target).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="360"/>
        <source>%1 is held by %2; &quot;%3&quot; is a %4. Give periods like %5.</source>
        <translation>%1 được lưu theo kỳ %2; &quot;%3&quot; là kỳ %4. Hãy nhập kỳ dạng %5.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="367"/>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 sau --to %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="555"/>
        <source>sample written to %1: %2 indicators, %3 observations, %4 tasks</source>
        <translation>đã ghi dữ liệu mẫu vào %1: %2 chỉ tiêu, %3 số liệu, %4 nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="344"/>
        <source>Malformed disaggregation &quot;%1&quot;.</source>
        <translation>Phân tổ &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="358"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation>Kỳ &quot;%1&quot; không đúng định dạng.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="369"/>
        <source>--derived works on the values %1 is held as (%2), as the dashboard does.</source>
        <translation>--derived chỉ tính trên loại giá trị mà %1 được lưu (%2), giống như bảng điều hành.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="377"/>
        <source>Unknown unit %1 (see: dieuhanh-sync units).</source>
        <translation>Không có đơn vị %1 (xem: dieuhanh-sync units).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="382"/>
        <source>Unknown level &quot;%1&quot;.</source>
        <translation>Không có cấp &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="396"/>
        <source>%1 has no %2 data: it is reported for %3 only.</source>
        <translation>%1 không có số liệu cấp %2: chỉ tiêu này chỉ được báo cáo cho %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="461"/>
        <source>%1 %2: left out, %3</source>
        <translation>%1 %2: bỏ qua, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="465"/>
        <source>%1 %2: left out, a merged province has no value</source>
        <translation>%1 %2: bỏ qua, một tỉnh được hợp nhất chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="468"/>
        <source>no %1 values of %2 for these units and periods.</source>
        <translation>không có giá trị %1 của %2 cho các đơn vị và kỳ này.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="502"/>
        <location filename="../app/cli/commands.cpp" line="520"/>
        <location filename="../app/cli/taskcommands.cpp" line="127"/>
        <location filename="../app/cli/taskcommands.cpp" line="147"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="521"/>
        <source>%1 observations written to %2</source>
        <translation>Đã ghi %1 số liệu vào %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Cannot open %1: no such file.</source>
        <translation>Không mở được %1: không có tệp này.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="67"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="69"/>
        <source>%1 is larger than 1 GB.</source>
        <translation>%1 lớn hơn 1 GB.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="72"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="77"/>
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>%1 refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="93"/>
        <source>%1: %2 cells, %3 observations, %4 refused, %5 missing values skipped, %6 left out by the mapping.</source>
        <translation>%1: %2 ô, %3 số liệu, %4 bị từ chối, bỏ qua %5 giá trị thiếu, %6 bị loại theo bảng ánh xạ mã.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="97"/>
        <source>%1 observations deleted by the source.</source>
        <translation>%1 số liệu bị nguồn xóa.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="99"/>
        <source>warning: status &quot;%1&quot; (%2 values) read as final; map it under &quot;status&quot; in the mapping.</source>
        <translation>cảnh báo: trạng thái &quot;%1&quot; (%2 giá trị) được đọc là final; hãy ánh xạ trạng thái này trong phần &quot;status&quot; của bảng ánh xạ mã.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="104"/>
        <source>cell %1</source>
        <translation>ô %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="105"/>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="130"/>
        <source>… and %1 more refused.</source>
        <translation>… và %1 dòng khác bị từ chối.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="201"/>
        <source>%1: dry run, nothing written: %2 records read, %3 would be written, %4 unchanged, %5 would be quarantined.</source>
        <translation>%1: chạy thử, không ghi gì: đã đọc %2 bản ghi, %3 sẽ được ghi, %4 không đổi, %5 sẽ bị cách ly.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="202"/>
        <source>%1: dry run without a cache (nothing checked against a catalogue): %2 records read, %3 observations, %4 unchanged, %5 refused.</source>
        <translation>%1: chạy thử không có tệp dữ liệu (không đối chiếu với danh mục): đã đọc %2 bản ghi, %3 số liệu, %4 không đổi, %5 bị từ chối.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="209"/>
        <source>%1: %2 records read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation>%1: đã đọc %2 bản ghi, %3 đã ghi, %4 không đổi, %5 bị cách ly.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="213"/>
        <source>%1 observations removed as the source deleted them (their values are kept in the history).</source>
        <translation>Đã gỡ %1 số liệu do nguồn đã xóa (giá trị của chúng vẫn được lưu trong lịch sử).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="225"/>
        <source>nothing would be imported: the file has bad records and the mode is all-or-nothing.</source>
        <translation>sẽ không có gì được nhập: tệp có bản ghi lỗi và đang dùng chế độ all (nhập tất cả hoặc không nhập gì).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="226"/>
        <source>nothing was imported: the file has bad records and the mode is all-or-nothing (use --mode rows to import the good ones).</source>
        <translation>không có gì được nhập: tệp có bản ghi lỗi và đang dùng chế độ all (nhập tất cả hoặc không nhập gì); dùng --mode rows để nhập các bản ghi hợp lệ.</translation>
    </message>
    <message>
        <location filename="../app/cli/opencache.cpp" line="23"/>
        <source>%1 Create one with: dieuhanh-sync init --cache %2</source>
        <translation>%1 Hãy tạo bằng lệnh: dieuhanh-sync init --cache %2</translation>
    </message>
    <message>
        <location filename="../app/cli/opencache.cpp" line="28"/>
        <source>%1 Upgrade it with: dieuhanh-sync upgrade --cache %2</source>
        <translation>%1 Hãy nâng cấp bằng lệnh: dieuhanh-sync upgrade --cache %2</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="45"/>
        <source>queued</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="47"/>
        <source>fetching %1, page %2 of %3</source>
        <translation>đang tải %1, trang %2/%3</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>fetching %1, page %2</source>
        <translation>đang tải %1, trang %2</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>fetching %1</source>
        <translation>đang tải %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>reading %1</source>
        <translation>đang đọc %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="58"/>
        <source>writing (%1 observations so far)</source>
        <translation>đang ghi (đến lúc này: %1 số liệu)</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="59"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="60"/>
        <source>nothing new</source>
        <translation>không có gì mới</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="61"/>
        <source>failed: %1</source>
        <translation>không thành công: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="62"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="69"/>
        <source>%1 written, %2 unchanged, %3 removed, %4 quarantined; %5 requests</source>
        <translation>%1 đã ghi, %2 không đổi, %3 đã gỡ, %4 bị cách ly; %5 yêu cầu</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="82"/>
        <source>No endpoints file at %1: give one with --endpoints FILE (see resources/schemas/endpoints.md).</source>
        <translation>Không có tệp khai báo nguồn dữ liệu tại %1: hãy chỉ định bằng --endpoints FILE (xem resources/schemas/endpoints.md).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="96"/>
        <source>There is no endpoint %1 in %2.</source>
        <translation>Không có nguồn dữ liệu %1 trong %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="171"/>
        <source>No endpoint has been synced into this cache.</source>
        <translation>Chưa có nguồn dữ liệu nào được đồng bộ vào tệp dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="180"/>
        <source>(disabled)</source>
        <translation>(đã tắt)</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="183"/>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="186"/>
        <source>last run:     %1, %2</source>
        <translation>lần chạy gần nhất:       %1, %2</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="190"/>
        <source>last success: %1</source>
        <translation>lần thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="192"/>
        <source>last error:   %1: %2</source>
        <translation>lỗi gần nhất:            %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="196"/>
        <source>observations pulled: %1</source>
        <translation>số liệu đã lấy:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="200"/>
        <source>next run:     %1</source>
        <translation>lần chạy tiếp theo:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="98"/>
        <source>%1: %2 tasks read, %3 written, %4 quarantined.</source>
        <translation>%1: đã đọc %2 nhiệm vụ, đã ghi %3, %4 bị đưa vào cách ly.</translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="111"/>
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good ones).</source>
        <translation>không nhập gì: tệp có dòng lỗi và chế độ là nhập tất cả hoặc không nhập gì (dùng --mode rows để nhập các dòng hợp lệ).</translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="148"/>
        <source>%1 tasks written to %2</source>
        <translation>đã ghi %1 nhiệm vụ vào %2</translation>
    </message>
</context>
</TS>

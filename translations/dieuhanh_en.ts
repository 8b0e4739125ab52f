<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Aggregation</name>
    <message>
        <location filename="../app/core/aggregation.cpp" line="16"/>
        <source>A member has no value, so the total would be understated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="28"/>
        <source>A member has no value, so the mean would be biased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="31"/>
        <source>A member has no weight, so the weighted mean cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="36"/>
        <source>The weights sum to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="45"/>
        <source>A component of the ratio is missing for a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="47"/>
        <source>The denominator of the ratio is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="53"/>
        <source>%1 is not additive: its values cannot be combined across units or periods, only read where they were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="61"/>
        <source>There is no member to combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="79"/>
        <source>There is no period to combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="91"/>
        <source>The last period has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="107"/>
        <source>Combining the values of %1 gives a number too large to hold (%2): a member&apos;s value is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPack</name>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="117"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="183"/>
        <source>&quot;%1&quot; is no kind of page (home, indicator, map, ranking, breakdown, text, atlas, tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="188"/>
        <source>a %1 page has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="195"/>
        <source>is not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="205"/>
        <source>the page names no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="207"/>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="211"/>
        <source>&quot;%1&quot; is not a period (2026-10, 2026-Q3, 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="217"/>
        <source>&quot;%1&quot; is not a kind of period (month, quarter, year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="221"/>
        <source>is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="226"/>
        <source>is 34 (from 1 July 2025) or 63 (before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="235"/>
        <source>holds something other than lines of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="243"/>
        <source>a text page needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="245"/>
        <source>a text page needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="251"/>
        <source>is not an indicator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="255"/>
        <source>an atlas shows 1 to 12 indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="294"/>
        <source>%1:%2: the pack is not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="295"/>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="306"/>
        <source>a pack is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="309"/>
        <source>unsupported version %1 (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="312"/>
        <source>the meeting has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="317"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="330"/>
        <source>&quot;%1&quot; is no paper (a4-landscape, slides-16x9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="333"/>
        <source>is vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="336"/>
        <source>the pack has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="340"/>
        <source>a page is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="353"/>
        <source>Cannot read the pack %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="401"/>
        <source>Cannot write the pack %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="420"/>
        <source>&quot;%1&quot; is neither the nation (VN), a ministry nor a province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/briefingpack.cpp" line="423"/>
        <location filename="../app/models/briefingpack.cpp" line="428"/>
        <source>the cache has no indicator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="31"/>
        <source>Cannot read the cache file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="34"/>
        <source>%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="45"/>
        <source>The cache %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="60"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="72"/>
        <source>Cannot open the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="80"/>
        <source>The cache %1 cannot be written: %2 It can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="103"/>
        <source>The cache %1 cannot be read where it is: changes not yet folded into it are in its log %2, which SQLite reads through a shared-memory file (%3) that it cannot make in this read-only folder. Copy the cache and its log to a folder that can be written, or open it once where it can be written, which folds the log into the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="123"/>
        <source>the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="130"/>
        <source>its folder cannot be written, and SQLite keeps its log there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="132"/>
        <source>%1 is not a Điều hành cache or is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="137"/>
        <source>The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="142"/>
        <location filename="../app/store/sqlite/connection.cpp" line="144"/>
        <source>%1 is corrupt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="146"/>
        <source>%1 is a SQLite database but not a Điều hành cache. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="148"/>
        <source>%1 is damaged: its observation table is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="156"/>
        <source>%1 is empty, not a Điều hành cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="159"/>
        <source>The cache %1 was written by an earlier version of Điều hành (schema %2; this version reads schema %3), and reading it does not upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="256"/>
        <source>The cache %1 was opened for reading only, so it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="263"/>
        <source>The cache %1 is busy: another program (an import, a sync or the app) is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="267"/>
        <source>The cache %1 cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="269"/>
        <source>The cache %1 refused to start writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="216"/>
        <source>The cache %1 cannot be set up: %2 answered %3 instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="246"/>
        <source>The cache %1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="326"/>
        <source>The check of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="339"/>
        <source>The cache&apos;s log could not be folded into its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="148"/>
        <source>The catalogue of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="161"/>
        <source>An indicator without a code cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="163"/>
        <source>The valid range of %1 is empty: %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="167"/>
        <source>The breakdown of %1 cannot be stored: &quot;%2&quot; is not a dimension of it, or is empty, holds = ; or a control character, or starts like a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="239"/>
        <source>The unit of measure of %1 cannot change from &quot;%2&quot; to &quot;%3&quot; while the cache holds figures of it; nothing of the catalogue was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="253"/>
        <source>The dimension &quot;%1&quot; cannot be stored: a code is not empty and holds no = ; or control character, and does not start like a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="260"/>
        <source>The value &quot;%1&quot; of dimension %2 cannot be stored: it is repeated, or is empty, holds = ; or a control character, or starts like a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cataloguerepository.cpp" line="268"/>
        <source>The value %1 of dimension %2 is part of %3, which is not a value of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="23"/>
        <source>Unknown indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="28"/>
        <source>Unknown unit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="111"/>
        <location filename="../app/store/observationrepository.cpp" line="146"/>
        <source>The cache %1 is damaged: observations refer to key %2, which it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationrepository.cpp" line="167"/>
        <location filename="../app/store/observationrepository.cpp" line="203"/>
        <source>The cache %1 did not keep %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/schema.cpp" line="280"/>
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/statisticsrepository.cpp" line="98"/>
        <source>The cache %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/connection.cpp" line="329"/>
        <source>The cache %1 is damaged (%2). Replace it with a copy or rebuild it; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/statement.cpp" line="46"/>
        <source>The cache cannot be queried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/sqlite/statement.cpp" line="97"/>
        <source>The cache refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/feedrepository.cpp" line="73"/>
        <location filename="../app/store/reportstatusrepository.cpp" line="80"/>
        <location filename="../app/store/taskrepository.cpp" line="402"/>
        <source>A page of the feed holds at least one change, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/reportstatusrepository.cpp" line="30"/>
        <source>A report status needs an indicator, a unit and a period: %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskquerysql.cpp" line="81"/>
        <source>Selecting tasks by state needs an as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="95"/>
        <source>Task %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="102"/>
        <source>it has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="104"/>
        <source>it has no assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="106"/>
        <source>its document has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepository.cpp" line="109"/>
        <source>a change in its history has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepositorycounts.cpp" line="50"/>
        <source>Counting tasks by state needs an as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/taskrepositorycounts.cpp" line="123"/>
        <source>A task trend needs a range of dates, not %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="78"/>
        <source>%1 exists already; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="81"/>
        <source>The bundled sample %1 is missing, so no cache can be made at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="84"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="91"/>
        <source>Cannot copy the bundled sample to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="109"/>
        <source>There is no cache at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="111"/>
        <source>%1 is empty, not a Điều hành cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoroplethRenderer</name>
    <message>
        <location filename="../widgets/map/choroplethrenderer.cpp" line="105"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeMapping</name>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="28"/>
        <source>Code mapping, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="45"/>
        <source>unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="59"/>
        <source>expected a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="68"/>
        <location filename="../app/sync/codemapping.cpp" line="325"/>
        <source>expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="90"/>
        <source>expected in-period, cumulative or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="98"/>
        <source>expected final, provisional or estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="112"/>
        <source>expected a code, &quot;&quot; (the total) or null (left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="113"/>
        <source>expected a code or null (left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="127"/>
        <source>expected the catalogue&apos;s name of the dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="129"/>
        <source>dimension %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="151"/>
        <source>expected a code, null (left out) or an object with code, scale, measure, valueKind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="159"/>
        <source>required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="164"/>
        <source>expected a finite number other than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="209"/>
        <source>expected the id of the category kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="214"/>
        <source>a dimension cannot be both fixed and a disaggregation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="250"/>
        <source>expected a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="271"/>
        <source>expected one character other than a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="276"/>
        <source>expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="280"/>
        <source>a decimal comma needs another delimiter (&quot;;&quot; or a tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="295"/>
        <source>required: the column of the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="300"/>
        <source>required: a column, or a constant under /constants/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="319"/>
        <source>The code mapping is not JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="331"/>
        <source>required, and must be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="362"/>
        <source>expected an object of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="386"/>
        <source>Cannot open the code mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/codemapping.cpp" line="389"/>
        <source>The code mapping %1 is larger than 64 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../app/sync/credentials.cpp" line="35"/>
        <source>The keychain has no entry %1 under the service %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="40"/>
        <source>The keychain refused to give the entry %1 (service %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="46"/>
        <source>The keychain entry %1 (service %2) cannot be read: %3 (error %4). Is a keychain service (GNOME Keyring, KWallet) running in this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="58"/>
        <source>The keychain did not answer within %1 seconds for the entry %2 (service %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="70"/>
        <source>The secret in %1 holds spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="80"/>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="84"/>
        <source>The environment variable %1 is not set (or is empty): set it to the secret before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="89"/>
        <source>The environment variable %1 is not set (or is empty), and the keychain fails too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="93"/>
        <source>the keychain entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="101"/>
        <source>The endpoint&apos;s auth is not a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/credentials.cpp" line="108"/>
        <source>The endpoint&apos;s auth is not a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappedReader</name>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="40"/>
        <source>The code mapping has no csv section: it does not say which column is which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="46"/>
        <source>The file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="51"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="75"/>
        <source>The header has no column &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="112"/>
        <source>Line %1: unterminated quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="114"/>
        <source>Line %1: expected %2 fields, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="119"/>
        <source>Line %1, column %2: empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvmappedreader.cpp" line="135"/>
        <source>Line %1, column %2: &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvObservationReader</name>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="70"/>
        <source>The reading was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="117"/>
        <source>This is not a CSV file: its first line holds binary data, not column names. Expected a header such as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="135"/>
        <source>Unknown column &quot;%1&quot; in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="137"/>
        <source>Column &quot;%1&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="146"/>
        <source>The header lacks the required column(s): %1. Expected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="157"/>
        <source>Unterminated quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="159"/>
        <source>Expected %1 fields, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="163"/>
        <source>The indicator or unit code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="166"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="170"/>
        <source>The value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="171"/>
        <source>Malformed number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="175"/>
        <source>Malformed disaggregation &quot;%1&quot; (expected dim=value;dim=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="181"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="184"/>
        <source>Unknown status &quot;%1&quot; (final, provisional or estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="192"/>
        <source>Malformed revision &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="254"/>
        <source>The source deletes this observation, and this import cannot remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="275"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="298"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="307"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="321"/>
        <source>Cannot read %1 near line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="332"/>
        <source>%1 is not valid UTF-8 near line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardLayout</name>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="17"/>
        <source>The layout is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="21"/>
        <source>Unsupported layout version %1 (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="30"/>
        <source>A layout has 1 to 12 columns, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="32"/>
        <source>A sparkline shows 2 to 240 periods, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="36"/>
        <source>A tile names no indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="38"/>
        <source>The indicator %1 has two tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="42"/>
        <source>The layout has no tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="66"/>
        <source>Cannot read the layout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="77"/>
        <source>Cannot save the layout to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardLoader</name>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="20"/>
        <source>Superseded by a newer request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="26"/>
        <source>The indicator %1 is not in this cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../app/analytics/derived.cpp" line="15"/>
        <source>There is no value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="37"/>
        <source>A %1 period has no same period last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="45"/>
        <source>%1 is a ratio: its year to date is computed from its components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="126"/>
        <source>A percent change from zero is undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="133"/>
        <source>The target is zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFormat</name>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="24"/>
        <source>The JSON-stat response holds %1 datasets; import one dataset at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="61"/>
        <source>This is a %1 packet, which holds no observations: import takes the kpi-data packets of the reporting API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentformats.cpp" line="71"/>
        <source>--format csv-mapped needs --mapping FILE: the mapping says which column is which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentObservations</name>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="118"/>
        <source>Code &quot;%1&quot; of dimension %2 is not in the mapping&apos;s %3 table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="130"/>
        <source>The mapping&apos;s %1 names dimension &quot;%2&quot;, which the document does not have (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="154"/>
        <source>The document has no time dimension: name it in the mapping (dimensions.period) or give constants.period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="156"/>
        <source>The document has no metric dimension: name the indicator&apos;s dimension in the mapping (dimensions.indicator) or give constants.indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="158"/>
        <source>The document has no geographic dimension: name the unit&apos;s dimension in the mapping (dimensions.unit) or give constants.unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="166"/>
        <source>The mapping fixes dimension %1 to &quot;%2&quot;, which is not one of its categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="197"/>
        <source>Dimension %1 has one category, &quot;%2&quot;, and the mapping neither fixes it (dimensions.fixed: if it is the total) nor makes it a disaggregation (dimensions.disaggregations): the figures would be stored as the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="201"/>
        <source>Dimension %1 has %2 categories and the mapping neither makes it a disaggregation (dimensions.disaggregations) nor fixes it to one (dimensions.fixed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="248"/>
        <location filename="../app/sync/documentobservations.cpp" line="279"/>
        <location filename="../app/sync/documentobservations.cpp" line="305"/>
        <source>(constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="301"/>
        <source>Period &quot;%1&quot; of dimension %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="419"/>
        <source>&quot;%1&quot; is not a value kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="428"/>
        <source>The cell has no unit: the document has no geographic dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="432"/>
        <source>The disaggregation &quot;%1&quot; is not of the form dim=value;dim=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/documentobservations.cpp" line="461"/>
        <location filename="../app/sync/documentobservations.cpp" line="464"/>
        <source>The reading was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="12"/>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="13"/>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="14"/>
        <source>weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="15"/>
        <source>ratio of sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="16"/>
        <source>sum of end-of-period stocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="17"/>
        <source>not additive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="25"/>
        <source>budget level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="27"/>
        <source>revenue source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="29"/>
        <source>economic sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="31"/>
        <source>type of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="33"/>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="40"/>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="41"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="42"/>
        <source>Value added tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="43"/>
        <source>Corporate income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="44"/>
        <source>Personal income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="45"/>
        <source>Land revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="46"/>
        <source>Other revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="47"/>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="48"/>
        <source>Real estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="49"/>
        <source>Electricity and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="50"/>
        <source>Wholesale and retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="51"/>
        <source>Other sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="52"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="53"/>
        <source>Non-state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="54"/>
        <source>Foreign-invested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/domainlabels.cpp" line="55"/>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointFile</name>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="69"/>
        <source>Cannot open the endpoints file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="72"/>
        <source>The endpoints file %1 is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointfile.cpp" line="172"/>
        <source>Cannot save the endpoints file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="27"/>
        <source>a secret does not belong in the endpoints file: name the environment variable that holds it (tokenEnvironment, passphraseEnvironment) or its entry in the keychain (keychainKey, passphraseKeychainKey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="49"/>
        <source>%1:%2: not JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="55"/>
        <source>is given twice; which one counts would be a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="75"/>
        <source>&quot;%1&quot; is already the id of endpoints[%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="94"/>
        <source>is not a member here (these are: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="111"/>
        <source>&quot;%1&quot; is not a format an endpoint can have (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="123"/>
        <source>applies to the formats reporting and worldbank only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="138"/>
        <source>a user name or password in the URL is refused: give the endpoint an auth member instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="141"/>
        <source>the query parameter %1 holds a secret; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="144"/>
        <source>is not an absolute URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="148"/>
        <source>plain http is allowed only on this machine (127.0.0.1, ::1, localhost); use https for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="151"/>
        <source>the scheme must be https (or http on 127.0.0.1, ::1, localhost), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="162"/>
        <source>applies to the format pxweb only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="182"/>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="198"/>
        <source>is not the name of an environment variable (letters, digits and _, at most 128): give the variable&apos;s name, not the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="201"/>
        <source>is not a keychain key (1 to 200 characters, no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="223"/>
        <source>a bearer token needs tokenEnvironment or keychainKey (or both) to say where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="233"/>
        <source>&quot;%1&quot; is not none, bearer or clientCertificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="243"/>
        <source>expected &quot;manual&quot;, {&quot;every&quot;: minutes} or {&quot;daily&quot;: &quot;HH:MM&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="248"/>
        <source>expected one of every and daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointreader.cpp" line="262"/>
        <source>&quot;%1&quot; is not a time (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointSync</name>
    <message>
        <location filename="../app/sync/documentsync.cpp" line="140"/>
        <source>The World Bank answered page %1 where page %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointsync.cpp" line="174"/>
        <source>%1 answered with content of type %2, not %3: it is not the %4 the endpoint is configured for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/endpointsync.cpp" line="211"/>
        <source>The answer gives %1 in %2, but the cache holds it in %3: an answer that changes an indicator&apos;s unit of measure is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/reportingsync.cpp" line="128"/>
        <source>%1 answered with a %2 packet where a %3 packet was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/reportingsync.cpp" line="136"/>
        <source>%1 answered a feed query without paging: the client cannot tell where the feed goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedWatch</name>
    <message>
        <location filename="../app/sync/feedwatch.cpp" line="91"/>
        <source>The server answers at once instead of holding the query: it is pulled on its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoJsonLoader</name>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="69"/>
        <source>The map geometry is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="73"/>
        <source>The map geometry is not a GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="88"/>
        <source>Feature %1 of the map geometry has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="100"/>
        <source>Feature %1 (%2) of the map geometry has a malformed ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="119"/>
        <source>The map geometry has no polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/map/geojsonloader.cpp" line="130"/>
        <source>Cannot read the map geometry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <location filename="../app/core/indicator.cpp" line="99"/>
        <source>The value %1 lies outside the range of %2 (%3 to %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="109"/>
        <source>The disaggregation &quot;%1&quot; holds a control character, or a name or value starting with =, +, - or @, which a spreadsheet would run as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="117"/>
        <source>%1 has no disaggregation, so it has no dimension &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="119"/>
        <source>%1 has no dimension &quot;%2&quot; (its dimensions: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="125"/>
        <source>The catalogue lists no values for the dimension %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/indicator.cpp" line="126"/>
        <source>&quot;%1&quot; is not a value of the dimension %2 of %3 (its values: %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="34"/>
        <source>Superseded by a newer request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="84"/>
        <source>The components of %1 are not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="144"/>
        <source>%1 of the %2 provinces cannot be shown: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="153"/>
        <source>Unknown indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="172"/>
        <source>%1 is shown by periods such as %2, and %3 is not within one of them: give one such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStatReader</name>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="102"/>
        <source>The dataset has no &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="106"/>
        <source>&quot;value&quot; is neither an array nor an object of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="115"/>
        <source>&quot;%1&quot; has the key &quot;%2&quot;, which is not a position from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="124"/>
        <source>&quot;%1&quot; names the position %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="136"/>
        <source>&quot;status&quot; is neither a text, an array nor an object of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="141"/>
        <source>&quot;status&quot; holds something other than a text at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="146"/>
        <source>&quot;status&quot; has %1 entries; it needs one, or one for each of the %2 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="182"/>
        <source>&quot;value&quot; has %1 values but the sizes make %2 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="214"/>
        <source>&quot;value&quot; at position %1 is true or false, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatcellreader.cpp" line="260"/>
        <source>%n values are text that is not a number; they are read as missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="110"/>
        <source>The dataset is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="120"/>
        <source>The dataset has no &quot;dimension&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="129"/>
        <source>The dataset lacks &quot;id&quot; or &quot;size&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="131"/>
        <source>&quot;id&quot; and &quot;size&quot; must be arrays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="134"/>
        <source>&quot;id&quot; names %1 dimensions but &quot;size&quot; gives %2 sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="143"/>
        <source>&quot;id&quot; holds something other than a text at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="147"/>
        <source>&quot;size&quot; at position %1 is not a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="151"/>
        <source>&quot;id&quot; names dimension &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="159"/>
        <source>&quot;id&quot; names dimension &quot;%1&quot;, which &quot;dimension&quot; does not describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="168"/>
        <source>&quot;dimension&quot; describes &quot;%1&quot;, which &quot;id&quot; does not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="178"/>
        <source>The product of &quot;size&quot; is too large (at dimension &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="219"/>
        <source>Dimension &quot;%1&quot; has the metric role but no unit for %n of its categories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="234"/>
        <source>&quot;updated&quot; is not an ISO 8601 date: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="271"/>
        <source>The source answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="272"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="282"/>
        <source>&quot;role&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="290"/>
        <source>&quot;role.%1&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="296"/>
        <source>&quot;role.%1&quot; names &quot;%2&quot;, which is not a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="310"/>
        <source>Dimension &quot;%1&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="315"/>
        <source>Dimension &quot;%1&quot; has no &quot;category&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="326"/>
        <source>Dimension &quot;%1&quot;: category.index holds something other than a text at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="337"/>
        <source>Dimension &quot;%1&quot;: category.index gives &quot;%2&quot; the position %3; %4 categories take the positions 0 to %5, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="344"/>
        <source>Dimension &quot;%1&quot;: category.index is neither an array nor an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="348"/>
        <source>Dimension &quot;%1&quot; has no category.index, which only a dimension of one category named by its category.label may leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="354"/>
        <source>Dimension &quot;%1&quot; has too many categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="357"/>
        <source>Dimension &quot;%1&quot;: category &quot;%2&quot; appears twice in category.index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="362"/>
        <source>Dimension &quot;%1&quot; has %2 categories but &quot;size&quot; says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="376"/>
        <source>Dimension &quot;%1&quot;: category.%2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="381"/>
        <source>Dimension &quot;%1&quot;: category.%2 names &quot;%3&quot;, which is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="401"/>
        <source>Dimension &quot;%1&quot;: the unit of &quot;%2&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="415"/>
        <source>Dimension &quot;%1&quot;: the decimals of &quot;%2&quot; are not a whole number from 0 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="422"/>
        <source>Dimension &quot;%1&quot;: the multiplier of &quot;%2&quot; is not a whole number from -30 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="438"/>
        <source>Dimension &quot;%1&quot;: category.child is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="442"/>
        <source>Dimension &quot;%1&quot;: category.child has children for &quot;%2&quot;, which is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="447"/>
        <source>Dimension &quot;%1&quot;: the children of &quot;%2&quot; are not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="454"/>
        <source>Dimension &quot;%1&quot;: &quot;%2&quot; has the child &quot;%3&quot;, which is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatdatasetreader.cpp" line="480"/>
        <source>Dimension &quot;%1&quot;: category.child goes round in a circle through &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="208"/>
        <source>Not valid JSON near byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="265"/>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatparser.cpp" line="349"/>
        <source>Not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="29"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="48"/>
        <source>%1: &quot;link.item&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="55"/>
        <source>%1, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="57"/>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="78"/>
        <source>The document is not a JSON-stat response: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="96"/>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="101"/>
        <source>%n item(s) of the collection are linked, not embedded: fetch them from their href.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="105"/>
        <source>A JSON-stat response of class &quot;%1&quot; holds no data to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="118"/>
        <source>Dataset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="123"/>
        <source>The document is not a JSON-stat response: it has no class and no dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="126"/>
        <source>The response is a JSON-stat 1.0 bundle, a form 2.0 replaces with collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/jsonstatreader.cpp" line="148"/>
        <source>The document is too large to read in the memory available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../app/models/kpitext.cpp" line="21"/>
        <source>vs previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="22"/>
        <source>vs previous quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="23"/>
        <source>vs previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="24"/>
        <source>vs previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="25"/>
        <source>vs previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="26"/>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="35"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="52"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="60"/>
        <source>%1, year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="66"/>
        <source>vs same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="70"/>
        <source>Year to date, %n quarter(s): %1 %2</source>
        <translation>
            <numerusform>Year to date, %n quarter: %1 %2</numerusform>
            <numerusform>Year to date, %n quarters: %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="71"/>
        <source>Year to date, %n month(s): %1 %2</source>
        <translation>
            <numerusform>Year to date, %n month: %1 %2</numerusform>
            <numerusform>Year to date, %n months: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="84"/>
        <source>Target %1: at most %2 — within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="85"/>
        <source>Target %1: at most %2 — exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="89"/>
        <source>%1 % of the %2 target (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="92"/>
        <source>Target %1: %2 — progress unknown, periods of the year are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="99"/>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="101"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="104"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="107"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="108"/>
        <source>Simulated data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationWriter</name>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="190"/>
        <source>The cache failed during the import, so nothing of it was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="176"/>
        <source>Unknown indicator code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="181"/>
        <source>Unknown unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="205"/>
        <source>Period %1 does not fit %2, which is reported by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="216"/>
        <source>The value is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="224"/>
        <source>Wrong unit of measure: %1 is reported in %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="323"/>
        <source>The cache neither took the row nor holds its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="357"/>
        <source>Revision %1 is older than revision %2 (value %3) on line %4 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="363"/>
        <source>A duplicate key in this file: line %1 has the same indicator, unit, period, breakdown and value kind, with revision %2 and value %3; this line has value %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriterbatch.cpp" line="67"/>
        <source>the cache ended the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="299"/>
        <source>The cache did not take the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="48"/>
        <source>Unit %1 exists from %2; period %3 ended before it. Report it on the units of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="52"/>
        <source>Unit %1 ceased on %2 without a successor; period %3 began after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="77"/>
        <source>The disaggregation &quot;%1&quot; is malformed: it must be dimension=value pairs joined by ;, one value per dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="81"/>
        <source>The disaggregation &quot;%1&quot; is not in its canonical form &quot;%2&quot; (dimensions in order, no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="360"/>
        <source>Revision %1 is older than the cached revision %2 (value %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="366"/>
        <source>Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/observationwriterbatch.cpp" line="63"/>
        <source>No import is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <location filename="../app/core/optionparser.cpp" line="16"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="46"/>
        <source>a date like 2025-07-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="57"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="82"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="107"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="110"/>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="116"/>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/optionparser.cpp" line="120"/>
        <source>--%1 expects %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/gui/pack/packcommand.cpp" line="58"/>
        <source>The cache could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDataLoader</name>
    <message>
        <location filename="../app/models/packdata.cpp" line="48"/>
        <source>No province has values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackPagePainter</name>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="110"/>
        <source>%1: map of the provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="111"/>
        <source>%1: provinces ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="112"/>
        <source>%1: breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="163"/>
        <source>The dashboard has no tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="196"/>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="268"/>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="218"/>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="244"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="266"/>
        <source>34 provinces (from 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="266"/>
        <source>63 provinces (before 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="272"/>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="294"/>
        <source>No province has values for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="311"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="313"/>
        <source>This indicator has no breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="361"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="374"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="376"/>
        <source>One of the 34 provinces (from 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packpagepainter.cpp" line="376"/>
        <source>One of the 63 provinces (before 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="74"/>
        <source>simulated tasks of the synthetic sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="74"/>
        <source>the task-tracking records held in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="103"/>
        <source>simulated figures of the synthetic sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="105"/>
        <source>World Bank, World Development Indicators (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="127"/>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="139"/>
        <source>Page %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="147"/>
        <source>SIMULATED DATA — not official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="158"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="182"/>
        <source>Cannot paint the pack on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="194"/>
        <source>Cannot start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="215"/>
        <source>Cannot finish painting the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packrenderer.cpp" line="230"/>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTable</name>
    <message numerus="yes">
        <location filename="../app/gui/pack/packtable.cpp" line="164"/>
        <source>… and %n more rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packtable.cpp" line="169"/>
        <source>%n columns left out for want of room: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackTasksPage</name>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="42"/>
        <source>The cache holds no task of %1 assigned by %2: there is nothing to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="51"/>
        <source>the whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="74"/>
        <source>As of %1 · rates are shares of the %2 tasks with a deadline; %3 standing tasks (no deadline) counted apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="99"/>
        <source>On-time completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="100"/>
        <source>of the tasks with a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="143"/>
        <source>Ministries and agencies by overdue tasks at %1, most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="144"/>
        <source>Provinces by overdue tasks at %1, most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="147"/>
        <source>%1: rank %2 of %3 by overdue tasks at %4 (1 = most overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packtaskspage.cpp" line="157"/>
        <source>No task of these units by that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="52"/>
        <source>Quần đảo Hoàng Sa (Đà Nẵng)</source>
        <translation>Hoàng Sa archipelago (Đà Nẵng)</translation>
    </message>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="53"/>
        <source>Quần đảo Trường Sa (Khánh Hòa)</source>
        <translation>Trường Sa archipelago (Khánh Hòa)</translation>
    </message>
    <message>
        <location filename="../app/gui/provincegeometry.cpp" line="58"/>
        <source>Administrative boundaries: geoBoundaries.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PxReader</name>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="58"/>
        <source>The file has no DATA: it is not a PX file, or it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="66"/>
        <source>Line %1 does not start a keyword (KEYWORD=value;): it is not a PX file, or it is damaged there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="77"/>
        <source>The language of %1 on line %2 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="87"/>
        <source>A text in the parentheses of %1 on line %2 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="93"/>
        <source>The parentheses of %1 on line %2 are not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="101"/>
        <source>%1 on line %2 has no &apos;=&apos; after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="116"/>
        <source>A text of %1 that starts on line %2 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="122"/>
        <source>%1 on line %2 does not end with &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="166"/>
        <source>%1 on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxkeywords.cpp" line="171"/>
        <source>The value of %1 is malformed: expected quoted texts separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="129"/>
        <source>DATA, cell %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="148"/>
        <source>The variables make a cube of more cells than DATA can hold (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="157"/>
        <source>The file has %1 variables for %2 cells: more than a table can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="172"/>
        <source>DATA has more values than the %1 cells of the variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="180"/>
        <source>a quoted symbol is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="210"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcells.cpp" line="221"/>
        <source>DATA has %1 values for the %2 cells of the variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcells.cpp" line="231"/>
        <source>%n cell(s) hold a symbol PX does not define (e.g. &quot;%1&quot;); they were read as missing values with it as status.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="85"/>
        <source>The file names no code page; its text was read as Windows-1252, so its accents may be wrong if it was written in another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="96"/>
        <source>The file says its code page is %1, but its text is not valid UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="104"/>
        <source>The file says its code page is %1, but its text is UTF-8; it was read as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxcharset.cpp" line="122"/>
        <source>The code page %1 is not known here; the file was read as Windows-1252, so its accents may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="197"/>
        <source>The file says its code page is %1 but has %n character(s) of Windows-1252 (curly quotes, dashes …); they were read as Windows-1252.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="199"/>
        <source>%n character(s) of the file are lost: they did not decode as %1 or were already replaced by U+FFFD before the file was written (e.g. &quot;%2&quot;).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxcharset.cpp" line="203"/>
        <source>The file&apos;s text looks encoded twice (UTF-8 read as a single-byte code page, then saved again) in %n place(s), e.g. &quot;%1&quot;: its accents are wrong in the source.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="157"/>
        <source>%1 is given twice, differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="163"/>
        <source>The file has neither STUB nor HEADING: it names no variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="167"/>
        <source>The variable &quot;%1&quot; is named twice in STUB and HEADING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="177"/>
        <source>STUB[%1] and HEADING[%1] do not name as many variables as STUB and HEADING; the variable names in %1 were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="209"/>
        <source>%1 names no variable in its parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="215"/>
        <source>%1 names the variable &quot;%2&quot;, which is in neither STUB nor HEADING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="216"/>
        <source>%1 names the variable &quot;%2&quot;, which is in neither STUB nor HEADING; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="222"/>
        <source>%1 is given twice for the variable &quot;%2&quot;, differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="248"/>
        <source>The variable &quot;%1&quot; has no VALUES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="257"/>
        <source>%1 gives %2 codes for the %3 values of &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="275"/>
        <source>%1 gives %2 values for the %3 of &quot;%4&quot;; its labels were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="307"/>
        <source>The range of %1 is not %2 periods of TLIST(%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="314"/>
        <source>%1 gives %2 periods for the %3 values of &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/pxreader.cpp" line="332"/>
        <source>%n period(s) of %1 do not read as periods of TLIST(%2) (e.g. &quot;%3&quot;); their codes were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="383"/>
        <source>%1 names a variable that is in neither STUB nor HEADING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="385"/>
        <source>%1 names the time variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="422"/>
        <source>%1 is not for a value of the content variable; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="440"/>
        <location filename="../app/sync/readers/pxreader.cpp" line="463"/>
        <source>%1 is not a number of decimals from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="468"/>
        <source>%1 does not name a variable and one of its values; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="487"/>
        <source>%1 is not a date (CCYYMMDD hh:mm): &quot;%2&quot;; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="511"/>
        <source>%1 names &quot;%2&quot;, which is not a value of its variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="522"/>
        <source>The variable &quot;%1&quot; has the code &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="529"/>
        <source>Two variables have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxreader.cpp" line="540"/>
        <source>The file writes its cells with KEYS, which is not read here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PxWebQuery</name>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="86"/>
        <source>The query is not valid JSON (%1 near byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="91"/>
        <source>The document is not a PX-Web query: it has no &quot;query&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="103"/>
        <source>Selection %1 of the query names no variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="118"/>
        <source>Variable &quot;%1&quot;: unknown filter &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="127"/>
        <source>Variable &quot;%1&quot;: a value is neither a text nor a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="140"/>
        <source>The table &quot;%1&quot; has no variable &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="143"/>
        <source>The query selects the variable &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="147"/>
        <source>Variable &quot;%1&quot;: the selection is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="152"/>
        <source>Variable &quot;%1&quot; has no value &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="158"/>
        <source>Variable &quot;%1&quot;: top needs one count above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="160"/>
        <source>Variable &quot;%1&quot;: the wildcard matches no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebquery.cpp" line="165"/>
        <source>The query must select the variable &quot;%1&quot;, which the table cannot leave out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PxWebTable</name>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="52"/>
        <source>The table&apos;s metadata is not valid JSON (%1 near byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="57"/>
        <source>The document is not a PX-Web table&apos;s metadata: it has no &quot;variables&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="71"/>
        <source>Variable %1 of the table has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="74"/>
        <source>The table names the variable &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="81"/>
        <source>Variable &quot;%1&quot;: &quot;values&quot; and &quot;valueTexts&quot; must be arrays of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="85"/>
        <source>Variable &quot;%1&quot; has %2 values but %3 value texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="145"/>
        <source>The answer holds %1 datasets; a query on a table gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/pxwebtable.cpp" line="157"/>
        <source>The answer has the dimension &quot;%1&quot;, which is not a variable of the table &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reaggregator</name>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="77"/>
        <source>Unknown indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="90"/>
        <source>%1 is not additive, so it cannot be shown on %2, which merged %3 provinces on 1 July 2025: only the values reported for each former province exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="113"/>
        <source>%1 is weighted by %2, which is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="126"/>
        <source>%1 is computed from %2, which is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <location filename="../app/models/reminderrules.cpp" line="68"/>
        <source>New task assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/reminderrules.cpp" line="78"/>
        <source>Deadline in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/reminderrules.cpp" line="83"/>
        <source>Task overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingReader</name>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="65"/>
        <source>is required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="70"/>
        <source>must be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.h" line="66"/>
        <source>&quot;%1&quot; is not one of the codes this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="76"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="87"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="99"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="147"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="207"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="102"/>
        <location filename="../app/sync/readers/reportingfields.cpp" line="210"/>
        <source>&quot;%1&quot; is not a valid code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="113"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="115"/>
        <source>%1 is outside %2…%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="126"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="145"/>
        <source>&quot;%1&quot; is not a language tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="149"/>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="73"/>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="165"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="180"/>
        <source>&quot;%1&quot; is not a date and time with its offset (2025-08-05T09:30:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="192"/>
        <source>&quot;%1&quot; is not a period in one of the API&apos;s forms (2025-07, 2025-Q3, 2025-S1, 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingfields.cpp" line="212"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="180"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="79"/>
        <source>&quot;%1&quot; is not a version MAJOR.MINOR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="84"/>
        <source>version %1 cannot be read: this reader reads major version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="92"/>
        <source>&quot;%1&quot; is not a packet type of the reporting API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="113"/>
        <source>goes back from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="146"/>
        <source>a series is stored in the period or cumulated, never as a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="149"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="151"/>
        <source>must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="178"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="226"/>
        <source>lists no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="201"/>
        <location filename="../app/sync/readers/reportingreader.cpp" line="334"/>
        <source>the indicator &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="223"/>
        <source>the dimension &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="236"/>
        <source>the value &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="244"/>
        <source>&quot;%1&quot; is not another value of the dimension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="271"/>
        <source>%1 is before validFrom %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="274"/>
        <source>the unit &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="370"/>
        <source>&quot;%1&quot; is not in the packet&apos;s indicators, which state its unit of measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="380"/>
        <source>&quot;%1&quot; is not a valid dimension code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="394"/>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="399"/>
        <source>&quot;%1&quot; is not one of final, provisional, estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="412"/>
        <source>gives revision %1 of the value of values[%2] another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="415"/>
        <source>repeats the key of values[%1]; a packet carries one revision of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="449"/>
        <source>a revised report has revision 2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="452"/>
        <source>repeats the indicator, unit and period of records[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="465"/>
        <source>is not valid JSON (%1 near byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/reportingreader.cpp" line="466"/>
        <source>is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="75"/>
        <source>is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="112"/>
        <source>%1 is before the document&apos;s date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="126"/>
        <source>is before the change listed above it: a history is in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="171"/>
        <source>tasks: tasks[%1].id: &quot;%2&quot; is given again later in the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskpacketreader.cpp" line="172"/>
        <source>tasks: tasks[%1].id: repeats the id of tasks[%2].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeText</name>
    <message>
        <location filename="../app/core/safetext.cpp" line="19"/>
        <source>… (%1 characters, SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleCacheWriter</name>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="28"/>
        <source>The sample from %1 has %2 bad rows; the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="66"/>
        <source>The World Bank series are missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="88"/>
        <source>The generator produced %1 bad rows; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecachewriter.cpp" line="121"/>
        <source>Cannot move the sample into place at %1.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/sample/samplecatalog.cpp" line="85"/>
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
        <location filename="../app/sample/samplebuilder.cpp" line="152"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplebuilder.cpp" line="170"/>
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
        <location filename="../app/sample/samplecatalog.cpp" line="116"/>
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
        <location filename="../app/sample/samplecatalog.cpp" line="87"/>
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
        <location filename="../app/sample/samplecatalog.cpp" line="77"/>
        <source>repeats the dimension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="89"/>
        <source>must be in-period or cumulative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="91"/>
        <source>%1 is a weighted mean and needs a weightIndicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="93"/>
        <source>%1 is a ratio of sums and needs numeratorIndicator, denominatorIndicator and a ratioFactor above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/samplecatalog.cpp" line="96"/>
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
    <name>SampleTasks</name>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="103"/>
        <source>must be [lowest, highest].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="120"/>
        <source>must be a list of [number, weight] pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="126"/>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="133"/>
        <source>must be a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="158"/>
        <source>&quot;%1&quot; is not a document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="167"/>
        <source>needs a number with {n}, a gap of at least 1 and at least one task a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sample/sampletasks.cpp" line="182"/>
        <source>needs documents, fields and progress notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeRules</name>
    <message>
        <location filename="../app/models/scoperules.cpp" line="49"/>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdmxJsonReader</name>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="151"/>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="59"/>
        <source>Data set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="153"/>
        <source>, group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="155"/>
        <source>, series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="157"/>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="163"/>
        <source>, observation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="193"/>
        <source>%1: the action %2 is none of Information, Append, Replace, Merge and Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="199"/>
        <source>%1: its attributes are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="211"/>
        <source>%1: its dimension-group attributes are not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="228"/>
        <source>%1: the group&apos;s attributes are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="252"/>
        <source>%1 deletes without naming observations (a whole data set, or its attributes); the reader deletes observations one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="268"/>
        <source>%1: the key has positions, but the structure has no dimensions at that level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="276"/>
        <source>%1: the key has more positions than the %2 dimensions it indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="284"/>
        <source>%1: position %2 of the key is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="287"/>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="36"/>
        <source>%1: index %2 of dimension %3 is beyond its %4 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="300"/>
        <source>%1: the key has %2 positions for %3 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="352"/>
        <source>%1: a Delete without observations deletes the whole series, which the reader cannot name cell by cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="369"/>
        <source>%1 gives its observations flat, but the structure presents %2 at the series level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="402"/>
        <source>%1: the value %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="405"/>
        <source>%1: the value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="451"/>
        <source>%1: index %2 of attribute %3 is beyond its %4 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="458"/>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="471"/>
        <source>It is read as not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="467"/>
        <source>%1: the value of attribute %2 is an object or a list, not a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="512"/>
        <source>%1: the unit multiplier %2 is not a power of ten from -%3 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="522"/>
        <source>%1: the value times 10^%2 (UNIT_MULT) is beyond what a number can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="536"/>
        <source>%1: DECIMALS %2 is not a number of decimals; it is read as not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="555"/>
        <source>The unit of measure (%1) changes within the categories of every dimension, so no category carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/readers/sdmxcellbuilder.cpp" line="571"/>
        <source>(%n more like it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="22"/>
        <source>%1: the group key has more positions than the structure&apos;s %2 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="32"/>
        <source>%1: position %2 of the group key is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxgroupattributes.cpp" line="49"/>
        <source>%1: the group key has %2 positions; the structure has %3 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="47"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="51"/>
        <source>The message carries an error instead of data: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="104"/>
        <source>The message is not SDMX-JSON: its top level is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxjsonreader.cpp" line="111"/>
        <source>The message has no list of data sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="61"/>
        <source>%1: the member %2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="62"/>
        <source>%1: the member %2 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="148"/>
        <source>The message nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="253"/>
        <source>Data set %1 names structure %2; the message has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="278"/>
        <source>The message has no structure for data set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="284"/>
        <source>Data set %1 uses structure %2, another than the data sets before it; the reader takes one structure a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxsaxhandler.cpp" line="430"/>
        <source>The message is not JSON: it cannot be read at byte %1, near %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="103"/>
        <source>data-set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="104"/>
        <source>dimension-group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="105"/>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="106"/>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="167"/>
        <source>The %1-level dimensions of the structure are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="174"/>
        <source>Dimension %1 at the %2 level of the structure has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="181"/>
        <source>The structure has more than %1 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="186"/>
        <source>The structure has dimension %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="196"/>
        <source>The values of dimension %1 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="204"/>
        <source>Value %1 of dimension %2 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="210"/>
        <source>Dimension %1 has the value %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="218"/>
        <source>Dimension %1 is given for the whole data set, so it must have one value; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="256"/>
        <source>Value %1 of dimension %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="272"/>
        <source>The values of attribute %1 are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="335"/>
        <source>The structure of the message lists no dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="371"/>
        <source>The structure has %1 measures; the reader takes messages with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="379"/>
        <source>The attributes of the structure are not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="387"/>
        <source>The %1-level attributes of the structure are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sdmxstructure.cpp" line="395"/>
        <source>Attribute %1 at the %2 level of the structure has no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePeriod</name>
    <message>
        <location filename="../app/sync/readers/sourceperiod.cpp" line="11"/>
        <source>&quot;%1&quot; is not a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/sourceperiod.cpp" line="89"/>
        <source>The interval %1 is not one whole period (a year, half year, quarter, month, week or day).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="14"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="17"/>
        <source>fetching page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="19"/>
        <source>fetching page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="21"/>
        <source>fetching, %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="23"/>
        <source>fetching, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="24"/>
        <source>fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="25"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="26"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="27"/>
        <source>done, %1 observation(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="28"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="29"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="30"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="40"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="49"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncprogresstext.cpp" line="49"/>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="52"/>
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="52"/>
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="56"/>
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="56"/>
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="59"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/syncprogresstext.cpp" line="59"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="153"/>
        <source>There is no endpoint %1 in the endpoints file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/syncworker.cpp" line="183"/>
        <source>The cache could not be opened for syncing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../app/exports/tablecsv.cpp" line="43"/>
        <location filename="../app/exports/tablecsv.cpp" line="47"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="8"/>
        <source>Completed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="9"/>
        <source>Completed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="10"/>
        <source>In progress, within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="11"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="12"/>
        <source>Standing (no deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="13"/>
        <source>Not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="21"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="22"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="23"/>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="24"/>
        <source>Official letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="25"/>
        <source>Conclusion notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="33"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="34"/>
        <source>Progress reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="35"/>
        <source>Completion reported by the assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="36"/>
        <source>Completion confirmed by the tracking office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="37"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="38"/>
        <source>Deadline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklabels.cpp" line="45"/>
        <source>awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRegistry</name>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="17"/>
        <source>Reference table %1 is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="25"/>
        <source>Reference table %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="31"/>
        <source>Reference table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="107"/>
        <source>provinces-2008: row %1 has no ISO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="129"/>
        <source>provinces-2025: %1 merges unknown province %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="172"/>
        <source>%1 names an unknown successor %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewImage</name>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="18"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="77"/>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewimage.cpp" line="93"/>
        <source>Exported from Điều hành</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallFile</name>
    <message>
        <location filename="../app/models/wallfields.cpp" line="22"/>
        <source>%1:%2: not JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="30"/>
        <source>is given twice; which one counts would be a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="34"/>
        <source>the file must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="65"/>
        <location filename="../app/models/walllayoutreader.cpp" line="154"/>
        <location filename="../app/models/walllayoutreader.cpp" line="215"/>
        <location filename="../app/models/wallplaylist.cpp" line="64"/>
        <source>must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="77"/>
        <location filename="../app/models/walllayoutreader.cpp" line="363"/>
        <source>is not a member here (these are: %1).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="91"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="94"/>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="96"/>
        <source>is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="98"/>
        <source>&quot;%1&quot; does not have the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="112"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="114"/>
        <source>%1 is not within %2…%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="126"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="138"/>
        <location filename="../app/models/walllayoutreader.cpp" line="154"/>
        <location filename="../app/models/walllayoutreader.cpp" line="215"/>
        <location filename="../app/models/wallplaylist.cpp" line="64"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="151"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallfields.cpp" line="154"/>
        <source>has %1 items; it takes %2…%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallLayout</name>
    <message>
        <location filename="../app/models/walllayout.cpp" line="126"/>
        <location filename="../app/models/wallplaylist.cpp" line="202"/>
        <source>%1: cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="109"/>
        <source>&quot;%1&quot; is not a mode (screens, canvas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="135"/>
        <source>the wall would be %1×%2 pixels; it may be at most 32768 each way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="146"/>
        <source>a canvas is one display: place it with one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="148"/>
        <source>has %1 entries for %2 screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="165"/>
        <source>names no screen: give &quot;name&quot; or &quot;index&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="168"/>
        <source>row %1, column %2 is already placed by placement[%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="191"/>
        <location filename="../app/models/wallplaylist.cpp" line="133"/>
        <source>&quot;%1&quot; is not a unit or ministry code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="204"/>
        <source>must be [rows, columns], two whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="207"/>
        <source>[%1, %2]: each must be at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="229"/>
        <source>&quot;%1&quot; is not a kind of panel (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="234"/>
        <source>&quot;%1&quot; is already the id of panels[%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="252"/>
        <source>[%1, %2] is outside the wall&apos;s %3×%4 cells (rows × columns, counted from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="256"/>
        <source>[%1, %2] from [%3, %4] runs past the wall&apos;s %5×%6 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="262"/>
        <source>the panel overlaps &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="273"/>
        <source>a %1 panel does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="287"/>
        <source>a %1 panel needs an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="302"/>
        <source>must be an indicator code such as &quot;cpi.yoy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="304"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="309"/>
        <source>&quot;%1&quot; is not a period (e.g. 2026-03, 2026-Q1, 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="316"/>
        <source>must be 34 or 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="339"/>
        <source>is not one of the panel&apos;s indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="362"/>
        <source>a %1 panel takes no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/walllayoutreader.cpp" line="390"/>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPanelPainter</name>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="224"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="226"/>
        <source>Simulated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelpainter.cpp" line="543"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPlaylist</name>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="75"/>
        <source>give &quot;scope&quot; or &quot;scopes&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="78"/>
        <source>the pages of &quot;scopes&quot; are labelled with their units&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="86"/>
        <source>the playlist would have more than 1000 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="119"/>
        <source>must be seconds or a text such as &quot;30s&quot;, &quot;2m&quot;, &quot;1m30s&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="124"/>
        <source>a page shows for 1 second to 24 hours, not %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="167"/>
        <source>must be a list of unit codes or one of provinces-34, provinces-63, ministries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/wallplaylist.cpp" line="169"/>
        <source>the registry has no units for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WdiCsvReader</name>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="152"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="162"/>
        <source>The World Bank file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="179"/>
        <source>The World Bank file lacks the column(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="191"/>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="195"/>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="203"/>
        <source>The indicator code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="209"/>
        <source>The year &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="219"/>
        <source>The country code &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="227"/>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldBankApiReader</name>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="72"/>
        <source>The paging header (page, pages, per_page, total) is missing or not a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="118"/>
        <source>The answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="120"/>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="134"/>
        <source>The answer is not a World Bank API array [paging, rows].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="131"/>
        <source>The World Bank API answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="156"/>
        <source>The second element of the answer is not the list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="167"/>
        <source>Row %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="176"/>
        <source>Row %1 has no indicator id, economy code or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="184"/>
        <source>Row %1 (%2, %3, %4): the value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="189"/>
        <source>Row %1 (%2, %3): the date &quot;%4&quot; is not a period: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/worldbankapireader.cpp" line="206"/>
        <source>Row %1 repeats %2 for %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh</name>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="30"/>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="32"/>
        <source>%1: %2 is outside %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="40"/>
        <source>%1: &quot;%2&quot; is not a period (2025-07, 2025-Q3, 2025 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="56"/>
        <source>&quot;%1&quot; is not a parameter of this query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="59"/>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/feedrequest.cpp" line="88"/>
        <source>from (%1) is after to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="32"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="35"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="41"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/tlsconfiguration.cpp" line="47"/>
        <source>Cannot open the client certificate %1: it is not a PKCS#12 file, or the passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="53"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="143"/>
        <source>No data for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="155"/>
        <source>34 provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="155"/>
        <source>63 provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="157"/>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="170"/>
        <source>No province has values for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="181"/>
        <source>This indicator has no breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="195"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="195"/>
        <source>Tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="197"/>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="197"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallpanelcontent.cpp" line="209"/>
        <source>No tasks assigned to this scope by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/wallcontrolclient.cpp" line="23"/>
        <source>The hub&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="152"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="153"/>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="160"/>
        <source>Synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="154"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="155"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="159"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="160"/>
        <source>yes: the figures are a synthetic sample, not official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="166"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="189"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="203"/>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="207"/>
        <source>the sheet &quot;%1&quot; could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exports/xlsxbookwriter.cpp" line="212"/>
        <source>the sources sheet could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::CatalogModel</name>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="16"/>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="17"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="18"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="19"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="20"/>
        <source>quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="21"/>
        <source>half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="22"/>
        <source>nine-monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="23"/>
        <source>annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="24"/>
        <source>five-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="25"/>
        <source>ten-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="93"/>
        <source>Generated by the project&apos;s deterministic generator: not official statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112"/>
        <source>synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="115"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="120"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="121"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="122"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="150"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="151"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="152"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="153"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="154"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="155"/>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="156"/>
        <source>Latest value (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="157"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="158"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::CatalogPage</name>
    <message>
        <location filename="../app/gui/catalogpage.cpp" line="106"/>
        <source>Filter indicators by code, name, unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/catalogpage.cpp" line="112"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::EndpointDialog</name>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="37"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="71"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="73"/>
        <source>Add an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="73"/>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="88"/>
        <source>PX-Web only: the query as JSON, {&quot;query&quot;: […], &quot;response&quot;: {&quot;format&quot;: &quot;json-stat2&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="90"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="91"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="92"/>
        <source>Client certificate (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="93"/>
        <source>Manual (Sync now only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="94"/>
        <source>Every N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="95"/>
        <source>Daily at (Hà Nội time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="97"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="100"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="103"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="104"/>
        <source>Name (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="105"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="106"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="107"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="108"/>
        <source>PX-Web query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="109"/>
        <source>Code mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="109"/>
        <source>Code mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="110"/>
        <source>Trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="110"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="111"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="112"/>
        <source>Token environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="113"/>
        <source>Token keychain key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="114"/>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="114"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="115"/>
        <source>Passphrase environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="116"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="117"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="118"/>
        <source>Daily at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="119"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/endpointdialog.cpp" line="122"/>
        <source>Tokens and passphrases are never written in the endpoints file: give the name of the environment variable that holds the token, or the key of the entry in the system keychain (service “dieuhanh”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::HeaderBar</name>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="51"/>
        <source>Opening the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/headerbar.cpp" line="59"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="62"/>
        <source>%1 indicators · no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="65"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="67"/>
        <source>%1 indicators · %2 observations · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="69"/>
        <source>Data through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="88"/>
        <source>Điều hành — socio-economic indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/headerbar.cpp" line="91"/>
        <source>This cache holds the synthetic sample: simulated figures made by the project&apos;s generator, not official statistics. Series marked &quot;real&quot; carry their source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::HomePage</name>
    <message>
        <location filename="../app/gui/homepage.cpp" line="43"/>
        <location filename="../app/gui/homepage.cpp" line="148"/>
        <source>Click a tile for its detail; drag a tile onto another to rearrange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::HttpErrors</name>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="54"/>
        <source>%1: the server answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="55"/>
        <source>%1: the server answered HTTP %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="63"/>
        <source>%1: no data from the server for %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="64"/>
        <source>%1: no answer from the server within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="71"/>
        <source>%1: the connection ended after %2 of %3 bytes; the answer is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="72"/>
        <source>%1: the connection ended after %2 bytes, before the end of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="78"/>
        <source>%1: the answer is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="84"/>
        <source>%1: refused to follow a redirect to %2: more than %3 redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="85"/>
        <source>%1: refused to follow a redirect to %2 (only https to https is followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="95"/>
        <source>%1: the secure connection to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="102"/>
        <location filename="../app/sync/net/httperrors.cpp" line="107"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="112"/>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="119"/>
        <source>the answer ended on the interim status %1, without a final one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/net/httperrors.cpp" line="124"/>
        <source>%1: the server answered HTTP %2 and asked to come back at %3, later than the longest wait allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::HubGate</name>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="77"/>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="78"/>
        <source>Too many failed attempts from this address; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="93"/>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="94"/>
        <source>This hub needs a token: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubgate.cpp" line="95"/>
        <source>The token was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::HubServer</name>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="96"/>
        <location filename="../app/hub/hubserver.cpp" line="185"/>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="96"/>
        <source>The hub is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="104"/>
        <source>%1 holds no PEM certificate the hub can serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="107"/>
        <source>Cannot read the TLS key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="116"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="129"/>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="165"/>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="166"/>
        <source>The hub serves no %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="182"/>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="185"/>
        <source>Too many clients are waiting; ask again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubserver.cpp" line="194"/>
        <location filename="../app/hub/hubserver.cpp" line="423"/>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::IndicatorPage</name>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="76"/>
        <location filename="../app/gui/indicatorpage.cpp" line="215"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="243"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="244"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="246"/>
        <source>Open the map full page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="257"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="257"/>
        <source>Simulated data — not official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="259"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/indicatorpage.cpp" line="261"/>
        <source>combined from %n former province(s) by the rule: %1</source>
        <translation>
            <numerusform>combined from %n former province by the rule: %1</numerusform>
            <numerusform>combined from %n former provinces by the rule: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="359"/>
        <source>Breakdown by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="282"/>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="283"/>
        <source>Plan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="320"/>
        <source>Provinces, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::IndicatorTableModel</name>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="74"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="119"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="120"/>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="139"/>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="140"/>
        <source>vs previous (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="140"/>
        <source>vs previous (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="141"/>
        <source>vs last year (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="141"/>
        <source>vs last year (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="149"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="150"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="152"/>
        <source>Change against the previous period, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="152"/>
        <source>Change against the previous period, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="153"/>
        <source>vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="155"/>
        <source>Change against the same period last year, in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="156"/>
        <source>Change against the same period last year, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="157"/>
        <source>vs last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="158"/>
        <source>Provisional and estimated figures are marked; final ones are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::MainMenus</name>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="58"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="59"/>
        <source>&amp;Export current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="60"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="61"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="62"/>
        <source>&amp;Open dashboard layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="63"/>
        <source>&amp;Save dashboard layout as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="64"/>
        <source>&amp;Reset dashboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="65"/>
        <source>&amp;Wall control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="66"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="67"/>
        <source>&amp;About Điều hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="93"/>
        <source>Layout saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="98"/>
        <source>Open a dashboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="99"/>
        <location filename="../app/gui/mainmenus.cpp" line="115"/>
        <source>Dashboard layouts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="114"/>
        <source>Save the dashboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="131"/>
        <source>About Điều hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainmenus.cpp" line="132"/>
        <source>&lt;h3&gt;Điều hành %1&lt;/h3&gt;&lt;p&gt;Socio-economic indicators for the Government&apos;s information and direction center: national, ministry, province.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; The bundled sample is &lt;b&gt;synthetic&lt;/b&gt;: simulated figures made by the project&apos;s generator, not official statistics. The national annual series marked real come from the World Bank, World Development Indicators (CC BY 4.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maps.&lt;/b&gt; Administrative boundaries: geoBoundaries.org (public domain); the 34 provinces of 1 July 2025 are built from the 63 by Resolution 202/2025/QH15. The Hoàng Sa and Trường Sa archipelagos are part of Viet Nam.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="180"/>
        <location filename="../app/gui/mainwindow.cpp" line="255"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="343"/>
        <source>Điều hành — socio-economic direction dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="197"/>
        <source>No data could be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::MapPage</name>
    <message>
        <location filename="../app/gui/mappage.cpp" line="89"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappage.cpp" line="118"/>
        <source>Provinces, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappage.cpp" line="141"/>
        <source>Double-click a province, or press Enter, to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::MapPanel</name>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="133"/>
        <source>One period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="133"/>
        <source>%1 periods side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="138"/>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="139"/>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="140"/>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="142"/>
        <source>How the values are split into classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="143"/>
        <source> classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="147"/>
        <source>Colours: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="150"/>
        <source>%1 (diverging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="203"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="224"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="226"/>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="227"/>
        <source>34 provinces (from 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="227"/>
        <source>63 provinces (before 1 July 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="229"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="230"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="230"/>
        <source>Simulated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/mappanel.cpp" line="236"/>
        <source>No province has values for this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::NavigationBar</name>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="95"/>
        <source>Ministry or agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="128"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="129"/>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="130"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="131"/>
        <source>Indicator catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="132"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="133"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="135"/>
        <source>34 tỉnh, thành (từ 1/7/2025)</source>
        <translation>34 provinces (from 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/navigationbar.cpp" line="136"/>
        <source>63 tỉnh, thành (trước 1/7/2025)</source>
        <translation>63 provinces (before 1 July 2025)</translation>
    </message>
</context>
<context>
    <name>dh::PackDataLoader</name>
    <message>
        <location filename="../app/models/packdata.cpp" line="96"/>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packdata.cpp" line="160"/>
        <source>Tasks assigned by the Government — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::PackEditor</name>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="50"/>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="53"/>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="54"/>
        <source>Slides 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="61"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="63"/>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="64"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="65"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="75"/>
        <source>Add the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="77"/>
        <source>This view has no page in a pack: open the dashboard, an indicator, a map or the tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="79"/>
        <source>Add the province atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="85"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="86"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="87"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="94"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="95"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="97"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="98"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="99"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="182"/>
        <source>Open a briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="182"/>
        <location filename="../app/gui/pack/packeditor.cpp" line="196"/>
        <source>Briefing packs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="191"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="196"/>
        <source>Save the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="200"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="207"/>
        <source>A pack needs a meeting title and at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packeditor.cpp" line="212"/>
        <source>Reading the data of %n pages…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="232"/>
        <source>Export the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="232"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="265"/>
        <source>Writing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packeditor.cpp" line="275"/>
        <source>Cannot write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/pack/packeditor.cpp" line="280"/>
        <source>Exported %n pages to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::PackMenu</name>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="61"/>
        <source>Export briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="62"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pack/packmenu.cpp" line="76"/>
        <source>This view cannot be printed: open the dashboard, an indicator or a map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::PackPagesModel</name>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="11"/>
        <source>34 provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="11"/>
        <source>63 provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="14"/>
        <source>Dashboard%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="15"/>
        <source>Chart and table — %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="16"/>
        <source>Map — %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="17"/>
        <source>Ranking — %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="18"/>
        <source>Breakdown — %1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="19"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="20"/>
        <source>Province atlas — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/packpagesmodel.cpp" line="21"/>
        <source>Task summary%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::PeriodSlider</name>
    <message>
        <location filename="../widgets/common/periodslider.cpp" line="125"/>
        <source>Play through the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/periodslider.cpp" line="126"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ProvinceRankingModel</name>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="85"/>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="90"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="91"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/provincerankingmodel.cpp" line="92"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ReminderScheduler</name>
    <message>
        <location filename="../app/models/reminderscheduler.cpp" line="69"/>
        <source>Weekly backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/reminderscheduler.cpp" line="70"/>
        <source>%1: %2 overdue, %3 in progress within the deadline, %4 standing, as of %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::SyncPage</name>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="182"/>
        <source>Endpoints file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="182"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="184"/>
        <source>The endpoints file cannot be used, so nothing is synced from it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="189"/>
        <source>There is no endpoints file yet, so this computer syncs nothing and shows the data already in its cache.

To sync, make %1: copy one of the examples in resources/endpoints/ of the source tree, put in your endpoints&apos; addresses, and see resources/schemas/endpoints.md for every field (format, PX-Web query, mapping file, authentication, schedule). Or press “Add…” to write the first endpoint here.

Tokens are never written in the file: it names the environment variable or the keychain entry that holds them. The same file serves dieuhanh-sync and the hub; another file is chosen with --endpoints FILE or the DIEUHANH_ENDPOINTS environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="196"/>
        <source>an endpoints file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="220"/>
        <source>Sync all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="221"/>
        <source>Sync selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="222"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="223"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="224"/>
        <source>Read the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncpage.cpp" line="225"/>
        <source>After editing the endpoints file in an editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::SyncStatusModel</name>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="164"/>
        <source>no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="166"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="167"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="183"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="187"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="192"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="194"/>
        <source>%1 (due now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="229"/>
        <source>The endpoints file no longer lists this endpoint; the cache keeps its runs and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="252"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="253"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="254"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="255"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="256"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="257"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/syncstatusmodel.cpp" line="258"/>
        <source>Observations pulled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::SyncStatusWidget</name>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="56"/>
        <source>Sync: %1 — page %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="58"/>
        <source>Sync: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="75"/>
        <source>Last sync: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="76"/>
        <source>Last sync: %1, nothing new, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="77"/>
        <source>Sync cancelled: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="79"/>
        <source>✕ Sync failed: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="86"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/syncstatuswidget.cpp" line="86"/>
        <source>No endpoints to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskCsvReader</name>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="88"/>
        <source>the history is not a JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="97"/>
        <source>change %1 has no time with a zone (&quot;at&quot;, e.g. 2024-03-31T09:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="100"/>
        <source>change %1 has an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="107"/>
        <source>change %1 has a new deadline that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="113"/>
        <source>change %1 is earlier than the one before it: the history is in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="123"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="125"/>
        <source>%1 is larger than 512 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="129"/>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="140"/>
        <source>The task file is empty: it needs a header (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="149"/>
        <source>The task file&apos;s header lacks the column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="162"/>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="168"/>
        <source>no id, or an id with control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="172"/>
        <source>task %1 is already in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="180"/>
        <source>unknown document type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="184"/>
        <source>a date is not an ISO date (YYYY-MM-DD), or the document has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="197"/>
        <source>synthetic is 0 or 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="202"/>
        <source>no document number or no assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/readers/taskcsvreader.cpp" line="212"/>
        <source>unknown unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskHistoryModel</name>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="51"/>
        <source>Deadline moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="52"/>
        <source>Deadline removed: now a standing task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="72"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="73"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="74"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskhistorymodel.cpp" line="75"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskListModel</name>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="95"/>
        <source>none (standing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="112"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="113"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="114"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="115"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="116"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="117"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="118"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/tasklistmodel.cpp" line="119"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskListView</name>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="129"/>
        <location filename="../app/gui/tasklistview.cpp" line="201"/>
        <location filename="../app/gui/tasklistview.cpp" line="203"/>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="146"/>
        <source>Deadline: %1 · State at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="147"/>
        <source>none (standing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="152"/>
        <source>Responsible unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="154"/>
        <source>Co-operating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="180"/>
        <source>%1 of %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="190"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="195"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="204"/>
        <source>Deadline from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="205"/>
        <source>…to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasklistview.cpp" line="206"/>
        <source>Search document numbers and summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskLoader</name>
    <message>
        <location filename="../app/models/taskloader.cpp" line="37"/>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskloader.cpp" line="102"/>
        <source>The task is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskRankingModel</name>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="97"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="98"/>
        <source>Ministry or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="98"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="99"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="100"/>
        <source>With a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/taskrankingmodel.cpp" line="101"/>
        <source>Overdue rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskReminders</name>
    <message numerus="yes">
        <location filename="../app/gui/taskreminders.cpp" line="36"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dh::TaskSummaryPanel</name>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="104"/>
        <source>Tasks assigned by the Government and the Prime Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="183"/>
        <source>As of %1; rates are shares of the %2 tasks with a deadline; standing tasks counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasksummarypanel.cpp" line="186"/>
        <source>Synthetic data, for demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TaskTrendChart</name>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="37"/>
        <source>Tasks by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="47"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="48"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/tasktrendchart.cpp" line="49"/>
        <source>Became overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TasksPage</name>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="232"/>
        <source>Assigned tasks — national summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="232"/>
        <source>Assigned tasks — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="233"/>
        <source>The four states, nationally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="233"/>
        <source>The four states: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="234"/>
        <source>National summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="236"/>
        <source>Remind me of its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="237"/>
        <source>Reminders on assignment, before the deadline, on the day a task becomes overdue, and a Monday backlog summary for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="244"/>
        <source>2025 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="245"/>
        <source>Units of their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="246"/>
        <source>Tasks of a ministry or province merged in 2025 count for its successor from the merger date, or for the unit of their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="248"/>
        <source>The date the states are computed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="249"/>
        <source>Synthetic data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="250"/>
        <source>Recent reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="251"/>
        <source>Ministries by overdue tasks at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/taskspage.cpp" line="252"/>
        <source>Provinces by overdue tasks at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::TokenStore</name>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="41"/>
        <source>Cannot read the tokens file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="60"/>
        <source>%1, line %2: expected a client name, the SHA-256 of its token in hex and optionally a role, wall or presenter (make the line with: dieuhanh-hub hash-token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="72"/>
        <source>%1, line %2: the role is wall or presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/tokenstore.cpp" line="77"/>
        <source>%1 lists no client: nobody could use the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ViewController</name>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="17"/>
        <source>No cache is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="197"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="199"/>
        <source>Indicator catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="201"/>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewcontroller.cpp" line="203"/>
        <source>Assigned tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ViewExporter</name>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="44"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="49"/>
        <location filename="../app/gui/pageexports.cpp" line="50"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="53"/>
        <location filename="../app/gui/pageexports.cpp" line="62"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="56"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="57"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="67"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="73"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="74"/>
        <source>Ministries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="75"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="76"/>
        <source>Task summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pageexports.cpp" line="77"/>
        <source>Task trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="38"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="42"/>
        <source>PNG image, %1× (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="45"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="79"/>
        <location filename="../app/gui/viewexporter.cpp" line="91"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="114"/>
        <source>This view has no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="154"/>
        <source>This page has no view to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="170"/>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewexporter.cpp" line="182"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ViewModeControls</name>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="65"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="66"/>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="67"/>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="72"/>
        <source>In the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/viewmodecontrols.cpp" line="73"/>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::ViewTables</name>
    <message>
        <location filename="../app/models/viewtables.cpp" line="30"/>
        <source>Ranking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="31"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="32"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="33"/>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="45"/>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="46"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/viewtables.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallApp</name>
    <message>
        <location filename="../app/gui/wall/wallapp.cpp" line="42"/>
        <source>%1 has no page to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallControl</name>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="68"/>
        <location filename="../app/hub/wallcontrol.cpp" line="130"/>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="68"/>
        <source>The hub is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="96"/>
        <location filename="../app/hub/wallcontrol.cpp" line="100"/>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="96"/>
        <source>Wall control needs tokens: start the hub with --tokens FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="101"/>
        <source>This token may not command walls: it needs the presenter role in the tokens file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="102"/>
        <source>This token may not take part in wall control: it needs the wall or presenter role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="37"/>
        <location filename="../app/hub/wallcontrol.cpp" line="106"/>
        <location filename="../app/hub/wallcontrol.cpp" line="152"/>
        <location filename="../app/hub/wallcontrol.cpp" line="167"/>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="37"/>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="48"/>
        <source>%1: expected a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="106"/>
        <source>A wall id has 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="108"/>
        <source>Payload Too Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="108"/>
        <source>A wall-control body holds at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="130"/>
        <source>Too many clients are waiting; ask again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="152"/>
        <location filename="../app/hub/wallcontrol.cpp" line="167"/>
        <source>The body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="204"/>
        <location filename="../app/hub/wallcontrol.cpp" line="280"/>
        <source>No wall %1 has published its status to this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="207"/>
        <source>page: the wall %1 has %2 pages, numbered from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="238"/>
        <source>This hub already relays %1 walls that are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/wallcontrol.cpp" line="258"/>
        <source>No wall %1 has published its status to this hub: publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallControlDock</name>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="117"/>
        <source>Wall control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="118"/>
        <source>Hub URL, e.g. https://hub:8787/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="119"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="120"/>
        <source>Choose a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="121"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="122"/>
        <source>Show this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="123"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="124"/>
        <source>Pause the playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="125"/>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="126"/>
        <source>Follow me: the wall shows what this window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="153"/>
        <source>%1 is not a hub&apos;s http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="176"/>
        <source>No wall has reached this hub yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/wallcontroldock.cpp" line="176"/>
        <source>%n wall(s) on this hub.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="191"/>
        <source>The hub cannot be reached since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="217"/>
        <source>Page %1 of %2 on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wallcontroldock.cpp" line="218"/>
        <source>The wall has not been heard from lately: it may be off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallPanelItem</name>
    <message>
        <location filename="../app/gui/wall/wallpanelitem.cpp" line="158"/>
        <source>%1 · data through %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallSession</name>
    <message>
        <location filename="../app/gui/wall/wallsession.cpp" line="212"/>
        <source>Following the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/wall/wallsession.cpp" line="348"/>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallStatus</name>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="83"/>
        <source>command: expected one of next, previous, goto, pause, resume, black, unblack, follow, unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="88"/>
        <source>page: a goto needs the page&apos;s index, a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="93"/>
        <source>view: a follow needs the view to show, as an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="99"/>
        <source>sequence: expected a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="119"/>
        <source>pages: expected a list of at most %1 page labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="122"/>
        <source>pages: each page&apos;s label is a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="127"/>
        <source>page: expected the index of one of the pages, from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="132"/>
        <source>%1: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/wallcommand.cpp" line="139"/>
        <source>following: expected the view followed, or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dh::WallWindow</name>
    <message>
        <location filename="../app/gui/wall/wallwindow.cpp" line="20"/>
        <source>Điều hành — wall</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="47"/>
        <source>home[:UNIT], indicator:CODE[:UNIT], map:CODE[:PERIOD][:34|63], catalog or sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="56"/>
        <source>WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="70"/>
        <source>the hub&apos;s http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="74"/>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="82"/>
        <source>--control and --wall-id go together: the hub, and the wall&apos;s id on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="85"/>
        <source>--screen chooses the screens of a wall: it needs --wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="87"/>
        <source>--control lets presenters drive a wall: it needs --wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="89"/>
        <source>--pack writes a PDF; it does not go with --wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="91"/>
        <source>--pack and --pdf go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="93"/>
        <source>--pack writes a PDF; it does not go with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="123"/>
        <source>Wrote %n pages to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="65"/>
        <source>ADDRESS:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="90"/>
        <source>--name takes letters, digits and . _ @ - only, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="92"/>
        <source>--role is wall or presenter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="96"/>
        <source>--cache FILE is required: the cache the hub serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="98"/>
        <source>--tls-cert and --tls-key go together: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="101"/>
        <source>--sender expects a unit code such as VPCP or VN25-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/hubcommandline.cpp" line="118"/>
        <source>Refusing to listen on %1: an address other than loopback serves the network, and that needs TLS and tokens (missing: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="28"/>
        <source>error: no token on standard input (e.g. openssl rand -hex 32 | tee token | dieuhanh-hub hash-token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="38"/>
        <location filename="../app/hub/main.cpp" line="134"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="81"/>
        <source>dieuhanh-hub: serving %1 on %2://%3:%4/v1/ (tokens: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="84"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="84"/>
        <source>none, loopback only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="99"/>
        <source>dieuhanh-hub: upstream %1: %2, %3 written%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/hub/main.cpp" line="110"/>
        <source>dieuhanh-hub: pulling %n upstream endpoint(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/hub/main.cpp" line="117"/>
        <source>dieuhanh-hub: stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dieuhanh-sync</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="141"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="165"/>
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="157"/>
        <source>--revision is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="171"/>
        <source>Unknown import format &quot;%1&quot; (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="174"/>
        <source>--format csv-mapped needs --mapping FILE: the mapping says which column is which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="176"/>
        <source>--mapping does not apply to the project&apos;s CSV; use --format csv-mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="178"/>
        <source>--revision does not apply to the project&apos;s CSV: its revision column gives each row&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="181"/>
        <source>--print already leaves the cache alone; give --print or --dry-run, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="186"/>
        <source>%1 needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="194"/>
        <source>tasks needs --at DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="196"/>
        <source>--by and --units belong to tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="198"/>
        <source>units needs --level (province, ministry, nation or country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="201"/>
        <source>query needs --indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="203"/>
        <source>query needs either --unit or --level (with --at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="207"/>
        <source>--derived belongs to query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="213"/>
        <source>--derived takes all or a list of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="219"/>
        <source>--xlsx belongs to query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="221"/>
        <source>--endpoint belongs to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="223"/>
        <source>--endpoints belongs to sync and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="225"/>
        <source>sample needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="132"/>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="166"/>
        <source>%1: a new cache, copied from the bundled sample (synthetic figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="183"/>
        <source>%1: already at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="185"/>
        <source>%1: upgraded from schema %2 to schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="219"/>
        <source>note: this cache holds the SYNTHETIC sample (simulated figures, not official statistics); indicators marked real carry their source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="238"/>
        <source>%1: ok, %2 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="271"/>
        <source>Unknown level &quot;%1&quot; (province, ministry, nation, country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="312"/>
        <source>%1: %2 rows read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="319"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="322"/>
        <location filename="../app/cli/importcommand.cpp" line="221"/>
        <location filename="../app/cli/taskcommands.cpp" line="107"/>
        <source>… and %1 more (see: dieuhanh-sync quarantine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="326"/>
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="338"/>
        <location filename="../app/cli/commands.cpp" line="496"/>
        <source>Unknown indicator %1 (see: dieuhanh-sync catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="341"/>
        <source>Unknown value kind &quot;%1&quot; (in-period, cumulative or target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="360"/>
        <source>%1 is held by %2; &quot;%3&quot; is a %4. Give periods like %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="367"/>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="555"/>
        <source>sample written to %1: %2 indicators, %3 observations, %4 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="344"/>
        <source>Malformed disaggregation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="358"/>
        <source>Malformed period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="369"/>
        <source>--derived works on the values %1 is held as (%2), as the dashboard does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="377"/>
        <source>Unknown unit %1 (see: dieuhanh-sync units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="382"/>
        <source>Unknown level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="396"/>
        <source>%1 has no %2 data: it is reported for %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="461"/>
        <source>%1 %2: left out, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="465"/>
        <source>%1 %2: left out, a merged province has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="468"/>
        <source>no %1 values of %2 for these units and periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="502"/>
        <location filename="../app/cli/commands.cpp" line="520"/>
        <location filename="../app/cli/taskcommands.cpp" line="127"/>
        <location filename="../app/cli/taskcommands.cpp" line="147"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="521"/>
        <source>%1 observations written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>Cannot open %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="67"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="69"/>
        <source>%1 is larger than 1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="72"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="77"/>
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="93"/>
        <source>%1: %2 cells, %3 observations, %4 refused, %5 missing values skipped, %6 left out by the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="97"/>
        <source>%1 observations deleted by the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="99"/>
        <source>warning: status &quot;%1&quot; (%2 values) read as final; map it under &quot;status&quot; in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="104"/>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="105"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="130"/>
        <source>… and %1 more refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="201"/>
        <source>%1: dry run, nothing written: %2 records read, %3 would be written, %4 unchanged, %5 would be quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="202"/>
        <source>%1: dry run without a cache (nothing checked against a catalogue): %2 records read, %3 observations, %4 unchanged, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="209"/>
        <source>%1: %2 records read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="213"/>
        <source>%1 observations removed as the source deleted them (their values are kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="225"/>
        <source>nothing would be imported: the file has bad records and the mode is all-or-nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="226"/>
        <source>nothing was imported: the file has bad records and the mode is all-or-nothing (use --mode rows to import the good ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/opencache.cpp" line="23"/>
        <source>%1 Create one with: dieuhanh-sync init --cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/opencache.cpp" line="28"/>
        <source>%1 Upgrade it with: dieuhanh-sync upgrade --cache %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="45"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="47"/>
        <source>fetching %1, page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="48"/>
        <source>fetching %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="49"/>
        <source>fetching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="57"/>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="58"/>
        <source>writing (%1 observations so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="59"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="60"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="61"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="62"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="69"/>
        <source>%1 written, %2 unchanged, %3 removed, %4 quarantined; %5 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="82"/>
        <source>No endpoints file at %1: give one with --endpoints FILE (see resources/schemas/endpoints.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="96"/>
        <source>There is no endpoint %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="171"/>
        <source>No endpoint has been synced into this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="180"/>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="183"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="186"/>
        <source>last run:     %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="190"/>
        <source>last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="192"/>
        <source>last error:   %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="196"/>
        <source>observations pulled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="200"/>
        <source>next run:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="98"/>
        <source>%1: %2 tasks read, %3 written, %4 quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="111"/>
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/taskcommands.cpp" line="148"/>
        <source>%1 tasks written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

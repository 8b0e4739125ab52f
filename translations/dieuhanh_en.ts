<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Aggregation</name>
    <message>
        <location filename="../app/core/aggregation.cpp" line="16" />
        <source>A member has no value, so the total would be understated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="28" />
        <source>A member has no value, so the mean would be biased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="31" />
        <source>A member has no weight, so the weighted mean cannot be computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="36" />
        <source>The weights sum to zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="45" />
        <source>A component of the ratio is missing for a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="47" />
        <source>The denominator of the ratio is zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="53" />
        <source>%1 is not additive: its values cannot be combined across units or periods, only read where they were published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="63" />
        <source>There is no member to combine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="81" />
        <source>There is no period to combine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/aggregation.cpp" line="93" />
        <source>The last period has no value.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/store/cache.cpp" line="33" />
        <source>Cannot read the cache file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="36" />
        <source>%1 is not a Điều hành cache (not a SQLite database, or corrupt). It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="107" />
        <source>The cache %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="118" />
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="123" />
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="129" />
        <source>The SQLite driver did not give access to its connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="134" />
        <source>%1 is not a Điều hành cache or is corrupt: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="138" />
        <source>The cache %1 was written by a newer version of Điều hành (schema %2; this version reads up to %3). It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="142" />
        <source>%1 is corrupt: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="145" />
        <source>%1 is a SQLite database but not a Điều hành cache. It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="147" />
        <source>%1 is damaged: its observation table is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="151" />
        <source>The cache %1 needs an upgrade; open it once for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="287" />
        <source>An indicator without a code cannot be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="369" />
        <location filename="../app/store/cache.cpp" line="403" />
        <location filename="../app/store/cache.cpp" line="628" />
        <source>Unknown indicator %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cache.cpp" line="372" />
        <source>Unknown unit %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/schema.cpp" line="84" />
        <source>Upgrading the cache to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="37" />
        <source>There is no cache at %1 and the bundled sample %2 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="40" />
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/cachelocation.cpp" line="46" />
        <source>Cannot copy the bundled sample to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvObservationReader</name>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="66" />
        <source>Unknown column "%1" in the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="68" />
        <source>Column "%1" appears twice in the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="77" />
        <source>The header lacks the required column(s): %1. Expected: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="96" />
        <source>Unterminated quoted field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="100" />
        <source>Expected %1 fields, found %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="106" />
        <source>The indicator or unit code is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="111" />
        <source>Malformed period "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="118" />
        <source>The value is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="119" />
        <source>Malformed number "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="124" />
        <source>Malformed disaggregation "%1" (expected dim=value;dim=value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="131" />
        <source>Unknown value kind "%1" (in-period, cumulative or target).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="136" />
        <source>Unknown status "%1" (final, provisional or estimate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="144" />
        <source>Malformed revision "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="168" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="183" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="192" />
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/csvobservationreader.cpp" line="221" />
        <source>%1 is not valid UTF-8 near line %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardLayout</name>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="17" />
        <source>The layout is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="21" />
        <source>Unsupported layout version %1 (expected 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="30" />
        <source>A layout has 1 to 12 columns, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="32" />
        <source>A sparkline shows 2 to 240 periods, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="36" />
        <source>A tile names no indicator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="38" />
        <source>The indicator %1 has two tiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="42" />
        <source>The layout has no tiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="66" />
        <source>Cannot read the layout %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/dashboardlayout.cpp" line="77" />
        <source>Cannot save the layout to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardLoader</name>
    <message>
        <location filename="../app/models/dashboardloader.cpp" line="46" />
        <source>The indicator %1 is not in this cache.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../app/analytics/derived.cpp" line="15" />
        <source>There is no value for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="37" />
        <source>A %1 period has no same period last year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="45" />
        <source>%1 is a ratio: its year to date is computed from its components.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="126" />
        <source>A percent change from zero is undefined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/analytics/derived.cpp" line="133" />
        <source>The target is zero.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="55" />
        <source>The components of %1 are not in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatorview.cpp" line="94" />
        <source>Unknown indicator %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../app/models/kpitext.cpp" line="21" />
        <source>vs previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="22" />
        <source>vs previous quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="23" />
        <source>vs previous year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="24" />
        <source>vs previous day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="25" />
        <source>vs previous week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="26" />
        <source>vs previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="35" />
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="52" />
        <source>No data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="60" />
        <source>%1, year to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="66" />
        <source>vs same period last year</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="70" />
        <source>Year to date, %n quarter(s): %1 %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/kpitext.cpp" line="71" />
        <source>Year to date, %n month(s): %1 %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="84" />
        <source>Target %1: at most %2 — within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="85" />
        <source>Target %1: at most %2 — exceeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="89" />
        <source>%1 % of the %2 target (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="96" />
        <source>Provisional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="98" />
        <source>Estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="101" />
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="104" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/kpitext.cpp" line="105" />
        <source>Simulated data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObservationWriter</name>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="85" />
        <source>The cache is busy or read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="121" />
        <source>Unknown indicator code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="126" />
        <source>Unknown unit code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="130" />
        <source>Period %1 does not fit %2, which is reported by %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="135" />
        <source>The value is not a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="139" />
        <source>Wrong unit of measure: %1 is reported in %2, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="164" />
        <source>The cache refused the row: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="195" />
        <source>The cache did not take the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="203" />
        <source>Revision %1 is older than the cached revision %2 (value %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="206" />
        <source>Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/observationwriter.cpp" line="244" />
        <source>No import is in progress.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reaggregator</name>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="77" />
        <source>Unknown indicator %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="90" />
        <source>%1 is not additive, so it cannot be shown on %2, which merged %3 provinces on 1 July 2025: only the values reported for each former province exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/store/reaggregator.cpp" line="113" />
        <source>%1 is weighted by %2, which is not in the catalogue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleCacheWriter</name>
    <message>
        <location filename="../app/cli/samplecachewriter.cpp" line="27" />
        <source>The sample from %1 has %2 bad rows; the first: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/samplecachewriter.cpp" line="57" />
        <source>The World Bank series are missing from the application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/samplecachewriter.cpp" line="79" />
        <source>The generator produced %1 bad rows; the first: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/samplecachewriter.cpp" line="107" />
        <source>Cannot move the sample into place at %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnitRegistry</name>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="17" />
        <source>Reference table %1 is missing from the application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="25" />
        <source>Reference table %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="31" />
        <source>Reference table %1 has no column %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="107" />
        <source>provinces-2008: row %1 has no ISO code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="129" />
        <source>provinces-2025: %1 merges unknown province %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/core/unitregistry.cpp" line="172" />
        <source>%1 names an unknown successor %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::CacheWorker</name>
    <message>
        <location filename="../app/gui/cacheworker.cpp" line="52" />
        <location filename="../app/gui/cacheworker.cpp" line="69" />
        <source>No cache is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::CatalogModel</name>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="11" />
        <source>hourly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="12" />
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="13" />
        <source>weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="14" />
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="15" />
        <source>quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="16" />
        <source>half-yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="17" />
        <source>nine-monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="18" />
        <source>annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="19" />
        <source>five-yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="20" />
        <source>ten-yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="88" />
        <source>Generated by the project's deterministic generator: not official statistics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="103" />
        <source>real</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="103" />
        <source>synthetic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="106" />
        <source>no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="111" />
        <source>final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="112" />
        <source>provisional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="113" />
        <source>estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="129" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="130" />
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="131" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="132" />
        <source>Frequency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="133" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="134" />
        <source>Latest period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="135" />
        <source>Latest value (national)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="136" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/catalogmodel.cpp" line="137" />
        <source>As of</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::CatalogPage</name>
    <message>
        <location filename="../app/gui/catalogpage.cpp" line="102" />
        <source>Filter indicators by code, name, unit…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/gui/catalogpage.cpp" line="108" />
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>dh::HomePage</name>
    <message>
        <location filename="../app/gui/homepage.cpp" line="60" />
        <location filename="../app/gui/homepage.cpp" line="125" />
        <source>Click a tile for its detail; drag a tile onto another to rearrange.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::IndicatorPage</name>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="159" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="184" />
        <source>By month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="185" />
        <source>By quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="186" />
        <source>By year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="191" />
        <source>In the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="192" />
        <source>Year to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="205" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="205" />
        <source>Simulated data — not official statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="207" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/gui/indicatorpage.cpp" line="209" />
        <source>combined from the %n former province(s) by the rule "%1"</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="242" />
        <source>Same period last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="243" />
        <source>Plan target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="263" />
        <source>Provinces, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/indicatorpage.cpp" line="283" />
        <source>Breakdown by %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::IndicatorTableModel</name>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="48" />
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="76" />
        <source>final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="77" />
        <source>provisional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="78" />
        <source>estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="89" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="90" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="91" />
        <source>vs previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="92" />
        <source>vs same period last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/models/indicatortablemodel.cpp" line="93" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="227" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="300" />
        <source>Điều hành — socio-economic direction dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="301" />
        <source>Điều hành — socio-economic indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="302" />
        <source>Dữ liệu mẫu — mô phỏng</source>
        <translation>Dữ liệu mẫu — mô phỏng</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="303" />
        <source>This cache holds the synthetic sample: simulated figures made by the project's generator, not official statistics. Series marked "real" carry their source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="305" />
        <source>Back (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="306" />
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="307" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="308" />
        <location filename="../app/gui/mainwindow.cpp" line="427" />
        <source>Indicator catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="310" />
        <source>34 tỉnh, thành (từ 1/7/2025)</source>
        <translation>34 provinces (from 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="311" />
        <source>63 tỉnh, thành (trước 1/7/2025)</source>
        <translation>63 provinces (before 1 July 2025)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="315" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="317" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="325" />
        <source>Opening the cache…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="333" />
        <source>Ministry or agency…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="342" />
        <location filename="../app/gui/mainwindow.cpp" line="418" />
        <source>National</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="438" />
        <source>%1 indicators · %2 observations · %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="442" />
        <source>Data through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="506" />
        <source>Layout saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="516" />
        <source>No data could be shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dh::WdiCsvReader</name>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="151" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="161" />
        <source>The World Bank file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="178" />
        <source>The World Bank file lacks the column(s) %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="190" />
        <source>A quoted field is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="194" />
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="202" />
        <source>The indicator code is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="208" />
        <source>The year "%1" is not a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="218" />
        <source>The country code "%1" is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/sync/wdicsvreader.cpp" line="226" />
        <source>The value "%1" is not a number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dieuhanh</name>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="31" />
        <source>Unexpected argument "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="39" />
        <source>Option %1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="12" />
        <source>Usage: dieuhanh [--cache FILE] [--lang vi|en] [--screenshot FILE [--view VIEW] [--size WxH]]
  --cache FILE       open this cache (default: the user's cache, created from the bundled sample)
  --lang vi|en       interface language (default: Vietnamese)
  --screenshot FILE  render the window offscreen at --size, save it as PNG and exit
  --view VIEW        the page to show: home[:UNIT] (default), indicator:CODE[:UNIT] or catalog
  --size WxH         window size, e.g. 1920x1080 or 3840x2160
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="48" />
        <source>Unknown view "%1" (home[:UNIT], indicator:CODE[:UNIT] or catalog).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="54" />
        <source>--size expects WIDTHxHEIGHT, e.g. 1920x1080, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="58" />
        <source>--lang is vi or en, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/appoptions.cpp" line="61" />
        <source>Unknown option %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dieuhanh-sync</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="10" />
        <source>Usage: dieuhanh-sync [--cache FILE] COMMAND [OPTIONS]

Commands:
  info                       cache path, schema version, counts, date range, synthetic flag
  catalog                    the indicators as CSV
  units --level L --at DATE  units of a level (province, ministry, nation, country) valid on DATE, as CSV
  import FILE [--format csv] [--mode all|rows] [--source NAME]
                             import observations (README: "Importing observations");
                             --mode all (default) writes nothing if any row is bad,
                             --mode rows writes the good rows; bad rows are quarantined either way
  query --indicator X (--unit U | --level province --at DATE) [--from P] [--to P]
        [--disaggregation K] [--value-kind in-period|cumulative|target] [--period-kind K]
                             values as CSV; 2025 provinces are re-aggregated from the 63 where needed
  export [--indicator X] [--out FILE]
                             observations in the import format
  quarantine [--limit N]     the rejected records and their reasons
  sample --out FILE [--seed N]
                             build the synthetic sample cache

Without --cache the default cache is used ($DIEUHANH_CACHE, or cache.sqlite in the user's data folder).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="65" />
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="73" />
        <source>--at expects a date like 2025-07-01, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="78" />
        <source>--mode is "all" or "rows", not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="94" />
        <source>--%1 expects a number, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="101" />
        <source>Unknown option --%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="107" />
        <source>Unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="120" />
        <source>import needs exactly one FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="123" />
        <source>Unknown import format "%1" (supported: csv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="127" />
        <source>Unexpected argument "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="129" />
        <source>units needs --level (province, ministry, nation or country).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="132" />
        <source>query needs --indicator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="134" />
        <source>query needs either --unit or --level (with --at).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="137" />
        <source>sample needs --out FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="64" />
        <source>error: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="108" />
        <source>note: this cache holds the SYNTHETIC sample (simulated figures, not official statistics); indicators marked real carry their source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="140" />
        <source>Unknown level "%1" (province, ministry, nation, country).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="177" />
        <source>%1: %2 rows read, %3 written, %4 unchanged, %5 quarantined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="184" />
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="187" />
        <source>… and %1 more (see: dieuhanh-sync quarantine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="191" />
        <source>nothing was imported: the file has bad rows and the mode is all-or-nothing (use --mode rows to import the good rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="203" />
        <source>Unknown indicator %1 (see: dieuhanh-sync catalog).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="206" />
        <source>Unknown value kind "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="209" />
        <source>Malformed disaggregation "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="221" />
        <source>Malformed period "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="228" />
        <source>Unknown period kind "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="232" />
        <source>--from and --to must be periods of the same kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="238" />
        <source>Unknown unit %1 (see: dieuhanh-sync units).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="243" />
        <source>Unknown level "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="271" />
        <source>%1 %2: left out, a merged province has no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="288" />
        <location filename="../app/cli/commands.cpp" line="306" />
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="307" />
        <source>%1 observations written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="335" />
        <source>sample written to %1: %2 indicators, %3 observations</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
using CsvHelper;
using Parquet;
using Sitrep.Export;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;
using Sitrep.Tests.Ledger;

namespace Sitrep.Tests.Export;

/// <summary>Exports are not capped: every current event is written, past the 1,000 rows a listing shows and across Parquet row groups.</summary>
public class StreamingExportTests : IDisposable
{
    private const int EventCount = 1_500;
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    /// <summary>One clash a day in one of three provinces: no two reports fuse, so each is its own event.</summary>
    private string Ledger()
    {
        var path = _files.PathOf("many.db");
        using var ledger = LedgerStore.Open(path, DataPack.Default);
        string[] provinces = ["Kunduz", "Ghazni", "Helmand"];
        var mentions = Enumerable.Range(0, EventCount).Select(i => TestMentions.M($"m{i:D5}", $"a{i:D5}",
            date: new DateOnly(2019, 1, 1).AddDays(i / 3).ToString("yyyy-MM-dd"), admin1: provinces[i % 3], admin2: null, killed: i % 7)).ToList();
        ledger.Add(mentions, DateTimeOffset.UnixEpoch);
        Assert.Equal(EventCount, ledger.Counts().Events);
        return path;
    }

    [Fact]
    public void Csv_export_writes_every_event_past_the_listing_limit_in_date_order()
    {
        var db = Ledger();
        var csvPath = _files.PathOf("all.csv");
        long written;
        var progress = new List<long>();
        using (var ledger = LedgerStore.Open(db, DataPack.Default, StoreOpenMode.Existing))
        using (var stream = File.Create(csvPath))
        using (var writer = new AcledCsvWriter(stream, new AcledColumns()))
            written = new EventExporter(ledger).Export(new LedgerQuery(), _ => true, writer, progress.Add, every: 500);
        Assert.Equal(EventCount, written);
        Assert.Equal([500L, 1000L, 1500L], progress);
        using var csv = CsvReader.FromFile(csvPath);
        var dates = new List<string>();
        var ids = new HashSet<string>();
        while (csv.Read())
        {
            dates.Add(csv.GetString("event_date"));
            ids.Add(csv.GetString("event_id_cnty"));
        }
        Assert.Equal(EventCount, ids.Count);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Parquet_export_spreads_the_events_over_row_groups_and_loses_none()
    {
        var db = Ledger();
        var path = _files.PathOf("all.parquet");
        using (var ledger = LedgerStore.Open(db, DataPack.Default, StoreOpenMode.Existing))
        using (var stream = File.Create(path))
        using (var writer = new ParquetEventWriter(stream, new AcledColumns(), rowGroupSize: 400))
            new EventExporter(ledger).Export(new LedgerQuery(), _ => true, writer);
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(4, reader.RowGroupCount); // 400 + 400 + 400 + 300
        var ids = new List<string>();
        var killed = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var column = new string?[n];
            await group.ReadAsync(reader.Schema.FindDataField("event_id_cnty"), column.AsMemory());
            ids.AddRange(column.Select(c => c!));
            var fatalities = new long?[n];
            await group.ReadAsync<long>(reader.Schema.FindDataField("fatalities"), fatalities.AsMemory());
            killed += fatalities.Sum(f => f ?? 0);
        }
        Assert.Equal(EventCount, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, EventCount).Sum(i => (long)(i % 7)), killed);
    }
}

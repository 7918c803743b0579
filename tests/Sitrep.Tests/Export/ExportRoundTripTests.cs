using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Parquet;
using Parquet.Schema;
using Sitrep.Evaluation;
using Sitrep.Export;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Export;

/// <summary>Each export format written from a real ledger and read back with its own reader library, value by value.</summary>
[Collection(ExportStoreCollection.Name)]
public class ExportRoundTripTests(ExportStore store)
{
    private static readonly AcledColumns Columns = new(code => code == "AF" ? "Afghanistan" : null, name => name switch
    {
        "Taliban" => 2,
        "Civilians (Afghanistan)" => 7,
        null => null,
        _ => name.Contains("Forces of Afghanistan") ? 1 : 3,
    });

    private string Export(ExportFormat format, Func<Stream, IEventWriter> create, LedgerQuery? query = null)
    {
        var path = store.Files.PathOf($"out-{Guid.NewGuid():N}.{format}");
        using var ledger = LedgerStore.Open(store.Db, DataPack.Default, StoreOpenMode.Existing);
        using (var stream = File.Create(path))
        using (var writer = create(stream))
            new EventExporter(ledger).Export(query ?? new LedgerQuery(), _ => true, writer);
        return path;
    }

    [Fact]
    public void The_fixture_ledger_has_the_three_events_the_reports_tell()
    {
        Assert.Equal(3, store.Events.Count);
        Assert.Equal(2, store.In("Andar").Sources.Count); // two outlets, one bomb
    }

    [Fact]
    public void Acled_csv_reads_back_with_acled_column_names_and_every_event_value_and_its_evidence()
    {
        var path = Export(ExportFormat.AcledCsv, s => new AcledCsvWriter(s, Columns));
        using var csv = CsvReader.FromFile(path);
        Assert.Equal(Columns.Columns.Select(c => c.Name), csv.Headers);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.Headers.Select((h, i) => (h, v: csv.GetString(i))).ToDictionary(x => x.h, x => x.v));
        Assert.Equal(store.Events.Select(e => e.Id), rows.Select(r => r["event_id_cnty"]));
        foreach (var e in store.Events)
        {
            var row = rows.Single(r => r["event_id_cnty"] == e.Id);
            Assert.Equal(e.Date!.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["event_date"]);
            Assert.Equal(e.EventType.Value, row["event_type"]);
            Assert.Equal(e.Place!.Value.Admin1, row["admin1"]);
            Assert.Equal(e.Place.Value.Latitude!.Value, double.Parse(row["latitude"], CultureInfo.InvariantCulture), 5);
            Assert.Equal((e.Fatalities?.Best ?? 0).ToString(CultureInfo.InvariantCulture), row["fatalities"]);
            Assert.Equal("Afghanistan", row["country"]);
            Assert.Equal(string.Join("; ", e.Sources.Select(s => s.MentionId)), row["sitrep_mentions"]);
            Assert.Equal(string.Join("; ", e.Sources.Select(s => s.Outlet).Distinct()), row["source"]);
            // notes is the lead report's own sentence, sliced from its stored article
            var lead = e.Sources.First(s => s.MentionId == row["sitrep_notes_mention"]);
            Assert.Contains(row["notes"], store.TextOfArticle[lead.ArticleId]);
        }
        var herat = rows.Single(r => r["admin1"] == "Herat");
        Assert.Contains("\"money changer\",", herat["notes"]); // quotes and commas survive the quoting
        Assert.Equal("37", herat["interaction"]); // an unidentified armed group (3, as this test's actor types say) against civilians (7)
        Assert.Equal("Civilian targeting", herat["civilian_targeting"]);
        var andar = rows.Single(r => r["admin2"] == "Andar");
        Assert.Equal("2", andar["sitrep_reports"]);
        Assert.Contains("killed 4", andar["sitrep_claims"]);
    }

    [Fact]
    public void Acled_csv_export_is_read_by_eval_as_an_acled_gold_file_with_the_ledger_values()
    {
        var path = Export(ExportFormat.AcledCsv, s => new AcledCsvWriter(s, Columns));
        var gold = GoldFileReader.Read(path);
        Assert.Equal(GoldFormat.AcledCsv, gold.Format);
        Assert.Empty(gold.Errors);
        Assert.Equal(store.Events.Select(e => e.Id), gold.Cases.Select(c => c.Id));
        foreach (var e in store.Events)
        {
            var c = gold.Cases.Single(x => x.Id == e.Id).Gold!;
            Assert.Equal(e.Date!.Value.Start, c.DateStart);
            Assert.Equal(e.EventType.Value, c.EventType);
            Assert.Equal(e.Place!.Value.Admin2, c.Admin2);
            Assert.Equal(e.Fatalities?.Best ?? 0, c.FatalitiesBest);
            Assert.Equal(e.Actor1?.Value, c.Actor1);
        }
    }

    [Fact]
    public void Geojson_reads_back_through_netTopologySuite_as_points_with_the_fused_values_and_sources()
    {
        var path = Export(ExportFormat.GeoJson, s => new GeoJsonEventWriter(s, Columns));
        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJsonEventWriter.Options())!;
        Assert.Equal(store.Events.Count, collection.Count);
        using (var raw = JsonDocument.Parse(File.ReadAllText(path))) // each feature's GeoJSON id is its ledger event id
            Assert.Equal(store.Events.Select(e => e.Id), raw.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        foreach (var e in store.Events)
        {
            var feature = collection.Single(f => (string)f.Attributes["event_id_cnty"] == e.Id);
            var point = Assert.IsType<Point>(feature.Geometry);
            Assert.Equal(e.Place!.Value.Longitude!.Value, point.X, 5);
            Assert.Equal(e.Place.Value.Latitude!.Value, point.Y, 5);
            Assert.Equal(e.Fatalities?.Best ?? 0, Convert.ToInt64(feature.Attributes["fatalities"], CultureInfo.InvariantCulture));
            Assert.Equal(e.EventType.Value, feature.Attributes["event_type"]);
            var sources = ((object[])feature.Attributes["sources"]).Cast<IAttributesTable>().ToList();
            Assert.Equal(e.Sources.Select(s => s.MentionId), sources.Select(s => (string)s["mention_id"]));
            Assert.All(sources, s => Assert.StartsWith("https://", (string)s["url"]));
        }
    }

    [Fact]
    public async Task Parquet_reads_back_with_parquet_net_typed_column_by_column()
    {
        var path = Export(ExportFormat.Parquet, s => new ParquetEventWriter(s, Columns));
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(Columns.Columns.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        Assert.Equal(store.Events.Count, n);
        var ids = new string?[n];
        await group.ReadAsync(reader.Schema.FindDataField("event_id_cnty"), ids.AsMemory());
        var fatalities = new long?[n];
        await group.ReadAsync<long>(reader.Schema.FindDataField("fatalities"), fatalities.AsMemory());
        var latitudes = new double?[n];
        await group.ReadAsync<double>(reader.Schema.FindDataField("latitude"), latitudes.AsMemory());
        var mentions = new string?[n];
        await group.ReadAsync(reader.Schema.FindDataField("sitrep_mentions"), mentions.AsMemory());
        Assert.Equal(store.Events.Select(e => e.Id), ids);
        Assert.Equal(store.Events.Select(e => (long?)(e.Fatalities?.Best ?? 0)), fatalities);
        Assert.Equal(store.Events.Select(e => e.Place!.Value.Latitude), latitudes);
        Assert.Equal(store.Events.Select(e => string.Join("; ", e.Sources.Select(s => s.MentionId))), mentions);
    }

    [Fact]
    public void Plover_json_reads_back_with_plover_types_actors_and_sources_whose_offsets_point_at_their_sentence()
    {
        var path = Export(ExportFormat.PloverJson, s => new PloverJsonWriter(s, PloverMapping.Load(DataPack.Default), "test"));
        var lines = File.ReadAllLines(path);
        Assert.Equal(store.Events.Count, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            var e = store.Events.Single(x => x.Id == o.GetProperty("id").GetString());
            Assert.Equal("sitrep", o.GetProperty("coder").GetString());
            Assert.Equal("PLOVER", o.GetProperty("codebook").GetString());
            Assert.Equal(e.Actor1?.Value, o.GetProperty("actor").EnumerateArray().Single().GetString());
            Assert.Equal(e.EventType.Value, o.GetProperty("acled").GetProperty("event_type").GetString());
            foreach (var s in o.GetProperty("sources").EnumerateArray())
            {
                var text = store.TextOfArticle[s.GetProperty("article_id").GetString()!];
                var (start, end) = (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
                Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            }
        }
        var bomb = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(o => o.GetProperty("id").GetString() == store.In("Andar").Id);
        Assert.Equal("ASSAULT", bomb.GetProperty("event_type").GetString());
        Assert.Equal("explosives", bomb.GetProperty("mode").GetString());
        Assert.Equal(2, bomb.GetProperty("sources").GetArrayLength());
        Assert.Equal(4, bomb.GetProperty("fatalities").GetProperty("best").GetInt64());
    }

    [Fact]
    public void Filters_select_events_by_province_and_date_as_the_ledger_query_does()
    {
        var path = Export(ExportFormat.AcledCsv, s => new AcledCsvWriter(s, Columns), new LedgerQuery { From = new DateOnly(2020, 3, 9), To = new DateOnly(2020, 3, 10) });
        var gold = GoldFileReader.Read(path);
        Assert.Equal([store.In("Andar").Id], gold.Cases.Select(c => c.Id));
    }
}

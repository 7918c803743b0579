using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Framing;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;
using Sitrep.Tests.Server;
using Sitrep.Tests.Storage.Contract;

namespace Sitrep.Tests.Framing;

/// <summary>The demo corpus ingested once with framing summaries (schema step 10), copied for each test that changes its store.</summary>
public sealed class FramedDemoStore : IDisposable
{
    public TestFiles Files { get; } = new();
    public string Db { get; }

    public FramedDemoStore()
    {
        Db = Files.PathOf("demo.db");
        DemoServer.IngestDemo(Db);
    }

    /// <summary>A consistent copy of the store (WAL included), for a test to change.</summary>
    public string Copy(string name)
    {
        var copy = Files.PathOf(name);
        using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        c.Execute($"VACUUM INTO '{copy}'");
        return copy;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Files.Dispose();
    }
}

public class StoredFramingSummaryTests(FramedDemoStore demo) : IClassFixture<FramedDemoStore>
{
    private static string Json(IEnumerable<ArticleFramingProfile> profiles) =>
        string.Join("\n", profiles.OrderBy(p => p.ArticleId, StringComparer.Ordinal).Select(p => SitrepJson.Serialize(p)));

    /// <summary>Every English article framed again from its stored text with the current pipeline, as before step 10.</summary>
    private static List<ArticleFramingProfile> FramedAgain(string db)
    {
        using var store = Stores.Open(db, StoreOpenMode.Existing);
        var framing = StoredFraming.CreateDefault(DataPack.Default);
        return [.. StoredArticleIndex.List(db).Where(a => !a.IsCopy).Select(a => framing.Read(store.Article(a.Id)!).Profile)];
    }

    private static OutletFramingRead Read(string db, bool backfill = false)
    {
        using var store = Stores.Open(db, StoreOpenMode.Existing);
        return StoredOutletFraming.Read(store, db, DataPack.Default, null, null, backfill);
    }

    [Fact]
    public void Ingest_stores_each_articles_summary_and_the_views_read_it_without_framing_again()
    {
        var read = Read(demo.Db);
        Assert.True(read.Profiles.Count >= 20);
        Assert.Equal((read.Profiles.Count, 0, 0), (read.FromStore, read.Framed, read.Backfilled));
        Assert.Null(read.Note);
        // what was stored is what framing the text again gives
        Assert.Equal(Json(FramedAgain(demo.Db)), Json(read.Profiles));
        Assert.Contains(read.Profiles, p => p.FramedSentences > 0);
    }

    [Fact]
    public void A_store_from_before_step_10_is_migrated_framed_from_its_text_and_backfilled_on_request()
    {
        var expected = Json(Read(demo.Db).Profiles);
        var old = demo.Copy("step9.db");
        using (var c = new SqliteConnection($"Data Source={old};Pooling=False"))
        {
            c.Open();
            OlderSchema.UndoLedgerKeys(c);
            c.Execute("ALTER TABLE articles DROP COLUMN framing; UPDATE schema_version SET version = 9;");
        }
        var first = Read(old);
        using (var store = Stores.Open(old, StoreOpenMode.Existing))
            Assert.Equal(Migrations.Steps.Length, store.SchemaVersion);
        Assert.Equal((0, first.Profiles.Count, 0), (first.FromStore, first.Framed, first.Backfilled));
        Assert.Contains("sitrep outlets --backfill", first.Note);
        Assert.Equal(expected, Json(first.Profiles));

        var backfill = Read(old, backfill: true);
        Assert.Equal((backfill.Profiles.Count, backfill.Profiles.Count), (backfill.Framed, backfill.Backfilled));
        var after = Read(old);
        Assert.Equal((after.Profiles.Count, 0), (after.FromStore, after.Framed));
        Assert.Equal(expected, Json(after.Profiles));
    }

    [Fact]
    public void A_summary_made_with_other_framing_data_is_framed_again_not_shown()
    {
        var stale = demo.Copy("stale.db");
        var version = FramingDataVersion.Of(DataPack.Default).Value;
        string id;
        using (var c = new SqliteConnection($"Data Source={stale};Pooling=False"))
        {
            c.Open();
            id = c.ExecuteScalar<string>("SELECT id FROM articles WHERE framing IS NOT NULL ORDER BY id LIMIT 1")!;
            // the stored profile is altered too: were it used, the result would show it
            c.Execute("UPDATE articles SET framing = replace(replace(framing, @version, 'other-data'), '\"sentences\":', '\"sentences\":1000+') WHERE id = @id", new { version, id });
        }
        var read = Read(stale);
        Assert.Equal(1, read.Framed);
        Assert.Equal(Json(Read(demo.Db).Profiles), Json(read.Profiles));
    }

    [Fact]
    public void Explain_reads_the_stored_profiles_of_the_articles_asked_for()
    {
        using var store = Stores.Open(demo.Db, StoreOpenMode.Existing);
        var all = StoredOutletFraming.Read(store, demo.Db, DataPack.Default, null, null).Profiles;
        var some = all.Take(3).Select(p => p.ArticleId).Append("a_not_stored").ToList();
        var profiles = StoredOutletFraming.ProfilesOf(store, demo.Db, DataPack.Default, some);
        Assert.Equal(some.Take(3).Order(StringComparer.Ordinal), profiles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Json(all.Take(3)), Json(profiles.Values));
    }

    [Fact]
    public void An_unreadable_or_foreign_summary_counts_as_none()
    {
        var version = FramingDataVersion.Of(DataPack.Default);
        var profile = Read(demo.Db).Profiles[0];
        var json = new StoredFramingSummary(version.Value, profile).ToJson();
        Assert.Equal(SitrepJson.Serialize(profile), SitrepJson.Serialize(StoredFramingSummary.Current(json, version)));
        Assert.Null(StoredFramingSummary.Current(json, new FramingDataVersion("0000")));
        Assert.Null(StoredFramingSummary.Current("{\"version\":", version));
        Assert.Null(StoredFramingSummary.Current(null, version));
    }

    [Fact]
    public void The_framing_version_follows_the_framing_data()
    {
        using var files = new TestFiles();
        var pack = files.PathOf("pack");
        foreach (var file in Directory.GetFiles(DataPack.Default.Directory, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetRelativePath(DataPack.Default.Directory, f).Split(Path.DirectorySeparatorChar)[0] is "framing" or "sources" or "claims"))
        {
            var target = Path.Combine(pack, Path.GetRelativePath(DataPack.Default.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Assert.Equal(FramingDataVersion.Of(DataPack.Default), FramingDataVersion.Of(new DataPack(pack)));
        File.AppendAllText(Path.Combine(pack, "framing", "lexicon.tsv"), "# one more comment changes the data\n");
        Assert.NotEqual(FramingDataVersion.Of(DataPack.Default), FramingDataVersion.Of(new DataPack(pack)));
    }
}

/// <summary>The framing summary column on PostgreSQL: written at ingest, read back, and backfilled through the same SQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoredFramingSummaryPostgresTests(PostgresServer server)
{
    [SkippableFact]
    public void Postgres_stores_reads_and_backfills_framing_summaries_as_sqlite_does()
    {
        var db = server.NewDatabase();
        DemoServer.IngestDemo(db);
        OutletFramingRead Read(bool backfill = false)
        {
            using var store = Stores.Open(db, StoreOpenMode.Existing);
            return StoredOutletFraming.Read(store, db, DataPack.Default, null, null, backfill);
        }
        var stored = Read();
        Assert.NotEmpty(stored.Profiles);
        Assert.Equal(0, stored.Framed);
        using (var c = new Npgsql.NpgsqlConnection(StoreLocation.Parse(db).ConnectionString))
            c.Execute("UPDATE articles SET framing = NULL");
        var backfill = Read(backfill: true);
        Assert.Equal(stored.Profiles.Count, backfill.Backfilled);
        var after = Read();
        Assert.Equal((stored.Profiles.Count, 0), (after.FromStore, after.Framed));
        Assert.Equal(stored.Profiles.Select(p => SitrepJson.Serialize(p)), after.Profiles.Select(p => SitrepJson.Serialize(p)));
    }
}

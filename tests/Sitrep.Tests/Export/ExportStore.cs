using System.Globalization;
using Sitrep.Documents;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Export;

/// <summary>
/// A store with a small ledger, written for these tests: a Ghazni roadside bomb told by two
/// outlets (one ledger event of two reports), a Kunduz clash, and a Herat killing whose sentence
/// holds a comma and quotes. Built once through the real pipeline, shared by the reference and export tests.
/// </summary>
public sealed class ExportStore : IDisposable
{
    public static readonly (string Outlet, string Published, string Url, string Text)[] Reports =
    [
        ("Afghan Wire Service", "2020-03-10", "https://wire.example.org/a", "GHAZNI, Afghanistan (AWS) - A roadside bomb struck a police vehicle in Andar district of Ghazni province on Monday, killing four policemen, officials said."),
        ("Afghan Wire Service", "2020-03-09", "https://wire.example.org/b", "KUNDUZ, Afghanistan (AWS) - Taliban fighters attacked an army outpost in Imam Sahib district of Kunduz province on Sunday, killing seven soldiers, a provincial spokesman said."),
        ("Kabul Morning Dispatch", "2020-03-12", "https://dispatch.example.org/c", "HERAT, Afghanistan (AWS) - Gunmen shot dead two shopkeepers, one of them a \"money changer\", in Shindand district of Herat province on Wednesday, police said."),
        ("Frontier Press Agency", "2020-03-10", "https://fpa.example.org/d", "Police said a roadside bomb hit a police car in Andar district of Ghazni on Monday and four officers were killed."),
    ];

    public TestFiles Files { get; } = new();
    public string Db { get; }
    public IReadOnlyList<LedgerEvent> Events { get; }
    public IReadOnlyDictionary<string, string> TextOfArticle { get; }

    public ExportStore()
    {
        var pipeline = PipelineBuilder.Default(DataPack.Default);
        Db = Files.PathOf("export.db");
        var documents = Reports.Select((r, i) => StoredDocument.From(pipeline.Process(Article.Create(r.Text, $"report-{i}.txt", url: r.Url, outlet: r.Outlet,
            published: DateOnly.Parse(r.Published, CultureInfo.InvariantCulture))))).ToList();
        TextOfArticle = documents.ToDictionary(d => d.Article.Id, d => d.Article.Text);
        using (var store = SqliteStore.Open(Db)) store.Save(documents, DateTimeOffset.UnixEpoch);
        using var ledger = LedgerStore.Open(Db, DataPack.Default);
        ledger.Update(DateTimeOffset.UnixEpoch);
        Events = ledger.Events();
    }

    public LedgerEvent In(string admin2) => Events.Single(e => e.Place?.Value.Admin2 == admin2);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Files.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ExportStoreCollection : ICollectionFixture<ExportStore>
{
    public const string Name = "export store";
}

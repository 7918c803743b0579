using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cluster;

/// <summary>
/// Ingest on a silo: the article is read and extracted here, where it arrived (extraction keeps
/// no state), stored in the shared PostgreSQL store, and its mentions sent to their bucket grains.
/// Any silo takes any article.
/// </summary>
public sealed class SiloIngest(string db, DataPack data, LedgerPool ledgers, BucketRouter router)
{
    private readonly Lazy<SitrepPipeline> _pipeline = new(() => SharedPipeline.For(data));

    public string Db => db;

    /// <summary>The writer an ingestor on this silo stores through (its ledger stays null: the grains fuse).</summary>
    public IArticleWriter Writer(IArticleStore store) =>
        new ClusterArticleWriter(store, ledgers, router);

    /// <summary>Ingests JSON Lines articles (the fields of `sitrep ingest`'s JSONL reader).</summary>
    public IngestSummary Run(byte[] jsonLines, SourceReader? reader = null, LanguageIdentifier? languages = null, CancellationToken cancel = default)
    {
        using var store = Stores.Open(db, StoreOpenMode.Existing);
        return new Ingestor(_pipeline.Value, reader ?? SourceReader.Default(), Writer(store)) { Languages = languages }
            .Run(["-"], standardInput: () => new MemoryStream(jsonLines), cancel: cancel);
    }
}

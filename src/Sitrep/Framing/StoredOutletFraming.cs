using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Framing;

/// <summary>
/// The framing of a store's outlets over a period, for <c>sitrep outlets</c>, <c>GET /outlets</c> and
/// the situation report alike: the English stored articles published in the period (near-duplicate
/// copies left out), framed from their stored text, summed per outlet (and month).
/// </summary>
public static class StoredOutletFraming
{
    /// <summary>Texts are read one batch at a time on the store's one connection, then framed in parallel.</summary>
    private const int Batch = 256;

    public static List<ArticleFramingProfile> Profiles(IEventReader store, string dbPath, StoredFraming framing, DateOnly? from, DateOnly? to) =>
        [.. StoredArticleIndex.List(dbPath, from, to).Where(a => !a.IsCopy).Chunk(Batch)
            .SelectMany(batch => batch.Select(a => store.Article(a.Id)!).ToList().AsParallel().AsOrdered().Select(a => framing.Read(a).Profile).ToList())];

    public static List<OutletFramingSummary> Summaries(IEventReader store, string dbPath, DataPack data, DateOnly? from, DateOnly? to, bool byMonth) =>
        OutletFramingSummary.Aggregate(Profiles(store, dbPath, StoredFraming.CreateDefault(data), from, to), SourceRegistry.Load(data), byMonth);
}

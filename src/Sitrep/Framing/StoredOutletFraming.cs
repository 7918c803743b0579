using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Framing;

/// <summary>
/// The framing of a store's outlets over a period, for <c>sitrep outlets</c>, <c>GET /outlets</c>, the
/// situation report and <c>explain</c> alike: the English stored articles published in the period
/// (near-duplicate copies left out), each read from its stored framing summary, summed per outlet
/// (and month). An article without a current summary (stored before schema step 10, or framed
/// with other framing data) is framed from its stored text, and stored so with <c>backfill</c>.
/// </summary>
public static class StoredOutletFraming
{
    /// <summary>Texts to frame again are read one batch at a time on the store's one connection, then framed in parallel.</summary>
    private const int Batch = 256;

    public static OutletFramingRead Read(IEventReader store, string dbPath, DataPack data, DateOnly? from, DateOnly? to, bool backfill = false)
    {
        var articles = StoredArticleIndex.List(dbPath, from, to).Where(a => !a.IsCopy).ToList();
        return Profile(store, dbPath, data, [.. articles.Select(a => (a.Id, a.Framing))], backfill);
    }

    /// <summary>The profiles of the given stored articles (those not stored are left out), keyed by id.</summary>
    public static Dictionary<string, ArticleFramingProfile> ProfilesOf(IEventReader store, string dbPath, DataPack data, IEnumerable<string> articleIds)
    {
        var stored = StoredFramingSummaries.Read(dbPath, articleIds);
        return Profile(store, dbPath, data, [.. stored.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value))], backfill: false)
            .Profiles.ToDictionary(p => p.ArticleId, StringComparer.Ordinal);
    }

    public static List<OutletFramingSummary> Summaries(IEventReader store, string dbPath, DataPack data, DateOnly? from, DateOnly? to, bool byMonth) =>
        OutletFramingSummary.Aggregate(Read(store, dbPath, data, from, to).Profiles, SourceRegistry.Load(data), byMonth);

    private static OutletFramingRead Profile(IEventReader store, string dbPath, DataPack data, List<(string Id, string? Framing)> articles, bool backfill)
    {
        var version = FramingDataVersion.Of(data);
        StoredFraming? framing = null; // the pipeline is built only when an article must be framed again
        var profiles = new List<ArticleFramingProfile>(articles.Count);
        int fromStore = 0, framed = 0, backfilled = 0;
        foreach (var batch in articles.Chunk(Batch))
        {
            var current = batch.Select(a => StoredFramingSummary.Current(a.Framing, version)).ToArray();
            var missing = Enumerable.Range(0, batch.Length).Where(i => current[i] is null).ToList();
            if (missing.Count > 0)
            {
                framing ??= StoredFraming.CreateDefault(data);
                var texts = missing.Select(i => store.Article(batch[i].Id)).ToList();
                var again = texts.AsParallel().AsOrdered().Select(a => a is null ? null : framing.Read(a).Profile).ToList();
                for (var k = 0; k < missing.Count; k++) current[missing[k]] = again[k];
                framed += again.Count(p => p is not null);
                if (backfill)
                    backfilled += StoredFramingSummaries.Write(dbPath,
                        [.. again.Where(p => p is not null).Select(p => (p!.ArticleId, new StoredFramingSummary(version.Value, p).ToJson()))]);
            }
            fromStore += batch.Length - missing.Count;
            profiles.AddRange(current.Where(p => p is not null).Select(p => p!));
        }
        return new OutletFramingRead(profiles, fromStore, framed, backfilled);
    }
}

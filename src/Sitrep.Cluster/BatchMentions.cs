using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Cluster;

/// <summary>
/// The ledger mentions of a stored batch, projected where the batch was extracted: each counted
/// event as the store holds it (its stored JSON, the article's stored fields), so the projection
/// equals the one a single process makes from the database.
/// </summary>
public sealed class BatchMentions(MentionProjector projector)
{
    public IReadOnlyList<LedgerMention> Project(IEnumerable<StoredDocument> batch, IReadOnlyDictionary<string, string> copyOf)
    {
        var result = new List<LedgerMention>();
        foreach (var document in batch.OrderBy(d => d.Article.Id, StringComparer.Ordinal))
        {
            var a = document.Article;
            // the fields the store keeps, as it reads them back (a date as its yyyy-MM-dd text)
            var article = new Article
            {
                Id = a.Id, Text = a.Text, Url = a.Url, Outlet = a.Outlet, Source = a.Source,
                Published = a.Published is { } p ? DateOnly.ParseExact(p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            };
            foreach (var e in document.Events.Where(e => e.Row.Counts).OrderBy(e => e.Row.Id, StringComparer.Ordinal))
                result.Add(projector.Project(SitrepJson.Deserialize<EventMention>(e.Json)!, article, copyOf.GetValueOrDefault(a.Id)));
        }
        return result;
    }
}

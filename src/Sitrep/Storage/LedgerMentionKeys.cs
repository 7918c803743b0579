using System.Data.Common;
using Dapper;
using Sitrep.Ledger;
using Sitrep.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// The columns a stored mention is found by when a new report looks for the reports it may link
/// with. <see cref="PairScorer"/> pairs only mentions of one bucket (family and anchor month) whose
/// date windows meet and whose districts do not differ; with these in one index the store reads
/// and parses only the rows that can pair, not every report of a busy province's month.
/// </summary>
internal readonly record struct LedgerMentionKeys(int? AnchorMonth, int? DayFirst, int? DayLast, string? District)
{
    public static LedgerMentionKeys Of(LedgerMention m) => DateWindow.Of(m) is { } w
        ? new(DateWindow.AnchorMonth(m), w.First.DayNumber, w.Last.DayNumber, DistrictKey(m.Admin2))
        : new(null, null, null, DistrictKey(m.Admin2));

    /// <summary>Upper-cased as <see cref="StringComparison.OrdinalIgnoreCase"/> compares, which the scorer uses.</summary>
    private static string? DistrictKey(string? admin2) => admin2?.ToUpperInvariant();

    /// <summary>Fills the keys of mentions stored before they existed, a page at a time (flat memory).</summary>
    public static void Backfill(DbConnection connection, DbTransaction tx)
    {
        const int Page = 500;
        var after = "";
        while (true)
        {
            var rows = connection.Query<(string Id, string Data)>(
                "SELECT mention_id, data FROM ledger_mentions WHERE mention_id > @after ORDER BY mention_id LIMIT @Page", new { after, Page }, tx).ToList();
            if (rows.Count == 0) return;
            foreach (var (id, data) in rows)
            {
                var keys = Of(SitrepJson.Deserialize<LedgerMention>(data)!);
                connection.Execute("UPDATE ledger_mentions SET anchor_month = @AnchorMonth, day_first = @DayFirst, day_last = @DayLast, district = @District WHERE mention_id = @id",
                    new { keys.AnchorMonth, keys.DayFirst, keys.DayLast, keys.District, id }, tx);
            }
            after = rows[^1].Id;
        }
    }
}

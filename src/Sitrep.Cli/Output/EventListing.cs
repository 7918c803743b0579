using Sitrep.Storage;

namespace Sitrep.Cli.Output;

/// <summary>The rows a listing shows, out of how many matched, and whether they are counted events or every event mention (<c>--all</c>).</summary>
public sealed record EventListing(IReadOnlyList<EventRow> Rows, int Total, bool Mentions)
{
    public int More => Total - Rows.Count;

    public static EventListing Of(IReadOnlyList<EventRow> rows, bool mentions = false) => new(rows, rows.Count, mentions);

    /// <summary>The caption under a table: "69 rows (counted events)", and how many more when a limit cut them.</summary>
    public string Caption()
    {
        var what = Mentions ? "event mentions, counted or not" : "counted events";
        var rows = Rows.Count == 1 ? "1 row" : $"{Rows.Count} rows";
        return More > 0
            ? $"{rows} of {Total} ({what}); {More} more not shown: use --limit {Total}, or --format csv for all"
            : $"{rows} ({what})";
    }
}

using System.Globalization;
using Sitrep.Framing;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The framing part of <c>sitrep explain le_...</c>: how each source article frames the war, and a
/// flag on a casualty figure that only heavily framed, one-sided sources give (its weight for a
/// reader is the partisans' word alone). Framing is read from the articles' stored summaries (framed from
/// their text when they have none).
/// </summary>
public static class LedgerFramingNote
{
    public const string Flag = "ONLY IN HEAVILY FRAMED, ONE-SIDED SOURCES";

    public static void Write(LedgerEvent e, string dbPath, DataPack data, TextWriter output)
    {
        using var store = Stores.Open(dbPath, StoreOpenMode.Existing);
        var profiles = new SortedDictionary<string, ArticleFramingProfile>(
            StoredOutletFraming.ProfilesOf(store, dbPath, data, e.Sources.Select(s => s.ArticleId)), StringComparer.Ordinal);
        if (profiles.Count == 0) return;
        output.WriteLine();
        output.WriteLine("framing:");
        foreach (var (id, p) in profiles)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  article {id}  {p.Outlet ?? "(outlet unknown)"}  framed {p.FramedSentences}/{p.Sentences} sentences{(p.HeavilyFramed ? " (heavily)" : "")}  one-sided {(p.OneSided ? "yes: " + string.Join("; ", p.Reasons) : "no")}"));
        foreach (var (field, figure) in new[] { ("fatalities", e.Fatalities), ("injuries", e.Injuries) })
            if (figure is not null && FlagFor(figure, e.Sources, profiles) is { } sources)
                output.WriteLine($"  {field} (best {figure.Best}, high {figure.High}): {Flag} ({sources}); see sitrep framing ARTICLE_ID");
    }

    /// <summary>The flagged sources, when every article behind the figure's live claims is heavily framed and one-sided; else null.</summary>
    public static string? FlagFor(FusedFigure figure, IReadOnlyList<LedgerSource> sources, IReadOnlyDictionary<string, ArticleFramingProfile> profiles)
    {
        var articles = figure.Claims.Where(c => !c.Superseded)
            .Select(c => sources.FirstOrDefault(s => s.MentionId == c.MentionId)?.ArticleId)
            .Where(a => a is not null).Select(a => a!).Distinct(StringComparer.Ordinal).ToList();
        if (articles.Count == 0 || !articles.All(a => profiles.TryGetValue(a, out var p) && p.HeavilyFramed && p.OneSided)) return null;
        return string.Join(", ", articles.Select(a => $"{profiles[a].Outlet ?? a}"));
    }
}

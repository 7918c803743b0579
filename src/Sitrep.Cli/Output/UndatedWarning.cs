using System.Text.RegularExpressions;
using Sitrep.Time;

namespace Sitrep.Cli.Output;

/// <summary>
/// The warning (standard error, one line) for an article without a publication date whose
/// relative or yearless dates stayed unresolved: without it the user only sees null dates and
/// cannot tell a missing date in the text from a missing date of the article. It says where, how
/// many dates, quotes the first ones with their character offset (as in <c>--annotations</c>),
/// how many events it cost, and how to give the date for that kind of input.
/// </summary>
public static partial class UndatedWarning
{
    public static string For(string command, UndatedArticle a)
    {
        var quoted = string.Join(", ", a.Examples.Select(t => $"\"{t.Text}\" at character {t.Span.Start}"));
        var more = a.Unresolved > a.Examples.Count ? ", ..." : "";
        var dates = a.Unresolved == 1 ? "1 date" : $"{a.Unresolved} dates";
        var events = a.UndatedEvents switch
        {
            0 => "",
            1 => $"; 1 of {a.Events} events has no date",
            _ => $"; {a.UndatedEvents} of {a.Events} events have no date",
        };
        return $"sitrep {command}: warning: {a.Location} (article {a.ArticleId}): no publication date, so {dates} could not be resolved "
            + $"({quoted}{more}){events}. Give the date with --published YYYY-MM-DD{OwnMeans(a.Location)}{(command == "ingest" ? StoredNote : "")}.";
    }

    /// <summary>Ingest skips stored articles, so a re-run with the date would change nothing in the same database.</summary>
    private const string StoredNote = ", and ingest it into a new database (a stored article is not read again)";

    /// <summary>Where this kind of input carries its own date, so that a corpus can give each article its own.</summary>
    private static string OwnMeans(string location)
    {
        if (location.Contains('!')) return ""; // an archive entry: nothing to edit in place
        if (RecordLine().Match(location) is { Success: true } record)
            return record.Groups["ext"].Value.ToLowerInvariant() is "csv" or "tsv"
                ? $" or in a \"published\" (or \"date\") column of {record.Groups["file"].Value} (row at line {record.Groups["line"].Value})"
                : $" or as a \"published\" field of line {record.Groups["line"].Value} of {record.Groups["file"].Value}";
        if (location.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            return $" or in a sidecar {Path.ChangeExtension(location, ".json")} holding {{\"published\": \"YYYY-MM-DD\"}}";
        return "";
    }

    [GeneratedRegex(@"^(?<file>.+\.(?<ext>jsonl|csv|tsv)):(?<line>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordLine();
}

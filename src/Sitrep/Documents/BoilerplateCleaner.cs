using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;

namespace Sitrep.Documents;

/// <summary>
/// Removes page furniture from article text line by line, with patterns from
/// <c>data/boilerplate/</c>: comment sections, share buttons, newsletter boxes, "read this in
/// German" links, donation appeals, wallet addresses and repeated lines (a headline repeated
/// between widgets). Donation appeals and wallet addresses come back as features.
/// </summary>
public sealed class BoilerplateCleaner
{
    /// <summary>Boilerplate lines are short; a longer line is prose even when a phrase matches.</summary>
    public const int MaxBoilerplateLineLength = 200;

    private readonly IReadOnlyList<BoilerplateRule> _rules;
    private readonly IReadOnlyList<WalletPattern> _wallets;

    public BoilerplateCleaner(IReadOnlyList<BoilerplateRule> rules, IReadOnlyList<WalletPattern> wallets, IReadOnlyList<string> htmlRemovalSelectors)
    {
        _rules = rules;
        _wallets = wallets;
        HtmlRemovalSelectors = htmlRemovalSelectors;
    }

    /// <summary>CSS selectors of page regions to remove before main-content extraction.</summary>
    public IReadOnlyList<string> HtmlRemovalSelectors { get; }

    public static BoilerplateCleaner Load(DataPack data) => data.Get(d => new BoilerplateCleaner(
        d.ReadLines("boilerplate/lines.tsv").Select(BoilerplateRule.Parse).ToList(),
        d.ReadLines("boilerplate/wallets.tsv").Select(WalletPattern.Parse).ToList(),
        d.ReadLines("boilerplate/html_remove.txt").Select(s => s.Trim()).ToList()));

    public static BoilerplateCleaner Default => Load(DataPack.Default);

    public CleanedText Clean(string text)
    {
        var features = new List<PageFeature>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new StringBuilder(text.Length);
        var pendingBreak = "";
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n"))
        {
            var keptInParagraph = 0;
            foreach (var rawLine in paragraph.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0) continue;
                var verdict = Judge(line, features);
                if (verdict == BoilerplateAction.Cut) return Result(kept, features);
                if (verdict is not null) continue;
                if (!seen.Add(ArticleId.NormalizeWhitespace(line))) continue;
                kept.Append(keptInParagraph == 0 ? pendingBreak : "\n").Append(line);
                keptInParagraph++;
            }
            if (keptInParagraph > 0) pendingBreak = "\n\n";
        }
        return Result(kept, features);
    }

    /// <summary>The features of a text without cleaning it (e.g. a whole page, before main-content extraction).</summary>
    public IReadOnlyList<PageFeature> FeaturesOf(string text)
    {
        var features = new List<PageFeature>();
        foreach (var line in text.Split('\n'))
            if (line.Trim() is { Length: > 0 } trimmed) Judge(trimmed, features);
        return Distinct(features);
    }

    /// <summary>
    /// What to do with a line: null keeps it. Wallet addresses are looked for in lines of any length.
    /// A pattern that runs out of its match time on a line (a hostile line, or a starved machine)
    /// has not matched it: the line is kept as text, never the page lost.
    /// </summary>
    private BoilerplateAction? Judge(string line, List<PageFeature> features)
    {
        var wallet = false;
        foreach (var pattern in _wallets)
            foreach (var match in MatchesWithinTime(pattern.Pattern, line))
            {
                features.Add(new PageFeature(PageFeature.WalletAddress, $"{pattern.Currency}:{match}"));
                wallet = true;
            }
        if (wallet) return BoilerplateAction.Drop;
        if (line.Length > MaxBoilerplateLineLength) return null;
        foreach (var rule in _rules)
        {
            if (!IsMatchWithinTime(rule.Pattern, line)) continue;
            if (rule.Action == BoilerplateAction.Donation) features.Add(new PageFeature(PageFeature.DonationAppeal, line));
            return rule.Action;
        }
        return null;
    }

    private static bool IsMatchWithinTime(Regex pattern, string line)
    {
        try
        {
            return pattern.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static List<string> MatchesWithinTime(Regex pattern, string line)
    {
        var found = new List<string>();
        try
        {
            for (var match = pattern.Match(line); match.Success; match = match.NextMatch()) found.Add(match.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            // the matches found before the time ran out stand
        }
        return found;
    }

    private static CleanedText Result(StringBuilder kept, List<PageFeature> features) => new(kept.ToString(), Distinct(features));

    private static IReadOnlyList<PageFeature> Distinct(List<PageFeature> features) => features.Distinct().ToList();
}

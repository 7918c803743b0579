using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>
/// Spelling-insensitive keys for names, used by the default resolvers until the gazetteer and
/// actor dictionary take over: case, diacritics, hyphens, apostrophes and spaces are ignored,
/// and place names also lose the Persian connective (-e-, -i-, -ye-), so "Sar-e-Pul",
/// "Sar-e Pul" and "sar i pul" share one key.
/// </summary>
public static partial class NameKey
{
    private static readonly HashSet<string> Connectives = ["e", "i", "ye"];

    public static string ForPlace(string name) => string.Concat(Tokens(name).Where(t => !Connectives.Contains(t)));

    /// <summary>ACLED dates some actors by period ("Military Forces of Afghanistan (2014-2021)"); the period does not change who they are.</summary>
    public static string ForActor(string name) => string.Join(" ", Tokens(YearRange().Replace(name, " ")));

    private static IEnumerable<string> Tokens(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`')
                continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"\(\s*\d{4}\s*[-\u2013]\s*(\d{4})?\s*\)")]
    private static partial Regex YearRange();
}

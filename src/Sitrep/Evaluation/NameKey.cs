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

    // Sitrep runs with invariant globalization, where string.Normalize cannot decompose letters,
    // so the accented letters of romanised Dari/Pashto names are folded by this table.
    private static readonly Dictionary<char, char> Folded = BuildFoldTable(
        ("aāáàâäãåąă", 'a'), ("eēéèêëėęě", 'e'), ("iīíìîïı", 'i'), ("oōóòôöõø", 'o'), ("uūúùûüů", 'u'),
        ("yýÿȳ", 'y'), ("cçč", 'c'), ("dḍḏđ", 'd'), ("gġğǧ", 'g'), ("hḥḩẖ", 'h'), ("kḵķ", 'k'), ("nñṇń", 'n'),
        ("rṛř", 'r'), ("sṣşšś", 's'), ("tṭţťṯ", 't'), ("zẓẕžź", 'z'));

    private static Dictionary<char, char> BuildFoldTable(params (string Letters, char Plain)[] groups)
    {
        var table = new Dictionary<char, char>();
        foreach (var (letters, plain) in groups)
            foreach (var letter in letters.Where(l => l != plain))
                table[letter] = plain;
        return table;
    }

    public static string ForPlace(string name) => string.Concat(Tokens(name).Where(t => !Connectives.Contains(t)));

    /// <summary>ACLED dates some actors by period ("Military Forces of Afghanistan (2014-2021)"); the period does not change who they are.</summary>
    public static string ForActor(string name) => string.Join(" ", Tokens(YearRange().Replace(name, " ")));

    private static IEnumerable<string> Tokens(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            // Combining marks and the apostrophes/ayn signs of transliteration ("Qal'ah", "Bāmyān").
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark
                || c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BE' or '\u02BF' or '`')
                continue;
            var lower = char.ToLowerInvariant(c);
            sb.Append(Folded.TryGetValue(lower, out var plain) ? plain : char.IsLetterOrDigit(lower) ? lower : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"\(\s*\d{4}\s*[-\u2013]\s*(\d{4})?\s*\)")]
    private static partial Regex YearRange();
}

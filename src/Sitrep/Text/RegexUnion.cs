using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// One regex that matches wherever any of several does: a line that none of a list of rules can
/// match (nearly every line of prose, against the boilerplate rules) is passed over in one scan
/// instead of one per rule, and only a line the union matches is tried rule by rule, in order.
/// </summary>
public static class RegexUnion
{
    /// <summary>
    /// The union, compiled, or null when the patterns cannot be joined: they differ in options or
    /// timeout, or a backreference would point at another pattern's group once they are joined.
    /// </summary>
    public static Regex? Of(IReadOnlyList<Regex> patterns)
    {
        if (patterns.Count < 2) return null;
        var options = patterns[0].Options;
        var timeout = patterns[0].MatchTimeout;
        if (patterns.Any(p => p.Options != options || p.MatchTimeout != timeout || HasBackreference(p.ToString()))) return null;
        return new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), options | RegexOptions.Compiled, timeout);
    }

    /// <summary>Might any pattern match? True when the union ran out of time: the rules then decide, as without it.</summary>
    public static bool MayMatch(Regex? union, string input)
    {
        if (union is null) return true;
        try { return union.IsMatch(input); }
        catch (RegexMatchTimeoutException) { return true; }
    }

    private static bool HasBackreference(string pattern)
    {
        for (var i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] != '\\') continue;
            if (char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 1] != '0' || pattern[i + 1] == 'k') return true;
            i++; // an escaped character: "\\1" is a backslash and a digit
        }
        return false;
    }
}

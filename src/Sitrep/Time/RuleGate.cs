using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sitrep.Time;

/// <summary>
/// What every match of a date rule holds, so that a line without it cannot hold a match and is
/// not scanned (see <see cref="TimePatterns"/>). Either a pattern (a literal list such as the
/// month names: scanning for it is far cheaper than for the rule), or a list of whole words: the
/// first word of each phrase that the rule takes at a word's start ("last" of "last night").
/// Case-blind lists of many phrases scan slowly as regexes, so they are word gates: a line's words
/// are looked up, and a line with any character beyond ASCII is always scanned, since a regex
/// matches case-blind letters beyond ASCII ("K" as the Kelvin sign) that a lookup would not.
/// </summary>
internal sealed class RuleGate
{
    private readonly Regex? _pattern;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly bool _hasWords;

    private RuleGate(Regex? pattern, FrozenSet<string>? words)
    {
        _pattern = pattern;
        if (words is not null) { _words = words.GetAlternateLookup<ReadOnlySpan<char>>(); _hasWords = true; }
    }

    public static RuleGate Pattern(string pattern, RegexOptions options) => new(new Regex(pattern, options), null);

    /// <summary>A word gate; null (no gate) when a phrase does not open with an ASCII word, which a lookup cannot check.</summary>
    public static RuleGate? FirstWords(IEnumerable<string> phrases)
    {
        var words = new List<string>();
        foreach (var phrase in phrases)
        {
            var end = 0;
            while (end < phrase.Length && IsAsciiWordChar(phrase[end])) end++;
            if (end == 0 || end < phrase.Length && !IsBreak(phrase[end])) return null;
            words.Add(phrase[..end]);
        }
        return new(null, words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Lines (offsets, the line break left out) in which the gate holds, in text order.</summary>
    public List<(int Start, int End)> Lines(string text)
    {
        var found = new List<(int Start, int End)>();
        if (_pattern is not null)
        {
            for (var m = _pattern.Match(text); m.Success; m = m.NextMatch())
            {
                var start = m.Index == 0 ? 0 : text.LastIndexOf('\n', m.Index - 1) + 1;
                if (found.Count > 0 && found[^1].Start == start) continue;
                var end = text.IndexOf('\n', m.Index);
                found.Add((start, end < 0 ? text.Length : end));
            }
            return found;
        }
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (HoldsWord(text.AsSpan(start, end - start))) found.Add((start, end));
            start = end + 1;
        }
        return found;
    }

    private bool HoldsWord(ReadOnlySpan<char> line)
    {
        if (!_hasWords) return true;
        for (var i = 0; i < line.Length;)
        {
            if (line[i] > '\x7f') return true;
            if (!IsAsciiWordChar(line[i])) { i++; continue; }
            var start = i;
            while (i < line.Length && IsAsciiWordChar(line[i])) i++;
            if (i < line.Length && line[i] > '\x7f') return true; // the word goes on beyond ASCII
            if (_words.Contains(line[start..i])) return true;
        }
        return false;
    }

    /// <summary>A regex word character (\w) of ASCII.</summary>
    private static bool IsAsciiWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    /// <summary>A character that ends a word of a phrase: a space, hyphen or other ASCII non-word character.</summary>
    private static bool IsBreak(char c) => c <= '\x7f' && !IsAsciiWordChar(c);
}

using System.Text.RegularExpressions;

namespace Sitrep.Framing;

/// <summary>
/// The word classes of data/framing/classes.tsv: a name for a category of meaning ("claim_noun",
/// "discredit_adj", "nation_noun") and its members. A pattern writes <c>{name}</c> where any member
/// may stand, so that it states a construction of its category rather than one sentence, and a new
/// word for a category is added once, in data, for every pattern that uses it.
/// </summary>
public sealed partial class FramingClasses
{
    private readonly Dictionary<string, string> _alternations;
    private readonly Dictionary<string, string[]> _members;

    public FramingClasses(IEnumerable<(string Name, IReadOnlyList<string> Members)> classes)
    {
        _alternations = new(StringComparer.Ordinal);
        _members = new(StringComparer.Ordinal);
        foreach (var (name, members) in classes)
        {
            _members[name] = [.. members.Select(m => m.Trim().ToLowerInvariant()).Where(m => m.Length > 0)];
            // longest member first, so "sons and daughters" wins over "sons"
            _alternations[name] = "(?:" + string.Join('|', members
                .Select(m => m.Trim().ToLowerInvariant()).Where(m => m.Length > 0).Distinct()
                .OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal)
                .Select(Member)) + ")";
        }
    }

    /// <summary>
    /// A pattern's word gate (patterns.tsv, fourth column): groups separated by "&amp;", each of words
    /// separated by "|", and {class} for the members of a class; of a phrase its first word counts, of
    /// a hyphenated word its first part. The pattern is tried only on a sentence holding a word of
    /// every group. A group with an open-ended member ("kill*"), which no word set can hold, gates
    /// nothing and is left out; null, no gate, when no group is left.
    /// </summary>
    public IReadOnlyList<IReadOnlySet<string>>? Needs(string needs, string file, int line)
    {
        var groups = new List<IReadOnlySet<string>>();
        foreach (var group in needs.Split('&', StringSplitOptions.TrimEntries))
            if (Group(group, file, line) is { } words) groups.Add(words);
        return groups.Count == 0 ? null : groups;
    }

    /// <summary>The words of one group of a gate; null when a member is open-ended.</summary>
    private HashSet<string>? Group(string group, string file, int line)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var open = false;
        foreach (var item in group.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var reference = Reference().Match(item);
            IEnumerable<string> members = reference.Success && reference.Length == item.Length
                ? _members.TryGetValue(reference.Groups[1].Value, out var m) ? m : throw new FormatException($"{file}:{line}: unknown word class {item} in the needs column")
                : [item.ToLowerInvariant()];
            foreach (var member in members)
            {
                if (member.EndsWith('*')) open = true;
                else words.Add(GateWord(member));
            }
        }
        if (words.Count == 0 && !open) throw new FormatException($"{file}:{line}: a group of the needs column names no word");
        return open ? null : words;
    }

    /// <summary>The word of a member a text's word set is checked for: its first word, and of that the part before a hyphen or apostrophe.</summary>
    public static string GateWord(string member) => member.Split(' ')[0].Split('-', '\'', '’')[0];

    public IReadOnlyCollection<string> Names => _alternations.Keys;

    /// <summary>Reads classes.tsv: name&lt;TAB&gt;member|member|...; a malformed or repeated line names its file and line.</summary>
    public static FramingClasses Read(string path, string file)
    {
        var classes = new List<(string, IReadOnlyList<string>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length != 2 || !NamePattern().IsMatch(f[0]) || f[1].Trim().Length == 0)
                throw new FormatException($"{file}:{number}: expected name<TAB>member|member|... with a name of lower-case letters and _");
            if (!seen.Add(f[0])) throw new FormatException($"{file}:{number}: class \"{f[0]}\" is defined twice");
            classes.Add((f[0], f[1].Split('|')));
        }
        return new FramingClasses(classes);
    }

    /// <summary>The pattern with every <c>{name}</c> replaced by its class's alternation; an unknown name is an error.</summary>
    public string Expand(string pattern, string file, int line) =>
        Reference().Replace(pattern, m => _alternations.TryGetValue(m.Groups[1].Value, out var alternation)
            ? alternation
            : throw new FormatException($"{file}:{line}: unknown word class {{{m.Groups[1].Value}}} (classes.tsv defines {string.Join(", ", _alternations.Keys.Order(StringComparer.Ordinal))})"));

    private static string Member(string member)
    {
        var open = member.EndsWith('*');
        var core = Regex.Escape(member.TrimEnd('*')).Replace(@"\ ", @"\s+");
        return open ? core + @"\p{L}*" : core;
    }

    [GeneratedRegex(@"^[a-z][a-z_]*$")]
    private static partial Regex NamePattern();

    // {name} with a lower-case name; a quantifier such as {1,30} has digits and is left alone
    [GeneratedRegex(@"\{([a-z][a-z_]*)\}")]
    private static partial Regex Reference();
}

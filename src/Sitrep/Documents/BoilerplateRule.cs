using System.Text.RegularExpressions;

namespace Sitrep.Documents;

public enum BoilerplateAction
{
    /// <summary>Drop this line and everything after it (comment sections, related-story lists).</summary>
    Cut,
    Drop,
    /// <summary>Drop the line and keep it as a donation-appeal feature.</summary>
    Donation,
}

/// <summary>One line pattern of <c>data/boilerplate/lines.tsv</c>.</summary>
public sealed record BoilerplateRule(BoilerplateAction Action, Regex Pattern)
{
    public static BoilerplateRule Parse(string line)
    {
        var tab = line.IndexOf('\t');
        if (tab < 0) throw new FormatException($"boilerplate rule needs ACTION<TAB>REGEX: \"{line}\"");
        var action = Enum.Parse<BoilerplateAction>(line[..tab].Trim(), ignoreCase: true);
        // Interpreted: each pattern opens with a literal the engine searches for with vector
        // instructions, so a scan costs about as much as compiled (3.5 against 2.6 µs a line for
        // the 34 line rules), and compiling them all was a fifth of a one-sentence extract's start (0.55 -> 0.45 s).
        var pattern = new Regex(line[(tab + 1)..].Trim(),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new BoilerplateRule(action, pattern);
    }
}

using System.Text.RegularExpressions;

namespace Sitrep.Documents;

/// <summary>A crypto wallet address pattern of <c>data/boilerplate/wallets.tsv</c>.</summary>
public sealed record WalletPattern(string Currency, Regex Pattern)
{
    public static WalletPattern Parse(string line)
    {
        var tab = line.IndexOf('\t');
        if (tab < 0) throw new FormatException($"wallet pattern needs CURRENCY<TAB>REGEX: \"{line}\"");
        // Interpreted, as the line rules are (BoilerplateRule): scans as fast, no compiling at start-up.
        // An address never continues a word: no letter or digit may stand right before it.
        var pattern = new Regex("(?<![A-Za-z0-9])(?:" + line[(tab + 1)..].Trim() + ")",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new WalletPattern(line[..tab].Trim(), pattern);
    }
}

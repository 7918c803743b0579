using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// A regular expression built from data at run time that starts interpreted and switches to
/// <see cref="RegexOptions.Compiled"/> once it has scanned enough text to repay compiling.
/// Compiling emits IL whose JIT is not tiered: for the large word-list alternations of the date
/// and framing patterns it cost about 4 s on the first match, nearly all of the start-up of
/// <c>sitrep extract</c> on one sentence, while a long ingest still wants compiled speed.
/// Both forms are the same pattern under the same options, so matches do not depend on the tier.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>Characters scanned (summed over calls) after which the compiled form is built.</summary>
    public const long CompileAfterChars = 256 * 1024;

    private readonly RegexOptions _options;
    private Regex _current;
    private long _scanned;
    private int _compiling;

    public TieredRegex(string pattern, RegexOptions options = RegexOptions.None)
    {
        _options = options & ~RegexOptions.Compiled;
        _current = new Regex(pattern, _options);
    }

    /// <summary>The pattern text.</summary>
    public override string ToString() => _current.ToString();

    /// <summary>
    /// The regex to scan <paramref name="text"/> with. The first caller past the threshold builds
    /// the compiled form; the others keep the interpreted one until it is published.
    /// </summary>
    public Regex For(string text) => For(text.Length);

    /// <summary>The regex to scan <paramref name="chars"/> characters with.</summary>
    public Regex For(int chars)
    {
        var current = Volatile.Read(ref _current);
        if (_compiling != 0 || Interlocked.Add(ref _scanned, chars) < CompileAfterChars)
            return current;
        if (Interlocked.Exchange(ref _compiling, 1) == 0)
            Volatile.Write(ref _current, new Regex(current.ToString(), _options | RegexOptions.Compiled));
        return Volatile.Read(ref _current);
    }

    public Match Match(string text) => For(text).Match(text);

    public bool IsMatch(string text) => For(text).IsMatch(text);

    public bool IsMatch(ReadOnlySpan<char> text) => For(text.Length).IsMatch(text);

    public MatchCollection Matches(string text) => For(text).Matches(text);
}

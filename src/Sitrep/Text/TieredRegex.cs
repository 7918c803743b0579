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
    public const long CompileAfterChars = 16 * 1024;

    private const string WarmUpText = "On 3 May 2020, 12 people";

    private readonly RegexOptions _options;
    private Regex _current;
    private long _scanned;
    private int _state; // 0 interpreted, 1 compiling, 2 compiled

    public TieredRegex(string pattern, RegexOptions options = RegexOptions.None)
    {
        _options = options & ~RegexOptions.Compiled;
        _current = new Regex(pattern, _options);
    }

    /// <summary>Has the compiled form been published?</summary>
    public bool IsCompiled => Volatile.Read(ref _state) == 2;

    /// <summary>The pattern text.</summary>
    public override string ToString() => _current.ToString();

    public Regex For(string text) => For(text.Length);

    /// <summary>
    /// The regex to scan <paramref name="chars"/> characters with. The first caller past the
    /// threshold builds the compiled form (and its JIT) on its own thread; callers on other
    /// threads keep the interpreted form until it is published. Building on the thread pool was
    /// tried: on a busy two-core machine it ran so late that the slow interpreted scans cost
    /// more than the build.
    /// </summary>
    public Regex For(int chars)
    {
        var current = Volatile.Read(ref _current);
        if (Volatile.Read(ref _state) != 0 || Interlocked.Add(ref _scanned, chars) < CompileAfterChars)
            return current;
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            return current;
        var compiled = new Regex(current.ToString(), _options | RegexOptions.Compiled);
        compiled.IsMatch(WarmUpText); // JIT the emitted code now, once
        Volatile.Write(ref _current, compiled);
        Volatile.Write(ref _state, 2);
        return compiled;
    }

    public Match Match(string text) => For(text).Match(text);

    public bool IsMatch(string text) => For(text).IsMatch(text);

    public bool IsMatch(ReadOnlySpan<char> text) => For(text.Length).IsMatch(text);

    public MatchCollection Matches(string text) => For(text).Matches(text);
}

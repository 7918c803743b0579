using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// A regular expression built from data at run time that runs interpreted and switches to
/// <see cref="RegexOptions.Compiled"/> only once its interpreted scans have cost as much time as
/// compiling might (the ski-rental rule: rent until the rent paid would have bought it).
/// Compiling emits IL whose JIT is not tiered: the 33 date patterns took 11 s of CPU to compile
/// (one of them 4 s) and saved under 3 ms per article, so compiling them all up front, as before,
/// was most of the run time of `sitrep extract` on anything under a few thousand articles and
/// nearly all of its start-up. Both forms are the same pattern under the same options, so the
/// matches never depend on the tier; only speed does.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>
    /// Interpreted scan time (summed over threads) after which the compiled form is built. Most
    /// date patterns compile in 0.01-0.5 s, so a 1 s budget kept them interpreted long past the
    /// point where compiling pays. On a 2,000-article ingest, 25 ms used less CPU than compiling
    /// every pattern up front (23.3 s against 24.5 s) and 100 ms more (25.9 s against 23.5 s).
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// Longer patterns are never compiled. The JIT of the code emitted for a long alternation costs
    /// memory that grows faster than the pattern: on a 30,000-article ingest compiling a 1,237-character
    /// date pattern took 1.2 s and raised the resident set by 62 MB for that moment (a 908-character
    /// one by 19 MB, 800 and shorter by under 2 MB), which set the ingest's peak however flat the
    /// rest of it was. Left interpreted, such a pattern costs a little more CPU on each scan instead.
    /// </summary>
    public const int MaxCompiledLength = 800;

    private const string WarmUpText = "On 3 May 2020, 12 people";

    private readonly RegexOptions _options;
    private readonly long _budgetTicks;
    private Regex _current;
    private long _spentTicks;
    private int _state; // 0 interpreted, 1 compiling, 2 compiled, Never: interpreted for good
    private const int Never = 3;

    public TieredRegex(string pattern, RegexOptions options = RegexOptions.None, TimeSpan? budget = null)
    {
        _options = options & ~RegexOptions.Compiled;
        _budgetTicks = (long)((budget ?? DefaultBudget).TotalSeconds * Stopwatch.Frequency);
        _current = new Regex(pattern, _options);
        if (pattern.Length > MaxCompiledLength) _state = Never;
    }

    /// <summary>Has the compiled form been published?</summary>
    public bool IsCompiled => Volatile.Read(ref _state) == 2;

    /// <summary>The pattern text.</summary>
    public override string ToString() => _current.ToString();

    public Match Match(string text) => Match(text, 0);

    public Match Match(string text, int start)
    {
        if (IsCompiled) return _current.Match(text, start);
        var began = Stopwatch.GetTimestamp();
        var match = Volatile.Read(ref _current).Match(text, start);
        Spent(began);
        return match;
    }

    public bool IsMatch(string text) => IsMatch(text.AsSpan());

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (IsCompiled) return _current.IsMatch(text);
        var began = Stopwatch.GetTimestamp();
        var found = Volatile.Read(ref _current).IsMatch(text);
        Spent(began);
        return found;
    }

    /// <summary>Is there a match starting at or after <paramref name="start"/>? Lookbehinds see the text before it.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, int start)
    {
        if (IsCompiled) return _current.IsMatch(text, start);
        var began = Stopwatch.GetTimestamp();
        var found = Volatile.Read(ref _current).IsMatch(text, start);
        Spent(began);
        return found;
    }

    /// <summary>Every match, found now (so that the scan is timed), in text order.</summary>
    public List<Match> Matches(string text) => Matches(text, 0, text.Length);

    /// <summary>
    /// Every match inside text[start..start + length] (a sentence), in text order, with offsets into
    /// the whole text. The range is the whole input to the pattern: lookbehinds and \b do not see
    /// the characters before it, nor lookaheads those after it.
    /// </summary>
    public List<Match> Matches(string text, int start, int length)
    {
        var began = IsCompiled ? 0 : Stopwatch.GetTimestamp();
        var found = new List<Match>();
        for (var match = Volatile.Read(ref _current).Match(text, start, length); match.Success; match = match.NextMatch())
            found.Add(match);
        if (began != 0) Spent(began);
        return found;
    }

    /// <summary>
    /// Adds an interpreted scan's time; the caller that crosses the budget builds the compiled
    /// form (and its JIT) on its own thread, while callers on other threads go on interpreted.
    /// Building on the thread pool, or on a thread of its own, was tried: on two busy cores the
    /// builds competed with the workers and the ingest took longer (55 s against 26 s).
    /// </summary>
    private void Spent(long began)
    {
        if (Interlocked.Add(ref _spentTicks, Stopwatch.GetTimestamp() - began) < _budgetTicks
            || Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            return;
        var compiled = new Regex(_current.ToString(), _options | RegexOptions.Compiled);
        compiled.IsMatch(WarmUpText); // JIT the emitted code now, once
        Volatile.Write(ref _current, compiled);
        Volatile.Write(ref _state, 2);
    }
}

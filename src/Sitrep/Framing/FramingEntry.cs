namespace Sitrep.Framing;

/// <summary>
/// One lexicon phrase or pattern: the technique it signals and the kind (rule) that explains why.
/// <see cref="Source"/> is the line as written (a pattern with its <c>{class}</c> names, which is
/// what a cue shows as its explanation); <see cref="Expanded"/> is the pattern with the classes
/// spelled out, when it has any.
/// </summary>
public sealed record FramingEntry(string Source, string Technique, string Kind, string File, int Line, string? Expanded = null, IReadOnlyList<IReadOnlySet<string>>? Needs = null)
{
    /// <summary>The rule id a cue from this entry carries: <c>framing.&lt;kind&gt;</c>.</summary>
    public string Rule => "framing." + Kind;

    /// <summary>The regular expression to match.</summary>
    public string Pattern => Expanded ?? Source;
}

namespace Sitrep.Framing;

/// <summary>One lexicon phrase or pattern: the technique it signals and the kind (rule) that explains why.</summary>
public sealed record FramingEntry(string Source, string Technique, string Kind, string File, int Line)
{
    /// <summary>The rule id a cue from this entry carries: <c>framing.&lt;kind&gt;</c>.</summary>
    public string Rule => "framing." + Kind;
}

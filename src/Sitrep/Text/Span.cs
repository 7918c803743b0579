using System.Text.Json.Serialization;

namespace Sitrep.Text;

/// <summary>A half-open range [Start, End) of character offsets into <c>Article.Text</c>.</summary>
[JsonConverter(typeof(SpanJsonConverter))]
public readonly record struct Span(int Start, int End) : IComparable<Span>
{
    [JsonIgnore]
    public int Length => End - Start;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public int CompareTo(Span other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"{Start}..{End}";
}

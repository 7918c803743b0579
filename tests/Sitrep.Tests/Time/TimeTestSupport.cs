using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

internal static class TimeTestSupport
{
    public static TimeAnnotator Annotator { get; } = TimeAnnotator.Load(DataPack.Default);

    public static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static List<TimeExpression> Find(string text, string? reference) => Annotator.Find(text, Date(reference));

    /// <summary>A document split into sentences and annotated with its time expressions, ready for <see cref="EventDating"/>.</summary>
    public static Document Annotate(string text, string? published, string? reference = null)
    {
        var doc = new Document(Article.Create(text, "test", published: Date(published)), Date(reference));
        SentenceSplitter.Load(DataPack.Default).Annotate(doc);
        Annotator.Annotate(doc);
        return doc;
    }

    public static Span SentenceContaining(Document doc, string words) =>
        doc.Sentences.First(s => doc.TextOf(s.Span).Contains(words, StringComparison.Ordinal)).Span;

    /// <summary>The expression whose text is <paramref name="expected"/>; fails listing what was found otherwise.</summary>
    public static TimeExpression Expression(string text, string? reference, string expected)
    {
        var found = Find(text, reference);
        var hit = found.FirstOrDefault(t => t.Text == expected);
        Assert.True(hit is not null, $"no expression \"{expected}\" in \"{text}\"; found: {string.Join(", ", found.Select(t => $"\"{t.Text}\" ({t.Rule})"))}");
        return hit!;
    }
}

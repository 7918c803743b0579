using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class SentenceBucketsTests
{
    private sealed record Mark(Span Span) : Annotation(Span, "test");

    private static List<Sentence> Sentences(params (int Start, int End)[] spans) =>
        [.. spans.Select((s, i) => new Sentence(new Span(s.Start, s.End), i, 0, "test"))];

    [Fact]
    public void Each_sentence_gets_what_Within_gives_it_in_layer_order()
    {
        var sentences = Sentences((0, 10), (10, 20), (22, 30), (30, 30), (30, 45));
        var random = new Random(17);
        var layer = Enumerable.Range(0, 400).Select(_ =>
        {
            var start = random.Next(0, 48);
            return new Mark(new Span(start, Math.Min(48, start + random.Next(0, 12))));
        }).Concat([new Mark(new Span(10, 10)), new Mark(new Span(30, 30)), new Mark(new Span(20, 22))]).ToList();

        var buckets = SentenceBuckets<Mark>.Of(sentences, layer)!;

        for (var k = 0; k < sentences.Count; k++)
            Assert.Equal(Document.Within(layer, sentences[k].Span), buckets.In(k));
        Assert.Contains(new Mark(new Span(10, 10)), buckets.In(0)); // an empty span on a boundary is in both sentences
        Assert.Contains(new Mark(new Span(10, 10)), buckets.In(1));
        Assert.DoesNotContain(buckets.In(1).Concat(buckets.In(2)), m => m.Span == new Span(20, 22)); // the gap between sentences
    }

    [Fact]
    public void Overlapping_or_unordered_sentences_give_no_buckets()
    {
        Assert.Null(SentenceBuckets<Mark>.Of(Sentences((0, 10), (5, 20)), []));
        Assert.Null(SentenceBuckets<Mark>.Of(Sentences((10, 20), (0, 5)), []));
    }
}

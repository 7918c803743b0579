using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Foundation;

/// <summary>
/// Principle 1 over the whole demo corpus: every value an event carries points at the words it
/// came from, through an evidence entry naming the field, the span and the rule.
/// </summary>
public class EvidenceInvariantTests
{
    public static TheoryData<string> DemoArticles()
    {
        var data = new TheoryData<string>();
        foreach (var result in SourceReader.Default().Read([Path.Combine(AppContext.BaseDirectory, "samples")]))
            data.Add(result.Article!.Source);
        return data;
    }

    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    [Theory]
    [MemberData(nameof(DemoArticles))]
    public void Every_filled_event_field_has_evidence_inside_the_text(string source)
    {
        var path = source.Contains(".jsonl:") ? source[..source.LastIndexOf(':')] : source;
        foreach (var read in SourceReader.Default().Read([path]).Where(r => r.Article!.Source == source))
        {
            var document = Pipeline.Process(read.Article!);
            foreach (var e in document.Events)
            {
                var fields = e.Evidence.Select(x => x.Field).ToHashSet();
                Assert.Contains("event_type", fields);
                Assert.Contains("modality", fields);
                if (e.Place is not null) Assert.Contains("place", fields);
                if (e.Date is not null) Assert.Contains("date", fields);
                if (e.Agent is not null) Assert.Contains("agent", fields);
                if (e.Target is not null) Assert.Contains("target", fields);
                if (e.Fatalities is not null) Assert.Contains("fatalities", fields);
                if (e.Injuries is not null) Assert.Contains("injuries", fields);
                foreach (var evidence in e.Evidence)
                {
                    Assert.InRange(evidence.Span.Start, 0, document.Text.Length);
                    Assert.InRange(evidence.Span.End, evidence.Span.Start, document.Text.Length);
                    Assert.False(string.IsNullOrEmpty(evidence.Rule), $"{e.Id} {evidence.Field} has no rule");
                }
                Assert.True(e.Sentence.Contains(e.Trigger), $"{e.Id}: trigger outside its sentence");
            }
        }
    }

    [Fact]
    public void The_same_corpus_gives_the_same_events_twice()
    {
        string Run() => string.Join('\n', SourceReader.Default().Read([Path.Combine(AppContext.BaseDirectory, "samples")])
            .SelectMany(r => Pipeline.Process(r.Article!).Events)
            .Select(e => Serialization.SitrepJson.Serialize(e)));
        Assert.Equal(Run(), Run());
    }
}

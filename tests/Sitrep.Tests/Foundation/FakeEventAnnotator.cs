using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

/// <summary>
/// Emits one event per sentence containing "attack", so storage and CLI tests do not depend on
/// the real extractor's rules. Throws on a sentence containing "CRASH" to test error isolation.
/// </summary>
internal sealed class FakeEventAnnotator : IAnnotator
{
    public string Name => "fake-events";

    /// <summary>Sentences, then this annotator: the pipeline the storage tests run.</summary>
    public static SitrepPipeline Pipeline() => new PipelineBuilder()
        .Use(SentenceSplitter.Load(DataPack.Default))
        .Use(new FakeEventAnnotator())
        .Build();

    public void Annotate(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence.Span);
            if (text.Contains("CRASH")) throw new InvalidOperationException("boom");
            var at = text.IndexOf("attack", StringComparison.Ordinal);
            if (at < 0) continue;
            var trigger = new Span(sentence.Span.Start + at, sentence.Span.Start + at + "attack".Length);
            document.Events.Add(new EventMention
            {
                Id = $"e_{document.Article.Id[2..10]}_{trigger.Start}",
                ArticleId = document.Article.Id,
                EventType = "Battles",
                SubEventType = "Armed clash",
                Trigger = trigger,
                TriggerText = "attack",
                Sentence = sentence.Span,
                Modality = text.Contains("could") ? Modality.Hypothetical : Modality.Asserted,
                Confidence = 0.5,
                Evidence = [new Evidence("type", trigger, "test.trigger", "attack")],
            });
        }
    }
}

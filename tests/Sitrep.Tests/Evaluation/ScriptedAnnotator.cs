using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Evaluation;

/// <summary>A fake extractor: returns the events scripted for a text, and records the reference date it was given.</summary>
internal sealed class ScriptedAnnotator(IReadOnlyDictionary<string, IReadOnlyList<EventMention>> script) : IAnnotator
{
    public System.Collections.Concurrent.ConcurrentDictionary<string, DateOnly?> ReferenceDates { get; } = new();

    public string Name => "scripted-events";

    public void Annotate(Document document)
    {
        ReferenceDates[document.Text] = document.ReferenceDate;
        if (script.TryGetValue(document.Text, out var events))
            document.Events.AddRange(events);
    }
}

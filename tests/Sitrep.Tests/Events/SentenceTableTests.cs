using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Events;

/// <summary>Sentences and the event a careful coder would code for them: tests/spec/events.tsv.</summary>
public class SentenceTableTests
{
    public static TheoryData<int, string, string, string, string, string, string> Rows()
    {
        var data = new TheoryData<int, string, string, string, string, string, string>();
        foreach (var (line, c) in SpecFile.Rows("events.tsv", 6)) data.Add(line, c[0], c[1], c[2], c[3], c[4], c[5]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Sentence_yields_the_coded_event(int line, string text, string kind, string agent, string target, string modality, string attribution)
    {
        var events = EventTestKit.Extract(text);
        var described = $"(events.tsv:{line}) " + string.Join("; ", events.Select(e =>
            $"{e.EventType}/{e.SubEventType}/{e.Plover} {e.Agent?.ActorId}->{e.Target?.ActorId} {e.Modality} by {e.AttributedTo} [{e.TriggerText}]"));
        if (kind == "none")
        {
            Assert.True(events.Count == 0, $"expected no event, got: {described}");
            return;
        }
        Assert.True(events.Count > 0, $"(events.tsv:{line}) expected an event, got none");
        var e = events[0];
        if (kind != "*")
        {
            var actual = kind.All(ch => char.IsUpper(ch)) ? e.Plover : e.SubEventType;
            Assert.True(kind == actual, $"type: expected {kind}, got: {described}");
        }
        Check("agent", agent, e.Agent?.ActorId, described);
        Check("target", target, e.Target?.ActorId, described);
        if (modality != "*") Assert.True(modality == e.Modality.ToString(), $"modality: expected {modality}, got: {described}");
        if (attribution == "-") Assert.True(e.AttributedTo is null, $"attribution: expected none, got: {described}");
        else if (attribution != "*")
            Assert.True(e.AttributedTo?.Contains(attribution, StringComparison.Ordinal) == true, $"attribution: expected {attribution}, got: {described}");
        Assert.All(e.Evidence, ev => Assert.False(string.IsNullOrEmpty(ev.Rule)));
    }

    private static void Check(string field, string expected, string? actual, string described)
    {
        if (expected == "*") return;
        var want = expected == "-" ? null : expected;
        Assert.True(want == actual, $"{field}: expected {expected}, got: {described}");
    }
}

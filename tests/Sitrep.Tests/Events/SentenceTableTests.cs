namespace Sitrep.Tests.Events;

public class SentenceTableTests
{
    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in SentenceTable.Rows) data.Add(row);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Sentence_yields_the_coded_event(string row)
    {
        var c = row.Split(" | ");
        Assert.Equal(6, c.Length);
        var (text, kind, agent, target, modality, attribution) = (c[0], c[1], c[2], c[3], c[4], c[5]);
        var events = EventTestKit.Extract(text);
        var described = string.Join("; ", events.Select(e =>
            $"{e.EventType}/{e.SubEventType}/{e.Plover} {e.Agent?.ActorId}->{e.Target?.ActorId} {e.Modality} by {e.AttributedTo} [{e.TriggerText}]"));
        if (kind == "none")
        {
            Assert.True(events.Count == 0, $"expected no event, got: {described}");
            return;
        }
        Assert.True(events.Count > 0, "expected an event, got none");
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

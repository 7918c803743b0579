using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Evaluation;

/// <summary>Hand-built predicted events, so the scores of a test are known in advance.</summary>
internal static class TestEvents
{
    public static readonly Place Herat = Province("AF-HER", "Herat", 34.35, 62.20);
    public static readonly Place Faryab = Province("AF-FYB", "Faryab", 35.92, 64.78);
    public static readonly Place Kandahar = Province("AF-KAN", "Kandahar", 31.61, 65.71);
    // Pashtun Kot district seat; Maymana is about 10 km away.
    public static readonly Place PashtunKot = new("AF2902", "Pashtun Kot", PlaceKind.District, "Afghanistan", "Faryab", "Pashtun Kot", 35.87, 64.72);

    public static Place Province(string id, string name, double lat, double lon) =>
        new(id, name, PlaceKind.Province, "Afghanistan", name, null, lat, lon);

    public static EventMention Event(
        string type,
        string? sub = null,
        string? date = null,
        Place? place = null,
        long? killed = null,
        long? injured = null,
        string? agent = null,
        string? target = null,
        Modality modality = Modality.Asserted,
        int triggerStart = 0,
        string? id = null) =>
        new()
        {
            Id = id ?? $"e_{type}_{triggerStart}",
            ArticleId = "a_test",
            EventType = type,
            SubEventType = sub,
            Trigger = new Span(triggerStart, triggerStart + 6),
            TriggerText = "attack",
            Sentence = new Span(0, 100),
            Date = date is null ? null : new EventDate(DateOnly.Parse(date), DateOnly.Parse(date), DatePrecision.Day, "test"),
            Place = place is null ? null : new PlaceMention(new Span(40, 50), "test.place", place.Name, place, 1, "test", [place.Id]),
            Fatalities = Count(killed, CasualtyKind.Killed),
            Injuries = Count(injured, CasualtyKind.Injured),
            Agent = agent is null ? null : new EventArgument(agent, new Span(10, 10 + agent.Length), null, null),
            Target = target is null ? null : new EventArgument(target, new Span(60, 60 + target.Length), null, null),
            Modality = modality,
            Evidence = [new Evidence("event_type", new Span(triggerStart, triggerStart + 6), "test.trigger", "attack")],
        };

    private static CasualtyCount? Count(long? value, CasualtyKind kind) =>
        value is { } v
            ? CasualtyCount.Sum([new Casualty(new Span(70, 72), "test.count", kind,
                new Quantity(new Span(70, 72), "test.number", v.ToString(), v, v, v, QuantityQualifier.Exact), null, null)])
            : null;
}

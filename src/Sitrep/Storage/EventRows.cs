using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>Flattens an event mention to its table row (the ACLED-like columns).</summary>
public static class EventRows
{
    public static EventRow From(EventMention e) => new()
    {
        Id = e.Id,
        ArticleId = e.ArticleId,
        EventType = e.EventType,
        SubEventType = e.SubEventType,
        Plover = e.Plover,
        Modality = e.Modality.ToString().ToLowerInvariant(),
        Counts = e.Counts,
        AttributedTo = e.AttributedTo,
        DateStart = e.Date?.Start.ToString("yyyy-MM-dd"),
        DateEnd = e.Date?.End.ToString("yyyy-MM-dd"),
        TimePrecision = e.Date is null ? null : (int)e.Date.Precision,
        DateSource = e.Date?.Source,
        Country = e.Place?.Place.Country,
        Admin1 = e.Place?.Place.Admin1,
        Admin2 = e.Place?.Place.Admin2,
        Location = e.Place?.Place.Name,
        Latitude = e.Place?.Place.Latitude,
        Longitude = e.Place?.Place.Longitude,
        GeoPrecision = e.Place?.GeoPrecision,
        Actor1 = e.Agent?.ActorName ?? e.Agent?.Text,
        Actor2 = e.Target?.ActorName ?? e.Target?.Text,
        Fatalities = e.Fatalities?.Best,
        FatalitiesLow = e.Fatalities?.Low,
        FatalitiesHigh = e.Fatalities?.High,
        Injuries = e.Injuries?.Best,
        Confidence = e.Confidence,
        TriggerText = e.TriggerText,
    };
}

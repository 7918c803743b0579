using System.Text.Json.Serialization;

namespace Sitrep.Ledger;

/// <summary>
/// What the ledger needs of one counted event mention: its report (article, outlet, publication
/// date, the story it copies), the type family it can fuse within, its date window, place, actors,
/// casualty claims, target and specific words. Built by <see cref="MentionProjector"/>; a pure
/// value, so fusion can run on mentions alone (in memory, in a bucket worker, in a benchmark).
/// </summary>
public sealed record LedgerMention
{
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public string? Outlet { get; init; }
    public string? OutletId { get; init; }
    public SourceKind OutletKind { get; init; }
    /// <summary>The party the outlet speaks for; null for an independent or unknown outlet.</summary>
    public string? OutletParty { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>The article this report's article is a near-copy of (a republished wire story).</summary>
    public string? CopyOf { get; init; }

    public required string EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Plover { get; init; }

    public DateOnly? DateStart { get; init; }
    public DateOnly? DateEnd { get; init; }
    /// <summary>1 day, 2 week, 3 month, 4 year; 0 undated.</summary>
    public int DatePrecision { get; init; }

    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public string? PlaceId { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>1 town, 2 district, 3 province; 4 country or unknown.</summary>
    public int GeoPrecision { get; init; } = 4;

    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Actor1Id { get; init; }
    public string? Actor2Id { get; init; }

    public IReadOnlyList<MentionClaim> Claims { get; init; } = [];
    public long? Fatalities { get; init; }
    public long? Injuries { get; init; }

    public string? Target { get; init; }
    public string? AttributedTo { get; init; }
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>The sentence updates an earlier report ("the death toll rose to 9").</summary>
    public bool FollowUp { get; init; }
    public string TriggerText { get; init; } = "";

    /// <summary>
    /// Reports of one family can fuse: ACLED's disorder types (political violence: battles,
    /// explosions, violence against civilians; demonstrations: protests, riots; strategic
    /// developments) and political interactions. Reports of one event often disagree on the type
    /// within a family (a "clash" that was an ambush with a bomb), never across families.
    /// </summary>
    [JsonIgnore]
    public string Family => TypeFamilies.Of(EventType);

    /// <summary>The type the fused event's majority is taken over: the ACLED type, or the PLOVER type of a political interaction.</summary>
    [JsonIgnore]
    public string TypeKey => Plover is { } p && EventType == Events.EventMention.PoliticalInteraction ? $"{EventType}/{p}" : EventType;

    /// <summary>The province; the country bucket ("*AF") when the province is unknown; "*" when even the country is.</summary>
    [JsonIgnore]
    public string Region => Admin1 ?? "*" + (Country ?? "");

    /// <summary>
    /// The ledger bucket the mention fuses within: its type family and the calendar month of the
    /// middle of its reported dates ("political-violence|2020-09"). Reports link only inside one
    /// bucket, so a link group can never outgrow a month, however many reports chain week to week,
    /// and one bucket's fusion can run alone (one worker, one cluster grain). Not narrower: a
    /// report dated only to its month must meet the day-dated reports of that month, and a report
    /// that names no province the reports that do. Null for an undated report, which fuses with none.
    /// </summary>
    [JsonIgnore]
    public string? Bucket => DateWindow.AnchorMonth(this) is { } month ? $"{Family}|{DateWindow.FirstDayOfMonth(month):yyyy-MM}" : null;

    [JsonIgnore]
    public bool SpeaksForParty => OutletParty is not null;

    /// <summary>The story a report belongs to: copies of one story are one independent source.</summary>
    [JsonIgnore]
    public string StoryId => CopyOf ?? ArticleId;
}

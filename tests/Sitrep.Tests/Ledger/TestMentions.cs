using Sitrep.Ledger;

namespace Sitrep.Tests.Ledger;

/// <summary>Ledger mentions written by hand: a Battles report from an independent outlet unless told otherwise.</summary>
internal static class TestMentions
{
    public static LedgerMention M(string id, string article, string date = "2020-06-02", string? admin1 = "Kunduz", string? admin2 = "Imam Sahib",
        long? killed = null, string? party = null, string? outlet = null, string? claimedBy = null, string? claimParty = null,
        string type = "Battles", int precision = 1, string? published = null, bool followUp = false, string[]? words = null,
        string? actor1 = "taliban", string? actor2 = "police_af", string? copyOf = null, string? placeId = null, int geo = 2)
    {
        var start = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        return new LedgerMention
        {
            Id = id,
            ArticleId = article,
            Outlet = outlet ?? "Outlet " + article,
            OutletId = outlet ?? "outlet-" + article,
            OutletKind = party is null ? SourceKind.Wire : SourceKind.Party,
            OutletParty = party,
            Published = published is null ? start.AddDays(1) : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            CopyOf = copyOf,
            EventType = type,
            SubEventType = type == "Battles" ? "Armed clash" : null,
            DateStart = start,
            DateEnd = precision == 2 ? start.AddDays(6) : start,
            DatePrecision = precision,
            Country = "AF",
            Admin1 = admin1,
            Admin2 = admin2,
            Location = admin2 ?? admin1,
            PlaceId = placeId ?? admin2 ?? admin1,
            GeoPrecision = admin1 is null ? 4 : admin2 is null ? 3 : geo,
            Actor1Id = actor1,
            Actor2Id = actor2,
            Actor1 = actor1,
            Actor2 = actor2,
            Fatalities = killed,
            Claims = killed is { } k ? [new MentionClaim(MentionClaim.Killed, claimedBy, party ?? claimParty, k, k, k)] : [],
            Words = words ?? [],
            FollowUp = followUp,
        };
    }
}

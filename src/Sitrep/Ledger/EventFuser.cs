namespace Sitrep.Ledger;

/// <summary>
/// Fuses the reports of one event into its values (see <see cref="LedgerEvent"/>):
/// type by weighted majority (a party's or partisan outlet's report weighs half); date: the most
/// precise one consistent with every report, then the most supported, then the earliest; place:
/// the most precise one no report contradicts, then the most supported; actors: the report naming
/// the most dictionary actors, then the most common pair. Fatalities and injuries: see <see cref="FuseFigure"/>.
/// </summary>
public static class EventFuser
{
    public static LedgerEvent Fuse(IReadOnlyList<LedgerMention> cluster)
    {
        var members = cluster.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var type = Majority(members, m => m.EventType)!;
        var ofType = members.Where(m => m.EventType == type.Value).ToList();
        var partisanOnly = members.All(m => m.SpeaksForParty);
        var (actor1, actor2) = Actors(members);
        var published = members.Where(m => m.Published is not null).Select(m => m.Published!.Value).ToList();
        return new LedgerEvent
        {
            Id = LedgerEventId.Of(members.Select(m => m.Id)),
            Sources = [.. members.Select(m => new LedgerSource(m.Id, m.ArticleId, m.Outlet, m.OutletKind, m.OutletParty, m.Published, m.CopyOf))],
            EventType = type,
            SubEventType = Majority(ofType, m => m.SubEventType),
            Plover = ofType.Select(m => m.Plover).FirstOrDefault(p => p is not null),
            Date = Date(members),
            Place = Place(members),
            Actor1 = actor1,
            Actor2 = actor2,
            Fatalities = FuseFigure(members, MentionClaim.Killed, partisanOnly),
            Injuries = FuseFigure(members, MentionClaim.Injured, partisanOnly),
            Outlets = members.Select(m => m.OutletId ?? m.Outlet ?? m.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            IndependentSources = members.Where(m => m.CopyOf is null || members.All(o => o.ArticleId != m.CopyOf))
                .Select(m => m.OutletId ?? m.Outlet ?? m.StoryId).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            PartisanOnly = partisanOnly,
            FirstReport = published.Count > 0 ? published.Min() : null,
            LastReport = published.Count > 0 ? published.Max() : null,
        };
    }

    private static FusedValue<string>? Majority(IReadOnlyList<LedgerMention> members, Func<LedgerMention, string?> value)
    {
        var best = members.Where(m => value(m) is not null)
            .GroupBy(m => value(m)!, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Weight: g.Sum(m => WeightOf(m)), Members: g.Select(m => m.Id).ToList()))
            .OrderByDescending(g => g.Weight).ThenBy(g => g.Members[0], StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Value is null ? null : new FusedValue<string>(best.Value, best.Members);
    }

    private static double WeightOf(LedgerMention m) => m.OutletKind is SourceKind.Party or SourceKind.Partisan ? 0.5 : 1.0;

    private static FusedValue<FusedDate>? Date(IReadOnlyList<LedgerMention> members)
    {
        var dated = members.Where(m => m.DateStart is not null).ToList();
        if (dated.Count == 0) return null;
        var windows = dated.Select(m => DateWindow.Of(m)!.Value).ToList();
        var chosen = dated
            .GroupBy(m => (Start: m.DateStart!.Value, End: m.DateEnd ?? m.DateStart!.Value, m.DatePrecision))
            .Select(g => (g.Key, Members: g.Select(m => m.Id).ToList(),
                Consistent: windows.All(w => w.First <= g.Key.Start && g.Key.End <= w.Last),
                Support: dated.Count(m => m.DateStart <= g.Key.Start && g.Key.End <= (m.DateEnd ?? m.DateStart))))
            .OrderByDescending(c => c.Consistent)
            .ThenBy(c => c.Key.DatePrecision)
            .ThenByDescending(c => c.Support)
            .ThenBy(c => c.Key.End.DayNumber - c.Key.Start.DayNumber)
            .ThenBy(c => c.Key.Start)
            .First();
        return new(new FusedDate(chosen.Key.Start, chosen.Key.End, chosen.Key.DatePrecision), chosen.Members);
    }

    private static FusedValue<FusedPlace>? Place(IReadOnlyList<LedgerMention> members)
    {
        var placed = members.Where(m => m.Country is not null).ToList();
        if (placed.Count == 0) return null;
        bool Agrees(LedgerMention candidate, LedgerMention other) =>
            Same(candidate.Admin1, other.Admin1) && Same(candidate.Admin2, other.Admin2)
            && (other.GeoPrecision > 1 || candidate.GeoPrecision > 1 || candidate.PlaceId == other.PlaceId);
        var chosen = placed
            .GroupBy(m => (m.PlaceId, m.Admin1, m.Admin2, m.GeoPrecision))
            .Select(g => (First: g.First(), Members: g.Select(m => m.Id).ToList(),
                Contradicted: placed.Count(o => !Agrees(g.First(), o)),
                Support: placed.Count(o => Agrees(g.First(), o) && o.GeoPrecision <= g.Key.GeoPrecision + 1)))
            .OrderBy(c => c.Contradicted)
            .ThenBy(c => c.First.GeoPrecision)
            .ThenByDescending(c => c.Support)
            .ThenByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0], StringComparer.Ordinal)
            .First();
        var m = chosen.First;
        return new(new FusedPlace(m.Country, m.Admin1, m.Admin2, m.Location, m.PlaceId, m.Latitude, m.Longitude, m.GeoPrecision), chosen.Members);
    }

    private static bool Same(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static (FusedValue<string>?, FusedValue<string>?) Actors(IReadOnlyList<LedgerMention> members)
    {
        var best = members
            .Where(m => m.Actor1 is not null || m.Actor2 is not null)
            .GroupBy(m => (m.Actor1, m.Actor2))
            .Select(g => (g.Key, Named: (g.First().Actor1Id is null ? 0 : 1) + (g.First().Actor2Id is null ? 0 : 1), Members: g.Select(m => m.Id).ToList()))
            .OrderByDescending(g => g.Named).ThenByDescending(g => g.Members.Count).ThenBy(g => g.Members[0], StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Members is null) return (null, null);
        return (best.Key.Actor1 is { } a1 ? new(a1, best.Members) : null, best.Key.Actor2 is { } a2 ? new(a2, best.Members) : null);
    }

    /// <summary>
    /// Every claim is kept with its source. An independent claim published before a later
    /// independent follow-up ("the toll rose to 9") is superseded: it stays in the list but no longer
    /// counts; a party's claim is never superseded by someone else's update. Best: the latest
    /// independent update, else the most conservative (lowest) independent figure in force. A
    /// party's figure is never the best: an event whose figures all come from parties (or whose
    /// every source speaks for a party) gets 0, ACLED's practice, and keeps the claims. Low and high
    /// span the claims in force. Disputed: a party's figure differs from another figure in force,
    /// or a source speaking for another party tells the event without confirming it.
    /// </summary>
    public static FusedFigure? FuseFigure(IReadOnlyList<LedgerMention> members, string kind, bool partisanOnly)
    {
        var claims = members
            .SelectMany(m => m.Claims.Where(c => c.Kind == kind)
                .Select(c => new LedgerClaim(c.Best, c.Low, c.High, c.ClaimedBy, c.Party, m.Outlet, m.Published, m.Id, m.FollowUp)))
            .ToList();
        if (claims.Count == 0) return null;
        var latestUpdate = claims.Where(c => c.FollowUp && c.Party is null && c.Published is not null).Select(c => c.Published).Max();
        claims = [.. claims.Select(c => latestUpdate is { } u && c.Party is null && c.Published is { } p && p < u ? c with { Superseded = true } : c)];
        var inForce = claims.Where(c => !c.Superseded).ToList();
        var independent = inForce.Where(c => c.Party is null).ToList();
        var updates = independent.Where(c => c.FollowUp).ToList();
        (long best, string rule) = partisanOnly
            ? (0L, "partisan-only: every source speaks for a party")
            : updates.Count > 0 ? (updates.Min(c => c.Best), "latest independent update")
            : independent.Count > 0 ? (independent.Min(c => c.Best), "lowest independent figure")
            : (0L, "only parties give figures");
        var partyClaims = inForce.Where(c => c.Party is not null).ToList();
        var claimingParties = partyClaims.Select(c => c.Party!).ToHashSet(StringComparer.Ordinal);
        var differ = partyClaims.Count > 0 && inForce.Select(c => c.Best).Distinct().Count() > 1;
        var unconfirmed = partyClaims.Count > 0 && members.Any(m => m.OutletParty is { } other && !claimingParties.Contains(other)
            && !m.Claims.Any(c => c.Kind == kind && partyClaims.Any(p => p.Best == c.Best)));
        return new FusedFigure(
            Math.Min(best, inForce.Min(c => c.Low)),
            best,
            Math.Max(best, inForce.Max(c => c.High)),
            differ || unconfirmed,
            rule,
            [.. claims.OrderBy(c => c.Published).ThenBy(c => c.MentionId, StringComparer.Ordinal)]);
    }
}

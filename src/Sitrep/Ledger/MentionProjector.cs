using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Ledger;

/// <summary>Turns a counted <see cref="EventMention"/> and its article into the <see cref="LedgerMention"/> fusion reads.</summary>
public sealed class MentionProjector(SourceRegistry sources, LedgerCues cues)
{
    public LedgerMention Project(EventMention mention, Article article, string? copyOf = null)
    {
        var outlet = sources.Find(article.Outlet, article.Url);
        var sentence = Slice(article.Text, mention.Sentence.Start, mention.Sentence.End);
        var place = mention.Place?.Place;
        return new LedgerMention
        {
            Id = mention.Id,
            ArticleId = article.Id,
            Outlet = article.Outlet ?? (outlet.Kind == SourceKind.Unknown ? null : outlet.Name),
            OutletId = outlet.Id.Length > 0 ? outlet.Id : null,
            OutletKind = outlet.Kind,
            OutletParty = outlet.Party,
            Published = article.Published,
            CopyOf = copyOf,
            EventType = mention.EventType,
            SubEventType = mention.SubEventType,
            Plover = mention.Plover,
            DateStart = mention.Date?.Start,
            DateEnd = mention.Date?.End,
            DatePrecision = mention.Date is null ? 0 : (int)mention.Date.Precision,
            Country = place?.Country,
            Admin1 = place?.Admin1,
            Admin2 = place?.Admin2,
            Location = place?.Name,
            PlaceId = place?.Id,
            Latitude = place?.Latitude,
            Longitude = place?.Longitude,
            GeoPrecision = place is null ? 4 : place.Admin1 is null ? 4 : mention.Place!.GeoPrecision,
            Actor1 = mention.Agent?.ActorName ?? mention.Agent?.Text,
            Actor2 = mention.Target?.ActorName ?? mention.Target?.Text,
            Actor1Id = mention.Agent?.ActorId,
            Actor2Id = mention.Target?.ActorId,
            Claims = [.. Claims(MentionClaim.Killed, mention.Fatalities, outlet, mention.AttributedTo), .. Claims(MentionClaim.Injured, mention.Injuries, outlet, mention.AttributedTo)],
            Fatalities = mention.Fatalities?.Best,
            Injuries = mention.Injuries?.Best,
            Target = mention.Target?.Text,
            AttributedTo = mention.AttributedTo,
            Words = cues.SpecificWords(sentence),
            FollowUp = cues.IsFollowUp(sentence),
            TriggerText = mention.TriggerText,
        };
    }

    /// <summary>
    /// Each claimant's total (the report's own voice when the extractor saw one source). A figure
    /// published by a party's outlet, or told in the report's voice but attributed to a party, is
    /// that party's claim.
    /// </summary>
    private IEnumerable<MentionClaim> Claims(string kind, CasualtyCount? count, Outlet outlet, string? attributedTo)
    {
        if (count is null) yield break;
        IReadOnlyList<CasualtyClaim> claims = count.Claims.Count > 0 ? count.Claims : [new CasualtyClaim(null, count.Best, count.Low, count.High)];
        foreach (var c in claims)
        {
            var party = outlet.Party ?? sources.Claimant(c.ClaimedBy ?? attributedTo)?.Party;
            yield return new MentionClaim(kind, c.ClaimedBy, party, c.Best, c.Low, c.High);
        }
    }

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }
}

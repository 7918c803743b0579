using Sitrep.Actors;
using Sitrep.Evaluation;
using Sitrep.Geo;
using Sitrep.Ledger;

namespace Sitrep.Reference;

/// <summary>
/// Puts a reference row in the shape the ledger matches reports in (<see cref="LedgerMention"/>),
/// so coverage uses the ledger's own matching. Names are resolved as <c>eval</c> resolves gold
/// names: the country, province and district through the gazetteer (ACLED's "Herat" is the
/// ledger's "Hirat"), the location to a gazetteer place near the row's coordinates, actors through
/// the actor dictionary at ACLED's organisation level. The row's one coded figure is an
/// independent claim (the dataset's coders are no party to the fight). UCDP GED has no ACLED
/// event type: its rows are political violence ("Battles", or "Violence against civilians" for
/// one-sided violence) and <see cref="CoverageMatcher"/> does not score the type for them.
/// </summary>
public sealed class ReferenceProjector(Gazetteer gazetteer, ActorDictionary actors, LedgerCues cues)
{
    /// <summary>How far a gazetteer place may lie from the row's coordinates to be taken as the row's location.</summary>
    private const double SamePlaceKm = 5;

    public const string IdPrefix = "ref:";

    public LedgerMention Project(string set, ReferenceEvent e)
    {
        var id = $"{IdPrefix}{set}:{e.Id}";
        var country = e.Country is { } c ? gazetteer.Resolve(c, PlaceKind.Country).FirstOrDefault()?.Country ?? c : null;
        var province = e.Admin1 is { } a1 ? First(a1, PlaceKind.Province, country, null) : null;
        var district = e.Admin2 is { } a2 && province is not null ? First(a2, PlaceKind.District, country, province.Id) : null;
        var town = e.Location is { } loc && province is not null ? Town(loc, province, e) : null;
        var admin1 = province?.Name ?? e.Admin1;
        var geo = admin1 is null ? 4 : Math.Min(e.GeoPrecision, 4);
        var claims = e.Fatalities is { } best
            ? new[] { new MentionClaim(MentionClaim.Killed, e.Source, null, best, e.FatalitiesLow ?? best, e.FatalitiesHigh ?? best) }
            : [];
        return new LedgerMention
        {
            Id = id,
            // its own "article": the rule that one article's two events never fuse must not apply between reference rows and reports
            ArticleId = id,
            Outlet = e.Flavour.Describe(),
            OutletKind = SourceKind.UnNgo,
            Published = e.DateEnd,
            EventType = TypeOf(e),
            SubEventType = e.SubEventType,
            DateStart = e.DateStart,
            DateEnd = e.DateEnd,
            DatePrecision = e.TimePrecision,
            Country = country,
            Admin1 = admin1,
            Admin2 = district?.Name ?? e.Admin2,
            Location = e.Location,
            PlaceId = town?.Id,
            Latitude = e.Latitude,
            Longitude = e.Longitude,
            GeoPrecision = geo,
            Actor1 = e.Actor1,
            Actor2 = e.Actor2,
            Actor1Id = OrganisationId(e.Actor1),
            Actor2Id = OrganisationId(e.Actor2),
            Claims = claims,
            Fatalities = e.Fatalities,
            Words = e.Notes is { } notes ? cues.SpecificWords(notes) : [],
        };
    }

    /// <summary>The organisation an actor id or name belongs to (a battalion is its army), as ACLED codes actors.</summary>
    public string? OrganisationId(string? idOrName)
    {
        if (idOrName is null) return null;
        var actor = actors.ById(idOrName) ?? actors.Resolve(idOrName);
        return actor is null ? null : actors.Organisation(actor).Id;
    }

    /// <summary>The ACLED type a row stands for; UCDP's one-sided violence is violence against civilians, the rest battles.</summary>
    public static string TypeOf(ReferenceEvent e) => e.Flavour == ReferenceFlavour.Acled
        ? e.EventType ?? "Battles"
        : e.EventType == "one-sided" ? "Violence against civilians" : "Battles";

    private Place? First(string name, PlaceKind kind, string? country, string? admin1Id) =>
        gazetteer.Resolve(name, kind).FirstOrDefault(p => (country is null || p.Country == country) && (admin1Id is null || p.Admin1Id == admin1Id));

    /// <summary>A gazetteer place of that name in the row's province, near the row's coordinates when it has them.</summary>
    private Place? Town(string name, Place province, ReferenceEvent e) =>
        gazetteer.Resolve(name).FirstOrDefault(p => p.Kind is not (PlaceKind.Country or PlaceKind.Province) && p.Admin1Id == province.Id
            && (e.Latitude is not { } lat || e.Longitude is not { } lon || p.Latitude is not { } plat || p.Longitude is not { } plon
                || GeoDistance.Kilometres(lat, lon, plat, plon) <= SamePlaceKm));
}

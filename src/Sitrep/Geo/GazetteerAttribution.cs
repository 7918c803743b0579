namespace Sitrep.Geo;

/// <summary>The credit lines the gazetteer's licences require, for an <c>about</c> or <c>--version</c> output.</summary>
public static class GazetteerAttribution
{
    public static IReadOnlyList<string> Lines { get; } =
    [
        "Contains data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0; filtered and reformatted.",
        "Administrative boundaries courtesy of geoBoundaries (https://www.geoboundaries.org), CC BY 4.0 (Runfola et al. 2020, PLoS ONE 15(4): e0231866); simplified.",
        "Contains information from world-countries (https://github.com/mledoze/countries), made available under the ODbL 1.0.",
        "Village and district name lists: abubaker47/afghanistan-provinces-districts-villages, MIT licence, Copyright (c) 2025 Faisal Abubaker.",
        "ISO 3166-2 subdivision names: iso-3166-2 package, MIT licence.",
    ];
}

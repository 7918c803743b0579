using Microsoft.Net.Http.Headers;

namespace Sitrep.Server.Endpoints;

/// <summary>How a list is written: <c>?format=</c> wins, else the Accept header, else JSON.</summary>
public static class ResponseFormat
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string GeoJson = "geojson";

    private static readonly (string Format, string MediaType)[] Known =
        [(Json, "application/json"), (Csv, "text/csv"), (GeoJson, "application/geo+json")];

    /// <summary>The format asked for, or null when the request names one we do not write.</summary>
    public static string? Of(HttpRequest request)
    {
        if (request.Query["format"].ToString() is { Length: > 0 } named)
            return Known.Any(k => k.Format == named.ToLowerInvariant()) ? named.ToLowerInvariant() : null;
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var media in accept.OrderByDescending(m => m.Quality ?? 1))
        {
            if (media.MediaType.Value is "*/*" or "application/*") return Json;
            if (Known.FirstOrDefault(k => k.MediaType.Equals(media.MediaType.Value, StringComparison.OrdinalIgnoreCase)) is { Format: { } f }) return f;
        }
        return null;
    }

    public static string Problem(HttpRequest request) =>
        request.Query["format"].ToString() is { Length: > 0 } named
            ? $"format: \"{named}\" is not one of {string.Join(", ", Known.Select(k => k.Format))}"
            : $"Accept: none of \"{request.Headers.Accept}\" is written here; ask for {string.Join(", ", Known.Select(k => k.MediaType))}";
}

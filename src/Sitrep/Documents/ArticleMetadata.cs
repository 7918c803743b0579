using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>The optional fields a sidecar .json or a JSONL record may give for an article.</summary>
public sealed record ArticleMetadata(string? Url, string? Title, string? Outlet, DateOnly? Published)
{
    public static ArticleMetadata None { get; } = new(null, null, null, null);

    /// <summary>Reads url/title/outlet/published from a JSON object; a present but unparseable date is an error.</summary>
    public static ArticleMetadata FromJson(JsonElement obj, out string? error)
    {
        error = null;
        var published = String(obj, "published");
        var date = PublishedDate.Parse(published);
        if (published is not null && date is null)
            error = $"unreadable \"published\" date \"{published}\" (expected e.g. 2019-07-30 or an ISO 8601 timestamp)";
        return new ArticleMetadata(String(obj, "url"), String(obj, "title"), String(obj, "outlet"), date);
    }

    internal static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() is { Length: > 0 } s ? s : null
            : null;
}

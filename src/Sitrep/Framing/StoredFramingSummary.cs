using System.Text.Json;
using Sitrep.Serialization;

namespace Sitrep.Framing;

/// <summary>
/// What the store keeps of an article's framing (the <c>articles.framing</c> column, schema step 10):
/// its profile and the version of the framing data it was made with.
/// </summary>
public sealed record StoredFramingSummary(string Version, ArticleFramingProfile Profile)
{
    public string ToJson() => SitrepJson.Serialize(this);

    /// <summary>The stored profile when it was made with <paramref name="version"/>; null when absent, unreadable or made with other data.</summary>
    public static ArticleFramingProfile? Current(string? json, FramingDataVersion version)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            var summary = SitrepJson.Deserialize<StoredFramingSummary>(json);
            return summary is not null && summary.Version == version.Value ? summary.Profile : null;
        }
        catch (JsonException)
        {
            return null; // a summary this build cannot read is framed again, like a stale one
        }
    }
}

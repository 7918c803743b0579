namespace Sitrep.Documents;

/// <summary>
/// One piece of reporting as read from a source. <see cref="Published"/> is null when the
/// source does not say; nothing downstream guesses it silently.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Where it was read from: a file path, "path:line" for a JSONL record, "-" for stdin.</summary>
    public required string Source { get; init; }
    /// <summary>Features of the page that are not article text, e.g. donation appeals (framing signals).</summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];
    /// <summary>Typed page features (donation appeals, wallet addresses) found in the boilerplate removed from the text.</summary>
    public IReadOnlyList<PageFeature> Features { get; init; } = [];

    /// <summary>The same article with these features recorded (also as <see cref="Boilerplate"/> strings).</summary>
    public Article WithFeatures(IReadOnlyList<PageFeature> features) =>
        features.Count == 0 ? this : this with { Features = features, Boilerplate = features.Select(f => f.ToString()).ToList() };

    public static Article Create(string text, string source, string? url = null, string? outlet = null,
        string? title = null, DateOnly? published = null) => new()
        {
            Id = ArticleId.For(text, url),
            Text = text,
            Source = source,
            Url = url,
            Outlet = outlet,
            Title = title,
            Published = published,
        };
}

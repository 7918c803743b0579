namespace Sitrep.Documents;

/// <summary>
/// One item a reader yields: an article, or the error that replaced it. Readers never throw for bad input.
/// <see cref="Warnings"/> name problems that did not cost the item (a broken sidecar, a suspicious archive member name).
/// </summary>
public sealed record ReadResult(Article? Article, ReadError? Error)
{
    public static ReadResult Ok(Article article) => new(article, null);
    public static ReadResult Fail(string location, string reason) => new(null, new ReadError(location, reason));

    public IReadOnlyList<ReadError> Warnings { get; init; } = [];

    public ReadResult WithWarning(string location, string reason) => this with { Warnings = [.. Warnings, new ReadError(location, reason)] };
}

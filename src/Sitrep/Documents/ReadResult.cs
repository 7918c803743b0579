namespace Sitrep.Documents;

/// <summary>One item a reader yields: an article, or the error that replaced it. Readers never throw for bad input.</summary>
public sealed record ReadResult(Article? Article, ReadError? Error)
{
    public static ReadResult Ok(Article article) => new(article, null);
    public static ReadResult Fail(string location, string reason) => new(null, new ReadError(location, reason));
}

using Sitrep.Documents;
using Sitrep.Ledger;

namespace Sitrep.Framing;

/// <summary>
/// One stored article's framing as the views show it (<c>sitrep framing --format json</c>,
/// <c>GET /articles/{id}/framing</c>): the article and its outlet's stance, every cue with its
/// words, span, rule, lexicon entry and voice, and the one-sidedness profile.
/// </summary>
public sealed record ArticleFramingView(ArticleFramingView.ArticleRef Article, IReadOnlyList<FramingCue> Cues, ArticleFramingProfile Profile)
{
    public sealed record ArticleRef(string Id, string? Outlet, DateOnly? Published, string? Url, string Stance);

    public static ArticleFramingView Read(Article article, StoredFraming framing, SourceRegistry sources)
    {
        var (document, profile) = framing.Read(article);
        var outlet = sources.Find(article.Outlet, article.Url);
        return new(new ArticleRef(article.Id, article.Outlet, article.Published, article.Url, Stance(outlet)), document.Framing, profile);
    }

    /// <summary>The outlet's kind and party from the source registry, or that the registry does not know it.</summary>
    public static string Stance(Outlet outlet) =>
        outlet.Kind == SourceKind.Unknown ? "not in the source registry" : outlet.Kind.ToString().ToLowerInvariant() + (outlet.Party is null ? "" : ", speaks for " + outlet.Party);
}

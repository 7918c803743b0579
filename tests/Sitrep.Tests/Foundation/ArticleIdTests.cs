using Sitrep.Documents;

namespace Sitrep.Tests.Foundation;

public class ArticleIdTests
{
    [Fact]
    public void Same_text_and_url_give_the_same_id_whatever_the_whitespace()
    {
        var a = ArticleId.For("Two  policemen\nwere killed.", "https://x.example/1");
        var b = ArticleId.For("  Two policemen were killed.\n", "https://x.example/1");
        Assert.Equal(a, b);
        Assert.Matches("^a_[0-9a-f]{16}$", a);
    }

    [Fact]
    public void Different_text_or_url_give_different_ids()
    {
        var a = ArticleId.For("Two policemen were killed.", null);
        Assert.NotEqual(a, ArticleId.For("Three policemen were killed.", null));
        Assert.NotEqual(a, ArticleId.For("Two policemen were killed.", "https://x.example/2"));
    }

    [Fact]
    public void Id_is_stable_across_runs() =>
        Assert.Equal("a_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("\nabc"u8.ToArray()))[..16], ArticleId.For("abc", null));
}

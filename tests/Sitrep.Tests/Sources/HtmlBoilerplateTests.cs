using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class HtmlBoilerplateTests
{
    private static Article Read(string fixture) =>
        new HtmlArticleReader().Read(fixture, Fixture.Bytes(fixture), ReaderLimits.Default).Article
        ?? throw new InvalidOperationException("fixture did not read");

    [Fact]
    public void Partisan_page_yields_only_the_article_prose()
    {
        var article = Read("partisan_page.html");
        Assert.Contains("The fighting around Ghazni has entered a new phase", article.Text);
        Assert.Contains("trucks carrying food are stranded", article.Text);
        foreach (var junk in new[] { "Home", "Tweet", "German", "newsletter", "Leave a Reply", "email address", "support us", "MONERO", "All rights reserved" })
            Assert.DoesNotContain(junk, article.Text);
    }

    [Fact]
    public void Partisan_page_keeps_donation_appeals_and_wallets_as_features()
    {
        var article = Read("partisan_page.html");
        Assert.Contains(new PageFeature(PageFeature.WalletAddress, "BTC:bc1q9xw3ms0d7r4ktvufh2yz8n6pjcl5eq0ga3wxz7"), article.Features);
        Assert.Contains(article.Features, f => f.Kind == PageFeature.WalletAddress && f.Text.StartsWith("XMR:47sf"));
        Assert.Contains(new PageFeature(PageFeature.DonationAppeal, "Support EastWatch"), article.Features);
        Assert.Contains(new PageFeature(PageFeature.DonationAppeal, "Value our reporting? Please support us with a small gift!"), article.Features);
        Assert.Contains("donation-appeal: Support EastWatch", article.Boilerplate);
    }

    [Fact]
    public void Partisan_page_metadata_is_read()
    {
        var article = Read("partisan_page.html");
        Assert.Equal("EastWatch", article.Outlet);
        Assert.Equal(new DateOnly(2021, 8, 4), article.Published);
        Assert.Equal("https://eastwatch.example/2021/08/ring-road-ghazni/", article.Url);
    }

    [Fact]
    public void Declared_windows_1252_page_is_decoded()
    {
        var article = Read("windows1252_page.html");
        Assert.Contains("attacked a café in the old quarter", article.Text);
        Assert.Contains("statement – the second", article.Text);
        Assert.Contains("“chaos”", article.Text);
    }

    [Fact]
    public void Undeclared_legacy_bytes_fall_back_to_windows_1252()
    {
        var article = Read("undeclared_legacy_page.html");
        Assert.Contains("Friday évening, the governor’s spokesman", article.Text);
    }

    [Fact]
    public void Http_header_charset_wins_over_guessing()
    {
        var bytes = TextEncodings.ByName("ISO-8859-5") is { } cyrillic
            ? cyrillic.GetBytes("<html><body><article><p>Мир в провинции Герат остаётся хрупким, сообщили местные власти во вторник вечером после переговоров.</p></article></body></html>")
            : [];
        var result = new HtmlArticleReader().Read("page", bytes, ReaderLimits.Default, "text/html; charset=ISO-8859-5");
        Assert.Contains("провинции Герат", result.Article!.Text);
    }

    [Fact]
    public void Utf16_page_with_bom_is_decoded()
    {
        var html = "<html><body><article><p>Rockets struck the airport perimeter in Kandahar overnight, officials said on Sunday morning.</p></article></body></html>";
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(html)).ToArray();
        var result = new HtmlArticleReader().Read("page", bytes, ReaderLimits.Default);
        Assert.Contains("Rockets struck the airport perimeter", result.Article!.Text);
    }
}

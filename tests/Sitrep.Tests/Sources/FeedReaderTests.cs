using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class FeedReaderTests
{
    private static List<FeedItem> Items(string fixture) =>
        new FeedReader().ReadItems(fixture, File.OpenRead(Fixture.PathOf(fixture)), ReaderLimits.Default).ToList();

    [Fact]
    public void Invalid_characters_at_the_very_start_are_a_located_error_not_an_exception()
    {
        // Found by fuzzing: a byte-order mark followed by bytes that are no UTF-8 made the XML reader throw as it was created.
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Enumerable.Repeat((byte)0xBF, 11)];
        var result = Assert.Single(new FeedReader().Read("odd.xml", new MemoryStream(bytes), ReaderLimits.Default).ToList());
        Assert.Equal("odd.xml", result.Error!.Location);
        Assert.StartsWith("malformed XML", result.Error.Reason);
    }

    [Fact]
    public void Rss2_items_become_articles_with_metadata()
    {
        var items = Items("feed_rss2.xml");
        Assert.Equal(3, items.Count);
        var first = items[0].Result.Article!;
        Assert.Equal("Checkpoint overrun in Baghlan", first.Title);
        Assert.Equal("Frontier Dispatch", first.Outlet);
        Assert.Equal(new DateOnly(2020, 9, 14), first.Published);
        Assert.Equal("https://frontier.example/2020/09/checkpoint-baghlan", first.Url);
        Assert.Equal("feed_rss2.xml#item-1", first.Source);
        Assert.StartsWith("Insurgents overran a police checkpoint", first.Text);
        Assert.DoesNotContain("Share this", first.Text);
        Assert.Contains(new PageFeature(PageFeature.DonationAppeal, "Support Frontier Dispatch"), first.Features);
        Assert.True(items[0].HasFullContent);
        Assert.Equal("fd-2020-0914", items[0].Key);
    }

    [Fact]
    public void Rss2_summary_only_item_is_flagged_and_named_zone_dates_parse()
    {
        var second = Items("feed_rss2.xml")[1];
        Assert.False(second.HasFullContent);
        Assert.Equal("A roadside bomb struck a minibus in Helmand, officials said.", second.Result.Article!.Text);
        Assert.Equal(new DateOnly(2020, 9, 15), second.Result.Article.Published);
    }

    [Fact]
    public void Rss2_item_without_content_is_a_located_error_and_others_still_read()
    {
        var items = Items("feed_rss2.xml");
        Assert.Equal("feed_rss2.xml#item-3", items[2].Result.Error!.Location);
        Assert.Contains("no content", items[2].Result.Error!.Reason);
        Assert.NotNull(items[0].Result.Article);
    }

    [Fact]
    public void Atom_entries_use_content_then_summary_and_the_alternate_link()
    {
        var items = Items("feed_atom.xml");
        Assert.Equal(2, items.Count);
        var first = items[0].Result.Article!;
        Assert.Equal("https://northern.example/faryab-clashes", first.Url);
        Assert.Equal(new DateOnly(2019, 11, 1), first.Published);
        Assert.Equal("Northern Monitor", first.Outlet);
        Assert.StartsWith("Heavy clashes broke out", first.Text);
        Assert.Contains("\n\nAt least six militants were killed", first.Text);
        Assert.True(items[0].HasFullContent);
        var second = items[1];
        Assert.False(second.HasFullContent);
        Assert.Equal(new DateOnly(2019, 11, 2), second.Result.Article!.Published);
        Assert.Equal("urn:uuid:entry-0002", second.Key);
    }

    [Theory]
    [InlineData("feed_xxe.xml")]
    [InlineData("feed_billion_laughs.xml")]
    public void Feeds_with_a_dtd_are_refused_before_any_entity_is_expanded(string fixture)
    {
        var item = Assert.Single(Items(fixture));
        Assert.Equal(fixture, item.Result.Error!.Location);
        Assert.Contains("DTD", item.Result.Error.Reason);
        Assert.DoesNotContain("passwd", item.Result.Error.Reason);
    }

    [Fact]
    public void Truncated_feed_is_a_clear_error()
    {
        var item = Assert.Single(Items("feed_broken.xml"));
        Assert.StartsWith("malformed XML", item.Result.Error!.Reason);
    }

    [Fact]
    public void Garbled_encoding_declaration_is_a_clear_error_not_an_exception()
    {
        // Found by AFL: the framework's XmlReader threw ArgumentOutOfRangeException on this input.
        var item = Assert.Single(Items("feed_fuzz_encoding_switch.xml"));
        Assert.StartsWith("malformed XML", item.Result.Error!.Reason);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_named()
    {
        var result = new FeedReader().Read("sitemap.xml", new MemoryStream("<urlset><url/></urlset>"u8.ToArray()), ReaderLimits.Default).Single();
        Assert.Contains("not an RSS or Atom feed (root element <urlset>)", result.Error!.Reason);
    }

    [Fact]
    public void Oversized_xml_is_refused_by_the_character_cap()
    {
        var big = "<rss><channel><item><description>" + new string('x', 5000) + "</description></item></channel></rss>";
        var limits = ReaderLimits.Default with { MaxXmlCharacters = 1000 };
        var result = new FeedReader().Read("big.rss", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big)), limits).Single();
        Assert.Contains("too large", result.Error!.Reason);
    }

    [Fact]
    public void A_feed_piped_to_standard_input_is_recognised()
    {
        var results = SourceReader.Default().Read(["-"], () => File.OpenRead(Fixture.PathOf("feed_atom.xml"))).ToList();
        Assert.Equal(["Clashes reported in Faryab", "Market reopens in Maimana"], results.Select(r => r.Article!.Title));
    }

    [Fact]
    public void A_folder_with_feeds_and_a_hostile_feed_reads_the_good_ones()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-feeds").FullName;
        File.Copy(Fixture.PathOf("feed_atom.xml"), Path.Combine(folder, "a.atom"));
        File.Copy(Fixture.PathOf("feed_xxe.xml"), Path.Combine(folder, "b.xml"));
        var results = SourceReader.Default().Read([folder]).ToList();
        Assert.Equal(2, results.Count(r => r.Article is not null));
        Assert.Single(results, r => r.Error is not null && r.Error.Location.EndsWith("b.xml"));
    }
}

using Sitrep.Documents;

namespace Sitrep.Tests.Sources;

public class BoilerplateCleanerTests
{
    private static readonly BoilerplateCleaner Cleaner = BoilerplateCleaner.Default;

    [Fact]
    public void Partisan_text_keeps_the_article_and_drops_the_donation_block()
    {
        var result = new PlainTextReader().Read(Fixture.PathOf("partisan_donation.txt"), File.OpenRead(Fixture.PathOf("partisan_donation.txt")), ReaderLimits.Default).Single();
        var text = result.Article!.Text;
        Assert.StartsWith("Militants Tighten Grip On Ring Road Near Ghazni\n\nThe fighting around Ghazni has entered a new phase.", text);
        Assert.EndsWith("Traffic on the road between Kabul and Kandahar remains suspended.", text);
        Assert.DoesNotContain("Support EastWatch", text);
        Assert.DoesNotContain("$", text);
        Assert.DoesNotContain("BITCOIN", text);
        Assert.DoesNotContain("French", text);
        Assert.DoesNotContain("Leave a Reply", text);
        Assert.DoesNotContain("email address", text);
        Assert.Single(text.Split('\n'), line => line.Contains("Militants Tighten Grip"));
    }

    [Fact]
    public void Donation_appeals_and_wallets_become_typed_features()
    {
        var cleaned = Cleaner.Clean(Fixture.Text("partisan_donation.txt"));
        var wallets = cleaned.Features.Where(f => f.Kind == PageFeature.WalletAddress).Select(f => f.Text).ToList();
        Assert.Equal(
            ["XMR:47sfFpXtGyBbRjYqgVwq3Kdz8HgVYeUCQLmZt5vHkjdfR9wSm2KaNbuEDrT6PxcYoQ1JfA3hLiuWzG4nBMpe8VsdTHjk7Xo",
             "BTC:bc1q9xw3ms0d7r4ktvufh2yz8n6pjcl5eq0ga3wxz7",
             "ETH:0x7a4f19c2be83d0a5f6e21b9c4d3e08f7a6b5c2d1"],
            wallets);
        var appeals = cleaned.Features.Where(f => f.Kind == PageFeature.DonationAppeal).Select(f => f.Text).ToList();
        Assert.Contains("Support EastWatch", appeals);
        Assert.Contains("Value our reporting? Please support us with a small gift!", appeals);
        Assert.Contains("1,000 $", appeals);
    }

    [Fact]
    public void Prose_that_mentions_donations_is_kept()
    {
        const string text = "Officials said foreign donations to the provincial hospital had dried up since the spring, leaving the wards short of antibiotics and fuel for the generators, and asked donors to help us now in a written appeal published on Monday by the health directorate.";
        var cleaned = Cleaner.Clean(text);
        Assert.Equal(text, cleaned.Text);
        Assert.Empty(cleaned.Features);
    }

    [Fact]
    public void Comment_section_is_cut_with_everything_after_it()
    {
        var cleaned = Cleaner.Clean("Two soldiers were killed in Kunduz.\n\nLeave a Comment\n\nReader42: this is propaganda");
        Assert.Equal("Two soldiers were killed in Kunduz.", cleaned.Text);
    }

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Tweet")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Read this in German here.")]
    [InlineData("You can read this article in Russian: LINK.")]
    [InlineData("Follow us on Telegram")]
    public void Furniture_lines_are_dropped(string line)
    {
        var cleaned = Cleaner.Clean($"A convoy was ambushed in Paktia.\n\n{line}\n\nThree drivers were wounded.");
        Assert.Equal("A convoy was ambushed in Paktia.\n\nThree drivers were wounded.", cleaned.Text);
    }

    [Fact]
    public void Paragraph_breaks_survive_cleaning()
    {
        var cleaned = Cleaner.Clean("First paragraph.\nIts second line.\n\nTweet\n\nSecond paragraph.");
        Assert.Equal("First paragraph.\nIts second line.\n\nSecond paragraph.", cleaned.Text);
    }

    [Fact]
    public void A_line_on_which_a_pattern_runs_out_of_time_is_kept_as_text_not_thrown()
    {
        // Found by fuzzing the HTML reader on a starved machine: a boilerplate pattern's match
        // timeout escaped the reader and lost the page. Nested quantifiers on a long run of one
        // letter with no match at its end take far longer than the millisecond allowed here.
        var slow = new System.Text.RegularExpressions.Regex("^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var cleaner = new BoilerplateCleaner([new BoilerplateRule(BoilerplateAction.Cut, slow)], [new WalletPattern("TEST", slow)], []);
        var hostile = new string('a', 40) + "!";

        var cleaned = cleaner.Clean($"Gunmen attacked a checkpoint.\n\n{hostile}\n\nTwo policemen were wounded.");

        Assert.Equal($"Gunmen attacked a checkpoint.\n\n{hostile}\n\nTwo policemen were wounded.", cleaned.Text);
        Assert.Empty(cleaned.Features);
        Assert.Empty(cleaner.FeaturesOf(hostile));
    }
}

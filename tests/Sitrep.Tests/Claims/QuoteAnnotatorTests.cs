using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Claims;

public class QuoteAnnotatorTests
{
    private static readonly SitrepPipeline Pipeline = PipelineBuilder.Default();

    private static List<Sitrep.Claims.Quote> Quotes(string text) =>
        Pipeline.Process(Article.Create(text, "test", published: new DateOnly(2020, 3, 1))).Quotes;

    [Theory]
    [InlineData("“We will not attend the next round of talks,” the Taliban said in a statement.", "Taliban", "said", "We will not attend the next round of talks,")]
    [InlineData("The governor said: \"Our forces pushed the attackers back before dawn.\"", "The governor", "said", "Our forces pushed the attackers back before dawn.")]
    [InlineData("\"The road to Kandahar is open again,\" said Ahmad Zia, a police spokesman.", "Ahmad Zia", "said", "The road to Kandahar is open again,")]
    [InlineData("Zalmay Khalilzad tweeted: “We are close to an agreement that reduces violence.”", "Zalmay Khalilzad", "tweeted", "We are close to an agreement that reduces violence.")]
    public void Finds_quotation_speaker_and_verb(string text, string speaker, string verb, string content)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal((speaker, verb, content), (quote.Speaker, quote.Verb, quote.Content));
        Assert.Equal(speaker, text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
        Assert.Equal("quote.marks+speaker", quote.Rule);
    }

    [Fact]
    public void Scare_quotes_around_a_word_or_two_are_not_speech() =>
        Assert.Empty(Quotes("The so-called \"peace process\" stalled again while the ‘puppet’ government watched."));

    [Fact]
    public void A_quotation_without_a_speech_verb_is_kept_without_speaker()
    {
        var quote = Assert.Single(Quotes("Banners across the city read “No to foreign troops on our soil”."));
        Assert.Null(quote.Speaker);
        Assert.Equal("quote.marks", quote.Rule);
    }

    [Fact]
    public void Apostrophes_do_not_open_quotations() =>
        Assert.Empty(Quotes("The Taliban’s envoys met the government’s negotiators in Doha on Monday’s session."));
}

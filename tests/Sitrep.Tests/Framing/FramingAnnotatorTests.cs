using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Framing;

public class FramingAnnotatorTests
{
    private static readonly FramingAnnotator Annotator = FramingAnnotator.Load(DataPack.Default);

    private static List<FramingCue> Cues(string text)
    {
        var document = new Document(Article.Create(text, "test"));
        Annotator.Annotate(document);
        return document.Framing;
    }

    [Theory]
    [InlineData("The puppet regime in Kabul has lost control.", "puppet regime", "loaded-term")]
    [InlineData("They fought the Occupiers for two decades.", "Occupiers", "loaded-term")]
    [InlineData("The infidels will be defeated.", "infidels", "dehumanising-label")]
    [InlineData("Muslims must wage   jihad against the invaders.", "wage   jihad", "call-to-violence")]
    [InlineData("Please consider helping us with a small gift.", "consider helping us", "call-to-action")]
    public void Marks_lexicon_phrases_with_their_kind_and_span(string text, string expected, string kind)
    {
        var cue = Assert.Single(Cues(text));
        Assert.Equal((expected, kind, "framing." + kind), (cue.Text, cue.Kind, cue.Rule));
        Assert.Equal(expected, text[cue.Span.Start..cue.Span.End]);
    }

    [Theory]
    [InlineData("Police said two soldiers were killed in Ghazni on Monday.")]
    [InlineData("The puppeteer festival in Herat drew crowds.")]
    [InlineData("Talks with the government resumed in Doha.")]
    public void Neutral_reporting_has_no_cues(string text) => Assert.Empty(Cues(text));

    [Fact]
    public void A_cue_does_not_match_inside_a_hyphenated_or_longer_word() =>
        Assert.Empty(Cues("The pro-occupation-era archive and the donatello exhibit reopened."));
}

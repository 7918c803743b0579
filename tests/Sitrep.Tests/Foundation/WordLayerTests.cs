using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class WordLayerTests
{
    private const string Text = "Gunmen killed thirty-seven people. 10,000 fled on Monday.";

    [Fact]
    public void TokenizesASpanIntoWordsWithOffsets()
    {
        var words = new WordLayer(Text).Of(new Span(0, 34));

        Assert.Equal(["Gunmen", "killed", "thirty-seven", "people", "."], words.Select(w => w.Text));
        Assert.Equal((14, 26), (words[2].Start, words[2].End));
    }

    [Fact]
    public void TheSameSpanIsTokenizedOnceAndShared()
    {
        var layer = new WordLayer(Text);
        var second = new Span(35, Text.Length);

        Assert.Same(layer.Of(second), layer.Of(second));
        Assert.Equal("10,000", layer.Of(second)[0].Text);
    }

    [Fact]
    public void TheEventRulesTokensOfASpanAreMadeOnceWithTheirLowerCase()
    {
        var layer = new WordLayer(Text);
        var first = new Span(0, 34);
        var (tokens, lower) = layer.LexOf(first);

        // the event rules' split keeps hyphens apart: "thirty-seven" is three tokens
        Assert.Equal(["Gunmen", "killed", "thirty", "-", "seven", "people", "."], tokens.Select(t => t.Text));
        Assert.Equal(["gunmen", "killed", "thirty", "-", "seven", "people", "."], lower);
        Assert.Same(tokens, layer.LexOf(first).Tokens);
        Assert.Same(lower, layer.LexOf(first).Lower);
    }
}

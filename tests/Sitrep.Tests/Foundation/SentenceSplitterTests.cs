using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = SentenceSplitter.Load(DataPack.Default);

    private static string[] Split(string text) => Splitter.Split(text).Select(s => s.Span.Of(text)).ToArray();

    [Theory]
    [InlineData("The U.S. military said two soldiers died. The Taliban denied it.", 2)]
    [InlineData("Gen. Scott Miller met Mr. Ghani in Kabul. They spoke for an hour.", 2)]
    [InlineData("Checkpoint No. 3 was overrun at dawn. Police fled.", 2)]
    [InlineData("J. R. Allen visited Kabul. He left on Monday.", 2)]
    [InlineData("Turnout fell to 2.5 per cent in Kandahar. Officials blamed threats.", 2)]
    [InlineData("\"We will not stop,\" the spokesman said. \"Never.\"", 2)]
    [InlineData("He said: \"The attack failed.\" Then he left.", 2)]
    [InlineData("Were they warned? Nobody knows! The inquiry continues.", 3)]
    [InlineData("Lt. Col. Ahmadi, a U.N. adviser, arrived at 9 a.m. on Friday.", 1)]
    [InlineData("The talks resumed in Doha, e.g. on prisoners, etc. and ended late.", 1)]
    [InlineData("Forces of the U.S.-led coalition withdrew.", 1)]
    [InlineData("He was flown to the U.S. The hospital confirmed it.", 2)]
    public void Counts_sentences_around_abbreviations_initials_numbers_and_quotes(string text, int expected) =>
        Assert.Equal(expected, Split(text).Length);

    [Fact]
    public void Heading_without_final_punctuation_is_its_own_sentence()
    {
        var text = "Taliban Seize District Centre In Faryab\n\nFighters overran the centre on Sunday. Police withdrew.";
        var sentences = Splitter.Split(text);
        Assert.Equal(["Taliban Seize District Centre In Faryab", "Fighters overran the centre on Sunday.", "Police withdrew."],
            sentences.Select(s => s.Span.Of(text)));
        Assert.Equal([0, 1, 1], sentences.Select(s => s.Paragraph));
        Assert.Equal("sentence.line", sentences[0].Rule);
    }

    [Fact]
    public void Line_broken_mid_sentence_is_joined_back()
    {
        var text = "The envoy hoped the two sides would reach\n\nan agreement before spring. Talks resume Monday.";
        Assert.Equal(["The envoy hoped the two sides would reach\n\nan agreement before spring.", "Talks resume Monday."], Split(text));
    }

    [Fact]
    public void Consecutive_heading_lines_split_and_paragraphs_count_up()
    {
        var text = "News:\nA bomb exploded in Jalalabad.\n\nComment:\nThe occupation must end.";
        var sentences = Splitter.Split(text);
        Assert.Equal(["News:", "A bomb exploded in Jalalabad.", "Comment:", "The occupation must end."], sentences.Select(s => s.Span.Of(text)));
        Assert.Equal([0, 0, 1, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Spans_point_into_the_text_and_never_overlap()
    {
        var text = "  First one.  Second one!\n\n\nThird without end";
        var sentences = Splitter.Split(text);
        Assert.Equal(["First one.", "Second one!", "Third without end"], sentences.Select(s => s.Span.Of(text)));
        for (var i = 1; i < sentences.Count; i++) Assert.True(sentences[i - 1].Span.End <= sentences[i].Span.Start);
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Blank_text_has_no_sentences(string text) => Assert.Empty(Split(text));
}

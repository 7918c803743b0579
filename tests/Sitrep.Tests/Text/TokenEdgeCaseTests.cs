using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// Where the words and the finer views of the one token layer differ on purpose, each keeps what
/// its reader needs: numbers, clock times, abbreviations, apostrophes and glued kind words.
/// </summary>
public class TokenEdgeCaseTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Text)];

    private static string[] Lex(string text) => [.. LexView.Of(text).Select(t => t.Text)];

    private static string[] Places(string text) => [.. PlaceView.Of(text).Select(t => t.Fold)];

    [Fact]
    public void ADecimalCommaIsThreeWordsButOneFinerToken()
    {
        Assert.Equal(["4", ",", "7", "hurt"], Words("4,7 hurt"));
        Assert.Equal(["4,7", "hurt"], Lex("4,7 hurt"));
    }

    [Fact]
    public void OnlyThousandsGroupsJoinAWordButAnyDigitsJoinAFinerToken()
    {
        Assert.Equal(["86,000", "and", "2", ",", "4567", "and", "6", ",", "7", ",", "8"], Words("86,000 and 2,4567 and 6,7,8"));
        Assert.Equal(["86,000", "and", "2,4567", "and", "6,7,8"], Lex("86,000 and 2,4567 and 6,7,8"));
        Assert.Equal(["15,2", "-", "day"], Lex("15,2-day"));
    }

    [Fact]
    public void AClockTimeIsOneWordAndThreeFinerTokens()
    {
        Assert.Equal(["at", "07:45"], Words("at 07:45"));
        Assert.Equal(["at", "07", ":", "45"], Lex("at 07:45"));
    }

    [Fact]
    public void AnAbbreviationWithPeriodsKeepsItsInnerPeriodsOnlyAsAWord()
    {
        Assert.Equal(["6", "p.m", "."], Words("6 p.m."));
        Assert.Equal(["6", "p", ".", "m", "."], Lex("6 p.m."));
        Assert.Equal(["e", ".", "g", "later"], Words("e.g later"));
    }

    [Fact]
    public void ASpanEndingJustAfterAnAbbreviationReadsAsThatSpanAlone()
    {
        const string text = "left at 9 p.m then";
        var layer = new WordLayer(text);

        Assert.Equal(["p", ".", "m", "then"], layer.All.Skip(3).Select(t => t.Text));
        Assert.Equal(["left", "at", "9", "p.m"], layer.Of(new Span(0, 13)).Select(t => t.Text));
    }

    [Fact]
    public void ASpanCutMidWordReadsAsThatSpanAlone()
    {
        const string text = "about 12,3456 fled";
        var layer = new WordLayer(text);

        Assert.Equal(["about", "12,345"], layer.Of(new Span(0, 12)).Select(t => t.Text));
        Assert.Equal(["12,345"], layer.LexOf(new Span(6, 12)).Tokens.Select(t => t.Text));
    }

    [Fact]
    public void CurlyAndAcuteApostrophesJoinAWordReadAsPlainAndSplitTheFinerView()
    {
        var words = Tokenizer.Tokenize("Haqqani\u2019s and Mirwais\u00B4 men");
        Assert.Equal(["Haqqani\u2019s", "and", "Mirwais", "\u00B4", "men"], words.Select(t => t.Text));
        Assert.Equal("haqqani's", words[0].Lower);
        Assert.Equal(1, words[0].Joints);
        Assert.Equal(["Haqqani", "\u2019", "s", "and", "Mirwais", "\u00B4", "men"], Lex("Haqqani\u2019s and Mirwais\u00B4 men"));
    }

    [Fact]
    public void ThePlaceViewDropsAPossessiveKeepsAnInnerApostropheAndSplitsHyphens()
    {
        Assert.Equal(["kunar", "in", "qalah", "ye", "kah"], Places("Kunar\u2019s in Qal\u2018ah-ye Kah"));
        Assert.Equal(["deh", "rawud"], Places("Deh-Rawud's"));
    }

    [Fact]
    public void AKindWordGluedToACapitalisedNameIsItsOwnPlaceWordButNotItsOwnWord()
    {
        Assert.Equal(["Chaharbolakdistrict"], Words("Chaharbolakdistrict"));
        Assert.Equal(["chaharbolak", "district", "of", "balkh"], Places("Chaharbolakdistrict of Balkh"));
        Assert.Equal(["kunduzprovince"], Places("kunduzprovince"));
    }
}

using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// On random strings built from the characters where the old scanners disagreed (commas and
/// periods between digits, colons, hyphens, every apostrophe, "a.m.", glued kind words), each view
/// of the one token layer equals what its old scanner (<see cref="OldScanners"/>) gave: the words,
/// the event rules' finer split, the place words, and the layer's per-span views, whether a span is
/// sliced from the whole text's tokens or cut mid-word. Seeds are fixed so a failure repeats.
/// </summary>
public class TokenViewPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "m", "p", "s", "S", "A", "T", "x", "é", "0", "1", "3", "5", "9", "12", "000", "345",
        ",", ".", ":", "-", "\u2010", "\u2011", "\u2013", "'", "\u2019", "\u2018", "\u00B4", "`", "\u02BC", "\u02BB",
        " ", " ", "\n", "(", ")", "\"", "%", "$",
        "a.m.", "p.m", "U.S.", "1,000", "1,5", "10:30", "Zurmatdistrict", "Nangarharprovince", "Taliban's", "Qal'eh-ye",
        "didn't", "25-year-old", "3.5", "12.06.2021", "1,2,3",
    ];

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 16);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < length; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static IEnumerable<string> Texts(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++) yield return RandomText(random);
    }

    private static string Show(IEnumerable<WordToken> tokens) => string.Join(" | ", tokens.Select(t => $"{t.Text}/{t.Lower}@{t.Start}-{t.End}"));

    private static string Show(IEnumerable<LexToken> tokens) => string.Join(" | ", tokens.Select(t => $"{t.Text}@{t.Start}-{t.End}"));

    private static string Show(IEnumerable<TextToken> tokens) => string.Join(" | ", tokens);

    [Fact]
    public void TheTokenizerGivesTheOldWordsAndCountsTheMarksItJoins()
    {
        var random = new Random(17);
        foreach (var text in Texts(1, 20_000))
        {
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var tokens = Tokenizer.Tokenize(text, start, end);
            Assert.Equal(Show(OldScanners.Words(text, start, end)), Show(tokens));
            foreach (var t in tokens)
                Assert.Equal(t.IsWord ? t.Text.Count(c => !char.IsLetterOrDigit(c)) : 0, t.Joints);
        }
    }

    [Fact]
    public void TheLexViewOfAnyRangeIsWhatTheOldLexerGave()
    {
        var random = new Random(18);
        foreach (var text in Texts(2, 20_000))
        {
            Assert.Equal(Show(OldScanners.Lexer(text)), Show(LexView.Of(text)));
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            Assert.Equal(Show(OldScanners.Lexer(text, start, end)), Show(LexView.Of(text, Tokenizer.Tokenize(text, start, end))));
        }
    }

    [Fact]
    public void ThePlaceViewIsWhatTheOldPlaceTokenizerGave()
    {
        foreach (var text in Texts(3, 20_000))
            Assert.Equal(Show(OldScanners.Places(text)), Show(PlaceView.Of(text)));
    }

    [Fact]
    public void TheLayersViewsOfAnySpanAreWhatTheOldScannersGaveForThatSpanAlone()
    {
        var random = new Random(19);
        foreach (var text in Texts(4, 10_000))
        {
            var layer = new WordLayer(text);
            var all = layer.All;
            Assert.Equal(Show(OldScanners.Words(text, 0, text.Length)), Show(all));
            // edges at token edges are sliced from the whole text's tokens; others are cut mid-word
            var edges = all.SelectMany(t => new[] { t.Start, t.End }).Append(0).Append(text.Length).ToList();
            for (var k = 0; k < 6; k++)
            {
                int a, b;
                if (k % 2 == 0) (a, b) = (edges[random.Next(edges.Count)], edges[random.Next(edges.Count)]);
                else (a, b) = (random.Next(0, text.Length + 1), random.Next(0, text.Length + 1));
                var span = new Span(Math.Min(a, b), Math.Max(a, b));
                Assert.Equal(Show(OldScanners.Words(text, span.Start, span.End)), Show(layer.Of(span)));
                var old = OldScanners.Lexer(text, span.Start, span.End);
                var (tokens, lower) = layer.LexOf(span);
                Assert.Equal(Show(old), Show(tokens));
                Assert.Equal(old.Select(t => t.Text.ToLowerInvariant()), lower);
            }
        }
    }
}

using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Foundation;

public class WordClassesTests
{
    [Fact]
    public void ReadsEachClassAsASetOfWords()
    {
        var classes = WordClasses.Parse(["negator\tnot never", "clause-opener\twhile  but"], ["January\t1", "Jan\t1", "May\t5"]);

        Assert.True(classes["negator"].SetEquals(["not", "never"]));
        Assert.True(classes["clause-opener"].SetEquals(["while", "but"]));
    }

    [Fact]
    public void MonthsAreTheLongestSpellingOfEachMonthInTheTimeData()
    {
        var classes = WordClasses.Parse([], ["January\t1", "Jan\t1", "September\t9", "Sept\t9", "Sep\t9"]);

        Assert.True(classes["month"].SetEquals(["january", "september"]));
    }

    [Fact]
    public void AnUnknownClassIsAnErrorNotAnEmptySet()
    {
        var classes = WordClasses.Parse(["negator\tnot"], []);

        var e = Assert.Throws<KeyNotFoundException>(() => classes["negatr"]);
        Assert.Contains("negatr", e.Message);
    }

    [Theory]
    [InlineData("negator not never")] // no tab
    [InlineData("\tnot")] // no class name
    public void AMalformedLineIsAFormatError(string line) =>
        Assert.Throws<FormatException>(() => WordClasses.Parse([line], []));

    [Fact]
    public void AClassListedTwiceIsAFormatError() =>
        Assert.Throws<FormatException>(() => WordClasses.Parse(["negator\tnot", "negator\tnever"], []));

    [Fact]
    public void TheShippedFileHoldsEveryClassTheRulesRead()
    {
        var classes = WordClasses.Load(DataPack.Default);

        foreach (var name in new[] { "negator", "negated-auxiliary", "hypothetical", "future-auxiliary", "commitment-verb", "future-governor",
                     "realis-governor", "denial-verb", "report-verb", "present-report-verb", "hearsay-adverb", "occurrence-verb",
                     "vague-quantifier", "clause-opener", "verb-context", "determiner", "preposition", "be-form", "subject-report-verb",
                     "claim-verb", "claim-object", "blame-verb", "attack-noun", "claim-speech-verb", "plan-participle", "statement-noun",
                     "comment-verb", "casualty-auxiliary", "perfect-auxiliary", "passive-auxiliary", "phrase-stop", "passive-follower",
                     "casualty-determiner", "pronoun", "month" })
            Assert.NotEmpty(classes[name]);
        Assert.Contains("december", classes["month"]);
        Assert.True(classes["present-report-verb"].IsSubsetOf(classes["report-verb"]));
    }
}

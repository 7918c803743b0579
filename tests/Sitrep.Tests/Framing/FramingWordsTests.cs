using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Framing;

/// <summary>
/// The single pass over a sentence's words (FramingWords) only saves time: it must give what the
/// gate, the phrase lookup and a look at every word give apart, and the speech regions it lets
/// skip must be those that report nothing.
/// </summary>
public class FramingWordsTests
{
    private static readonly FramingLexicon Lexicon = FramingLexicon.Load(DataPack.Default);

    private static List<string> GoldAndDemoTexts() =>
        [.. new[] { "framing/dev.jsonl", "framing/dev_categories.jsonl", "framing/dev_exaggeration_fear.jsonl", "realworld/dev.jsonl" }
            .SelectMany(f => File.ReadLines(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "tests", "gold", f)))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Concat(Directory.GetFiles(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "samples"), "*.txt").Select(File.ReadAllText))];

    [Fact]
    public void One_pass_gives_the_gate_the_phrases_and_the_reporting_words_of_the_passes_apart()
    {
        var (needed, apart) = (new bool[Lexicon.Gate.Count], new bool[Lexicon.Gate.Count]);
        var (found, foundApart) = (new List<(int, int, int)>(), new List<(int, int, int)>());
        var (sentences, reporting, phrases) = (0, 0, 0);
        var pipeline = PipelineBuilder.Default();
        foreach (var text in GoldAndDemoTexts())
        {
            var document = pipeline.Process(Article.Create(text, "t"));
            foreach (var sentence in document.Sentences.Select(s => s.Span))
            {
                var words = document.Words.Of(sentence);
                found.Clear();
                foundApart.Clear();
                var reports = Lexicon.Words.Read(text, sentence, words, needed, found, []);
                Lexicon.Gate.Mark(words, apart);
                Lexicon.PhraseMatcher.Find(text, sentence, words, foundApart);
                Assert.Equal(apart, needed);
                Assert.Equal(foundApart, found);
                // a word that reports makes the sentence one that may report; past ASCII letters the pass says "may" without looking
                var verbOrAccording = words.Any(w => w.IsWord && (Lexicon.ReportingVerbs.Contains(w.Lower) || w.Lower == "according"));
                Assert.True(reports || !verbOrAccording, text[sentence.Start..sentence.End]);
                if (words.All(w => System.Text.Ascii.IsValid(w.Lower))) Assert.Equal(verbOrAccording, reports);
                (sentences, reporting, phrases) = (sentences + 1, reporting + (reports ? 1 : 0), phrases + found.Count);
            }
        }
        // the comparison proves little unless both answers occur often
        Assert.True(sentences > 600 && reporting > 200 && sentences - reporting > 200 && phrases > 100, $"{sentences} sentences, {reporting} reporting, {phrases} phrases");
    }

    [Fact]
    public void The_speech_regions_found_with_the_pass_are_those_of_every_sentence()
    {
        var pipeline = PipelineBuilder.Default();
        var regions = 0;
        foreach (var text in GoldAndDemoTexts())
        {
            var document = pipeline.Process(Article.Create(text, "t")); // the annotator found and kept them with the pass
            var all = SpeechRegions.Find(document, Lexicon.ReportingVerbs);
            Assert.Equal(all, SpeechRegions.Of(document, Lexicon.ReportingVerbs));
            regions += all.Count;
        }
        Assert.True(regions > 200, $"only {regions} regions");
    }

    [Theory]
    [InlineData("Thousands of people could have been killed in the blast.", true)]
    [InlineData("Two people were killed in the blast.", false)] // "killed" alone: the pattern also needs "thousands" and "could"
    [InlineData("Thousands of people fled as the fighting spread.", false)]
    public void A_pattern_with_word_groups_is_scanned_only_where_every_group_has_a_word(string text, bool scanned)
    {
        var needed = new bool[Lexicon.Gate.Count];
        Lexicon.Gate.Mark(new WordLayer(text).Of(new Span(0, text.Length)), needed);
        var couldHaveDied = Lexicon.Patterns.Select((p, i) => (p.Entry.Kind, i)).Single(x => x.Kind == "fear.could-have-died").i;
        Assert.Equal(scanned, needed[couldHaveDied]);
    }

    [Fact]
    public void A_needs_group_with_an_open_member_gates_nothing_and_the_others_still_gate()
    {
        var classes = new FramingClasses([("harm", ["kill*", "ruin"]), ("small", ["minor", "a few"])]);
        var groups = classes.Needs("{harm} & {small} & only|just", "t.tsv", 1)!;
        Assert.Equal(2, groups.Count);
        Assert.True(groups[0].SetEquals(["minor", "a"]));
        Assert.True(groups[1].SetEquals(["only", "just"]));
        Assert.Null(classes.Needs("{harm}", "t.tsv", 1));
        Assert.Throws<FormatException>(() => classes.Needs("only & |", "t.tsv", 1));
    }
}

using System.Text.RegularExpressions;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Framing;

public class FramingClassesTests
{
    private static FramingClasses Classes(params (string Name, string[] Members)[] classes) =>
        new(classes.Select(c => (c.Name, (IReadOnlyList<string>)c.Members)));

    [Fact]
    public void A_class_reference_becomes_an_alternation_of_its_members_longest_first()
    {
        var pattern = Classes(("people_noun", ["sons", "sons and daughters", "patriot*"])).Expand(@"\b{people_noun}\b", "t.tsv", 1);
        var match = Regex.Match("the sons  and daughters of the land", pattern, RegexOptions.IgnoreCase);
        Assert.Equal("sons  and daughters", match.Value);
        Assert.Matches(pattern, "true patriots");
    }

    [Fact]
    public void A_quantifier_is_not_read_as_a_class() =>
        Assert.Equal(@"a{1,30}(?:x)", Classes(("c", ["x"])).Expand("a{1,30}{c}", "t.tsv", 1));

    [Fact]
    public void An_unknown_class_names_the_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => Classes(("c", ["x"])).Expand("{nope}", "framing/patterns.tsv", 7));
        Assert.Contains("framing/patterns.tsv:7", error.Message);
        Assert.Contains("{nope}", error.Message);
    }

    [Fact]
    public void Every_class_the_shipped_patterns_use_is_defined_and_every_defined_class_is_used()
    {
        var classes = FramingClasses.Read(DataPack.Default.PathOf("framing/classes.tsv"), "framing/classes.tsv");
        var patterns = string.Join("\n", File.ReadLines(DataPack.Default.PathOf("framing/patterns.tsv")).Where(l => !l.StartsWith('#')));
        var used = Regex.Matches(patterns, @"\{([a-z][a-z_]*)\}").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Empty(used.Except(classes.Names));
        Assert.Empty(classes.Names.Except(used));
        Assert.NotEmpty(FramingLexicon.Load(DataPack.Default).Patterns); // every expanded pattern compiles
    }

    [Fact]
    public void A_cue_from_a_pattern_explains_itself_with_the_class_names_not_the_expansion()
    {
        var cue = Assert.Single(FramingAnnotatorTests.Cues("The governor repeated his empty promises of new roads."));
        Assert.Contains("{discredit_adj}", cue.Entry);
    }

    /// <summary>
    /// The gate only saves time: over the framing dev passages, the real-world dev texts and the
    /// demo corpus, scanning only the sentences whose words call
    /// for a scan gives the same cues, in the same order, as every scan over the whole text.
    /// </summary>
    [Fact]
    public void The_sentence_gate_never_turns_away_a_cue_the_whole_text_scan_finds()
    {
        var lexicon = FramingLexicon.Load(DataPack.Default);
        Assert.True(lexicon.Patterns.Count(p => p.Entry.Needs is not null) > lexicon.Patterns.Count / 2);
        var texts = new[] { "framing/dev.jsonl", "framing/dev_categories.jsonl", "realworld/dev.jsonl" }
            .SelectMany(f => File.ReadLines(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "tests", "gold", f)))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Concat(Directory.GetFiles(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "samples"), "*.txt").Select(File.ReadAllText))
            .ToList();
        Assert.True(texts.Count > 200);
        var pipeline = PipelineBuilder.Default();
        var framing = (FramingAnnotator)pipeline.Annotators.Single(a => a.Name == "framing");
        var found = 0;
        foreach (var text in texts)
        {
            var document = pipeline.Process(Sitrep.Documents.Article.Create(text, "t"));
            var gated = framing.Candidates(document);
            // the gated pass goes sentence by sentence: the same cues, and for one start the same order
            Assert.Equal(framing.UngatedCandidates(document).OrderBy(c => c.Span.Start), gated.OrderBy(c => c.Span.Start));
            found += gated.Count;
        }
        Assert.True(found > 200, $"only {found} cues: the comparison would prove little");
    }

    [Fact]
    public void A_sentence_without_any_word_a_pattern_needs_is_not_scanned()
    {
        var lexicon = FramingLexicon.Load(DataPack.Default);
        var gate = lexicon.Gate;
        var needed = new bool[gate.Count];
        gate.Mark(Words("Two policemen were wounded in Ghazni on Monday."), needed);
        Assert.DoesNotContain(true, needed);
        // "history will judge" needs "history", and only that pattern is called for by it
        gate.Mark(Words("History will judge them."), needed);
        var history = lexicon.Patterns.Select((p, i) => (p.Entry.Kind, i)).Single(x => x.Kind == "flag.history-will-judge").i;
        Assert.True(needed[history]);
        Assert.True(needed.Count(n => n) < gate.Count / 4);
    }

    [Theory]
    [InlineData("Three fighters were martyred.", "martyred")] // an open phrase: the start of a word
    [InlineData("The PUPPET   regime fell.", "PUPPET   regime")] // any white space for a space, any case
    [InlineData("He spoke of so-called peace.", "so-called")]
    [InlineData("An anti-crusader rally; the crusaders' camp.", "crusaders")] // not after a hyphen
    [InlineData("The puppets and the puppeteer.", "puppets")]
    public void A_phrase_is_found_from_the_words_as_the_lexicon_regex_finds_it(string text, string first)
    {
        var lexicon = FramingLexicon.Load(DataPack.Default);
        var found = new List<(int Start, int End, int Phrase)>();
        var whole = new Sitrep.Text.Span(0, text.Length);
        lexicon.PhraseMatcher.Find(text, whole, Words(text), found);
        Assert.Equal(lexicon.Phrases.Matches(text).Select(m => (m.Index, m.Index + m.Length)), found.Select(f => (f.Start, f.End)));
        Assert.Equal(first, text[found[0].Start..found[0].End]);
        Assert.All(found, f => Assert.Equal(lexicon.EntryOf(text[f.Start..f.End]), lexicon.PhraseEntry(f.Phrase)));
    }

    private static IReadOnlyList<Sitrep.Text.WordToken> Words(string text) =>
        new Sitrep.Text.WordLayer(text).Of(new Sitrep.Text.Span(0, text.Length));
}

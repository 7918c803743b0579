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

    /// <summary>The needs column only saves time: over the gold passages and the demo corpus, no pattern matches a text its gate turns away.</summary>
    [Fact]
    public void A_patterns_word_gate_never_turns_away_a_text_it_matches()
    {
        var lexicon = FramingLexicon.Load(DataPack.Default);
        Assert.True(lexicon.Patterns.Count(p => p.Entry.Needs is not null) > lexicon.Patterns.Count / 2);
        var texts = new[] { "dev.jsonl", "dev_categories.jsonl" }
            .SelectMany(f => File.ReadLines(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "tests", "gold", "framing", f)))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Concat(Directory.GetFiles(Path.Combine(Sitrep.Tests.Evaluation.RepoPaths.Root, "samples"), "*.txt").Select(File.ReadAllText))
            .ToList();
        Assert.True(texts.Count > 100);
        var turnedAway = new List<string>();
        foreach (var text in texts)
        {
            var words = FramingAnnotator.WordSet(new Sitrep.Pipeline.Document(Sitrep.Documents.Article.Create(text, "t")));
            foreach (var (pattern, entry) in lexicon.Patterns)
                if (!entry.MayMatch(words) && pattern.Matches(text).Count > 0)
                    turnedAway.Add($"{entry.Kind} (line {entry.Line}): {text[..Math.Min(60, text.Length)]}");
        }
        Assert.Empty(turnedAway);
    }
}

using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Where the framing stage's time goes: each pattern and the phrase lexicon over the sentences their gate lets through, the
/// gated candidate pass and the speech regions, timed over the demo corpus and a generated one after every regex is compiled,
/// beside the rest of the pipeline. `framing-profile [rounds]`.
/// </summary>
public static class FramingProfile
{
    public static int Run(int rounds)
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sitrep-framing-profile-{Environment.ProcessId}.jsonl");
        CorpusGenerator.Generate(corpus, 200);
        var articles = SourceReader.Default().Read([corpus]).Select(r => r.Article!).ToList();
        File.Delete(corpus);
        var samples = Path.Combine(Directory.GetCurrentDirectory(), "samples");
        if (Directory.Exists(samples)) articles.AddRange(SourceReader.Default().Read([samples]).Where(r => r.Article is not null).Select(r => r.Article!));
        var pipeline = PipelineBuilder.Default();
        var framing = (FramingAnnotator)pipeline.Annotators.Single(a => a.Name == "framing");
        var lexicon = framing.Lexicon;
        for (var i = 0; i < 5; i++) foreach (var a in articles) pipeline.Process(a); // past the tiers

        var stage = FramingShare.StageTimes(pipeline, articles, rounds);
        // the other stages once; then framing's parts again and again over the same documents
        var documents = articles.Select(a =>
        {
            var d = new Document(a);
            foreach (var annotator in pipeline.Annotators.Where(x => x.Name != "framing")) annotator.Annotate(d);
            return d;
        }).ToList();
        var parts = new List<(string Name, long Ticks)>();
        var (whole, regions, gatedRegions, candidates, marks, sentencesScanned, sentencesAll) = (0L, 0L, 0L, 0L, 0L, 0, 0);
        var perPattern = new long[lexicon.Patterns.Count];
        var perPatternSentences = new int[lexicon.Patterns.Count];
        var (phrases, phraseRegex) = (0L, 0L);
        var phraseMatches = new List<(int, int, int)>();
        var needed = new bool[lexicon.Gate.Count];
        for (var r = 0; r < rounds; r++)
            foreach (var document in documents)
            {
                document.Framing.Clear();
                var t = Stopwatch.GetTimestamp();
                framing.Annotate(document);
                whole += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                var found = framing.Candidates(document);
                candidates += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                SpeechRegions.Find(document, lexicon.ReportingVerbs);
                regions += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                SpeechRegions.Find(document, lexicon.ReportingVerbs, s => found.Any(c => s.Start <= c.Span.Start && c.Span.Start < s.End));
                gatedRegions += Stopwatch.GetTimestamp() - t;
                // each scan alone, over the sentences the gate lets through
                foreach (var sentence in document.Sentences.Select(s => s.Span))
                {
                    t = Stopwatch.GetTimestamp();
                    lexicon.Gate.Mark(document.Words.Of(sentence), needed);
                    marks += Stopwatch.GetTimestamp() - t;
                    sentencesAll++;
                    if (needed.Any(n => n)) sentencesScanned++;
                    t = Stopwatch.GetTimestamp();
                    phraseMatches.Clear();
                    lexicon.PhraseMatcher.Find(document.Text, sentence, document.Words.Of(sentence), phraseMatches);
                    phrases += Stopwatch.GetTimestamp() - t;
                    t = Stopwatch.GetTimestamp();
                    lexicon.Phrases.Matches(document.Text, sentence.Start, sentence.Length);
                    phraseRegex += Stopwatch.GetTimestamp() - t;
                    for (var p = 0; p < lexicon.Patterns.Count; p++)
                    {
                        if (!needed[p]) continue;
                        t = Stopwatch.GetTimestamp();
                        lexicon.Patterns[p].Pattern.Matches(document.Text, sentence.Start, sentence.Length);
                        perPattern[p] += Stopwatch.GetTimestamp() - t;
                        perPatternSentences[p]++;
                    }
                }
            }
        Console.WriteLine($"sentences with any scan: {sentencesScanned} of {sentencesAll}");
        parts.Add(("framing annotator, on annotated documents", whole));
        parts.Add(("gated candidates (phrases, patterns, neutral)", candidates));
        parts.Add(("speech regions, every sentence", regions));
        parts.Add(("speech regions, sentences with a cue", gatedRegions));
        parts.Add(("gate (marking the scans of each sentence)", marks));
        parts.Add(("phrases looked up by word, every sentence", phrases));
        parts.Add(("phrases as one regex, every sentence (as before)", phraseRegex));
        for (var p = 0; p < lexicon.Patterns.Count; p++)
        {
            var entry = lexicon.Patterns[p].Entry;
            parts.Add(($"{entry.Kind} (line {entry.Line}, {perPatternSentences[p]} sentences)", perPattern[p]));
        }
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var total = stage.Values.Sum();
        Console.WriteLine($"{articles.Count} articles x {rounds} rounds; whole pipeline {total:F0} ms; framing {stage["framing"]:F0} ms = {stage["framing"] / (total - stage["framing"]):P1} of the rest");
        foreach (var (name, ms) in stage.OrderByDescending(s => s.Value)) Console.WriteLine($"  stage {name,-14} {ms,8:F0} ms");
        foreach (var (name, ticks) in parts.OrderByDescending(p => p.Ticks).Take(25)) Console.WriteLine($"  {name,-44} {Ms(ticks),8:F1} ms");
        return 0;
    }
}

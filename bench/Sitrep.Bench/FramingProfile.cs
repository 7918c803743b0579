using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Framing;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Where the framing stage's time goes, on the two corpora of <see cref="FramingShare"/> (generated wire stories; the
/// demo texts and the framing dev passages): the stage beside the others, then framing's parts timed again and again over
/// documents the other stages made: the word gate, the phrase lookup, each pattern over the sentences its gate lets
/// through, the neutral uses, the speech regions, the rest of the annotator (sentence cues, overlaps, voices) and the
/// stored summary. `framing-profile [rounds]`.
/// </summary>
public static class FramingProfile
{
    public static int Run(int rounds)
    {
        var pipeline = PipelineBuilder.Default();
        var recorder = ArticleFramingRecorder.Load(DataPack.Default);
        Console.WriteLine($"{rounds} rounds, one thread; load average {FramingShare.LoadAverage()}");
        Profile("generated (wire)", FramingShare.Generated(null), pipeline, recorder, rounds);
        Profile("framed (samples + framing dev)", FramingShare.Framed(), pipeline, recorder, rounds);
        return 0;
    }

    private static void Profile(string name, List<Article> articles, SitrepPipeline pipeline, ArticleFramingRecorder recorder, int rounds)
    {
        var framing = (FramingAnnotator)pipeline.Annotators.Single(a => a.Name == "framing");
        var lexicon = framing.Lexicon;
        for (var i = 0; i < 3; i++) foreach (var a in articles) recorder.Json(pipeline.Process(a)); // past the tiers

        var stage = FramingShare.StageTimes(pipeline, articles, rounds);
        // the other stages once; then framing's parts again and again over the same documents
        var documents = articles.Select(a =>
        {
            var d = new Document(a);
            foreach (var annotator in pipeline.Annotators.Where(x => x.Name != "framing")) annotator.Annotate(d);
            return d;
        }).ToList();
        var (whole, summary, regions, candidates, marks, phrases, neutral) = (0L, 0L, 0L, 0L, 0L, 0L, 0L);
        var (sentencesScanned, sentencesAll, sentencesWithCue) = (0, 0, 0);
        var perPattern = new long[lexicon.Patterns.Count];
        var perPatternSentences = new int[lexicon.Patterns.Count];
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
                recorder.Json(document);
                summary += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                var found = framing.Candidates(document);
                candidates += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                SpeechRegions.Find(document, lexicon.ReportingVerbs);
                regions += Stopwatch.GetTimestamp() - t;
                // each part alone, sentence by sentence, as the candidate pass runs it
                foreach (var sentence in document.Sentences.Select(s => s.Span))
                {
                    var words = document.Words.Of(sentence);
                    t = Stopwatch.GetTimestamp();
                    lexicon.Gate.Mark(words, needed);
                    marks += Stopwatch.GetTimestamp() - t;
                    sentencesAll++;
                    if (needed.Any(n => n)) sentencesScanned++;
                    t = Stopwatch.GetTimestamp();
                    phraseMatches.Clear();
                    lexicon.PhraseMatcher.Find(document.Text, sentence, words, phraseMatches);
                    phrases += Stopwatch.GetTimestamp() - t;
                    for (var p = 0; p < lexicon.Patterns.Count; p++)
                    {
                        if (!needed[p]) continue;
                        t = Stopwatch.GetTimestamp();
                        lexicon.Patterns[p].Pattern.Matches(document.Text, sentence.Start, sentence.Length);
                        perPattern[p] += Stopwatch.GetTimestamp() - t;
                        perPatternSentences[p]++;
                    }
                    if (!found.Any(c => sentence.Start <= c.Span.Start && c.Span.Start < sentence.End)) continue;
                    sentencesWithCue++;
                    t = Stopwatch.GetTimestamp();
                    foreach (var (pattern, _) in lexicon.Neutral) pattern.Matches(document.Text, sentence.Start, sentence.Length);
                    neutral += Stopwatch.GetTimestamp() - t;
                }
            }
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / rounds;
        var total = stage.Values.Sum();
        var framingMs = stage["framing"];
        Console.WriteLine($"{name}: {articles.Count} articles; a round: pipeline {total / rounds:F0} ms, framing stage {framingMs / rounds:F1} ms = {framingMs / (total - framingMs):P1} of the other stages");
        Console.WriteLine($"  sentences a round: {sentencesAll / rounds}, scanned by some pattern {sentencesScanned / rounds}, holding a cue {sentencesWithCue / rounds}");
        Console.WriteLine("  framing's parts, alone over the annotated documents, ms a round:");
        var parts = new List<(string Name, double Ms)>
        {
            // the annotator finds a document's speech regions once and reuses them in later rounds
            ("annotator, whole (speech regions reused)", Ms(whole)),
            ("  candidates (gate, phrases, patterns, neutral)", Ms(candidates)),
            ("  rest (sentence cues, overlaps, voices)", Ms(whole - candidates)),
            ("speech regions, found again", Ms(regions)),
            ("stored summary (profile and JSON, regions reused)", Ms(summary)),
            ("gate (the scans each sentence calls for)", Ms(marks)),
            ("phrases, looked up by word", Ms(phrases)),
            ("patterns, all", Ms(perPattern.Sum())),
            ("neutral uses, sentences with a cue", Ms(neutral)),
        };
        foreach (var (part, ms) in parts) Console.WriteLine($"    {part,-52} {ms,7:F2}");
        Console.WriteLine("  patterns, the costliest (sentences scanned a round):");
        foreach (var p in Enumerable.Range(0, lexicon.Patterns.Count).OrderByDescending(p => perPattern[p]).Take(12))
        {
            var entry = lexicon.Patterns[p].Entry;
            Console.WriteLine($"    {$"{entry.Kind} (line {entry.Line}, {perPatternSentences[p] / rounds})",-52} {Ms(perPattern[p]),7:F2}");
        }
    }
}

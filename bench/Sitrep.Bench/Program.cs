using BenchmarkDotNet.Running;
using Sitrep.Bench;

// `throughput [N] [--keep]`: whole-pipeline articles/s on a generated corpus.
// `profile [N] [--warm]`: time per annotator on one thread; --warm first runs the corpus once untimed (lazy data such as the world gazetteer loaded, regexes past their compile budget), for the steady state.
// `stage NAME [N] [ROUNDS]`: one stage's thread CPU time over N generated articles (default 1000), best and median of ROUNDS (default 5), after a warm run; NAME `store-rows` times the stored rows and their JSON.
// `startup`: load time and first-run time of each annotator in a fresh process.
// `ledger [N]`: fuses N generated mentions (default 1,000,000) on one thread; then one article added to stored ledgers.
// `memory [--dense] [N ...]`: peak memory of an ingest at 3k, 30k and 100k newsroom articles (or the sizes given); --dense: the stress corpus.
// `analysis [N] [--keep] [--reuse]`: N generated ledger events (default 1,000,000); times trend and compare on them.
// `analysis-year DB`: adds a generated year (2020) of ledger events to a store, e.g. the demo's (ceasefires damped).
// `serve-load [N] [--seconds S] [--clients C] [--no-ingest]`: GET /events requests/s and latency over N ledger events (default 100,000) while /ingest runs.
// `corpus N FILE [--newsroom]`: writes N generated articles as JSON Lines, for timing or profiling `sitrep ingest` by hand.
// `store-ingest N [sqlite] [postgres://...]`: write rate of each store (extracted once, then stored and fused), then a whole ingest into each (scripts/bench-postgres.sh starts a server).
// `framing-profile [ROUNDS]`: where the framing stage's time goes, pattern by pattern.
// `framing-share [ROUNDS] [--corpus FILE]`: what framing adds to the pipeline's time (#19 allows 10%), wire and framed corpora.
// Anything else goes to BenchmarkDotNet, e.g. `--filter *Sentence*`.
if (args.Length > 0 && args[0] == "throughput")
{
    var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 2000;
    return Throughput.Run(count, args.Contains("--keep"));
}
if (args.Length > 0 && args[0] == "ledger")
    return LedgerBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var l) ? l : 1_000_000);
if (args.Length > 0 && args[0] == "profile")
    return AnnotatorProfile.Run(args.Length > 1 && int.TryParse(args[1], out var p) ? p : 500, args.Contains("--warm"));
if (args.Length > 1 && args[0] == "stage")
    return StageLoop.Run(args[1], args.Length > 2 && int.TryParse(args[2], out var sn) ? sn : 1000, args.Length > 3 && int.TryParse(args[3], out var sr) ? sr : 5);
if (args.Length > 0 && args[0] == "startup")
    return StartupProfile.Run();
if (args.Length > 0 && args[0] == "memory")
{
    var sizes = args.Skip(1).Where(a => a != "--dense").Select(int.Parse).ToArray();
    return MemoryBenchmark.Run(sizes.Length > 0 ? sizes : MemoryBenchmark.DefaultSizes, dense: args.Contains("--dense"));
}
if (args.Length > 1 && args[0] == "memory-one")
    return MemoryBenchmark.RunOne(int.Parse(args[1]), dense: args.Contains("--dense"));
if (args.Length > 0 && args[0] == "analysis")
    return AnalysisBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var a) ? a : 1_000_000, args.Contains("--keep"), args.Contains("--reuse"));
if (args.Length > 0 && args[0] == "framing-profile")
    return FramingProfile.Run(args.Length > 1 && int.TryParse(args[1], out var fr) ? fr : 3);
if (args.Length > 0 && args[0] == "framing-share")
    return FramingShare.Run(args.Length > 1 && int.TryParse(args[1], out var fs) ? fs : 9,
        Array.IndexOf(args, "--corpus") is var c and >= 0 && c + 1 < args.Length ? args[c + 1] : null);
if (args.Length > 1 && args[0] == "analysis-year")
    return GeneratedYear.Run(args[1]);
if (args.Length > 0 && args[0] == "serve-load")
    return await ServerLoad.Run(args.Length > 1 && int.TryParse(args[1], out var s) ? s : 100_000,
        TimeSpan.FromSeconds(Option("--seconds", 30)), Option("--clients", 8), ingest: !args.Contains("--no-ingest"));
if (args.Length > 1 && args[0] == "store-ingest" && int.TryParse(args[1], out var storeArticles))
    return StoreIngest.Run(storeArticles, [.. args.Skip(2)]);
if (args.Length > 2 && args[0] == "corpus" && int.TryParse(args[1], out var size))
{
    Console.WriteLine(args.Contains("--newsroom") ? NewsroomCorpus.Generate(args[2], size) : CorpusGenerator.Generate(args[2], size));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;

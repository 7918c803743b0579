using SharpFuzz;
using Sitrep.Fuzz;

// Usage:
//   sitrep-fuzz afl TARGET                      run under AFL (afl-fuzz -i fuzz/corpus/TARGET -o out -- dotnet Sitrep.Fuzz.dll afl TARGET)
//   sitrep-fuzz libfuzzer TARGET                run under libFuzzer-dotnet
//   sitrep-fuzz random TARGET SECONDS [SEED] [RUNS] [MAXBYTES]   plain random-mutation fuzzing over fuzz/corpus/TARGET,
//                                               findings in fuzz/findings; stops after SECONDS or RUNS inputs, whichever comes
//                                               first; mutants are cut at MAXBYTES (default 512 KiB; smaller runs faster)
//   sitrep-fuzz replay TARGET FILE...           run saved inputs (AFL crashes, findings) and print what each does
// TARGET is html, feed, jsonl, csv, warc, zip (the readers) or annotators (the extraction pipeline on any text).
if (args.Length < 2 || !FuzzTargets.All.TryGetValue(args[1], out var target))
{
    Console.Error.WriteLine($"usage: sitrep-fuzz afl|libfuzzer|random TARGET [SECONDS] [SEED] [RUNS] [MAXBYTES]   (targets: {string.Join(", ", FuzzTargets.All.Keys)})");
    return 2;
}

switch (args[0])
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream => target(stream));
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target(new MemoryStream(span.ToArray())));
        return 0;
    case "random":
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60;
        var seed = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var maxRuns = args.Length > 4 ? long.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue;
        var maxBytes = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 512 * 1024;
        var root = FindFuzzFolder();
        var seeds = Directory.GetFiles(Path.Combine(root, "corpus", args[1])).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0) seeds.Add([]);
        var report = new MutationDriver(args[1], target, seeds, Path.Combine(root, "findings"), seed, maxBytes).Run(TimeSpan.FromSeconds(seconds), maxRuns);
        Console.WriteLine($"{report.Target}: {report.Runs:N0} inputs in {report.Elapsed.TotalSeconds:0} s, {report.Crashes} crashes, {report.SlowInputs} slow (> {MutationDriver.SlowInput.TotalSeconds:0} s), slowest {report.Slowest.TotalMilliseconds:F0} ms");
        foreach (var (kind, count) in report.CrashKinds.OrderByDescending(k => k.Value)) Console.WriteLine($"  {count} x {kind}");
        return report.Crashes > 0 ? 1 : 0;
    case "replay":
        var failed = 0;
        foreach (var file in args.Skip(2))
        {
            try
            {
                target(File.OpenRead(file));
                Console.WriteLine($"{file}: ok");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{file}: {e}");
            }
        }
        return failed > 0 ? 1 : 0;
    default:
        Console.Error.WriteLine($"unknown mode {args[0]}");
        return 2;
}

static string FindFuzzFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "fuzz", "corpus"))) return Path.Combine(dir.FullName, "fuzz");
    return Path.Combine(Directory.GetCurrentDirectory(), "fuzz");
}

using System.Diagnostics;

namespace Sitrep.Fuzz;

/// <summary>
/// A plain random-mutation fuzzer for machines without AFL: mutates seed inputs (bit flips,
/// byte and chunk insertion, deletion, duplication, splicing, markup nesting) and runs a target on
/// each, for a fixed time. An exception escaping a reader, or an input that takes over
/// <see cref="SlowInput"/>, is saved under the findings folder with its reason.
/// </summary>
public sealed class MutationDriver(string target, Action<Stream> run, IReadOnlyList<byte[]> seeds, string findings, int randomSeed, int maxInputBytes = 512 * 1024)
{
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMinutes(1);

    private static readonly byte[][] Tokens =
    [
        "<div>"u8.ToArray(), "</div>"u8.ToArray(), "<p>"u8.ToArray(), "<!--"u8.ToArray(), "-->"u8.ToArray(), "<![CDATA["u8.ToArray(), "]]>"u8.ToArray(),
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"u8.ToArray(), "&a;"u8.ToArray(), "&amp;"u8.ToArray(), "<meta charset=\"utf-16\">"u8.ToArray(),
        "<meta charset=\"x-unknown\">"u8.ToArray(), "<script type=\"application/ld+json\">{\"datePublished\":\"2020-13-45\"}</script>"u8.ToArray(),
        "{\"text\":"u8.ToArray(), "\"published\":\"2019-02-30\""u8.ToArray(), "\\u0000"u8.ToArray(), "\"\\ud800\""u8.ToArray(),
        "<item>"u8.ToArray(), "</item>"u8.ToArray(), "<entry xmlns=\"http://www.w3.org/2005/Atom\">"u8.ToArray(), "<link href=\""u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x00], "\r\n"u8.ToArray(),
        "BITCOIN: bc1qv7k70u2zynvem59u88ctdlaw7hc735d8xep9rq"u8.ToArray(), "Leave a Reply"u8.ToArray(),
    ];

    private const string Punctuation = "<>&\"'\n{}[]:,/\\";

    public sealed record Report(string Target, long Runs, TimeSpan Elapsed, int Crashes, int SlowInputs, TimeSpan Slowest, IReadOnlyDictionary<string, int> CrashKinds);

    public Report Run(TimeSpan duration, long maxRuns = long.MaxValue)
    {
        var random = new Random(randomSeed);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        int crashes = 0, slow = 0;
        var slowest = TimeSpan.Zero;
        var kinds = new Dictionary<string, int>();
        var pool = seeds.ToList();
        var nextProgress = ProgressEvery;
        while (clock.Elapsed < duration && runs < maxRuns)
        {
            if (clock.Elapsed > nextProgress)
            {
                // a line a minute on standard error, so a run stopped early still tells how far it got
                Console.Error.WriteLine($"{target}: {runs:N0} inputs in {clock.Elapsed.TotalSeconds:0} s, {crashes} crashes, {slow} slow");
                nextProgress += ProgressEvery;
            }
            var input = Mutate(pool[random.Next(pool.Count)], pool, random, maxInputBytes);
            var timer = Stopwatch.StartNew();
            try
            {
                run(new MemoryStream(input, writable: false));
            }
            catch (Exception e)
            {
                crashes++;
                var kind = $"{e.GetType().Name} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (kinds[kind] <= 3) Save("crash", input, e.ToString());
            }
            timer.Stop();
            runs++;
            if (timer.Elapsed > slowest) slowest = timer.Elapsed;
            if (timer.Elapsed > SlowInput)
            {
                slow++;
                if (slow <= 5) Save("slow", input, $"took {timer.Elapsed.TotalSeconds:F1} s");
            }
            // Keep some mutants as new seeds so mutations compound (a crude stand-in for coverage feedback).
            if (random.Next(20) == 0 && input.Length < 64 * 1024)
            {
                if (pool.Count < 200) pool.Add(input); else pool[random.Next(seeds.Count, pool.Count)] = input;
            }
        }
        return new Report(target, runs, clock.Elapsed, crashes, slow, slowest, kinds);
    }

    private void Save(string kind, byte[] input, string reason)
    {
        Directory.CreateDirectory(findings);
        var name = $"{target}-{kind}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..12]}";
        File.WriteAllBytes(Path.Combine(findings, name + ".bin"), input);
        File.WriteAllText(Path.Combine(findings, name + ".txt"), reason);
    }

    private static byte[] Mutate(byte[] seed, List<byte[]> pool, Random random, int maxInputBytes)
    {
        var data = new List<byte>(seed);
        var steps = 1 + random.Next(8);
        for (var s = 0; s < steps; s++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            // Deep nesting (case 6) is one mutation in 64, not one in 9: each nested page costs the
            // HTML readers a second to refuse or read, and at one in 9 most inputs were nested pages.
            var mutation = random.Next(64) == 0 ? 6 : random.Next(8) switch { 6 => 8, var m => m };
            switch (mutation)
            {
                case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 2: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 3 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64))); break;
                case 4 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + random.Next(256));
                    var chunk = data.GetRange(at, length);
                    for (var r = random.Next(1, 20); r > 0; r--) data.InsertRange(at, chunk);
                    break;
                case 5:
                    var other = pool[random.Next(pool.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(512))).ToArray());
                    }
                    break;
                case 6:
                    var nest = random.Next(10, 3000);
                    var open = Tokens[random.Next(2) == 0 ? 0 : 17];
                    for (var n = 0; n < nest; n++) data.InsertRange(at, open);
                    break;
                case 7 when data.Count > 1: data.RemoveRange(at, data.Count - at); break;
                default: data.Insert(at, (byte)Punctuation[random.Next(Punctuation.Length)]); break;
            }
            if (data.Count > maxInputBytes) data.RemoveRange(maxInputBytes, data.Count - maxInputBytes);
        }
        return data.ToArray();
    }
}

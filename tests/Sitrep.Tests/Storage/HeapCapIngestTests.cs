using System.Diagnostics;
using System.Text.Json;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Storage;

/// <summary>
/// `sitrep ingest` runs to the end with its managed heap capped at 160 MiB, the cap under which
/// the ingest used to die of OutOfMemoryException once its in-memory near-duplicate index grew.
/// The real binary runs in a child process (the cap is read when a runtime starts) on a corpus of
/// a few hundred articles with events, near-copies among them, so every part of an ingest (reading,
/// extraction, the language check, batches, near-duplicate lookups, the ledger) runs under the cap.
/// Not a timing test: the generous wait only keeps a hung child from hanging the suite.
/// </summary>
public class HeapCapIngestTests : IDisposable
{
    private const string HeapCap = "0xA000000"; // 160 MiB
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly string[] Places = ["Ghazni", "Kunduz", "Farah", "Logar", "Paktia", "Zabul", "Baghlan", "Takhar"];
    private static readonly string[] Openings =
    [
        "Insurgents stormed a police checkpoint in {0} province on Monday, killing {1} policemen, a provincial spokesman said.",
        "A roadside mine struck a pickup carrying farmers near the capital of {0} province on Wednesday and {1} of them were wounded, officials said.",
        "Security forces said they had arrested {1} men suspected of planning bombings in {0} city during a night raid.",
        "Elders from {0} met the governor on Saturday to demand the release of {1} villagers detained after a clash with the army.",
    ];
    private const string Background =
        "Residents said the road to the district centre stayed closed for the rest of the day. The area has seen fighting for months, and traders complained that prices in the market had doubled since the spring.";

    [Fact]
    public void Ingest_of_a_few_hundred_articles_completes_with_the_managed_heap_capped_at_160_MiB()
    {
        const int Articles = 300;
        var corpus = _files.PathOf("corpus.jsonl");
        using (var writer = new StreamWriter(corpus))
            for (var i = 0; i < Articles; i++)
            {
                var lead = string.Format(Openings[i % Openings.Length], Places[i / Openings.Length % Places.Length], 2 + i % 17);
                // every tenth article republishes the one before it with a new credit line: a near-copy to link
                var text = i % 10 == 9 ? $"{PreviousLead(i)} {Background} Distributed by Wire Service {i}." : $"{lead} {Background} Report number {i}.";
                writer.WriteLine(JsonSerializer.Serialize(new { text, title = $"Report {i}", url = $"https://heapcap.example/{i}", published = new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd") }));
            }

        var result = RunUnderHeapCap("ingest", corpus, "--db", _files.PathOf("capped.db"));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}; standard error: {result.Stderr}");
        Assert.DoesNotContain("OutOfMemory", result.Stderr, StringComparison.Ordinal);
        var summary = result.Stdout.Split('\n').Select(l => l.Split('\t')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1].Trim());
        Assert.Equal(Articles.ToString(), summary["articles stored"]);
        Assert.Equal("0", summary["errors"]);
        Assert.True(int.Parse(summary["event mentions"]) >= Articles / 2, $"few events extracted: {summary["event mentions"]}");
        Assert.True(int.Parse(summary["near-duplicates (linked)"]) >= Articles / 10 - 1, $"near-copies not linked: {summary["near-duplicates (linked)"]}");
    }

    private static string PreviousLead(int i) =>
        string.Format(Openings[(i - 1) % Openings.Length], Places[(i - 1) / Openings.Length % Places.Length], 2 + (i - 1) % 17);

    private SitrepProcess.Result RunUnderHeapCap(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _files.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = HeapCap;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sitrep {string.Join(' ', args)} did not finish");
        }
        return new SitrepProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

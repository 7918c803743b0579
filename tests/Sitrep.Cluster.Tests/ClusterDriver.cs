using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// Sends a corpus to the cluster as scrapers would: batches of articles, several at once, each
/// to a silo drawn at random among the live ones. A batch whose silo fails (or is killed under
/// it) is sent again to another silo. <see cref="Halfway"/> runs once half the batches are done.
/// </summary>
public sealed class ClusterDriver(TestCluster cluster, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();
    private int _done;

    public int BatchSize { get; init; } = 50;
    public int Senders { get; init; } = 3;
    public Func<Task>? Halfway { get; init; }

    /// <summary>Batches that had to be sent again.</summary>
    public int Resent { get; private set; }

    public async Task Send(IReadOnlyList<string> lines)
    {
        var batches = lines.Chunk(BatchSize).Select(b => Encoding.UTF8.GetBytes(string.Join('\n', b) + "\n")).ToList();
        var next = -1;
        Task? halfway = null;
        async Task Sender()
        {
            for (var i = Interlocked.Increment(ref next); i < batches.Count; i = Interlocked.Increment(ref next))
            {
                await SendOne(batches[i]);
                if (Interlocked.Increment(ref _done) == batches.Count / 2 && Halfway is not null)
                    lock (_gate) halfway = Halfway();
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(Sender)));
        if (halfway is not null) await halfway;
    }

    private async Task SendOne(byte[] batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            SiloHandle silo;
            lock (_gate)
            {
                var live = cluster.GetActiveSilos().ToList();
                silo = live[_random.Next(live.Count)];
            }
            try
            {
                var ingest = cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<SiloIngest>();
                var summary = await Task.Run(() => ingest.Run(batch));
                if (summary.Errors.Count == 0) return;
                throw new InvalidOperationException(string.Join("; ", summary.Errors.Select(e => e.Reason)));
            }
            catch (Exception) when (attempt < 5)
            {
                lock (_gate) Resent++;
                await Task.Delay(500 * attempt);
            }
        }
    }
}

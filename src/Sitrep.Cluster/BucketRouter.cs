using Microsoft.Extensions.Logging;
using Sitrep.Ledger;
using Sitrep.Serialization;

namespace Sitrep.Cluster;

/// <summary>
/// Sends each mention to its bucket's grain, wherever in the cluster that grain lives, all
/// buckets of a batch at once. A call that fails because a silo died or did not answer is
/// retried: Orleans places the bucket on a live silo, and the grain skips what it already fused.
/// </summary>
public sealed class BucketRouter(IGrainFactory grains, ILogger<BucketRouter> log)
{
    public int Attempts { get; init; } = 8;

    public async Task<int> Fuse(IReadOnlyList<LedgerMention> mentions, CancellationToken cancel = default)
    {
        var calls = mentions.GroupBy(LedgerBucket.Of, StringComparer.Ordinal)
            .Select(bucket => Call(bucket.Key, [.. bucket.Select(m => SitrepJson.Serialize(m))], cancel));
        return (await Task.WhenAll(calls)).Sum();
    }

    private async Task<int> Call(string bucket, string[] mentions, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await grains.GetGrain<IBucketGrain>(bucket).Fuse(mentions); }
            catch (Exception e) when (attempt < Attempts && Transient(e))
            {
                log.LogWarning("bucket {Bucket}: attempt {Attempt} failed ({Error}); retrying", bucket, attempt, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancel);
            }
        }
    }

    /// <summary>Failures a later attempt can get past: a silo gone or slow, a connection lost, a stale grain state.</summary>
    private static bool Transient(Exception e) => e is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException
        or Orleans.Storage.InconsistentStateException or Npgsql.NpgsqlException or OrleansException;
}

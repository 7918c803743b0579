namespace Sitrep.Web;

/// <summary>Keeps at least a fixed interval between two requests to the same host, across threads.</summary>
public sealed class HostRateLimiter(TimeSpan interval, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reserves the host's next slot and waits for it.</summary>
    public async Task WaitAsync(string host, CancellationToken cancel)
    {
        var wait = Reserve(host);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, cancel);
    }

    /// <summary>Takes the host's next free slot and says how long to wait for it.</summary>
    internal TimeSpan Reserve(string host)
    {
        lock (_next)
        {
            var now = _clock.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + interval;
            return slot - now;
        }
    }
}

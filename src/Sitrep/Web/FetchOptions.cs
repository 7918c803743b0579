namespace Sitrep.Web;

/// <summary>How Sitrep fetches pages and feeds: bounded in time, size and redirects, polite per host.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "Sitrep/0.1 (conflict-event research; ingests news pages and feeds)";

    /// <summary>Time allowed for one attempt (connect, headers and body).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body accepted after decompression.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after the first attempt for transient failures (timeouts, 408, 429, 5xx, dropped connections).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Delay before the first retry; it doubles (with jitter) for each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two requests to the same host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether private, loopback and link-local addresses may be fetched (never in server use: it would make Sitrep an SSRF proxy).</summary>
    public bool AllowPrivate { get; init; }

    public string UserAgent { get; init; } = DefaultUserAgent;
}

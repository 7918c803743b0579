using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace Sitrep.Web;

/// <summary>
/// Fetches pages and feeds over HTTP(S) within <see cref="FetchOptions"/>: a timeout per attempt,
/// a size cap on the decompressed body (gzip, deflate, brotli), a redirect limit (followed by
/// hand, each hop re-checked), a clear User-Agent, retries with exponential backoff for
/// transient failures, a per-host rate limit, and no connection to a private, loopback or
/// link-local address unless allowed: the check runs on the resolved address of every connection.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly HostRateLimiter _rateLimiter;
    private readonly ResiliencePipeline _retry;

    public WebFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false, // a proxy would connect for us, out of reach of the address check
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        _rateLimiter = new HostRateLimiter(_options.PerHostInterval);
        _retry = _options.Retries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                ShouldHandle = new PredicateBuilder().Handle<TransientFetchException>(),
            }).Build();
    }

    public FetchOptions Options => _options;

    public FetchedPage Fetch(Uri url, CancellationToken cancel = default) => FetchAsync(url, cancel).GetAwaiter().GetResult();

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancel = default)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
                throw new FetchException($"only http and https URLs are fetched, not {current.Scheme}:");
            Attempt attempt;
            try
            {
                var target = current;
                attempt = await _retry.ExecuteAsync(async ct => await AttemptAsync(target, ct), cancel);
            }
            catch (TransientFetchException e)
            {
                throw new FetchException($"{e.Message} (gave up after {_options.Retries + 1} attempts)", e);
            }
            if (attempt.Page is not null) return attempt.Page;
            if (hop >= _options.MaxRedirects)
                throw new FetchException($"too many redirects (more than {_options.MaxRedirects})");
            current = attempt.RedirectTo!;
        }
    }

    private sealed record Attempt(FetchedPage? Page, Uri? RedirectTo);

    private async Task<Attempt> AttemptAsync(Uri url, CancellationToken cancel)
    {
        await _rateLimiter.WaitAsync(url.Authority, cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                return new Attempt(null, location.IsAbsoluteUri ? location : new Uri(url, location));
            if (status is 408 or 429 or >= 500)
                throw new TransientFetchException($"HTTP {status} {response.ReasonPhrase} from {url.Host}");
            if (!response.IsSuccessStatusCode)
                throw new FetchException($"HTTP {status} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                throw new FetchException($"response too large: {response.Content.Headers.ContentLength:N0} bytes, over the limit of {_options.MaxBytes:N0}");
            var body = await ReadCappedAsync(response.Content, timeout.Token);
            return new Attempt(new FetchedPage(url, response.Content.Headers.ContentType?.ToString(), body), null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TransientFetchException($"timed out after {_options.Timeout.TotalSeconds:0.#} s fetching {url.Host}");
        }
        catch (HttpRequestException e) when (Blocked(e) is { } blocked)
        {
            throw new FetchException(blocked.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw new TransientFetchException($"connection to {url.Host} failed: {e.Message}");
        }
        catch (IOException e) when (e.InnerException is not BlockedAddressException)
        {
            throw new TransientFetchException($"connection to {url.Host} broke: {e.Message}");
        }
    }

    private static BlockedAddressException? Blocked(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is BlockedAddressException blocked) return blocked;
        return null;
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _options.MaxBytes)
                    throw new FetchException($"response too large: over the limit of {_options.MaxBytes:N0} bytes (after decompression)");
            }
        }
        catch (InvalidDataException e)
        {
            throw new FetchException($"corrupt compressed response: {e.Message}");
        }
        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancel);
        var allowed = _options.AllowPrivate ? addresses : addresses.Where(AddressPolicy.IsPublic).ToArray();
        if (allowed.Length == 0)
            throw new BlockedAddressException(
                $"refused to fetch {host}: it resolves to a private, loopback or link-local address ({string.Join(", ", addresses.Select(a => a.ToString()))}); use --allow-private to fetch from your own network");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}

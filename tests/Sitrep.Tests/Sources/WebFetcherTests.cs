using System.Net;
using System.Text;
using Sitrep.Web;

namespace Sitrep.Tests.Sources;

public class WebFetcherTests : IDisposable
{
    private readonly LocalHttpServer _server = new();

    private static FetchOptions Local => new()
    {
        AllowPrivate = true,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        PerHostInterval = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(10),
    };

    private Uri Url(string path) => new(_server.BaseUrl + path);

    [Fact]
    public void Fetches_a_page_with_a_clear_user_agent()
    {
        _server.Route("/a", LocalHttpServer.Html("<p>hello</p>"));
        using var fetcher = new WebFetcher(Local);
        var page = fetcher.Fetch(Url("/a"));
        Assert.Equal("<p>hello</p>", Encoding.UTF8.GetString(page.Body));
        Assert.StartsWith("text/html", page.ContentType);
        Assert.Contains(_server.UserAgents, ua => ua.StartsWith("Sitrep/"));
    }

    [Fact]
    public void Loopback_is_refused_unless_private_addresses_are_allowed()
    {
        _server.Route("/a", LocalHttpServer.Html("<p>secret</p>"));
        using var fetcher = new WebFetcher(Local with { AllowPrivate = false });
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/a")));
        Assert.Contains("private, loopback or link-local", error.Message);
        Assert.Contains("--allow-private", error.Message);
        Assert.Equal(0, _server.Hits("/a"));
    }

    [Fact]
    public void Localhost_by_name_is_refused_too()
    {
        using var fetcher = new WebFetcher(Local with { AllowPrivate = false, Retries = 0 });
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(new Uri($"http://localhost:{_server.Port}/a")));
        Assert.Contains("private, loopback or link-local", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1::1", true)]
    public void Address_policy_knows_private_ranges(string address, bool isPublic) =>
        Assert.Equal(isPublic, AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void Redirects_are_followed_up_to_the_limit()
    {
        _server.Route("/r1", new LocalHttpServer.Response(302, [], Location: "/r2"));
        _server.Route("/r2", new LocalHttpServer.Response(301, [], Location: _server.BaseUrl + "/final"));
        _server.Route("/final", LocalHttpServer.Html("<p>landed</p>"));
        using var fetcher = new WebFetcher(Local);
        Assert.Equal(Url("/final"), fetcher.Fetch(Url("/r1")).Url);

        using var strict = new WebFetcher(Local with { MaxRedirects = 1 });
        Assert.Contains("too many redirects", Assert.Throws<FetchException>(() => strict.Fetch(Url("/r1"))).Message);
    }

    [Fact]
    public void Redirect_loop_ends_with_an_error()
    {
        _server.Route("/loop", new LocalHttpServer.Response(302, [], Location: "/loop"));
        using var fetcher = new WebFetcher(Local);
        Assert.Contains("too many redirects", Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/loop"))).Message);
    }

    [Fact]
    public void Redirect_to_another_scheme_is_refused()
    {
        _server.Route("/file", new LocalHttpServer.Response(302, [], Location: "file:///etc/passwd"));
        using var fetcher = new WebFetcher(Local);
        Assert.Contains("only http and https", Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/file"))).Message);
    }

    [Fact]
    public void Gzip_bodies_are_decompressed()
    {
        _server.Route("/gz", new LocalHttpServer.Response(200, Encoding.UTF8.GetBytes("<p>compressed page</p>"), Gzip: true));
        using var fetcher = new WebFetcher(Local);
        Assert.Equal("<p>compressed page</p>", Encoding.UTF8.GetString(fetcher.Fetch(Url("/gz")).Body));
    }

    [Fact]
    public void Brotli_bodies_are_decompressed()
    {
        _server.Route("/br", new LocalHttpServer.Response(200, Encoding.UTF8.GetBytes("<p>brotli page</p>"), Brotli: true));
        using var fetcher = new WebFetcher(Local);
        Assert.Equal("<p>brotli page</p>", Encoding.UTF8.GetString(fetcher.Fetch(Url("/br")).Body));
    }

    [Fact]
    public void Decompression_bomb_is_stopped_by_the_size_cap()
    {
        _server.Route("/bomb", new LocalHttpServer.Response(200, new byte[5_000_000], Gzip: true));
        using var fetcher = new WebFetcher(Local with { MaxBytes = 100_000 });
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/bomb")));
        Assert.Contains("too large", error.Message);
    }

    [Fact]
    public void Transient_failures_are_retried()
    {
        _server.Route("/flaky", n => n < 3 ? new LocalHttpServer.Response(503, [], "text/plain") : LocalHttpServer.Html("<p>third time</p>"));
        using var fetcher = new WebFetcher(Local);
        Assert.Equal("<p>third time</p>", Encoding.UTF8.GetString(fetcher.Fetch(Url("/flaky")).Body));
        Assert.Equal(3, _server.Hits("/flaky"));
    }

    [Fact]
    public void Retries_give_up_with_the_last_reason()
    {
        _server.Route("/down", new LocalHttpServer.Response(500, [], "text/plain"));
        using var fetcher = new WebFetcher(Local with { Retries = 2 });
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/down")));
        Assert.Contains("HTTP 500", error.Message);
        Assert.Contains("3 attempts", error.Message);
        Assert.Equal(3, _server.Hits("/down"));
    }

    [Fact]
    public void Not_found_is_not_retried()
    {
        using var fetcher = new WebFetcher(Local);
        Assert.Contains("HTTP 404", Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/missing"))).Message);
        Assert.Equal(1, _server.Hits("/missing"));
    }

    [Fact]
    public void Slow_server_times_out()
    {
        _server.Route("/slow", new LocalHttpServer.Response(200, [], Delay: TimeSpan.FromSeconds(5)));
        using var fetcher = new WebFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 });
        Assert.Contains("timed out", Assert.Throws<FetchException>(() => fetcher.Fetch(Url("/slow"))).Message);
    }

    [Fact]
    public void Rate_limiter_spaces_requests_to_one_host()
    {
        var limiter = new HostRateLimiter(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a.example"));
        Assert.True(limiter.Reserve("a.example") > TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("b.example"));
    }

    public void Dispose() => _server.Dispose();
}

using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Tests.Sources;

/// <summary>A small HTTP server on 127.0.0.1 for fetch tests: routes map a path to a canned response.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    public sealed record Response(int Status, byte[] Body, string ContentType = "text/html; charset=utf-8",
        string? Location = null, bool Gzip = false, TimeSpan Delay = default, bool Brotli = false);

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<int, Response>> _routes = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }
    public string BaseUrl { get; }
    public ConcurrentBag<string> UserAgents { get; } = [];

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Serves a response built from the number of the request to that path (1 for the first).</summary>
    public void Route(string path, Func<int, Response> respond) => _routes[path] = respond;

    public void Route(string path, Response response) => _routes[path] = _ => response;

    public static Response Html(string html) => new(200, Encoding.UTF8.GetBytes(html));

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        UserAgents.Add(context.Request.UserAgent ?? "");
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = _routes.TryGetValue(path, out var respond) ? respond(hit) : new Response(404, "not found"u8.ToArray(), "text/plain");
        try
        {
            if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            if (response.Location is not null) context.Response.RedirectLocation = response.Location;
            var body = response.Body;
            if (response.Gzip)
            {
                using var packed = new MemoryStream();
                using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(body);
                body = packed.ToArray();
                context.Response.AddHeader("Content-Encoding", "gzip");
            }
            if (response.Brotli)
            {
                using var packed = new MemoryStream();
                using (var brotli = new BrotliStream(packed, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(body);
                body = packed.ToArray();
                context.Response.AddHeader("Content-Encoding", "br");
            }
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        // Closing the managed listener looks its endpoint up again, which binds the port anew; when
        // another test has taken the freed port meanwhile, that throws "Address already in use". The
        // server is closed either way, and a clean-up must not fail the test that used it.
        try { _listener.Close(); } catch (HttpListenerException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}

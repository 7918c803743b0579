using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Sitrep.Tests.Foundation;

namespace Sitrep.Tests.Server;

/// <summary>The server on a real socket (a free port on localhost) over the demo store, for the browser.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly TestFiles _files = new();
    private WebApplication? _app;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var db = _files.PathOf("live.db");
        DemoServer.IngestDemo(db);
        _app = Sitrep.Server.SitrepServer.CreateApp(["--urls=http://127.0.0.1:0", $"--Sitrep:Db={db}"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/"
            : throw new InvalidOperationException("no server");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _files.Dispose();
    }
}

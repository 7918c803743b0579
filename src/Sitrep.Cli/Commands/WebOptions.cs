using System.CommandLine;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>Options for fetching URLs and feeds, shared by ingest and watch.</summary>
public static class WebOptions
{
    public static readonly Option<bool> AllowPrivate = new("--allow-private")
    {
        Description = "Allow fetching from private, loopback and link-local addresses (your own network); off by default",
    };

    public static readonly Option<bool> FetchFull = new("--fetch-full")
    {
        Description = "For feed items that carry only a summary, fetch and read the linked page",
    };

    public static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Seconds allowed for one fetch attempt",
        DefaultValueFactory = _ => new FetchOptions().Timeout.TotalSeconds,
        HelpName = "SECONDS",
    };

    public static readonly Option<int> Retries = new("--retries")
    {
        Description = "Retries (with exponential backoff) for timeouts, dropped connections, HTTP 408/429/5xx",
        DefaultValueFactory = _ => new FetchOptions().Retries,
        HelpName = "N",
    };

    public static readonly Option<double> HostInterval = new("--host-interval")
    {
        Description = "Least seconds between two requests to the same host",
        DefaultValueFactory = _ => new FetchOptions().PerHostInterval.TotalSeconds,
        HelpName = "SECONDS",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(AllowPrivate);
        command.Options.Add(FetchFull);
        command.Options.Add(Timeout);
        command.Options.Add(Retries);
        command.Options.Add(HostInterval);
    }

    public static FetchOptions From(ParseResult result, long maxBytes) => new()
    {
        AllowPrivate = result.GetValue(AllowPrivate),
        Timeout = TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(Timeout))),
        Retries = Math.Max(0, result.GetValue(Retries)),
        PerHostInterval = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(HostInterval))),
        MaxBytes = maxBytes,
    };
}

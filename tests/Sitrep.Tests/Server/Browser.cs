using Microsoft.Playwright;

namespace Sitrep.Tests.Server;

/// <summary>
/// A real headless Chromium (Debian's, driven by Playwright; its own browser download is not
/// used). Without the browser the tests that need it report themselves skipped with the reason,
/// unless SITREP_REQUIRE_BROWSER is set, as `.ci/run` sets it after installing Chromium, so that
/// CI can never pass by skipping them.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium";

    private static bool Required => Environment.GetEnvironmentVariable("SITREP_REQUIRE_BROWSER") is { Length: > 0 } value && value != "0";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? MissingReason { get; private set; }

    /// <summary>The browser; skips the calling test (with the reason) when there is none.</summary>
    public IBrowser Chromium
    {
        get
        {
            Skip.If(MissingReason is not null, MissingReason);
            return _chromium!;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            MissingReason = $"no Chromium at {ExecutablePath}: run scripts/install-test-deps.sh (as .ci/run does) or set SITREP_CHROMIUM";
            if (Required) throw new InvalidOperationException($"SITREP_REQUIRE_BROWSER is set but there is {MissingReason}");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}

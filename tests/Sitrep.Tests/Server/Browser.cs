using System.Diagnostics;
using Microsoft.Playwright;

namespace Sitrep.Tests.Server;

/// <summary>
/// A real headless Chromium (Debian's, driven by Playwright; its own browser download is not
/// used). When the browser is missing, scripts/install-test-deps.sh installs it, as CI does.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Chromium { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("SITREP_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) Install();
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
    }

    private static void Install()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "install-test-deps.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(ExecutablePath))
            throw new InvalidOperationException($"the browser tests need Chromium at {ExecutablePath}; {script} could not install it: {error.Trim()}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Sitrep.slnx above {AppContext.BaseDirectory}");
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}

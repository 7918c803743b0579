using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Sitrep.Tests.Foundation;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// One node started as a user starts it: the built `sitrep` binary (beside the tests) running
/// `sitrep serve --cluster` in a child process of its own, on free loopback ports. Its output is
/// kept for failure messages. Stopped with SIGTERM, as systemd stops a node; killed with its
/// process tree when it does not stop, or when a test fails before stopping it.
/// </summary>
public sealed class ServeNode : IDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly List<string> _log = [];

    public string Name { get; }
    public Uri BaseAddress { get; }

    private ServeNode(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>`sitrep serve --cluster --create --db DB ...` with its web, silo and gateway ports free on this machine.</summary>
    public static ServeNode Start(string name, string workingDirectory, string db, string clusterId, string apiKeyFile)
    {
        var (web, silo, gateway) = FreePorts();
        var baseAddress = new Uri($"http://127.0.0.1:{web}/");
        var process = SitrepProcess.Start(workingDirectory, redirectInput: false,
            "serve", "--cluster", "--create", "--db", db, "--cluster-id", clusterId, "--advertise-ip", "127.0.0.1",
            "--urls", baseAddress.ToString().TrimEnd('/'), "--silo-port", silo.ToString(), "--gateway-port", gateway.ToString(),
            "--api-key-file", apiKeyFile);
        return new ServeNode(name, process, baseAddress);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The node's output so far, the last lines only: enough to see why it failed.</summary>
    public string LogTail(int lines = 60)
    {
        lock (_log) return $"--- {Name} (last {Math.Min(lines, _log.Count)} of {_log.Count} lines) ---\n" + string.Join('\n', _log.TakeLast(lines));
    }

    /// <summary>Asks the node to shut down (SIGTERM) and waits for it; its exit code, or null when it had to be killed.</summary>
    public async Task<int?> Stop(TimeSpan patience)
    {
        if (_process.HasExited) return _process.ExitCode;
        if (kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException($"{Name}: SIGTERM to {_process.Id} failed ({Marshal.GetLastPInvokeError()})");
        using var wait = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (_process.HasExited) return;
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { } // exited between the check and the kill
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_log) _log.Add(line);
    }

    /// <summary>Three distinct free ports: each listener is held until all are picked, so no two are the same.</summary>
    private static (int Web, int Silo, int Gateway) FreePorts()
    {
        // the silo listens on every address (listenOnAnyHostAddress), so a port is free only if free on all of them
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Any, 0)).ToList();
        try
        {
            foreach (var l in listeners) l.Start();
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            foreach (var l in listeners) l.Stop();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}

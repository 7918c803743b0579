using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sitrep.Tests.Storage.Contract;

/// <summary>
/// A real PostgreSQL server for the tests, started once for the whole "PostgreSQL" collection:
/// the distribution's binaries, <c>initdb</c> into a temporary folder, a free port on the
/// loopback, stopped and deleted at the end. initdb refuses to run as root, so as root the server
/// runs as <c>nobody</c> (through runuser). Without the binaries the tests report themselves
/// skipped with the reason, unless SITREP_REQUIRE_POSTGRES is set, as `.ci/run` sets it after
/// installing them, so that CI can never pass by skipping them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string User = "sitrep";
    private readonly string? _bin;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly bool _asNobody = OperatingSystem.IsLinux() && geteuid() == 0;
    private readonly bool _started;
    private int _databases;

    private static bool Required => Environment.GetEnvironmentVariable("SITREP_REQUIRE_POSTGRES") is { Length: > 0 } value && value != "0";

    /// <summary>Why the PostgreSQL tests cannot run here, or null when they can.</summary>
    public string? MissingReason { get; }

    public int Port { get; }

    public PostgresServer()
    {
        _bin = FindBinaries();
        if (_bin is null)
            MissingReason = "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH: run scripts/install-test-deps.sh (as .ci/run does) or set SITREP_PG_BIN";
        else if (_asNobody && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            MissingReason = "running as root, and initdb refuses root: no runuser to start PostgreSQL as nobody";
        if (MissingReason is not null)
        {
            if (Required) throw new InvalidOperationException($"SITREP_REQUIRE_POSTGRES is set but there is {MissingReason}");
            return;
        }
        Directory.CreateDirectory(_folder);
        if (_asNobody && OperatingSystem.IsLinux()) File.SetUnixFileMode(_folder, (UnixFileMode)0x1FF); // rwx for all: the server's user writes here
        Port = FreePort();
        Run("initdb", "-D", Data, "-U", User, "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync");
        Run("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        _started = true;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>A new, empty database on the server, as a postgres:// URL (what --db takes); skips the calling test when there is no server.</summary>
    public string NewDatabase()
    {
        Skip.If(MissingReason is not null, MissingReason);
        var name = $"t{Interlocked.Increment(ref _databases)}";
        using var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={User};Database=postgres;Pooling=false");
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        create.ExecuteNonQuery();
        // No pooling: each test's database is used by a few connections only, and none should stay open after it.
        return $"postgres://{User}@127.0.0.1:{Port}/{name}?pooling=false";
    }

    public void Dispose()
    {
        if (_started)
        {
            try { Run("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop"); }
            catch (InvalidOperationException) { } // stopping is best effort; the folder goes either way
        }
        try { if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(_asNobody ? "runuser" : Path.Combine(_bin!, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_asNobody)
        {
            foreach (var a in new[] { "-u", "nobody", "--", Path.Combine(_bin!, tool) }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} did not finish in 120 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {output.Result}{error.Result}{LogTail()}");
    }

    private string LogTail()
    {
        var log = Path.Combine(_folder, "server.log");
        return File.Exists(log) ? "\nserver.log:\n" + string.Join("\n", File.ReadLines(log).TakeLast(20)) : "";
    }

    /// <summary>SITREP_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else the folder of initdb on PATH.</summary>
    private static string? FindBinaries()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
        if (Environment.GetEnvironmentVariable("SITREP_PG_BIN") is { Length: > 0 } configured) return Has(configured) ? configured : null;
        const string Debian = "/usr/lib/postgresql";
        if (Directory.Exists(Debian))
        {
            var newest = Directory.GetDirectories(Debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(x => Has(x.Dir)).OrderByDescending(x => x.Version).FirstOrDefault();
            if (newest.Dir is not null) return newest.Dir;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Has);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();
}

/// <summary>The tests that share one <see cref="PostgresServer"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

namespace Sitrep.Server;

/// <summary>
/// What <c>sitrep serve</c> is told, bound from the configuration section "Sitrep" (command-line
/// <c>--Sitrep:Db=...</c>, environment <c>Sitrep__Db</c>, or the CLI's options).
/// </summary>
public sealed record ServerSettings
{
    public const string Section = "Sitrep";
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The SQLite store the server reads and ingests into; created when missing.</summary>
    public string Db { get; init; } = "sitrep.db";

    /// <summary>Create the store when it is missing; otherwise a missing store is an error (a misspelt path must not serve an empty store).</summary>
    public bool Create { get; init; }

    /// <summary>A data pack folder other than the shipped one (null: the shipped pack).</summary>
    public string? Data { get; init; }

    /// <summary>File of hashed API keys (one "sha256:HEX" per line); without it, writes are refused.</summary>
    public string? ApiKeyFile { get; init; }

    /// <summary>Largest request body accepted, in bytes (413 beyond).</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Requests each client may make per minute (429 beyond).</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>Writes (ingest) each client may make per minute.</summary>
    public int WritesPerMinute { get; init; } = 60;

    /// <summary>Origins allowed by CORS; empty means CORS stays off.</summary>
    public string[] CorsOrigins { get; init; } = [];

    /// <summary>Let URL ingest fetch private and loopback addresses (tests and closed networks only).</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Largest page a list endpoint returns.</summary>
    public const int MaxPageSize = 1000;
}

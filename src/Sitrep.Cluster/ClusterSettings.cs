namespace Sitrep.Cluster;

/// <summary>
/// How a silo joins its cluster, bound from the configuration section "Sitrep:Cluster"
/// (<c>--Sitrep:Cluster:SiloPort=11112</c>, environment <c>Sitrep__Cluster__SiloPort</c>).
/// The store (<c>Sitrep:Db</c>, a PostgreSQL URL) also holds the membership table and the grain state.
/// </summary>
public sealed record ClusterSettings
{
    public const string Section = "Sitrep:Cluster";

    /// <summary>Run this server as a silo of a cluster.</summary>
    public bool Enabled { get; init; }

    /// <summary>Silos with the same cluster id in the same database form one cluster.</summary>
    public string ClusterId { get; init; } = "sitrep";

    /// <summary>Names the grain state in the database; keep it across deployments so state survives them.</summary>
    public string ServiceId { get; init; } = "sitrep";

    /// <summary>Port silos talk to each other on.</summary>
    public int SiloPort { get; init; } = 11111;

    /// <summary>Port Orleans clients connect to (0: no gateway).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other silos reach this one at (null: the first non-loopback IPv4 address of the host).</summary>
    public string? AdvertisedIp { get; init; }

    /// <summary>Ledger connections a silo keeps for its bucket grains: writes are one at a time in the store, so a few suffice.</summary>
    public int LedgerConnections { get; init; } = 4;
}

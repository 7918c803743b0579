namespace Sitrep.Cluster;

/// <summary>Names the silo's configuration and the grains share.</summary>
public static class ClusterNames
{
    /// <summary>The ADO.NET grain storage holding bucket state.</summary>
    public const string GrainStorage = "ledger-buckets";

    /// <summary>The ADO.NET provider name Orleans looks PostgreSQL's driver up by.</summary>
    public const string Invariant = "Npgsql";
}

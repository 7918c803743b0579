using Orleans.Configuration;
using Orleans.TestingHost;
using Sitrep.Pipeline;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// A silo of the tests' cluster, set up as `sitrep serve --cluster` sets one up (ADO.NET
/// membership and grain state in the store's database), with failure detection tuned down from
/// tens of seconds so a killed silo is declared dead within a few.
/// </summary>
public sealed class SitrepSilo : ISiloConfigurator
{
    public const string DbKey = "SitrepDb";

    public void Configure(ISiloBuilder silo)
    {
        silo.AddSitrepLedger(silo.Configuration[DbKey]!, DataPack.Default, ledgerConnections: 2);
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        });
    }
}

using Orleans.TestingHost;

namespace Sitrep.Cluster.Tests;

/// <summary>Starts an in-process cluster of Sitrep silos on a PostgreSQL store.</summary>
public static class TestClusters
{
    public static async Task<TestCluster> Start(string db, int silos)
    {
        SiloSetup.Prepare(db);
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.UseTestClusterMembership = false; // the ADO.NET membership table, as in production
        builder.Options.InitializeClientOnDeploy = false; // ingest goes through the silos themselves
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[SitrepSilo.DbKey] = db;
        builder.AddSiloBuilderConfigurator<SitrepSilo>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

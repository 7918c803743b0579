using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cluster;

/// <summary>Makes a host a Sitrep silo: ADO.NET clustering and grain state in the store's PostgreSQL database, the bucket grains and silo ingest.</summary>
public static class SiloSetup
{
    /// <summary>`sitrep serve --cluster`: the silo beside the web server, on the ports and ids the settings give.</summary>
    public static void AddSitrepSilo(this IHostApplicationBuilder host, ClusterSettings cluster, string db, DataPack data)
    {
        Prepare(db);
        host.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = cluster.ServiceId; });
            silo.ConfigureEndpoints(AdvertisedAddress(cluster), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
            silo.AddSitrepLedger(db, data, cluster.LedgerConnections);
        });
    }

    /// <summary>Checks the store is PostgreSQL and creates the schemas a silo needs: the store's, then Orleans' tables.</summary>
    public static void Prepare(string db)
    {
        var location = RequirePostgres(db);
        Stores.Open(db).Dispose();
        OrleansSchema.Install(location.ConnectionString);
    }

    /// <summary>
    /// Refuses a store other silos cannot reach, before anything is opened or created (a SQLite
    /// file made by --create would be left behind); a StoreException, so `sitrep serve` says it
    /// in one line and exits 2.
    /// </summary>
    public static StoreLocation RequirePostgres(string db)
    {
        var location = StoreLocation.Parse(db);
        if (location.Engine != StoreEngine.Postgres)
            throw new StoreException($"a cluster needs a PostgreSQL store that every silo reaches (--db postgres://...), not {location.Display}");
        return location;
    }

    /// <summary>What every silo of a Sitrep cluster has, whoever sets its endpoints and ids (the server, or the tests' cluster).</summary>
    public static ISiloBuilder AddSitrepLedger(this ISiloBuilder silo, string db, DataPack data, int ledgerConnections = 4)
    {
        // Orleans runs many short statements (heartbeats, grain state): pooled, whatever the store URL says
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(StoreLocation.Parse(db).ConnectionString) { Pooling = true }.ConnectionString;
        silo.UseAdoNetClustering(o => { o.Invariant = ClusterNames.Invariant; o.ConnectionString = connection; });
        silo.AddAdoNetGrainStorage(ClusterNames.GrainStorage, o => { o.Invariant = ClusterNames.Invariant; o.ConnectionString = connection; });
        silo.Services.AddSingleton(_ => new LedgerPool(db, data, ledgerConnections));
        silo.Services.AddSingleton<BucketRouter>();
        silo.Services.AddSingleton(sp => new SiloIngest(db, data, sp.GetRequiredService<LedgerPool>(), sp.GetRequiredService<BucketRouter>()));
        return silo;
    }

    private static IPAddress AdvertisedAddress(ClusterSettings cluster)
    {
        if (cluster.AdvertisedIp is { Length: > 0 } configured) return IPAddress.Parse(configured);
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? IPAddress.Loopback;
    }
}

using System.CommandLine;
using Sitrep.Cluster;
using Sitrep.Server;
using Sitrep.Storage;
using Sitrep.Server.Security;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the REST API and the dashboard over one store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; localhost only unless you name another address", DefaultValueFactory = _ => ServerSettings.DefaultUrls, HelpName = "URLS" };
        var keyFile = new Option<FileInfo?>("--api-key-file") { Description = "File of hashed API keys allowed to write (POST /ingest); without it the server is read-only", HelpName = "FILE" };
        var newKey = new Option<FileInfo?>("--new-api-key") { Description = "Make a new API key, add its hash to FILE (created if missing), print the key once, and exit", HelpName = "FILE" };
        var maxBody = new Option<long>("--max-body") { Description = "Largest request body in bytes (413 beyond)", DefaultValueFactory = _ => new ServerSettings().MaxBodyBytes, HelpName = "BYTES" };
        var perMinute = new Option<int>("--requests-per-minute") { Description = "Requests per client per minute (429 beyond); ingests have a tenth of it", DefaultValueFactory = _ => new ServerSettings().RequestsPerMinute, HelpName = "N" };
        var create = new Option<bool>("--create") { Description = "Create the database when it is missing (an empty store to ingest into); without it a missing database is an error" };
        var cors = new Option<string[]>("--cors-origin") { Description = "Allow browser pages from this origin to call the API (repeatable); CORS is off without it", HelpName = "ORIGIN" };
        var cluster = new Option<bool>("--cluster") { Description = "Run as a silo of an Orleans cluster: --db must be a postgres:// URL every silo reaches; the membership table and bucket state go there too" };
        var clusterId = new Option<string>("--cluster-id") { Description = "Silos with this id in the same database form one cluster", DefaultValueFactory = _ => new ClusterSettings().ClusterId, HelpName = "ID" };
        var siloPort = new Option<int>("--silo-port") { Description = "Port silos talk to each other on", DefaultValueFactory = _ => new ClusterSettings().SiloPort, HelpName = "PORT" };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port Orleans clients connect to", DefaultValueFactory = _ => new ClusterSettings().GatewayPort, HelpName = "PORT" };
        var advertise = new Option<string?>("--advertise-ip") { Description = "Address the other silos reach this one at (default: the host's first IPv4 address)", HelpName = "IP" };
        var command = new Command("serve", """
            Serve the store over HTTP: a REST API (/events, /events/{id}, /mentions, /articles/{id},
            /ingest, /health; OpenAPI at /openapi/v1.json, reference at /scalar) and the dashboard at /.
            Reads need nothing; writes need an API key: make one with --new-api-key keys.txt, then
            start with --api-key-file keys.txt and send it as the X-Api-Key header.
              sitrep serve --db sitrep.db
              sitrep serve --new-api-key keys.txt
              curl -H "X-Api-Key: KEY" -H "Content-Type: application/json" --data @article.json http://127.0.0.1:5080/ingest
            As a node of a cluster (README, "Running a cluster"):
              sitrep serve --cluster --db postgres://sitrep:secret@db:5432/sitrep --create --urls http://0.0.0.0:5080
            """) { urls, keyFile, newKey, create, maxBody, perMinute, cors, WebOptions.AllowPrivate, cluster, clusterId, siloPort, gatewayPort, advertise };

        command.SetAction(result =>
        {
            if (result.GetValue(newKey) is { } file)
            {
                var (key, line) = ApiKeys.Create();
                File.AppendAllLines(file.FullName, [line]);
                Console.Out.WriteLine(key);
                Console.Error.WriteLine($"sitrep serve: the key above is shown once; {file.FullName} holds only its hash. Start with --api-key-file {file.Name}");
                return ExitCodes.Ok;
            }
            var requests = result.GetValue(perMinute);
            List<string> args =
            [
                $"--urls={result.GetValue(urls)}",
                $"--{ServerSettings.Section}:Db={Database(CommonOptions.DbPath(result))}",
                $"--{ServerSettings.Section}:MaxBodyBytes={result.GetValue(maxBody)}",
                $"--{ServerSettings.Section}:RequestsPerMinute={requests}",
                $"--{ServerSettings.Section}:WritesPerMinute={Math.Max(1, requests / 10)}",
                $"--{ServerSettings.Section}:AllowPrivateAddresses={result.GetValue(WebOptions.AllowPrivate)}",
                $"--{ServerSettings.Section}:Create={result.GetValue(create)}",
            ];
            if (result.GetValue(cluster))
            {
                args.Add($"--{ClusterSettings.Section}:Enabled=true");
                args.Add($"--{ClusterSettings.Section}:ClusterId={result.GetValue(clusterId)}");
                args.Add($"--{ClusterSettings.Section}:SiloPort={result.GetValue(siloPort)}");
                args.Add($"--{ClusterSettings.Section}:GatewayPort={result.GetValue(gatewayPort)}");
                if (result.GetValue(advertise) is { Length: > 0 } ip) args.Add($"--{ClusterSettings.Section}:AdvertisedIp={ip}");
            }
            if (result.GetValue(keyFile) is { } keys) args.Add($"--{ServerSettings.Section}:ApiKeyFile={keys.FullName}");
            if (result.GetValue(CommonOptions.Data) is { } data) args.Add($"--{ServerSettings.Section}:Data={data.FullName}");
            var origins = result.GetValue(cors) ?? [];
            for (var i = 0; i < origins.Length; i++) args.Add($"--{ServerSettings.Section}:CorsOrigins:{i}={origins[i]}");
            SitrepServer.CreateApp([.. args]).Run();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A SQLite path made absolute (the server's working folder is its own); a PostgreSQL URL or connection string as given.</summary>
    private static string Database(string db) => StoreLocation.IsPostgres(db) ? db : Path.GetFullPath(db);
}

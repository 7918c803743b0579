using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using Sitrep.Cluster;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Server.Endpoints;
using Sitrep.Server.Security;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>
/// Builds the web application behind <c>sitrep serve</c>: the REST API, its OpenAPI document and
/// reference page, and the dashboard's static files, with the security settings on by default
/// (localhost binding, API key for writes, rate and size limits, CSP, no CORS, problem details).
/// </summary>
public static class SitrepServer
{
    public static WebApplication CreateApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        var settings = builder.Configuration.GetSection(ServerSettings.Section).Get<ServerSettings>() ?? new ServerSettings();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(ServerSettings.DefaultUrls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxBodyBytes);

        var data = settings.Data is { } folder ? new DataPack(folder) : DataPack.Default;
        // a silo of a cluster (`sitrep serve --cluster`): ingest here fuses through the bucket grains
        var cluster = builder.Configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        if (cluster.Enabled) SiloSetup.RequirePostgres(settings.Db);
        Stores.Open(settings.Db, settings.Create ? StoreOpenMode.CreateIfMissing : StoreOpenMode.Existing).Dispose(); // migrate once, before the first request
        if (cluster.Enabled) builder.AddSitrepSilo(cluster, settings.Db, data);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new StoreAccess(settings, data));
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton(settings.ApiKeyFile is { } keyFile ? ApiKeys.Load(keyFile) : ApiKeys.None);
        builder.Services.Configure<JsonOptions>(o => Copy(SitrepJson.Options, o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddSitrepRateLimits(settings);
        builder.Services.AddOpenApi();
        if (settings.CorsOrigins.Length > 0)
            builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(settings.CorsOrigins).WithMethods("GET", "POST").WithHeaders("Content-Type", ApiKeys.Header)));

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(WriteProblem));
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        if (settings.CorsOrigins.Length > 0) app.UseCors();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapEventEndpoints();
        app.MapReadEndpoints();
        app.MapIngestEndpoints();
        app.MapAnalysisEndpoints();
        app.MapFramingEndpoints();
        return app;
    }

    /// <summary>An unhandled error as problem details: a request the server refused keeps its status (413 for a body too big); anything else is 500 without a stack trace.</summary>
    private static async Task WriteProblem(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = error switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request", bad.Message),
            StoreException store => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", store.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "the server failed on this request; its log has the details"),
        };
        http.Response.StatusCode = status;
        await Problems.Create(status, title, detail).ExecuteAsync(http);
    }

    private static void Copy(System.Text.Json.JsonSerializerOptions from, System.Text.Json.JsonSerializerOptions to)
    {
        to.PropertyNamingPolicy = from.PropertyNamingPolicy;
        to.DefaultIgnoreCondition = from.DefaultIgnoreCondition;
        to.Encoder = from.Encoder;
        // a rate ratio against an empty baseline is Infinity, and its interval may be: written as "Infinity", not a 500
        to.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals;
        foreach (var converter in from.Converters) to.Converters.Add(converter);
    }
}

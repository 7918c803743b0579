using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Sitrep.Server.Security;

/// <summary>
/// Per-client fixed windows (by remote address): every request counts against the read budget,
/// and ingests against a smaller write budget. Over budget is 429 with a Retry-After header.
/// </summary>
public static class RateLimits
{
    public const string Writes = "writes";

    public static IServiceCollection AddSitrepRateLimits(this IServiceCollection services, ServerSettings settings) => services.AddRateLimiter(options =>
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => Window(settings.RequestsPerMinute)));
        options.AddPolicy(Writes, http => RateLimitPartition.GetFixedWindowLimiter(Client(http), _ => Window(settings.WritesPerMinute)));
        options.OnRejected = async (context, cancel) =>
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests", "this client is over its request budget; wait and retry")
                .ExecuteAsync(context.HttpContext);
        };
    });

    private static string Client(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

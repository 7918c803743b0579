namespace Sitrep.Server.Security;

/// <summary>
/// Headers every response carries. The Content-Security-Policy lets the dashboard load only its own
/// scripts, styles and data (no inline script, nothing from another origin); the API reference
/// page needs inline styles and scripts of its own, so it gets a looser policy of its own.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    /// <summary>The situation report is one self-contained page: its own inline styles and SVG, no script at all.</summary>
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
    public const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePolicy
                : context.Request.Path.StartsWithSegments("/report") ? ReportPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        await next();
    });
}

namespace Sitrep.Server.Security;

/// <summary>Guards a write endpoint: no key is 401, a key that is not one of ours is 403.</summary>
public sealed class RequireApiKey(ApiKeys keys) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = context.HttpContext.Request.Headers[ApiKeys.Header].ToString();
        if (string.IsNullOrEmpty(key))
            return Problems.Create(StatusCodes.Status401Unauthorized, "API key required",
                keys.Any ? $"send the key in the {ApiKeys.Header} header" : "this server accepts no writes: start it with --api-key-file");
        if (!keys.Accepts(key))
            return Problems.Create(StatusCodes.Status403Forbidden, "API key not accepted", "the key is not one of this server's keys");
        return await next(context);
    }
}

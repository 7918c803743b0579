using System.Net;

namespace Sitrep.Tests.Server;

/// <summary>A client over its budget gets 429 with Retry-After, as problem details.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_over_the_budget_are_429()
    {
        using var server = new DemoServer(withDemo: false) { RequestsPerMinute = 3 };
        var client = server.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var refused = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        ApiTests.AssertProblem(refused, await refused.Content.ReadAsStringAsync());
    }
}

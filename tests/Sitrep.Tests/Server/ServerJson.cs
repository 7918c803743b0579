using System.Net;
using System.Text.Json;

namespace Sitrep.Tests.Server;

public static class ServerJson
{
    /// <summary>GETs a URL that must answer 200, and its JSON body; on another status the failure shows the body (the problem details).</summary>
    public static async Task<JsonElement> GetOkJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}

using System.Net;
using System.Text.Json;

namespace Gaoxin.Tests.Infrastructure;

public static class Problem
{
    /// <summary>Asserts an RFC 9457 problem with the status and reads its detail.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? string.Empty : string.Empty;
    }
}

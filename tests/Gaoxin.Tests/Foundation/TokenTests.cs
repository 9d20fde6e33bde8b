using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Gaoxin.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gaoxin.Tests.Foundation;

public sealed class TokenTests
{
    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_right_password_gets_a_token_that_expires_in_an_hour_and_opens_the_api(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(clock));

        var response = await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chengde", password = "Gaoxin@2022" });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        Assert.False(string.IsNullOrEmpty(token!.AccessToken));
        Assert.Equal(clock.GetUtcNow().AddHours(1), token.ExpiresAt);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/zones");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var zones = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, zones.StatusCode);
        Assert.Contains("chengde", await zones.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_expired_token_is_refused_with_a_message_saying_so(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(provider, services: s => s.AddSingleton<TimeProvider>(clock));
        var client = await app.ClientForAsync("chengde");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/zones")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(61));

        var detail = await Problem.AssertAsync(await client.GetAsync("/api/v1/zones"), HttpStatusCode.Unauthorized);
        Assert.Contains("expired", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_forged_token_is_refused(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        // Same claims as a real platform admin token, signed with a key the server never had.
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "gaoxin",
            Audience = "gaoxin-api",
            Subject = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, "PlatformAdmin")]),
            Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[64]), SecurityAlgorithms.HmacSha256),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/zones");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var detail = await Problem.AssertAsync(await app.Client.SendAsync(request), HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_call_without_a_token_is_refused_and_told_how_to_get_one(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var detail = await Problem.AssertAsync(await app.Client.GetAsync("/api/v1/zones"), HttpStatusCode.Unauthorized);
        Assert.Contains("/api/v1/auth/token", detail, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/zones");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic YWRtaW46eA==");
        Assert.Contains("Bearer", await Problem.AssertAsync(await app.Client.SendAsync(request), HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_password_and_unknown_user_get_the_same_clear_refusal(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var wrong = await Problem.AssertAsync(await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chengde", password = "nope" }), HttpStatusCode.Unauthorized);
        var unknown = await Problem.AssertAsync(await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "nope" }), HttpStatusCode.Unauthorized);
        Assert.Equal(wrong, unknown);
        Assert.Contains("user name or the password is wrong", wrong, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        for (var i = 0; i < 4; i++)
        {
            await Problem.AssertAsync(await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "xianyang", password = "wrong" }), HttpStatusCode.Unauthorized);
        }

        var fifth = await Problem.AssertAsync(await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "xianyang", password = "wrong" }), HttpStatusCode.Locked);
        Assert.Contains("locked", fifth, StringComparison.OrdinalIgnoreCase);

        var right = await Problem.AssertAsync(await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "xianyang", password = "Gaoxin@2022" }), HttpStatusCode.Locked);
        Assert.Contains("minute", right, StringComparison.Ordinal);

        // Another account is not affected.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "chengde", password = "Gaoxin@2022" })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_admin_unlocks_a_locked_account(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "qingdao", password = "wrong" });
        }

        var admin = await app.ClientForAsync("admin");
        var users = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/users?search=qingdao");
        var id = users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "qingdao").GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "qingdao", password = "Gaoxin@2022" })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Demo_accounts_cannot_sign_in_when_demo_mode_is_off(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var after = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        var detail = await Problem.AssertAsync(await after.Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "Gaoxin@2022" }), HttpStatusCode.Forbidden);
        Assert.Contains("demo", detail, StringComparison.OrdinalIgnoreCase);
    }
}

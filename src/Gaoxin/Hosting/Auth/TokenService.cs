using System.Security.Claims;
using System.Security.Cryptography;
using Gaoxin.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Gaoxin.Hosting.Auth;

/// <summary>
/// The key that signs API tokens: <c>Auth:SigningKey</c> (base64, at least 32 bytes) when configured, otherwise one
/// generated on first start and kept in the database so that every node of a cluster accepts every token.
/// </summary>
public sealed class SigningKeys(IConfiguration configuration, DatabaseSettings database)
{
    private const string SecretName = "api-token-signing-key";
    private readonly Lock _gate = new();
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key
    {
        get
        {
            if (_key is not null)
            {
                return _key;
            }

            lock (_gate)
            {
                return _key ??= new SymmetricSecurityKey(Load());
            }
        }
    }

    private byte[] Load()
    {
        var configured = configuration["Auth:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? bytes : throw new StartupException("Auth:SigningKey must be base64 of at least 32 bytes.");
        }

        using var db = database.Create(ZoneScope.System(), TimeProvider.System);
        var stored = db.ServerSecrets.AsNoTracking().FirstOrDefault(s => s.Name == SecretName);
        if (stored is not null)
        {
            return Convert.FromBase64String(stored.Value);
        }

        var key = RandomNumberGenerator.GetBytes(64);
        db.ServerSecrets.Add(new ServerSecret { Name = SecretName, Value = Convert.ToBase64String(key) });
        try
        {
            db.SaveChanges();
            return key;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: use theirs.
            using var again = database.Create(ZoneScope.System(), TimeProvider.System);
            return Convert.FromBase64String(again.ServerSecrets.AsNoTracking().First(s => s.Name == SecretName).Value);
        }
    }
}

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);

public sealed class TokenService(SigningKeys keys, TimeProvider clock, IConfiguration configuration)
{
    public const string Issuer = "gaoxin";
    public const string Audience = "gaoxin-api";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(configuration.GetValue("Auth:TokenMinutes", 60));

    public IssuedToken Issue(ClaimsPrincipal principal)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var claims = principal.Claims
            .Where(c => c.Type is not ("AspNet.Identity.SecurityStamp" or "amr"))
            .Append(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        return new IssuedToken(token, expires);
    }
}

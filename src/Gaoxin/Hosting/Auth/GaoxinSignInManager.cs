using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gaoxin.Hosting.Auth;

/// <summary>Refuses demo accounts when demo mode is off: demo passwords exist only in demo mode.</summary>
public sealed class GaoxinSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    DemoSettings demo)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user)
        => (!user.IsDemo || demo.Enabled) && await base.CanSignInAsync(user);
}

/// <summary><c>Demo:Enabled</c>: on by default with the embedded database, off otherwise.</summary>
public sealed record DemoSettings(bool Enabled)
{
    public const string Password = "Gaoxin@2022";

    public static DemoSettings From(IConfiguration configuration, Data.DatabaseSettings database)
        => new(configuration.GetValue<bool?>("Demo:Enabled") ?? database.Provider == Data.DatabaseProvider.Sqlite);
}

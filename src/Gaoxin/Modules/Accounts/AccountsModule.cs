using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Features;

namespace Gaoxin.Modules.Accounts;

public sealed class AccountsModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        IssueToken.Map(api);
        GetMe.Map(api);
        var users = api.MapGroup("/users").WithTags("Users");
        ListUsers.Map(users);
        AddUser.Map(users);
        UpdateUser.Map(users);
        ResetPassword.Map(users);
        UnlockUser.Map(users);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        SignIn.Map(app);
        ExportUsers.Map(app);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Admin, "Nav.Users", "admin/users", MudBlazor.Icons.Material.Filled.People, Policies.ZoneAdmins),
    ];
}

using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

public static class UnlockUser
{
    public static async Task<bool> Handle(Guid id, GaoxinDb db, UserManager<User> users, CancellationToken ct)
    {
        var user = await db.Visible().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || !ResetPassword.CanAdminister(db, user))
        {
            return false;
        }

        if (UpdateUser.IsDisabled(user.LockoutEnd))
        {
            throw new DomainException(Text.Get("Err.DisabledNotLocked"), StatusCodes.Status409Conflict);
        }

        AddUser.Check(await users.SetLockoutEndDateAsync(user, null));
        AddUser.Check(await users.ResetAccessFailedCountAsync(user));
        return true;
    }

    public static void Map(RouteGroupBuilder users) => users
        .MapPost("/{id:guid}/unlock", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, GaoxinDb db, UserManager<User> userManager, CancellationToken ct)
            => await Handle(id, db, userManager, ct) ? TypedResults.NoContent() : ApiResults.NotFound("account"))
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("UnlockUser")
        .WithSummary("Clears an account's lockout after failed sign-ins");
}

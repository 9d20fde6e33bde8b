using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Accounts.Features;

/// <summary>An administrator sets a new password for an account they administer; the lockout is cleared too.</summary>
public static class ResetPassword
{
    public sealed record Request([property: Required] string NewPassword);

    public static async Task<bool> Handle(Guid id, string newPassword, GaoxinDb db, UserManager<User> users, CancellationToken ct)
    {
        var user = await db.Visible().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || !CanAdminister(db, user))
        {
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        AddUser.Check(await users.ResetPasswordAsync(user, token, newPassword));
        AddUser.Check(await users.SetLockoutEndDateAsync(user, null));
        AddUser.Check(await users.ResetAccessFailedCountAsync(user));
        await tx.CommitAsync(ct);
        return true;
    }

    internal static bool CanAdminister(GaoxinDb db, User user)
        => db.Scope.SeesAllZones || (user.ZoneId is { } z && db.Scope.CanWrite(z));

    public static void Map(RouteGroupBuilder users) => users
        .MapPost("/{id:guid}/password", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Request request, GaoxinDb db, UserManager<User> userManager, CancellationToken ct)
            => await Handle(id, request.NewPassword, db, userManager, ct) ? TypedResults.NoContent() : ApiResults.NotFound("account"))
        .RequireAuthorization(Policies.ApiZoneAdmin)
        .WithName("ResetPassword")
        .WithSummary("Sets a new password for an account and clears its lockout");
}

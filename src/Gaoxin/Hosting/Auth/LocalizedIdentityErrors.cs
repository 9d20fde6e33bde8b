using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Hosting.Auth;

/// <summary>The password and user-name rules, said in the language of the request.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = Text.Get("Err.PasswordTooShort", length) };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = Text.Get("Err.PasswordRequiresDigit") };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = Text.Get("Err.PasswordRequiresLower") };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = Text.Get("Err.PasswordRequiresUpper") };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = Text.Get("Err.PasswordRequiresSymbol") };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = Text.Get("Err.DuplicateUserName", userName) };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = Text.Get("Err.InvalidUserName", userName) };
}

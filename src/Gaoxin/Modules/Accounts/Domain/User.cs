using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Modules.Accounts.Domain;

/// <summary>
/// An account. Zone-bound roles carry <see cref="ZoneId"/>; a platform admin has none; a supervisor reads the
/// zones listed in <see cref="SupervisedZones"/>.
/// </summary>
public sealed class User : IdentityUser<Guid>
{
    public User()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = string.Empty;
    public Guid? ZoneId { get; set; }
    public Guid? DepartmentId { get; set; }

    /// <summary>Demo accounts sign in only while demo mode is on.</summary>
    public bool IsDemo { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public List<SupervisedZone> SupervisedZones { get; } = [];
}

public sealed class SupervisedZone
{
    public Guid UserId { get; set; }
    public Guid ZoneId { get; set; }
}

public sealed class Role : IdentityRole<Guid>
{
    public Role()
    {
        Id = Guid.CreateVersion7();
    }

    public Role(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}

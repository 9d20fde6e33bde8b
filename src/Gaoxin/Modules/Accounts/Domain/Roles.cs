namespace Gaoxin.Modules.Accounts.Domain;

public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string ZoneAdmin = nameof(ZoneAdmin);
    public const string Leader = nameof(Leader);
    public const string Staff = nameof(Staff);
    public const string ProjectOfficer = nameof(ProjectOfficer);
    public const string Enterprise = nameof(Enterprise);
    public const string Supervisor = nameof(Supervisor);

    public static readonly IReadOnlyList<string> All =
        [PlatformAdmin, ZoneAdmin, Leader, Staff, ProjectOfficer, Enterprise, Supervisor];

    /// <summary>Roles whose account belongs to exactly one zone.</summary>
    public static bool IsZoneBound(string role) => role is not (PlatformAdmin or Supervisor);

    /// <summary>Roles that need a department.</summary>
    public static bool NeedsDepartment(string role) => role == Staff;
}

public static class GaoxinClaims
{
    public const string HomeZone = "gx:zone";
    public const string SupervisedZone = "gx:zones";
    public const string CurrentZone = "gx:current";
    public const string DisplayName = "gx:name";
    public const string Department = "gx:dept";
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Talent.Domain;

/// <summary>
/// A zone's own settings of the talent pool: which departments are its talent staff (they read personal data and keep
/// the pool with the admins), by fragments of the department's name. A zone without a row uses <see cref="DefaultDepartments"/>.
/// </summary>
public sealed class TalentSettings : IZoneOwned, IVersioned
{
    /// <summary>PRODUCT.md: "HR/talent (人社)" — 人社局, 人才办, 人力资源部 …</summary>
    public static readonly IReadOnlyList<string> DefaultDepartments = ["人社", "人才", "人力资源"];

    private TalentSettings()
    {
        TalentDepartments = string.Empty;
    }

    public TalentSettings(Guid zoneId)
    {
        ZoneId = zoneId;
        TalentDepartments = string.Join(';', DefaultDepartments);
    }

    public Guid ZoneId { get; private set; }

    /// <summary>Fragments of department names, separated by ";" (a department whose name contains one is talent staff).</summary>
    public string TalentDepartments { get; private set; }

    public long Version { get; set; }

    public IReadOnlyList<string> DepartmentFragments => TalentDepartments.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void SetDepartments(IEnumerable<string> fragments) => TalentDepartments = string.Join(';', fragments);
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Zones.Domain;

/// <summary>A department of the administrative committee (招商局, 项目办, 科技局 …); staff belong to one.</summary>
public sealed class Department : IZoneOwned, IVersioned, ISoftDeletable
{
    private Department()
    {
        Name = string.Empty;
    }

    public Department(Guid zoneId, string name)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; private set; }
    public long Version { get; set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public void Rename(string name) => Name = name.Trim();

    public void Delete(DateTimeOffset at) => DeletedAt ??= at;
}

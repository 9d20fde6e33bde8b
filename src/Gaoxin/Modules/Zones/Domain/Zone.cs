using Gaoxin.Data;

namespace Gaoxin.Modules.Zones.Domain;

public enum ZoneLevel
{
    National = 0,
    Provincial = 1,
}

/// <summary>A high-tech zone (高新区): the tenant that owns every business record.</summary>
public sealed class Zone : IVersioned
{
    private Zone()
    {
        Code = Name = NameEn = Province = City = string.Empty;
    }

    public Zone(string code, string name, string nameEn, string province, string city, ZoneLevel level, DateOnly establishedOn)
    {
        Id = Guid.CreateVersion7();
        Code = NormaliseCode(code);
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Province = province.Trim();
        City = city.Trim();
        Level = level;
        EstablishedOn = establishedOn;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public string NameEn { get; private set; }
    public string Province { get; private set; }
    public string City { get; private set; }
    public ZoneLevel Level { get; private set; }
    public DateOnly EstablishedOn { get; private set; }
    public long Version { get; set; }

    public string DisplayName(bool chinese) => chinese || string.IsNullOrEmpty(NameEn) ? Name : NameEn;

    public void Update(string name, string nameEn, string province, string city, ZoneLevel level, DateOnly establishedOn)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Province = province.Trim();
        City = city.Trim();
        Level = level;
        EstablishedOn = establishedOn;
    }

    public static string NormaliseCode(string code) => code.Trim().ToLowerInvariant();
}

using Gaoxin.Data;

namespace Gaoxin.Modules.Evaluation.Domain;

public sealed record ParkIndicator(string Code, string Name, string Dimension, string Direction, double Weight);

/// <summary>Parks × indicators as imported; null for a missing value. <see cref="SampleParks"/> are made-up rows (示例数据).</summary>
public sealed record ParkTableData(List<string> Parks, List<ParkIndicator> Indicators, List<List<double?>> Values, List<string> SampleParks);

/// <summary>An imported indicator table for park benchmarking (园区评价), e.g. a 2022 top-100 ranking's indicators.</summary>
public sealed class ParkIndexTable : IZoneOwned
{
    private ParkIndexTable()
    {
        Name = TableJson = ImportedBy = string.Empty;
    }

    public ParkIndexTable(Guid zoneId, string name, int year, ParkTableData data, bool isSampleData, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
        Year = year;
        TableJson = EvaluationJson.Write(data);
        IsSampleData = isSampleData;
        ImportedBy = by;
        ImportedAt = at;
        ParkCount = data.Parks.Count;
        IndicatorCount = data.Indicators.Count;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; private set; }
    public int Year { get; private set; }
    public int ParkCount { get; private set; }
    public int IndicatorCount { get; private set; }
    public string TableJson { get; private set; }
    public bool IsSampleData { get; private set; }
    public string ImportedBy { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }

    public ParkTableData Data => EvaluationJson.Read<ParkTableData>(TableJson);
}

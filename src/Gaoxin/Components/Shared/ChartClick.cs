namespace Gaoxin.Components.Shared;

/// <summary>What was clicked on a chart: the category (or slice) name, the series and the data index.</summary>
public sealed record ChartClick(string Name, string Series, int Index);

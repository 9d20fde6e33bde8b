namespace Gaoxin.Engines.Indices;

/// <summary>
/// Outlier treatment by the JRC/COINr rule: while an indicator's |skewness| exceeds <see cref="SkewLimit"/> and its
/// kurtosis exceeds <see cref="KurtosisLimit"/>, the most extreme point on the side of the skew is set to the next value
/// in (winsorised), at most <see cref="MaxPoints"/> points per indicator. Skewness and kurtosis are the sample-adjusted
/// G1 and excess G2 (as Excel's SKEW and KURT). Defaults are COINr's (winmax 5, skew 2, kurtosis 3.5).
/// </summary>
public sealed record Winsorisation(double SkewLimit = 2.0, double KurtosisLimit = 3.5, int MaxPoints = 5);

/// <summary>A value changed by winsorisation: the unit, the indicator, the value it had and the value it was given.</summary>
public sealed record ClippedPoint(string Unit, string Indicator, double Original, double ClippedTo);

/// <summary>An indicator still beyond the skew/kurtosis limits after the most points allowed were clipped.</summary>
public sealed record StillSkewed(string Indicator, double Skewness, double Kurtosis);

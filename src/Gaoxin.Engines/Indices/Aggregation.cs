namespace Gaoxin.Engines.Indices;

/// <summary>
/// How normalised indicators combine into a score. Arithmetic is the weighted mean and lets a strength compensate a
/// weakness fully; geometric is the weighted geometric mean, compensates less, and is defined only on strictly positive
/// values (a zero would wipe out every other indicator), so it is refused on anything else.
/// </summary>
public enum Aggregation
{
    Arithmetic,
    Geometric,
}

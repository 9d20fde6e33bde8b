namespace Gaoxin.Engines.Indices;

/// <summary>Sample-adjusted skewness (G1) and excess kurtosis (G2), as Excel's SKEW and KURT; NaN below four values or with no spread.</summary>
internal static class SkewAndKurtosis
{
    public static (double Skewness, double Kurtosis) Of(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n < 4)
        {
            return (double.NaN, double.NaN);
        }

        var mean = values.Average();
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }

        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 <= 0)
        {
            return (double.NaN, double.NaN);
        }

        var g1 = m3 / Math.Pow(m2, 1.5);
        var g2 = (m4 / (m2 * m2)) - 3;
        var skew = Math.Sqrt(n * (n - 1.0)) / (n - 2.0) * g1;
        var kurt = ((n + 1.0) * g2 + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
        return (skew, kurt);
    }
}

namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// A numeric column as exact fixed-point integers: <c>value × 10^Scale</c> in a <c>long</c>, <see cref="Missing"/> for a
/// missing cell. Built only when every present value fits exactly; otherwise the column stays decimal-only.
/// </summary>
public sealed class FixedNumberColumn
{
    public const long Missing = long.MinValue;

    // Scales above this leave too little headroom for products; such columns use the decimal path.
    private const int MaxScale = 6;

    private FixedNumberColumn(long[] values, int scale) => (Values, Scale) = (values, scale);

    public long[] Values { get; }
    public int Scale { get; }

    /// <summary>The column at the smallest scale that holds every value exactly, or null when none fits in a long.</summary>
    public static FixedNumberColumn? TryCreate(decimal?[] values)
    {
        var scale = 0;
        foreach (var v in values)
        {
            if (v is { } d)
            {
                var s = FixedMath.EffectiveScale(d);
                if (s > MaxScale)
                {
                    return null;
                }

                scale = Math.Max(scale, s);
            }
        }

        var factor = FixedMath.Pow10(scale);
        var fixedValues = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } d)
            {
                fixedValues[i] = Missing;
                continue;
            }

            // |value| ≤ 2^62 / 10^scale leaves room; larger columns take the decimal path.
            var scaled = d * factor;
            if (scaled > FixedMath.Limit || scaled < -FixedMath.Limit)
            {
                return null;
            }

            fixedValues[i] = (long)scaled;
        }

        return new FixedNumberColumn(fixedValues, scale);
    }
}

/// <summary>A text column as codes into its own dictionary (<c>-1</c> for a missing cell), so equality is an int compare.</summary>
public sealed class TextCodeColumn
{
    private TextCodeColumn(int[] codes, Dictionary<string, int> dictionary) => (Codes, Dictionary) = (codes, dictionary);

    public int[] Codes { get; }
    public Dictionary<string, int> Dictionary { get; }

    public static TextCodeColumn Create(string?[] values)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } text)
            {
                codes[i] = -1;
                continue;
            }

            if (!dictionary.TryGetValue(text, out var code))
            {
                code = dictionary.Count;
                dictionary.Add(text, code);
            }

            codes[i] = code;
        }

        return new TextCodeColumn(codes, dictionary);
    }

    /// <summary>The code of a text, or -2 when no row has it (so no row equals it).</summary>
    public int CodeOf(string text) => Dictionary.TryGetValue(text, out var code) ? code : -2;

    /// <summary>For <c>x in [..]</c>: which codes are among the options.</summary>
    public bool[] Mask(string[] options)
    {
        var mask = new bool[Dictionary.Count];
        foreach (var option in options)
        {
            if (Dictionary.TryGetValue(option, out var code))
            {
                mask[code] = true;
            }
        }

        return mask;
    }
}

/// <summary>The fixed-point view of a frame, by slot (null where a column has no exact fixed form).</summary>
public sealed class FixedColumns(FixedNumberColumn?[] numbers, TextCodeColumn?[] texts)
{
    public FixedNumberColumn?[] Numbers { get; } = numbers;
    public TextCodeColumn?[] Texts { get; } = texts;
}

/// <summary>Integer helpers for the exact fixed-point path.</summary>
public static class FixedMath
{
    /// <summary>Inputs and constants stay within ±2^62 so one addition cannot overflow unnoticed; products are checked.</summary>
    public const long Limit = 1L << 62;

    private static readonly long[] Powers = [.. Enumerable.Range(0, 19).Select(i => (long)Math.Pow(10, i))];

    public static long Pow10(int n) => Powers[n];

    /// <summary>The number of decimals a value really needs (trailing zeros removed).</summary>
    public static int EffectiveScale(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return scale;
    }

    /// <summary>A decimal constant as (integer, scale), or null when it does not fit.</summary>
    public static (long Value, int Scale)? FromDecimal(decimal value)
    {
        var scale = EffectiveScale(value);
        if (scale > 18)
        {
            return null;
        }

        var scaled = value * Pow10(scale);
        return scaled > Limit || scaled < -Limit ? null : ((long)scaled, scale);
    }

    /// <summary>Whether a fixed value sits on the grid of <paramref name="decimals"/> decimals.</summary>
    public static bool AtPrecision(long value, long divisor) => value % divisor == 0;

    public static decimal ToDecimal(long value, int scale)
    {
        var magnitude = value < 0 ? unchecked((ulong)~value + 1) : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, (byte)scale);
    }
}

namespace Gaoxin.Engines.Money;

/// <summary>
/// Money is stored as whole fen (分, 0.01 yuan) in a <see cref="long"/> and computed as <see cref="decimal"/> yuan.
/// Converting refuses amounts that are not whole fen rather than rounding them silently.
/// </summary>
public static class Fen
{
    private const decimal MaxYuan = long.MaxValue / 100m;

    public static long FromYuan(decimal yuan)
    {
        if (yuan > MaxYuan || yuan < -MaxYuan)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "The amount is too large to store.");
        }

        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"{yuan} yuan is not a whole number of fen; round it first with a stated rule.", nameof(yuan));
        }

        return (long)fen;
    }

    public static decimal ToYuan(long fen) => fen / 100m;
}

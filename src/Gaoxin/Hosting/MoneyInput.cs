using Gaoxin.Engines.Money;

namespace Gaoxin.Hosting;

/// <summary>Money typed in by people: yuan to whole fen, or a refusal they can read (never a silent rounding).</summary>
public static class MoneyInput
{
    public static long ToFen(decimal yuan)
    {
        try
        {
            return Fen.FromYuan(yuan);
        }
        catch (ArgumentException)
        {
            throw new DomainException(Text.Get("Err.NotWholeFen", yuan));
        }
    }

    public static long? ToFen(decimal? yuan) => yuan is { } y ? ToFen(y) : null;
}

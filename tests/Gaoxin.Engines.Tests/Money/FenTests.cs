using System.Globalization;
using Gaoxin.Engines.Money;

namespace Gaoxin.Engines.Tests.Money;

public sealed class FenTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.01", 1L)]
    [InlineData("1200000", 120_000_000L)]
    [InlineData("4060000000", 406_000_000_000L)] // Chengde's 2022 FAI plan, 40.6亿
    [InlineData("-12.34", -1234L)]
    public void Yuan_become_whole_fen_exactly(string yuan, long fen)
    {
        Assert.Equal(fen, Fen.FromYuan(decimal.Parse(yuan, CultureInfo.InvariantCulture)));
        Assert.Equal(decimal.Parse(yuan, CultureInfo.InvariantCulture), Fen.ToYuan(fen));
    }

    [Fact]
    public void A_fraction_of_a_fen_is_refused_rather_than_rounded_silently()
    {
        var e = Assert.Throws<ArgumentException>(() => Fen.FromYuan(0.005m));
        Assert.Contains("not a whole number of fen", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_beyond_a_long_are_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Fen.FromYuan(decimal.MaxValue / 10));

    [Fact]
    public void Round_trip_holds_for_every_fen_in_a_sweep()
    {
        for (long fen = -100_000; fen <= 100_000; fen += 7)
        {
            Assert.Equal(fen, Fen.FromYuan(Fen.ToYuan(fen)));
        }
    }
}

public sealed class ChineseAmountTests
{
    private static readonly CultureInfo Zh = new("zh-CN");
    private static readonly CultureInfo En = new("en");

    [Theory]
    [InlineData("4060000000", "40.6亿元")]
    [InlineData("57300000000", "573亿元")]
    [InlineData("12500000", "1,250万元")]
    [InlineData("9436000000", "94.36亿元")]
    [InlineData("5000", "5,000元")]
    [InlineData("-2000000", "-200万元")]
    public void Officials_read_amounts_in_wan_and_yi(string yuan, string expected)
        => Assert.Equal(expected, ChineseAmount.Format(decimal.Parse(yuan, CultureInfo.InvariantCulture), Zh));

    [Theory]
    [InlineData("4060000000", "4.06 bn yuan")]
    [InlineData("12500000", "12.5 m yuan")]
    [InlineData("5000", "5,000 yuan")]
    public void English_reads_millions_and_billions(string yuan, string expected)
        => Assert.Equal(expected, ChineseAmount.Format(decimal.Parse(yuan, CultureInfo.InvariantCulture), En));

    [Theory]
    [InlineData("12250", "1.23万元")] // 1.225万: half away from zero, where banker's rounding would give 1.22
    [InlineData("12345", "1.23万元")]
    [InlineData("-12250", "-1.23万元")]
    public void Rounding_is_half_away_from_zero_at_two_places(string yuan, string expected)
        => Assert.Equal(expected, ChineseAmount.Format(decimal.Parse(yuan, CultureInfo.InvariantCulture), Zh));
}

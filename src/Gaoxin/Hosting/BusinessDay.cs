using System.Globalization;
using Gaoxin.Hosting.Auth;

namespace Gaoxin.Hosting;

/// <summary>
/// The business date: today in Asia/Shanghai, or in demo mode <c>Demo:Today</c> (default 2022-07-15, about when the
/// source page appeared) so that "this year", deadlines and reporting weeks fit the demo data. Sign-in, tokens and
/// audit timestamps always use the real clock.
/// </summary>
public sealed class BusinessDay(TimeProvider clock, DemoSettings demo, IConfiguration configuration)
{
    public static readonly DateOnly DemoDefault = new(2022, 7, 15);

    public DateOnly Today => demo.Enabled
        ? DateOnly.TryParse(configuration["Demo:Today"], CultureInfo.InvariantCulture, out var d) ? d : DemoDefault
        : BusinessDate.Today(clock);
}

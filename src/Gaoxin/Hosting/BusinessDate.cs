namespace Gaoxin.Hosting;

/// <summary>Business dates are days in Asia/Shanghai (UTC+8, no daylight saving), read from the injected clock.</summary>
public static class BusinessDate
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);
}

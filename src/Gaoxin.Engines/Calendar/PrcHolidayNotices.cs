using System.Globalization;
using System.Text.Json;

namespace Gaoxin.Engines.Calendar;

/// <summary>
/// The State Council General Office notices shipped with Gaoxin, one embedded JSON file per year
/// (Calendar/Data/prc-YYYY.json), each citing its notice (国办发明电〔YYYY〕N号) and any later change.
/// To add a year, add its file; a zone adds or corrects days through <see cref="WorkingCalendar.FromArrangedDays"/>.
/// </summary>
public static class PrcHolidayNotices
{
    private const string ResourcePrefix = "Gaoxin.Engines.Calendar.Data.prc-";

    private static readonly Lazy<IReadOnlyList<HolidayNotice>> Loaded = new(Load);

    /// <summary>The notices, ascending by year.</summary>
    public static IReadOnlyList<HolidayNotice> Notices => Loaded.Value;

    /// <summary>The years the notices arrange (2019–2026 as shipped).</summary>
    public static IReadOnlyList<int> Years => [.. Notices.Select(n => n.Year)];

    /// <summary>Every arranged day of every notice, in notice order.</summary>
    public static IReadOnlyList<ArrangedDay> Days => [.. Notices.SelectMany(n => n.Days)];

    private static List<HolidayNotice> Load()
    {
        var assembly = typeof(PrcHolidayNotices).Assembly;
        var notices = new List<HolidayNotice>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Embedded calendar data {name} cannot be read.");
            notices.Add(Parse(stream, name));
        }

        return notices;
    }

    private static HolidayNotice Parse(Stream stream, string source)
    {
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var notice = root.GetProperty("notice");
        var amendments = root.GetProperty("amendments").EnumerateArray()
            .Select(a => new HolidayNoticeAmendment(Text(a, "title"), Text(a, "url"), Text(a, "change")))
            .ToList();

        var days = new List<ArrangedDay>();
        foreach (var entry in root.GetProperty("days").EnumerateArray())
        {
            var from = Date(entry, "from");
            var to = Date(entry, "to");
            var kind = Text(entry, "kind") switch
            {
                "off" => ArrangedDayKind.DayOff,
                "work" => ArrangedDayKind.MakeUpWorkingDay,
                var other => throw new InvalidDataException($"{source}: kind '{other}' is neither 'off' nor 'work'."),
            };
            if (to < from)
            {
                throw new InvalidDataException($"{source}: {to} is before {from}.");
            }

            for (var d = from; d <= to; d = d.AddDays(1))
            {
                days.Add(new ArrangedDay(d, kind, Text(entry, "zh"), Text(entry, "en")));
            }
        }

        return new HolidayNotice(root.GetProperty("year").GetInt32(), Text(notice, "reference"), Text(notice, "title"), Text(notice, "url"), amendments, days);
    }

    private static string Text(JsonElement e, string property)
        => e.GetProperty(property).GetString() ?? throw new InvalidDataException($"'{property}' is missing.");

    private static DateOnly Date(JsonElement e, string property)
        => DateOnly.ParseExact(Text(e, property), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

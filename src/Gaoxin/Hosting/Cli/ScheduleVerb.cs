using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gaoxin.Engines.Calendar;
using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Hosting.Cli;

/// <summary>
/// <c>gaoxin schedule FILE.json</c> (or <c>-</c> for standard input): the critical-path engine without a server.
/// Prints the schedule as JSON; exit 0, or 2 with a message on standard error for invalid input.
/// </summary>
public static class ScheduleVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Input(string? Calendar, DateOnly? Start, DateOnly? Deadline, DateOnly? StatusDate, List<InputActivity>? Activities, List<InputLink>? Links);

    public sealed record InputActivity(string? Id, int? Duration, DateOnly? Start, InputConstraint? Constraint);

    public sealed record InputConstraint(string? Type, DateOnly? Date);

    public sealed record InputLink(string? From, string? To, string? Type, int? Lag);

    public sealed record Output(DateOnly Finish, IReadOnlyList<OutputActivity> Activities, IReadOnlyList<string> CriticalPath, IReadOnlyList<int>? FallbackYears);

    public sealed record OutputActivity(string Id, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish, int TotalFloat, int FreeFloat, bool Critical);

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync("gaoxin schedule: give a JSON file, or - to read standard input. See 'gaoxin --help'.");
            return 2;
        }

        try
        {
            var text = args[0] == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(args[0]);
            var input = JsonSerializer.Deserialize<Input>(text, Json) ?? throw new InvalidScheduleException("The input is empty.");
            var result = CriticalPath.Schedule(ToPlan(input));
            var output = new Output(
                result.Finish,
                result.Activities.Select(a => new OutputActivity(a.Id, a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloat, a.FreeFloat, a.Critical)).ToList(),
                result.CriticalPath,
                result.FallbackYearsUsed.Count > 0 ? result.FallbackYearsUsed.ToList() : null);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json));
            return 0;
        }
        catch (Exception e) when (e is JsonException or InvalidScheduleException or CalendarYearNotLoadedException or FileNotFoundException or DirectoryNotFoundException or ArgumentException)
        {
            await stderr.WriteLineAsync($"gaoxin schedule: {Describe(e)}");
            return 2;
        }
    }

    private static string Describe(Exception e) => e switch
    {
        JsonException j => $"the input is not valid JSON for a schedule: {j.Message}",
        FileNotFoundException or DirectoryNotFoundException => $"no such file: {e.Message}",
        _ => e.Message,
    };

    public static SchedulePlan ToPlan(Input input)
    {
        var calendar = WorkingCalendar.ForName(input.Calendar ?? "cn");
        var start = input.Start ?? throw new InvalidScheduleException("Give the project's start date: \"start\": \"YYYY-MM-DD\".");
        var activities = (input.Activities ?? throw new InvalidScheduleException("Give the activities: \"activities\": [{\"id\": \"A\", \"duration\": 3}, …]."))
            .Select((a, i) =>
            {
                var id = string.IsNullOrWhiteSpace(a.Id) ? throw new InvalidScheduleException($"Activity {i + 1} has no id.") : a.Id;
                var duration = a.Duration ?? throw new InvalidScheduleException($"Activity '{id}' has no duration (working days).");
                if (duration < 0)
                {
                    throw new InvalidScheduleException($"Activity '{id}' has a negative duration ({duration}).");
                }

                return new ScheduleActivity(id, duration)
                {
                    NoEarlierThan = a.Start,
                    Constraint = a.Constraint is null ? null : new ActivityConstraint(ConstraintOf(id, a.Constraint.Type), a.Constraint.Date
                        ?? throw new InvalidScheduleException($"The constraint of '{id}' has no date.")),
                };
            })
            .ToList();
        var links = (input.Links ?? [])
            .Select((l, i) => new ScheduleLink(
                l.From ?? throw new InvalidScheduleException($"Link {i + 1} has no \"from\"."),
                l.To ?? throw new InvalidScheduleException($"Link {i + 1} has no \"to\"."),
                LinkOf(l.Type),
                l.Lag ?? 0))
            .ToList();
        return new SchedulePlan(calendar, start, activities, links) { Deadline = input.Deadline, StatusDate = input.StatusDate };
    }

    private static ConstraintType ConstraintOf(string id, string? type) => type?.ToUpperInvariant() switch
    {
        "SNET" => ConstraintType.StartNoEarlierThan,
        "FNLT" => ConstraintType.FinishNoLaterThan,
        "MSO" => ConstraintType.MustStartOn,
        "MFO" => ConstraintType.MustFinishOn,
        _ => throw new InvalidScheduleException($"The constraint of '{id}' is '{type}'; use SNET, FNLT, MSO or MFO."),
    };

    private static LinkType LinkOf(string? type) => (type ?? "FS").ToUpperInvariant() switch
    {
        "FS" => LinkType.FinishToStart,
        "SS" => LinkType.StartToStart,
        "FF" => LinkType.FinishToFinish,
        "SF" => LinkType.StartToFinish,
        _ => throw new InvalidScheduleException(string.Create(CultureInfo.InvariantCulture, $"Link type '{type}' is unknown; use FS, SS, FF or SF.")),
    };
}

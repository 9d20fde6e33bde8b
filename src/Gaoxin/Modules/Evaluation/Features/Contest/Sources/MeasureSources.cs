using Gaoxin.Data;
using Gaoxin.Modules.Evaluation.Domain;

namespace Gaoxin.Modules.Evaluation.Features.Contest.Sources;

/// <summary>What a measure source is asked: the contest's zone, the unit and indicator, and the month.</summary>
public sealed record MeasureQuery(Guid ZoneId, UnitSpec Unit, IndicatorSpec Indicator, Period Period, GaoxinDb Db);

/// <summary>
/// A measure Gaoxin computes from its own ledgers. Its result is a sheet cell with a source text saying which records
/// it counts (shown beside the value); null when the ledger has nothing for the unit and month, so the cell is entered by hand.
/// </summary>
public interface IMeasureSource
{
    /// <summary>The key an indicator names in its <c>source</c>.</summary>
    string Key { get; }

    Task<MeasureCell?> MeasureAsync(MeasureQuery q, CancellationToken ct);
}

/// <summary>
/// Where a contest measure comes from: <c>manual</c> or one of the computed sources below. To add a source (e.g. the
/// desk's services answered in time, <see cref="ServicesSource"/>), write one <see cref="IMeasureSource"/> class and add it to <see cref="Computed"/>
/// (and its two strings <c>Eval.SourceKind.KEY</c>, <c>Eval.Source.KEY</c>).
/// </summary>
public static class MeasureSources
{
    public const string Manual = "manual";
    public const string Investment = "investment";
    public const string Problems = "problems";
    public const string Signings = "signings";
    public const string SigningCount = "signing-count";
    public const string Payouts = "payouts";
    public const string Services = "services";
    public const string Starts = "starts";

    public static readonly IReadOnlyList<IMeasureSource> Computed =
    [
        new InvestmentSource(),
        new ProblemsSource(),
        new SigningsSource(Signings, countOnly: false),
        new SigningsSource(SigningCount, countOnly: true),
        new PayoutsSource(),
        new ServicesSource(),
        new StartsSource(),
    ];

    public static readonly IReadOnlyList<string> All = [Manual, .. Computed.Select(s => s.Key)];

    public static IMeasureSource? Find(string key) => Computed.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// A ledger count or amount: against the unit's monthly target when the indicator scores completion (null when the unit
    /// has no target, so it is entered by hand), otherwise a value to rank.
    /// </summary>
    public static MeasureCell? CountedOrAgainstTarget(MeasureQuery q, decimal value, string key, string text)
    {
        if (!q.Indicator.Rule.Trim().Equals("completion", StringComparison.OrdinalIgnoreCase))
        {
            return MeasureCell.FromLedger("value", value, null, key, text);
        }

        return q.Indicator.Targets?.GetValueOrDefault(q.Unit.Code) is > 0 and var target
            ? MeasureCell.FromLedger("completion", value, target, key, text)
            : null;
    }
}

using System.Globalization;
using Gaoxin.Engines.Money;
using Gaoxin.Modules.Incentives.Domain;

namespace Gaoxin.Modules.Incentives.Features.Grants;

public sealed record GrantStepDto(GrantAction Action, string By, DateTimeOffset At, string? Note);

public sealed record GrantDto(Guid Id, Guid PolicyId, string PolicyTitle, string RuleId, string RuleVersion, int Period, string EnterpriseName, string? CreditCode,
    decimal Amount, string Explanation, GrantOrigin Origin, GrantStatus Status, DateOnly? NoticeUntil, DateOnly? PaidOn, IReadOnlyList<GrantStepDto> Steps, long Version)
{
    public static GrantDto From(Grant g, string policyTitle) => new(g.Id, g.PolicyItemId, policyTitle, g.RuleId, g.RuleVersion, g.Period, g.EnterpriseName, g.CreditCode,
        Fen.ToYuan(g.AmountFen), CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? g.ExplanationZh : g.ExplanationEn, g.Origin, g.Status,
        g.NoticeUntil, g.PaidOn, g.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new GrantStepDto(s.Action, s.By, s.At, s.Note)).ToList(), g.Version);
}

public sealed record FundYearDto(Guid Id, string FundId, string Title, int Year, decimal Budget, decimal Committed, decimal Paid, decimal Available, IReadOnlyList<string> Policies)
{
    public static FundYearDto From(FundYear f) => new(f.Id, f.FundId, f.Title, f.Year, Fen.ToYuan(f.BudgetFen), Fen.ToYuan(f.CommittedFen), Fen.ToYuan(f.PaidFen),
        Fen.ToYuan(f.AvailableFen), f.PolicyIds.Split(',', StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Budget;

/// <summary>A fund with a yearly budget across policies and how it shares the budget when claims exceed it.</summary>
public sealed record Fund(string Id, LocalizedText Title, string Reference, AllocationMethod Method, IReadOnlyList<string> Policies, IReadOnlyDictionary<int, decimal> Budgets)
{
    /// <summary>The budget of a year; a year without one has none, so nothing can be paid.</summary>
    public decimal BudgetFor(int year) => Budgets.TryGetValue(year, out var b) ? b : 0m;

    /// <summary>Allocates a year's budget among approved claims with the fund's method.</summary>
    public Allocation Allocate(int year, IReadOnlyList<Claim> claims) => BudgetAllocator.Allocate(Method, BudgetFor(year), claims);

    /// <summary>Loads a fund from YAML (<c>*.fund.yaml</c>).</summary>
    public static Fund Load(string yaml, string? file = null)
    {
        var root = YamlReader.Root(yaml, file);
        var r = new YamlReader(yaml, file);
        var money = new InputDeclaration("amount", RuleType.Money, null, InputSource.Profile, new LocalizedText("", ""));
        var budgets = new Dictionary<int, decimal>();
        foreach (var node in r.Sequence(r.Required(root, "budgets")).Children)
        {
            var map = r.Mapping(node);
            var year = r.Integer(r.Required(map, "year"));
            decimal amount;
            try
            {
                amount = (decimal)InputValues.Parse(money, r.Text(map, "amount"))!;
            }
            catch (FormatException e)
            {
                throw r.Error(map, e.Message);
            }

            if (!budgets.TryAdd(year, amount))
            {
                throw r.Error(map, $"the budget of {year.ToString(CultureInfo.InvariantCulture)} is given twice");
            }
        }

        var method = r.Text(root, "allocation") switch
        {
            "pro-rata" => AllocationMethod.ProRata,
            "first-come-first-served" => AllocationMethod.FirstComeFirstServed,
            var m => throw r.Error(r.Required(root, "allocation"), $"unknown allocation '{m}' (pro-rata or first-come-first-served)"),
        };
        return new Fund(r.Text(root, "id"), r.Localized(r.Required(root, "title")), r.Text(root, "reference"), method,
            r.Sequence(r.Required(root, "policies")).Children.Select(r.Text).ToList(), budgets);
    }

    /// <summary>The shipped fund <c>chengde-science-fund</c> (3000万 a year).</summary>
    public static Fund ChengdeScienceFund()
    {
        var (name, yaml) = ShippedPolicies.Files().Single(f => f.Name == "chengde-science-fund.fund.yaml");
        return Load(yaml, name);
    }
}

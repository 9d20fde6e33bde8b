using Gaoxin.Modules.Evaluation.Features.Contest;
using Gaoxin.Modules.Evaluation.Features.Index;

namespace Gaoxin.Modules.Evaluation;

/// <summary>Evaluation (考核评价): the units' contest (擂台比拼) with pay linkage, and park benchmarking with composite indices.</summary>
public sealed class EvaluationModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var zone = api.MapGroup("/zones/{zone}").WithTags("Evaluation");
        GetContest.Map(zone);
        DefineContest.Map(zone);
        GetMonthSheet.Map(zone);
        EnterMeasures.Map(zone);
        ScoreMonth.Map(zone);
        PublishMonth.Map(zone);
        GetPublishedMonth.Map(zone);
        QuarterReview.Map(zone);
        ExportPay.Map(zone);
        ImportParkTable.Map(zone);
        ListParkTables.Map(zone);
        ComputeParkIndex.Map(zone);
        ParkYears.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => ExportPay.MapForPages(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Evaluation, "Eval.Nav.Contest", "evaluation/contest", MudBlazor.Icons.Material.Filled.EmojiEvents, Policies.EvaluationReaders),
        new(NavSection.Evaluation, "Eval.Nav.Index", "evaluation/index", MudBlazor.Icons.Material.Filled.Leaderboard, Policies.EvaluationReaders),
    ];
}

namespace Gaoxin.Engines.Scoring;

/// <summary>The four comparisons (四比) under which a 擂台比拼 groups its indicators. A contest may use other names.</summary>
public static class ContestGroups
{
    /// <summary>比指标落实 — delivery against the year's targets.</summary>
    public const string Targets = "比指标落实";

    /// <summary>比招商力度 — investment promotion.</summary>
    public const string Investment = "比招商力度";

    /// <summary>比建设进度 — construction progress.</summary>
    public const string Construction = "比建设进度";

    /// <summary>比服务保障 — service to enterprises.</summary>
    public const string Service = "比服务保障";
}

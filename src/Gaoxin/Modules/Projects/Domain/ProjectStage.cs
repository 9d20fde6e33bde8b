namespace Gaoxin.Modules.Projects.Domain;

/// <summary>The life of an investment project (DOMAIN.md §2), plus the two ways out of it.</summary>
public enum ProjectStage
{
    Planned = 0,      // 谋划储备
    Negotiating = 1,  // 在谈
    Signed = 2,       // 签约
    Landed = 3,       // 落地（拟开工）
    Started = 4,      // 开工
    InProduction = 5, // 竣工投产
    Suspended = 6,    // 中止
    Dropped = 7,      // 退出
}

/// <summary>Which moves between stages are legal.</summary>
public static class ProjectStages
{
    public static readonly ProjectStage[] Pipeline =
        [ProjectStage.Planned, ProjectStage.Negotiating, ProjectStage.Signed, ProjectStage.Landed, ProjectStage.Started, ProjectStage.InProduction];

    public static bool IsActive(ProjectStage stage) => stage <= ProjectStage.Started;

    /// <summary>
    /// Forward one step along the pipeline; any active stage may be suspended or dropped (with a reason);
    /// a suspended project resumes at the stage it left, or is dropped. In production and dropped are final.
    /// </summary>
    public static IEnumerable<ProjectStage> NextFrom(ProjectStage current, ProjectStage? suspendedFrom)
    {
        if (current == ProjectStage.Suspended)
        {
            if (suspendedFrom is { } back)
            {
                yield return back;
            }

            yield return ProjectStage.Dropped;
            yield break;
        }

        if (!IsActive(current))
        {
            yield break;
        }

        yield return current + 1;
        yield return ProjectStage.Suspended;
        yield return ProjectStage.Dropped;
    }

    public static bool NeedsReason(ProjectStage to) => to is ProjectStage.Suspended or ProjectStage.Dropped;
}

[Flags]
public enum KeyLevel
{
    None = 0,
    Zone = 1,        // 园区重点
    City = 2,        // 市重点
    Provincial = 4,  // 省重点
}

/// <summary>How the project was attracted (招商渠道).</summary>
public enum Channel
{
    Other = 0,
    Park = 1,        // 园区招商
    Association = 2, // 协会招商
    Agency = 3,      // 委托招商
    SmallGroup = 4,  // 小团组招商
    Enclave = 5,     // 飞地共建
}

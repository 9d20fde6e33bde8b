using Gaoxin.Data;

namespace Gaoxin.Modules.Innovation.Domain;

/// <summary>Where a service request (一站式服务) stands: 提交 → 受理/分派 → 办理中 → 已答复 → 已评价 → 关闭.</summary>
public enum ServiceStatus
{
    Submitted = 0,
    Accepted = 1,
    InProgress = 2,
    Answered = 3,
    Rated = 4,
    Closed = 5,
}

/// <summary>
/// A request to the one-stop service desk from an enterprise of the file (raised by its account or by staff for it):
/// a type (科技咨询, 工业诊断, 中试检测, 科技攻关, 科技金融 or one the zone adds), routed to a department and optionally a
/// person with a time limit in working days on the zone's calendar, answered, rated 1–5 by the enterprise, closed.
/// </summary>
public sealed class ServiceRequest : IZoneOwned, IVersioned
{
    /// <summary>The types every zone starts with; a zone adds its own by using another name.</summary>
    public static readonly string[] DefaultTypes = ["科技咨询", "工业诊断", "中试检测", "科技攻关", "科技金融"];

    private ServiceRequest()
    {
        Type = Title = RaisedBy = string.Empty;
    }

    public ServiceRequest(Guid zoneId, Guid enterpriseId, string type, string title, string? detail, string raisedBy, DateOnly raisedOn)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        Type = type.Trim();
        Title = title.Trim();
        Detail = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        RaisedBy = raisedBy;
        RaisedOn = raisedOn;
        Status = ServiceStatus.Submitted;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string Type { get; private set; }
    public string Title { get; private set; }
    public string? Detail { get; private set; }
    public string RaisedBy { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public ServiceStatus Status { get; private set; }
    public Guid? DepartmentId { get; private set; }
    public string? Handler { get; private set; }
    public int? LimitWorkingDays { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public string? Reply { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public int? Satisfaction { get; private set; }
    public string? Comment { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    /// <summary>Not yet answered and past its due date on <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => Status < ServiceStatus.Answered && DueOn is { } d && d < today;

    /// <summary>Answered on or before the due date.</summary>
    public bool AnsweredInTime => AnsweredOn is { } a && DueOn is { } d && a <= d;

    /// <summary>受理/分派: routes the request to a department (and optionally a person) due <paramref name="dueOn"/> (the time limit counted on the zone's calendar); may be routed again until it is answered.</summary>
    public void Accept(Guid departmentId, string? handler, int limitWorkingDays, DateOnly dueOn, DateOnly today)
    {
        Require(ServiceStatus.Submitted, ServiceStatus.Accepted, ServiceStatus.InProgress);
        DepartmentId = departmentId;
        Handler = string.IsNullOrWhiteSpace(handler) ? null : handler.Trim();
        LimitWorkingDays = limitWorkingDays;
        AcceptedOn ??= today;
        DueOn = dueOn;
        if (Status == ServiceStatus.Submitted)
        {
            Status = ServiceStatus.Accepted;
        }
    }

    /// <summary>办理中: the handler has started.</summary>
    public void Start()
    {
        Require(ServiceStatus.Accepted);
        Status = ServiceStatus.InProgress;
    }

    /// <summary>已答复: the handler's reply to the enterprise.</summary>
    public void Answer(string reply, DateOnly today)
    {
        Require(ServiceStatus.Accepted, ServiceStatus.InProgress);
        Reply = reply.Trim();
        AnsweredOn = today;
        Status = ServiceStatus.Answered;
    }

    /// <summary>已评价: the enterprise's satisfaction, 1 (very unsatisfied) to 5 (very satisfied).</summary>
    public void Rate(int satisfaction, string? comment)
    {
        Require(ServiceStatus.Answered);
        if (satisfaction is < 1 or > 5)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Svc.Err.Satisfaction"));
        }

        Satisfaction = satisfaction;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Status = ServiceStatus.Rated;
    }

    /// <summary>关闭: staff close an answered request (rated or not).</summary>
    public void Close(DateOnly today)
    {
        Require(ServiceStatus.Answered, ServiceStatus.Rated);
        ClosedOn = today;
        Status = ServiceStatus.Closed;
    }

    private void Require(params ServiceStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Svc.Err.Step", Hosting.Text.Get("Svc.Status." + Status)), StatusCodes.Status409Conflict);
        }
    }
}

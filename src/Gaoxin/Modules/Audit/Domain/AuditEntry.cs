namespace Gaoxin.Modules.Audit.Domain;

public enum AuditAction
{
    Added = 0,
    Modified = 1,
    Deleted = 2,
}

/// <summary>One write: who, when, which zone, what changed (before and after, as JSON of the changed fields).</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        EntityType = EntityId = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, Guid? userId, string? userName, Guid? zoneId, string entityType, string entityId,
        AuditAction action, string? before, string? after)
    {
        Id = Guid.CreateVersion7();
        At = at;
        UserId = userId;
        UserName = userName;
        ZoneId = zoneId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public Guid? ZoneId { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public AuditAction Action { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
}

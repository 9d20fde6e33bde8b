namespace Gaoxin.Data;

/// <summary>A row that belongs to one zone (the tenant). The global query filter scopes it to the caller's zones.</summary>
public interface IZoneOwned
{
    Guid ZoneId { get; }
}

/// <summary>An editable aggregate: the version is a concurrency token, bumped on every save.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>A business record that is never hard-deleted by users, only marked.</summary>
public interface ISoftDeletable
{
    DateTimeOffset? DeletedAt { get; }
}

namespace Gaoxin.Data;

/// <summary>A row that belongs to one zone (the tenant). The global query filter scopes it to the caller's zones.</summary>
public interface IZoneOwned
{
    Guid ZoneId { get; }
}

/// <summary>
/// A row that belongs to a partner zone (<see cref="IZoneOwned.ZoneId"/>, whose users find it by the zone filter) and is
/// shared with a host zone. The save guard lets each side change only the fields it owns (ADR 0011).
/// </summary>
public interface IJointlyOwned : IZoneOwned
{
    Guid HostZoneId { get; }

    bool HostOwns(string property);

    bool PartnerOwns(string property);
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

public static class Versioned
{
    /// <summary>
    /// Refuses with 409 when the caller acted on an older version than the stored one (someone else changed it first),
    /// instead of overwriting their change.
    /// </summary>
    public static T RequireVersion<T>(this T entity, long seen) where T : IVersioned
        => entity.Version == seen ? entity : throw new Hosting.DomainException(Hosting.Text.Get("Err.Conflict"), StatusCodes.Status409Conflict);
}

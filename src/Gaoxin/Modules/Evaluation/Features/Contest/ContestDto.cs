using Gaoxin.Data;
using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>A zone's contest definition as the API shows and takes it; base pay in yuan.</summary>
public sealed record ContestDto(Guid Id, ContestSpec Spec, decimal BasePay, string UpdatedBy, DateTimeOffset UpdatedAt, long Version)
{
    public static ContestDto From(Domain.Contest c) => new(c.Id, c.Spec, Engines.Money.Fen.ToYuan(c.BasePayFen), c.UpdatedBy, c.UpdatedAt, c.Version);
}

public static class Contests
{
    /// <summary>The zone's contest, or 404 saying there is none yet.</summary>
    public static async Task<Domain.Contest> RequireAsync(Guid zoneId, GaoxinDb db, CancellationToken ct, bool track = false)
    {
        var query = track ? db.Contests : db.Contests.AsNoTracking();
        return await query.FirstOrDefaultAsync(c => c.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Eval.Err.NoContest"), StatusCodes.Status404NotFound);
    }

    /// <summary>The zone's contest for pages, or null when it has none.</summary>
    public static async Task<ContestDto?> FindAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => await db.Contests.AsNoTracking().FirstOrDefaultAsync(c => c.ZoneId == zoneId, ct) is { } c ? ContestDto.From(c) : null;

    /// <summary>Runs engine code and turns its refusal into a 400 with the engine's message.</summary>
    public static T Engine<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (InvalidContestException e)
        {
            throw new DomainException(Text.Get("Eval.Err.Contest", e.Message));
        }
    }
}

namespace Gaoxin.Engines.Talent;

/// <summary>Professional title level (职称): 正高 (senior), 副高 (associate senior), 中级 (intermediate), other.</summary>
public enum TitleLevel
{
    Senior,
    AssociateSenior,
    Intermediate,
    Other,
}

/// <summary>How a person worked with an enterprise before: a flexible form (周末工程师, 双薪双聘) or an engaged match.</summary>
public enum CooperationKind
{
    WeekendEngineer,
    DualEmployment,
    EngagedMatch,
}

/// <summary>One earlier piece of cooperation with the need's enterprise; <paramref name="Label"/> names it (the earlier need's title).</summary>
public sealed record Cooperation(CooperationKind Kind, int Year, string Label = "");

public sealed record MatchCandidate(Guid Id, string Name, TitleLevel Title, IReadOnlyList<string> Fields, IReadOnlyList<Cooperation> Cooperation);

public sealed record MatchNeed(string Field, TitleLevel? WantedTitle);

/// <summary>Why a match scored: a reason code (resource <c>Match.{Code}</c>) with its arguments and points.</summary>
public sealed record MatchReason(string Code, int Points, params string[] Args);

public sealed record MatchResult(Guid Id, string Name, TitleLevel Title, IReadOnlyList<string> Fields, int Score, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// Ranks people of the pool for an enterprise's need: the need's field among theirs (40, or 20 when one contains the
/// other), their title (正高 30, 副高 20, 中级 10; 15 off when below the wanted level) and earlier cooperation with this
/// enterprise (15 each). Only people whose field matches or who worked with the enterprise are listed. Ties go to the
/// higher title, then the name (ordinal), then the id, so the order is the same on every database.
/// </summary>
public static class TalentMatching
{
    public const int FieldPoints = 40;
    public const int RelatedFieldPoints = 20;
    public const int CooperationPoints = 15;
    public const int BelowWantedPoints = -15;

    public static int TitlePoints(TitleLevel title) => title switch
    {
        TitleLevel.Senior => 30,
        TitleLevel.AssociateSenior => 20,
        TitleLevel.Intermediate => 10,
        _ => 0,
    };

    public static IReadOnlyList<MatchResult> Rank(MatchNeed need, IEnumerable<MatchCandidate> candidates)
    {
        var field = need.Field.Trim();
        var results = new List<MatchResult>();
        foreach (var c in candidates)
        {
            var reasons = new List<MatchReason>();
            var exact = c.Fields.FirstOrDefault(f => string.Equals(f.Trim(), field, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                reasons.Add(new MatchReason("Field", FieldPoints, field));
            }
            else if (field.Length > 0 && c.Fields.FirstOrDefault(f => f.Length > 0 && (f.Contains(field, StringComparison.OrdinalIgnoreCase) || field.Contains(f.Trim(), StringComparison.OrdinalIgnoreCase))) is { } related)
            {
                reasons.Add(new MatchReason("RelatedField", RelatedFieldPoints, related.Trim(), field));
            }

            var cooperation = c.Cooperation.OrderBy(k => k.Year).ThenBy(k => k.Kind).ThenBy(k => k.Label, StringComparer.Ordinal).ToList();
            if (reasons.Count == 0 && cooperation.Count == 0)
            {
                continue;
            }

            reasons.Add(new MatchReason("Title", TitlePoints(c.Title), c.Title.ToString()));
            if (need.WantedTitle is { } wanted && c.Title > wanted)
            {
                reasons.Add(new MatchReason("BelowWanted", BelowWantedPoints, wanted.ToString()));
            }

            foreach (var k in cooperation)
            {
                reasons.Add(new MatchReason(k.Kind == CooperationKind.EngagedMatch ? "Engaged" : "Worked", CooperationPoints, k.Kind.ToString(), k.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), k.Label));
            }

            results.Add(new MatchResult(c.Id, c.Name, c.Title, c.Fields, reasons.Sum(r => r.Points), reasons));
        }

        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Title).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
    }
}

using Gaoxin.Data;
using Gaoxin.Engines.Talent;

namespace Gaoxin.Modules.Talent.Domain;

public enum Gender
{
    Male,
    Female,
    NotStated, // not given: never guessed (fits the 10-character column)
}

public enum Degree
{
    Doctorate,
    Master,
    Bachelor,
    Other,
}

/// <summary>
/// A person of the zone's S&amp;T talent pool (科技人才库). The employer is an enterprise of the zone's file or a name
/// outside the zone. Contact, ID number and birth year are personal data: only talent staff read them whole.
/// </summary>
public sealed class Person : IZoneOwned, IVersioned
{
    private Person()
    {
        Name = Fields = EmployerName = Phone = Email = IdNumber = string.Empty;
    }

    public Person(Guid zoneId, string name)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = name.Trim();
        Fields = EmployerName = Phone = Email = IdNumber = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; set; }
    public Gender Gender { get; set; }
    public int? BirthYear { get; set; }
    public Degree Degree { get; set; }
    public TitleLevel Title { get; set; }

    /// <summary>Fields of expertise, separated by ";" (新材料;智能制造).</summary>
    public string Fields { get; set; }

    public Guid? EmployerId { get; set; }

    /// <summary>The employer's name when it is outside the zone's file (empty when <see cref="EmployerId"/> is set).</summary>
    public string EmployerName { get; set; }

    public string Phone { get; set; }
    public string Email { get; set; }
    public string IdNumber { get; set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }

    public IReadOnlyList<string> FieldList => SplitFields(Fields);

    public static IReadOnlyList<string> SplitFields(string fields)
        => fields.Split([';', '；', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}

/// <summary>The kinds of talent programme: the three of the source page and a zone's own.</summary>
public enum ProgrammeKind
{
    TalentIntroduction,
    YoungEagle,
    TopUniversity,
    ZoneOwn,
}

/// <summary>A talent programme of the zone (英才引进, 雏鹰培育, 名校英才, or the zone's own under its name).</summary>
public sealed class Programme : IZoneOwned
{
    private Programme()
    {
        Name = string.Empty;
    }

    public Programme(Guid zoneId, ProgrammeKind kind, string name)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Kind = kind;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public ProgrammeKind Kind { get; private set; }
    public string Name { get; set; }
}

/// <summary>A person taken into a programme on a date: a talent introduced (引进) in that year.</summary>
public sealed class Enrolment : IZoneOwned
{
    private Enrolment()
    {
    }

    public Enrolment(Guid zoneId, Guid personId, Guid programmeId, DateOnly enrolledOn)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PersonId = personId;
        ProgrammeId = programmeId;
        EnrolledOn = enrolledOn;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public DateOnly EnrolledOn { get; private set; }
}

public enum SupportKind
{
    Housing,
    SalarySubsidy,
    Residence,
    Other,
}

/// <summary>Support given under an enrolment (住房, 薪酬补贴, 落户 …): amount in fen (0 for 落户), on a date.</summary>
public sealed class SupportItem : IZoneOwned
{
    private SupportItem()
    {
        Note = string.Empty;
    }

    public SupportItem(Guid zoneId, Guid enrolmentId, SupportKind kind, long amountFen, DateOnly grantedOn, string note)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnrolmentId = enrolmentId;
        Kind = kind;
        AmountFen = amountFen;
        GrantedOn = grantedOn;
        Note = note.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnrolmentId { get; private set; }
    public SupportKind Kind { get; private set; }
    public long AmountFen { get; private set; }
    public DateOnly GrantedOn { get; private set; }
    public string Note { get; private set; }
}

public enum FlexibleForm
{
    WeekendEngineer,
    DualEmployment,
}

/// <summary>A flexible engagement (周末工程师, 双薪双聘) of a person with a hosting enterprise of the zone, for a period.</summary>
public sealed class FlexibleEngagement : IZoneOwned
{
    private FlexibleEngagement()
    {
    }

    public FlexibleEngagement(Guid zoneId, Guid personId, FlexibleForm form, Guid hostEnterpriseId, DateOnly start, DateOnly? end)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PersonId = personId;
        Form = form;
        HostEnterpriseId = hostEnterpriseId;
        Start = start;
        End = end;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid PersonId { get; private set; }
    public FlexibleForm Form { get; private set; }
    public Guid HostEnterpriseId { get; private set; }
    public DateOnly Start { get; private set; }
    public DateOnly? End { get; private set; }
}

/// <summary>An enterprise's technology need (技术需求) that Gaoxin matches with people of the pool.</summary>
public sealed class TalentNeed : IZoneOwned, IVersioned
{
    private TalentNeed()
    {
        Title = Field = Description = PostedBy = string.Empty;
    }

    public TalentNeed(Guid zoneId, Guid enterpriseId, string title, string field, string description, TitleLevel? wantedTitle, DateOnly deadline, string postedBy, DateTimeOffset postedAt)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        EnterpriseId = enterpriseId;
        Title = title.Trim();
        Field = field.Trim();
        Description = description.Trim();
        WantedTitle = wantedTitle;
        Deadline = deadline;
        PostedBy = postedBy;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public string Title { get; private set; }
    public string Field { get; private set; }
    public string Description { get; private set; }
    public TitleLevel? WantedTitle { get; private set; }
    public DateOnly Deadline { get; private set; }
    public string PostedBy { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public long Version { get; set; }
}

public enum MatchOutcomeKind
{
    Contacted,
    Engaged,
    Declined,
}

/// <summary>What came of a match (contacted, engaged, declined), recorded by staff; an engaged one counts as cooperation later.</summary>
public sealed class MatchOutcome : IZoneOwned
{
    private MatchOutcome()
    {
        Note = By = string.Empty;
    }

    public MatchOutcome(Guid zoneId, Guid needId, Guid personId, Guid enterpriseId, MatchOutcomeKind outcome, DateOnly on, string note, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        NeedId = needId;
        PersonId = personId;
        EnterpriseId = enterpriseId;
        Outcome = outcome;
        On = on;
        Note = note.Trim();
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid NeedId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public MatchOutcomeKind Outcome { get; private set; }
    public DateOnly On { get; private set; }
    public string Note { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>A zone's target of talents introduced in a year (Chengde 2022: 100+ S&amp;T talents).</summary>
public sealed class TalentTarget : IZoneOwned
{
    private TalentTarget()
    {
    }

    public TalentTarget(Guid zoneId, int year, int introduced)
    {
        ZoneId = zoneId;
        Year = year;
        Introduced = introduced;
    }

    public Guid ZoneId { get; private set; }
    public int Year { get; private set; }
    public int Introduced { get; set; }
}

using Gaoxin.Data;
using Gaoxin.Engines.Talent;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>A person's particulars as entered; <see cref="CheckAsync"/> refuses them field by field (400 naming each field).</summary>
public sealed record PersonFields(
    string Name,
    TitleLevel Title,
    Gender? Gender = null,
    int? BirthYear = null,
    Degree? Degree = null,
    IReadOnlyList<string>? Fields = null,
    Guid? EmployerId = null,
    string? EmployerName = null,
    string? Phone = null,
    string? Email = null,
    string? IdNumber = null)
{
    public const int OldestBirthYear = 1930;

    public async Task CheckAsync(Guid zoneId, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            Add("name", Text.Get("Talent.Err.Name"));
        }

        // Working people: born at least 16 years ago, and not before 1930.
        if (BirthYear is { } born && (born < OldestBirthYear || born > today.Year - 16))
        {
            Add("birthYear", Text.Get("Talent.Err.BirthYear", OldestBirthYear, today.Year - 16));
        }

        if (!string.IsNullOrWhiteSpace(IdNumber))
        {
            var id = IdNumber.Trim().ToUpperInvariant();
            if (IdCardNumber.Check(id) is { } problem)
            {
                Add("idNumber", Text.Get("Talent.Err.Id." + problem));
            }
            else if (BirthYear is { } year && IdCardNumber.BirthDate(id)!.Value.Year != year && !errors.ContainsKey("birthYear"))
            {
                Add("birthYear", Text.Get("Talent.Err.BirthYearNotId", year, IdCardNumber.BirthDate(id)!.Value.Year));
            }
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !System.Text.RegularExpressions.Regex.IsMatch(Phone.Trim(), @"^\+?[0-9][0-9 \-]{5,18}[0-9]$"))
        {
            Add("phone", Text.Get("Talent.Err.Phone"));
        }

        if (!string.IsNullOrWhiteSpace(Email) && !System.Text.RegularExpressions.Regex.IsMatch(Email.Trim(), @"^[^@\s]+@[^@\s]+\.[^@\s]+$"))
        {
            Add("email", Text.Get("Talent.Err.Email"));
        }

        if ((Fields ?? []).Any(f => f.Trim().Length > 50) || string.Join(';', Fields ?? []).Length > 300)
        {
            Add("fields", Text.Get("Talent.Err.Fields"));
        }

        if (EmployerId is { } employer && !errors.ContainsKey("employerId"))
        {
            try
            {
                await TalentAccess.EnterpriseNameAsync(db, zoneId, employer, "employerId", ct);
            }
            catch (FieldsException e)
            {
                foreach (var (k, v) in e.Errors)
                {
                    errors[k] = v;
                }
            }
        }

        if ((EmployerName?.Trim().Length ?? 0) > 200)
        {
            Add("employerName", Text.Get("Talent.Err.Employer"));
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }
    }

    public void AssignTo(Person p)
    {
        p.Name = Name.Trim();
        p.Title = Title;
        p.Gender = Gender ?? Domain.Gender.NotStated;
        p.BirthYear = BirthYear ?? (string.IsNullOrWhiteSpace(IdNumber) ? null : IdCardNumber.BirthDate(IdNumber.Trim())?.Year);
        p.Degree = Degree ?? Domain.Degree.Other;
        p.Fields = string.Join(';', (Fields ?? []).SelectMany(Person.SplitFields).Distinct());
        p.EmployerId = EmployerId;
        p.EmployerName = EmployerId is null ? (EmployerName ?? string.Empty).Trim() : string.Empty;
        p.Phone = (Phone ?? string.Empty).Trim();
        p.Email = (Email ?? string.Empty).Trim();
        p.IdNumber = (IdNumber ?? string.Empty).Trim().ToUpperInvariant();
    }
}

using Gaoxin.Engines.Identifiers;
using Gaoxin.Modules.Innovation.Domain;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>
/// The particulars of an enterprise that people edit; checked by <see cref="Check"/> the same way on create, update and in
/// pages (no annotations, so every refusal names its field in camelCase with a bilingual message).
/// </summary>
public sealed record EnterpriseFields(
    string Name,
    string CreditCode,
    DateOnly? RegisteredOn = null,
    string? Industry = null,
    string? Chain = null,
    AutoIndustryRole AutoIndustry = AutoIndustryRole.None,
    string? Address = null,
    string? ContactName = null,
    string? ContactPhone = null,
    DateOnly? NicheSince = null)
{
    /// <summary>Checks the fields; a wrong credit code (form or check character) is refused naming <c>creditCode</c>.</summary>
    public void Check(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length is < 2 or > 200)
        {
            errors["name"] = [Text.Get("Ent.Err.Name")];
        }

        if (Engines.Identifiers.CreditCode.Check(CreditCode) is { } problem)
        {
            errors["creditCode"] = [Text.Get("Err.CreditCode." + problem, CreditCode?.Trim() ?? string.Empty)];
        }

        if (RegisteredOn is { } r && (r > today || r.Year < 1949))
        {
            errors["registeredOn"] = [Text.Get("Ent.Err.Date", "1949-01-01", today.ToString("yyyy-MM-dd"))];
        }

        if (NicheSince is { } n && (n > today || n.Year < 1949))
        {
            errors["nicheSince"] = [Text.Get("Ent.Err.Date", "1949-01-01", today.ToString("yyyy-MM-dd"))];
        }

        foreach (var (field, value, max) in new[] { ("industry", Industry, 100), ("chain", Chain, 100), ("address", Address, 200), ("contactName", ContactName, 50), ("contactPhone", ContactPhone, 30) })
        {
            if (value?.Trim().Length > max)
            {
                errors[field] = [Text.Get("Err.CellTooLong", max)];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }
    }

    public void AssignTo(Enterprise e)
    {
        e.Name = Name.Trim();
        e.CreditCode = CreditCode.Trim().ToUpperInvariant();
        e.RegisteredOn = RegisteredOn;
        e.Industry = Industry?.Trim() ?? string.Empty;
        e.Chain = Chain?.Trim() ?? string.Empty;
        e.AutoIndustry = AutoIndustry;
        e.Address = Address?.Trim() ?? string.Empty;
        e.ContactName = ContactName?.Trim() ?? string.Empty;
        e.ContactPhone = ContactPhone?.Trim() ?? string.Empty;
        e.NicheSince = NicheSince;
    }

    public static EnterpriseFields From(Enterprise e) => new(e.Name, e.CreditCode, e.RegisteredOn, e.Industry, e.Chain, e.AutoIndustry, e.Address, e.ContactName, e.ContactPhone, e.NicheSince);
}

/// <summary>An enterprise as the API and pages show it, with the qualifications in force on the business date.</summary>
public sealed record EnterpriseDto(
    Guid Id, string Name, string CreditCode, DateOnly? RegisteredOn, string Industry, string Chain, AutoIndustryRole AutoIndustry, string Address,
    string ContactName, string ContactPhone, DateOnly? NicheSince, bool IsSampleData, long Version, IReadOnlyList<QualificationDto> Qualifications)
{
    /// <summary>Its listing and financing events in short (count, latest listing); filled by <see cref="GetEnterprise"/>.</summary>
    public Events.EventFigures.EnterpriseBrief? Events { get; init; }

    public static EnterpriseDto From(Enterprise e, IReadOnlyList<QualificationDto> qualifications) => new(
        e.Id, e.Name, e.CreditCode, e.RegisteredOn, e.Industry, e.Chain, e.AutoIndustry, e.Address, e.ContactName, e.ContactPhone, e.NicheSince, e.IsSampleData, e.Version, qualifications);
}

public sealed record QualificationDto(Guid Id, Guid EnterpriseId, Engines.Qualifications.QualificationKind Kind, QualificationLevel Level, string CertificateNumber,
    DateOnly GrantedOn, DateOnly ExpiresOn, bool InForce, bool IsSampleData, long Version)
{
    public static QualificationDto From(Qualification q, DateOnly today)
        => new(q.Id, q.EnterpriseId, q.Kind, q.Level, q.CertificateNumber, q.GrantedOn, q.ExpiresOn, q.InForceOn(today), q.IsSampleData, q.Version);
}

using Gaoxin.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Hosting;

/// <summary>Named authorisation policies. Zone isolation is separate: it is enforced by <see cref="ZoneScope"/> in the data layer.</summary>
public static class Policies
{
    public const string Api = "api";
    public const string ApiPlatformAdmin = "api:platform-admin";
    public const string ApiZoneAdmin = "api:zone-admin";
    public const string ApiAuditReader = "api:audit";
    public const string ApiProjectReader = "api:projects:read";
    public const string ApiProjectEditor = "api:projects:edit";
    public const string ApiProjectReporter = "api:projects:report";
    public const string ProjectReader = "projects:read";
    public const string ProjectEditor = "projects:edit";
    public const string ProjectReporter = "projects:report";
    public const string PlatformAdmin = "platform-admin";
    public const string ZoneAdmin = "zone-admin";
    public const string AuditReader = "audit";
    public const string ApiEvaluationReader = "api:evaluation:read";
    public const string ApiEvaluationEditor = "api:evaluation:edit";
    public const string EvaluationReader = "evaluation:read";
    public const string EvaluationEditor = "evaluation:edit";
    public const string ApiPolicyReader = "api:policies:read";
    public const string ApiPolicyEditor = "api:policies:edit";
    public const string PolicyReader = "policies:read";
    public const string PolicyEditor = "policies:edit";

    public const string ApiInnovationReader = "api:innovation:read";
    public const string ApiInnovationEditor = "api:innovation:edit";
    public const string ApiEnterpriseFile = "api:innovation:file";
    public const string InnovationReader = "innovation:read";
    public const string InnovationEditor = "innovation:edit";
    public const string EnterpriseFile = "innovation:file";

    public static readonly string[] ZoneAdmins = [Roles.PlatformAdmin, Roles.ZoneAdmin];
    public static readonly string[] ProjectReaders = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Leader, Roles.Staff, Roles.ProjectOfficer, Roles.Supervisor];
    public static readonly string[] ProjectEditors = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Staff];
    public static readonly string[] ProjectReporters = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Staff, Roles.ProjectOfficer];
    public static readonly string[] EvaluationReaders = ProjectReaders;
    public static readonly string[] EvaluationEditors = ProjectEditors;
    /// <summary>The policy guide and calculator are for enterprises too; grants are decided by staff.</summary>
    public static readonly string[] PolicyReaders = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Leader, Roles.Staff, Roles.ProjectOfficer, Roles.Enterprise, Roles.Supervisor];
    public static readonly string[] PolicyEditors = ProjectEditors;
    public static readonly string[] InnovationReaders = ProjectReaders;
    public static readonly string[] InnovationEditors = ProjectEditors;

    /// <summary>Those who read or report one enterprise's file: staff, and an enterprise account for its own enterprise only (checked per record).</summary>
    public static readonly string[] EnterpriseFileUsers = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Leader, Roles.Staff, Roles.ProjectOfficer, Roles.Supervisor, Roles.Enterprise];
    public static readonly string[] AuditReaders = [Roles.PlatformAdmin, Roles.ZoneAdmin, Roles.Supervisor, Roles.Leader];

    public static void Add(AuthorizationBuilder auth)
    {
        // Pages sign in with the cookie, API clients with a bearer token: either identifies the caller.
        auth.SetFallbackPolicy(new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build());
        auth.AddPolicy(Api, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser());
        auth.AddPolicy(ApiPlatformAdmin, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(Roles.PlatformAdmin));
        auth.AddPolicy(ApiZoneAdmin, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(ZoneAdmins));
        auth.AddPolicy(ApiAuditReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(AuditReaders));
        auth.AddPolicy(ApiProjectReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(ProjectReaders));
        auth.AddPolicy(ApiProjectEditor, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(ProjectEditors));
        auth.AddPolicy(ApiProjectReporter, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(ProjectReporters));
        auth.AddPolicy(ProjectReader, p => p.RequireRole(ProjectReaders));
        auth.AddPolicy(ProjectEditor, p => p.RequireRole(ProjectEditors));
        auth.AddPolicy(ProjectReporter, p => p.RequireRole(ProjectReporters));
        auth.AddPolicy(PlatformAdmin, p => p.RequireRole(Roles.PlatformAdmin));
        auth.AddPolicy(ZoneAdmin, p => p.RequireRole(ZoneAdmins));
        auth.AddPolicy(AuditReader, p => p.RequireRole(AuditReaders));
        auth.AddPolicy(ApiEvaluationReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(EvaluationReaders));
        auth.AddPolicy(ApiEvaluationEditor, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(EvaluationEditors));
        auth.AddPolicy(EvaluationReader, p => p.RequireRole(EvaluationReaders));
        auth.AddPolicy(EvaluationEditor, p => p.RequireRole(EvaluationEditors));
        auth.AddPolicy(ApiPolicyReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(PolicyReaders));
        auth.AddPolicy(ApiPolicyEditor, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(PolicyEditors));
        auth.AddPolicy(PolicyReader, p => p.RequireRole(PolicyReaders));
        auth.AddPolicy(PolicyEditor, p => p.RequireRole(PolicyEditors));
        auth.AddPolicy(ApiInnovationReader, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(InnovationReaders));
        auth.AddPolicy(ApiInnovationEditor, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(InnovationEditors));
        auth.AddPolicy(ApiEnterpriseFile, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(EnterpriseFileUsers));
        auth.AddPolicy(InnovationReader, p => p.RequireRole(InnovationReaders));
        auth.AddPolicy(InnovationEditor, p => p.RequireRole(InnovationEditors));
        auth.AddPolicy(EnterpriseFile, p => p.RequireRole(EnterpriseFileUsers));
    }
}

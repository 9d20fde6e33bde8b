using System.Net;
using System.Xml.Linq;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Foundation;

public sealed class ShellAndLanguageTests
{
    [Fact]
    public void Every_string_exists_in_both_languages()
    {
        static HashSet<string> Keys(string file) => XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var folder = Path.Combine(RepoRoot(), "src", "Gaoxin", "Resources");
        var en = Keys(Path.Combine(folder, "SharedResource.resx"));
        var zh = Keys(Path.Combine(folder, "SharedResource.zh-CN.resx"));
        Assert.NotEmpty(en);
        Assert.Equal(en.Order(), zh.Order());
    }

    [Fact]
    public void Every_string_the_code_asks_for_exists()
    {
        var keys = XDocument.Load(Path.Combine(RepoRoot(), "src", "Gaoxin", "Resources", "SharedResource.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var source = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "Gaoxin"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var pattern = new System.Text.RegularExpressions.Regex("(?:L\\[|Text\\.Get\\()\"([A-Za-z]+\\.[A-Za-z0-9.`]+)\"\\s*[,\\])]");
        var used = source.SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value))).ToList();
        Assert.True(used.Count > 100, $"only {used.Count} keys found: the pattern no longer matches the code");

        // Keys made from enum values: every value needs its string.
        var enums = new (string Prefix, IEnumerable<string> Values)[]
        {
            ("Stage.", Enum.GetNames<Gaoxin.Modules.Projects.Domain.ProjectStage>()),
            ("KeyLevel.", Enum.GetNames<Gaoxin.Modules.Projects.Domain.KeyLevel>()),
            ("Channel.", Enum.GetNames<Gaoxin.Modules.Projects.Domain.Channel>()),
            ("LightColor.", Enum.GetNames<Gaoxin.Modules.Projects.Domain.LightColor>()),
            ("ZoneLevel.", Enum.GetNames<Gaoxin.Modules.Zones.Domain.ZoneLevel>()),
            ("AuditAction.", Enum.GetNames<Gaoxin.Modules.Audit.Domain.AuditAction>()),
            ("Section.", Enum.GetNames<Gaoxin.Hosting.NavSection>()),
            ("Role.", Gaoxin.Modules.Accounts.Domain.Roles.All),
            ("Err.CreditCode.", Enum.GetNames<Gaoxin.Engines.Identifiers.CreditCodeProblem>()),
            ("Qual.", Enum.GetNames<Gaoxin.Engines.Qualifications.QualificationKind>()),
            ("QualLevel.", Enum.GetNames<Gaoxin.Modules.Innovation.Domain.QualificationLevel>()),
            ("FiguresSource.", Enum.GetNames<Gaoxin.Modules.Innovation.Domain.FiguresSource>()),
            ("AutoIndustry.", Enum.GetNames<Gaoxin.Modules.Innovation.Domain.AutoIndustryRole>()),
        };
        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.Key} (used in {u.File})")
            .Concat(enums.SelectMany(e => e.Values.Select(v => e.Prefix + v)).Where(k => !keys.Contains(k)))
            .Concat(Gaoxin.Hosting.GaoxinModules.Navigation.Select(n => n.TitleKey).Where(k => !keys.Contains(k)))
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "Strings without a text: " + string.Join(", ", missing));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_browser_language_decides_and_the_switch_overrides_and_is_remembered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var english = await app.BrowserAsync("chengde", language: "en-US,en;q=0.9");
        var page = await english.GetStringAsync("/");
        Assert.Contains("Workbench", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", page, StringComparison.Ordinal);

        var switched = await english.GetAsync("/culture?name=zh-CN&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var chinese = await english.GetStringAsync("/");
        Assert.Contains("工作台", chinese, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", chinese, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await english.GetAsync("/culture?name=fr&returnUrl=%2F")).StatusCode);
        var offsite = await english.GetAsync("/culture?name=en&returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_login_page_shows_the_demo_accounts_only_in_demo_mode(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var demo = await app.Client.GetStringAsync("/login");
        Assert.Contains("data-testid=\"demo-accounts\"", demo, StringComparison.Ordinal);
        Assert.Contains("Gaoxin@2022", demo, StringComparison.Ordinal);
        // The demo's enterprise account is listed too, so a visitor can try the enterprise side.
        Assert.Contains("<code>chengde-ent</code>", demo, StringComparison.Ordinal);

        await using var live = await TestApp.StartOnAsync(app, new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        var page = await live.Client.GetStringAsync("/login");
        Assert.DoesNotContain("demo-accounts", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaoxin@2022", page, StringComparison.Ordinal);
        Assert.DoesNotContain("chengde-ent", page, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_wrong_password_on_the_login_form_says_so_and_does_not_sign_in(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.BrowserAsync("chengde", "wrong"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_navigation_shows_only_what_exists_and_what_the_role_may_open(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await (await app.BrowserAsync("admin")).GetStringAsync("/");
        Assert.Contains("nav-admin-users", admin, StringComparison.Ordinal);
        Assert.Contains("nav-admin-audit", admin, StringComparison.Ordinal);
        Assert.Contains("nav-section-Projects", admin, StringComparison.Ordinal);
        // Every platform section now has pages (the talent pool joined last): each shows with its first page.
        Assert.Contains("nav-section-Talent", admin, StringComparison.Ordinal);
        Assert.Contains("nav-talent", admin, StringComparison.Ordinal);
        Assert.Contains("nav-section-Innovation", admin, StringComparison.Ordinal);
        Assert.Contains("nav-innovation-enterprises", admin, StringComparison.Ordinal);
        Assert.Contains("nav-section-Evaluation", admin, StringComparison.Ordinal);

        var apiAdmin = await app.ClientForAsync("admin");
        var created = await apiAdmin.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(new { userName = "officer1", password = "Officer@2026", role = "ProjectOfficer", zone = "chengde" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var officer = await (await app.BrowserAsync("officer1", "Officer@2026")).GetStringAsync("/");
        Assert.DoesNotContain("nav-admin-users", officer, StringComparison.Ordinal);
        Assert.DoesNotContain("nav-section-Admin", officer, StringComparison.Ordinal);
        Assert.Contains("nav-projects", officer, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await apiAdmin.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(new { userName = "firm1", password = "Firm@2026x", role = "Enterprise", zone = "chengde" }))).StatusCode);
        var firm = await (await app.BrowserAsync("firm1", "Firm@2026x")).GetStringAsync("/");
        Assert.DoesNotContain("nav-section-Projects", firm, StringComparison.Ordinal);
        // An enterprise account sees its own file only, not the zone's lists.
        Assert.Contains("nav-innovation-mine", firm, StringComparison.Ordinal);
        Assert.DoesNotContain("nav-innovation-enterprises", firm, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_zone_switcher_changes_the_current_zone_only_to_a_visible_one(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var supervisor = await app.BrowserAsync("supervisor");
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.GetAsync("/account/zone?code=guiyang&returnUrl=%2F")).StatusCode);
        var home = await supervisor.GetStringAsync("/");
        Assert.Contains("贵阳国家高新技术产业开发区", home[home.IndexOf("zone-card", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var chengde = await app.BrowserAsync("chengde");
        Assert.Equal(HttpStatusCode.NotFound, (await chengde.GetAsync("/account/zone?code=guiyang&returnUrl=%2F")).StatusCode);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Gaoxin.slnx).");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Tests.Foundation;

/// <summary>
/// Every API route × every role of one zone (chengde) reaching for another zone's data (xianyang): never a success,
/// 404 where the role may call the route, 403 where it may not, and nothing written. Routes are read from the
/// application's endpoints, so a new route is covered without touching this test (a route with a body or a new
/// route parameter makes it fail until a sample is given below).
/// </summary>
public sealed class ZoneIsolationMatrixTests
{
    private const string Own = "chengde";
    private const string Foreign = "xianyang";

    /// <summary>Valid request bodies per endpoint name, aimed at the foreign zone where a zone is named in the body.</summary>
    private static readonly Dictionary<string, object> Bodies = new()
    {
        ["CreateZone"] = new { code = "matrix-zone", name = "矩阵园区", province = "河北省", city = "承德市", level = "National", establishedOn = "2020-01-01" },
        ["UpdateZone"] = new { name = "被改名的园区", nameEn = "Renamed", province = "陕西省", city = "咸阳市", level = "National", establishedOn = "2012-08-19", version = 0 },
        ["AddDepartment"] = new { name = "越权部门" },
        ["RenameDepartment"] = new { name = "越权部门", version = 0 },
        ["AddUser"] = new { userName = "intruder", displayName = "越权账号", password = "Intruder@2026", role = "Leader", zone = Foreign },
        ["ResetPassword"] = new { newPassword = "Intruder@2026" },
        ["UpdateUser"] = new { displayName = "越权修改", role = "Leader", enabled = false },
        ["CreateProject"] = new { code = "INTRUDER-1", stage = "Planned", stageSince = "2022-01-01", fields = new { name = "越权项目", plannedTotalInvestment = 1000 } },
        ["UpdateProject"] = new { fields = new { name = "越权修改的项目", plannedTotalInvestment = 1000 }, version = 0 },
        ["MoveProjectStage"] = new { to = "Dropped", on = "2022-07-01", reason = "越权", version = 0 },
        ["SetAnnualTarget"] = new { year = 2022, faiPlan = 1m, version = 0 },
        ["RecordMonthlyInvestment"] = new { year = 2022, month = 1, reported = 1m },
        ["RaiseProblem"] = new { title = "越权问题" },
        ["AssignProblem"] = new { departmentId = Guid.Empty, assignee = "越权", deadline = "2022-12-31", version = 0 },
        ["ResolveProblem"] = new { note = "越权办结", version = 0 },
        ["CheckProblem"] = new { passed = true, version = 0 },
        ["CloseProblem"] = new { version = 0 },
        ["AddDuty"] = new { kind = "Task", text = "越权任务", owner = "越权" },
        ["CompleteDuty"] = new { on = "2022-07-01", version = 0 },
        ["ReportWeek"] = new { progress = "越权周报", percent = 10 },
        ["ReportWeekWithPhotos"] = new { progress = "越权周报", percent = 10 },
        ["RegisterProject"] = new { on = "2022-07-01" },
        ["CreateMeeting"] = new { date = "2022-07-15" },
        ["DecideInMeeting"] = new { projectId = Guid.Empty, title = "越权议定", departmentId = Guid.Empty, assignee = "越权", deadline = "2022-12-31" },
        ["RecordMinutes"] = new { text = "越权纪要", version = 0 },
        ["CreateSigningEvent"] = new { name = "越权签约活动", date = "2022-07-01" },
        ["RecordSigning"] = new { projectName = "越权签约", signedOn = "2022-07-01", agreedAmount = 1m },
        ["LandSigning"] = new { landedOn = "2022-07-01", landedAmount = 1m, version = 0 },
        ["SetProjectSettings"] = new { yellowBandPoints = 1m, startOverdueMonths = 3, rankCompletionWeight = 60, rankStartsWeight = 20, rankProblemsWeight = 20, version = 0 },
        ["CorrectMonthlyInvestment"] = new { reported = 1m, reason = "越权更正", version = 0 },
        ["ImportLedger"] = new { note = "越权导入" },
        ["PublishUnitRanking"] = new { year = 2022, month = 6 },
        ["DefineContest"] = new
        {
            spec = new { name = "越权擂台", units = new[] { new { code = "u1", name = "越权单位" } }, indicators = new[] { new { code = "T1", name = "越权指标", group = "比指标落实", points = 100m, rule = "completion" } } },
            basePay = 1000m,
        },
        ["EnterContestMeasures"] = new { period = "2022-06", measures = new[] { new { unit = "zs", indicator = "T1", kind = "completion", value = 1m, target = 1m } } },
        ["PublishContestMonth"] = new { period = "2022-06", reason = "越权发布" },
        ["ImportParkTable"] = new { name = "越权指标表", year = 2022 },
        ["AddPolicy"] = new { section = "越权", title = "越权政策", kind = "Award", content = "越权内容", publishedOn = "2022-07-01" },
        ["UpdatePolicy"] = new { section = "越权", title = "越权政策", kind = "Award", content = "越权内容", publishedOn = "2022-07-01", version = 0 },
        ["CalculatePolicies"] = new { period = 2021, inputs = new Dictionary<string, string> { ["industry"] = "汽车" } },
        ["ApplyForGrant"] = new { policyId = Guid.Empty, period = 2021, enterpriseName = "越权企业", inputs = new Dictionary<string, string> { ["industry"] = "汽车" } },
        ["ApplyAsEnterprise"] = new { policyId = Guid.Empty, period = 2021, inputs = new Dictionary<string, string> { ["industry"] = "汽车" } },
        ["FirstApproveGrant"] = new { version = 0 },
        ["ApproveGrant"] = new { version = 0 },
        ["PublicizeGrant"] = new { version = 0, until = "2022-08-01" },
        ["PayGrant"] = new { version = 0 },
        ["RejectGrant"] = new { version = 0, reason = "越权驳回" },
        ["RunNoApplication"] = new { policyId = Guid.Empty, period = 2021 },
        ["CheckPolicyRules"] = new { yaml = "id: x", testsYaml = "" },
        ["PublishPolicyRules"] = new { yaml = "id: x", testsYaml = "" },
        ["ProposeProjectShare"] = new { partnerZone = "chengde", partnerPercent = 10m, agreement = "越权分成" },
        ["ChangeProjectShare"] = new { partnerPercent = 10m, agreement = "越权分成", version = 0 },
        ["EndProjectShare"] = new { version = 0 },
        ["AnswerProjectShare"] = new { accept = true, version = 0 },
        ["DescribeProjectShare"] = new { liaison = "越权联络人", version = 0 },
        ["CreateScheduleTemplate"] = new { code = "intruder", name = "越权模板", steps = new[] { new { key = "a", name = "越权", duration = 1 } } },
        ["UpdateScheduleTemplate"] = new { code = "standard", name = "越权模板", steps = new[] { new { key = "a", name = "越权", duration = 1 } }, version = 0 },
        ["CreateSchedule"] = new { start = "2022-09-01" },
        ["UpdateSchedule"] = new { start = "2022-09-01", version = 0 },
        ["EditScheduleActivity"] = new { duration = 5, version = 0 },
        ["PutScheduleActivity"] = new { duration = 5, version = 0 },
        ["AddScheduleLink"] = new { from = "filing", to = "production", type = "FS", lag = 0, version = 0 },
        ["SaveScheduleBaseline"] = new { name = "越权基线", version = 0 },
        ["SetWorkingCalendar"] = new { years = new[] { 2027 }, version = 0 },
        ["CreateEnterprise"] = new { name = "越权企业有限公司", creditCode = "91350100M000100Y43" },
        ["UpdateEnterprise"] = new { fields = new { name = "越权修改的企业", creditCode = "91350100M000100Y43" }, version = 0 },
        ["BindEnterpriseAccount"] = new { userId = Guid.Empty },
        ["ReportFigures"] = new { figures = new { staff = 10, scienceStaff = 1, revenue = 1000m }, version = 0, reason = "越权" },
        ["AddQualification"] = new { kind = "Hnte", level = "National", certificateNumber = "越权", grantedOn = "2022-01-01" },
        ["UpdateQualification"] = new { kind = "Hnte", level = "National", certificateNumber = "越权", grantedOn = "2022-01-01", version = 0 },
        ["ImportEnterpriseFigures"] = new { note = "越权导入" },
        ["RaiseServiceRequest"] = new { type = "科技咨询", title = "越权服务申请" },
        ["AcceptServiceRequest"] = new { departmentId = Guid.Empty, limitWorkingDays = 5, version = 0 },
        ["StartServiceRequest"] = new { version = 0 },
        ["AnswerServiceRequest"] = new { reply = "越权答复", version = 0 },
        ["RateServiceRequest"] = new { satisfaction = 5, version = 0 },
        ["CloseServiceRequest"] = new { version = 0 },
        ["CreateCarrier"] = new { name = "越权载体", kind = "Incubator", level = "None", areaSquareMeters = 100 },
        ["UpdateCarrier"] = new { name = "越权载体", kind = "Incubator", level = "None", areaSquareMeters = 100, version = 0 },
        ["MoveInIncubatee"] = new { name = "越权在孵企业", movedInOn = "2022-01-01", areaSquareMeters = 1 },
        ["GraduateIncubatee"] = new { on = "2022-07-01", basis = "MergedOrListed", version = 0 },
        ["ExitIncubatee"] = new { on = "2022-07-01", version = 0 },
        ["CreateCentre"] = new { partner = "越权大学", name = "越权中心", field = "越权", level = "None", startOn = "2022-01-01" },
        ["UpdateCentre"] = new { partner = "越权大学", name = "越权中心", field = "越权", level = "None", startOn = "2022-01-01", version = 0 },
        ["SetInnovationStatistics"] = new { rdToGdpPercent = 1m, techContractTurnover = 1m, version = 0 },
        ["SetCultivationTargets"] = new { targets = new[] { new { kind = "Hnte", count = 1 } } },
        ["AddPerson"] = new { name = "越权人才样例", title = "Senior" },
        ["UpdatePerson"] = new { fields = new { name = "越权修改样例", title = "Senior" }, version = 0 },
        ["AddTalentProgramme"] = new { name = "越权计划" },
        ["EnrolPerson"] = new { programmeId = Guid.Empty, enrolledOn = "2022-07-01" },
        ["AddFlexibleEngagement"] = new { form = "WeekendEngineer", hostEnterpriseId = Guid.Empty, start = "2022-07-01" },
        ["PostTalentNeed"] = new { title = "越权需求", field = "新材料", deadline = "2022-12-31", enterpriseId = Guid.Empty },
        ["RecordMatchOutcome"] = new { personId = Guid.Empty, outcome = "Engaged" },
        ["SetTalentTarget"] = new { introduced = 1 },
        ["SetTalentSettings"] = new { talentDepartments = new[] { "越权" }, version = 0 },
        ["CreateChain"] = new { code = "intruder", fields = new { name = "越权产业链" } },
        ["UpdateChain"] = new { fields = new { name = "越权修改的产业链" }, version = 0 },
        ["SetChainLinks"] = new { links = new[] { new { code = "a", name = "越权环节" } }, version = 0 },
        ["PlaceOnChainLink"] = new { linkId = Guid.Empty, enterpriseId = Guid.Empty, role = "Supplier" },
        ["CreateChainTarget"] = new { linkId = Guid.Empty, fields = new { title = "越权目标" } },
        ["UpdateChainTarget"] = new { fields = new { title = "越权目标" }, version = 0 },
        ["OpenLeadFromTarget"] = new { code = "INTRUDER-LEAD" },
        ["RecordEnterpriseEvent"] = new { kind = "Financing", date = "2022-05-01", round = "SeriesA", amount = 1m, investors = "越权投资方" },
        ["CorrectEnterpriseEvent"] = new { kind = "Listing", date = "2022-05-01", board = "Neeq", stockCode = "越权", version = 0 },
    };

    private static readonly string[] ChengdeRoles = [Roles.ZoneAdmin, Roles.Leader, Roles.Staff, Roles.ProjectOfficer, Roles.Enterprise, Roles.Supervisor];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task No_role_of_one_zone_reaches_another_zones_data_through_any_api_route(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var foreignDepartment = await FirstDepartmentAsync(admin, Foreign);
        var ownDepartment = await FirstDepartmentAsync(admin, Own);
        var foreignUser = await UserIdAsync(admin, Foreign);
        var foreignProject = await ForeignProjectAsync(admin);
        var samples = await ForeignSamplesAsync(admin, foreignDepartment, foreignUser, foreignProject);
        var foreignZoneId = (await app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System).Zones.SingleAsync(z => z.Code == Foreign)).Id;
        var clients = await AccountsPerRoleAsync(app, admin, ownDepartment);
        var writesBefore = await ForeignWritesAsync(app, foreignZoneId);

        var routes = ApiRoutes(app).ToList();
        Assert.Contains(routes, r => r.Pattern.Contains("{zone}", StringComparison.Ordinal));
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var route in routes)
        {
            var url = Fill(route, samples);
            foreach (var role in ChengdeRoles)
            {
                var allowed = await RoleMayCallAsync(app, route, role);
                using var request = Request(route, url);
                var response = await clients[role].SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                checkedCount++;
                var expected = !allowed ? HttpStatusCode.Forbidden
                    : route.Pattern.Contains('{', StringComparison.Ordinal) || route.Name == "AddUser" ? HttpStatusCode.NotFound
                    : HttpStatusCode.OK;
                if (response.StatusCode != expected)
                {
                    failures.Add($"{route.Method} {url} as {role}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
                }

                // The refusal may echo the code that was asked for; the zone's own data (name, id) must never appear.
                if (body.Contains("咸阳", StringComparison.Ordinal) || body.Contains(foreignZoneId.ToString(), StringComparison.Ordinal))
                {
                    failures.Add($"{route.Method} {url} as {role}: the answer shows the other zone's data: {body}");
                }
            }

            using var anonymous = Request(route, url);
            var refused = await app.Client.SendAsync(anonymous);
            if (refused.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{route.Method} {url} without a token: expected 401, got {(int)refused.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(checkedCount >= routes.Count * ChengdeRoles.Length);
        Assert.Equal(writesBefore, await ForeignWritesAsync(app, foreignZoneId));
    }

    private sealed record ApiRoute(string Method, string Pattern, string? Name, RouteEndpoint Endpoint);

    private static IEnumerable<ApiRoute> ApiRoutes(TestApp app)
        => app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new ApiRoute(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, e)));

    private static string Fill(ApiRoute route, Dictionary<string, Guid> samples)
    {
        var url = route.Pattern.Replace("{zone}", Foreign, StringComparison.Ordinal).Replace("{year:int}", "2022", StringComparison.Ordinal)
            .Replace("{month:int}", "1", StringComparison.Ordinal).Replace("{activity}", "filing", StringComparison.Ordinal)
            .Replace("{from}", "filing", StringComparison.Ordinal).Replace("{to}", "land", StringComparison.Ordinal)
            .Replace("{code}", "display", StringComparison.Ordinal);
        url = System.Text.RegularExpressions.Regex.Replace(url, @"/([\w-]+)/\{id:guid\}", m => samples.TryGetValue(m.Groups[1].Value, out var id) ? $"/{m.Groups[1].Value}/{id}" : m.Value);
        Assert.False(url.Contains('{', StringComparison.Ordinal), $"Route {route.Pattern} has a parameter this test does not know: add a foreign sample for it.");
        return route.Method == "GET" ? url.TrimEnd('/') + "?zone=" + Foreign : url.TrimEnd('/');
    }

    private static HttpRequestMessage Request(ApiRoute route, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        var acceptsBody = route.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null;
        if (acceptsBody)
        {
            Assert.True(route.Name is not null && Bodies.ContainsKey(route.Name), $"Route {route.Method} {route.Pattern} takes a body: add a sample body for '{route.Name}' to this test.");
            var json = JsonSerializer.Serialize(Bodies[route.Name!]);
            if (route.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()!.ContentTypes.Contains("multipart/form-data"))
            {
                // Upload endpoints take a form: the sample's fields as form fields.
                var form = new MultipartFormDataContent();
                foreach (var field in JsonDocument.Parse(json).RootElement.EnumerateObject())
                {
                    form.Add(new StringContent(field.Value.ToString()), field.Name);
                }

                request.Content = form;
            }
            else
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
        }

        return request;
    }

    private static async Task<bool> RoleMayCallAsync(TestApp app, ApiRoute route, string role)
    {
        var provider = app.Service<IAuthorizationPolicyProvider>();
        foreach (var data in route.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
        {
            var policy = data.Policy is null ? null : await provider.GetPolicyAsync(data.Policy);
            var roles = policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToList();
            if (roles is { Count: > 0 } && !roles.Contains(role))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<Dictionary<string, HttpClient>> AccountsPerRoleAsync(TestApp app, HttpClient admin, Guid ownDepartment)
    {
        var clients = new Dictionary<string, HttpClient> { [Roles.ZoneAdmin] = await app.ClientForAsync(Own) };
        foreach (var role in ChengdeRoles.Where(r => r != Roles.ZoneAdmin))
        {
            var name = "matrix-" + role.ToLowerInvariant();
            var response = await admin.PostAsJsonAsync("/api/v1/users", role == Roles.Supervisor
                ? new { userName = name, displayName = role, password = "Matrix@2026", role, supervisedZones = new[] { Own, "qingdao" } }
                : (object)new { userName = name, displayName = role, password = "Matrix@2026", role, zone = Own, departmentId = role == Roles.Staff ? ownDepartment : (Guid?)null });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            clients[role] = await app.ClientForAsync(name, "Matrix@2026");
        }

        return clients;
    }

    private static async Task<Guid> ForeignProjectAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/projects", new
        {
            code = "XY-001", stage = "Negotiating", stageSince = "2022-05-01",
            fields = new { name = "咸阳显示面板配套项目", investor = "咸阳某显示科技有限公司", plannedTotalInvestment = 300_000_000m },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>One record of the other zone per kind of <c>/{kind}/{id:guid}</c> route.</summary>
    private static async Task<Dictionary<string, Guid>> ForeignSamplesAsync(HttpClient admin, Guid department, Guid user, Guid project)
    {
        var problem = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/projects/{project}/problems", new { title = "咸阳的问题" });
        Assert.True(problem.IsSuccessStatusCode, await problem.Content.ReadAsStringAsync());
        var duty = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/projects/{project}/duties", new { kind = "Task", text = "咸阳的任务", owner = "咸阳" });
        Assert.True(duty.IsSuccessStatusCode, await duty.Content.ReadAsStringAsync());
        // A project of another zone shared with the foreign zone: the share lives in the foreign zone.
        var guiyangProject = await admin.PostAsJsonAsync("/api/v1/zones/guiyang/projects", new { code = "GY-FD", stage = "Negotiating", stageSince = "2022-05-01", fields = new { name = "贵阳飞地项目" } });
        Assert.True(guiyangProject.IsSuccessStatusCode, await guiyangProject.Content.ReadAsStringAsync());
        var share = await admin.PostAsJsonAsync($"/api/v1/zones/guiyang/projects/{(await guiyangProject.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}/share",
            new { partnerZone = Foreign, partnerPercent = 30m, agreement = "贵咸协议" });
        Assert.True(share.IsSuccessStatusCode, await share.Content.ReadAsStringAsync());
        // A computable policy of the foreign zone and a grant under it.
        var policy = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/policies", new { section = "产业发展", title = "咸阳外销奖励", kind = "Award", content = "咸阳的政策", publishedOn = "2022-01-01", ruleId = "liudong-outward-sales" });
        Assert.True(policy.IsSuccessStatusCode, await policy.Content.ReadAsStringAsync());
        var policyId = (await policy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var grant = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/grants", new { policyId, period = 2021, enterpriseName = "咸阳配套企业", inputs = new Dictionary<string, string> { ["industry"] = "汽车", ["outward_supply"] = "1000万" } });
        Assert.True(grant.IsSuccessStatusCode, await grant.Content.ReadAsStringAsync());
        // The other zone's project has a schedule, so the schedule routes reach for something that exists.
        var schedule = await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/projects/{project}/schedule", new { start = "2022-09-01" });
        Assert.True(schedule.IsSuccessStatusCode, await schedule.Content.ReadAsStringAsync());
        var foreignCarrier = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/carriers?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        return new Dictionary<string, Guid>
        {
            ["policies"] = policyId,
            ["grants"] = (await grant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["shared-projects"] = (await share.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["departments"] = department,
            ["users"] = user,
            ["projects"] = project,
            ["problems"] = (await problem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["duties"] = (await duty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["files"] = Guid.CreateVersion7(),
            ["signings"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/signings", new { projectName = "咸阳签约", signedOn = "2022-07-01", agreedAmount = 1m })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["indices"] = (await (await admin.PostAsync($"/api/v1/zones/{Foreign}/evaluation/indices", Evaluation.ParkIndexTests.Form(Evaluation.ParkIndexTests.Workbook(["A", 1, 2, 3], ["B", 2, 3, 1])))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["schedule-templates"] = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/schedule-templates"))[0].GetProperty("id").GetGuid(),
            ["enterprises"] = await ForeignEnterpriseAsync(admin),
            ["qualifications"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/enterprises/{await ForeignEnterpriseAsync(admin)}/qualifications",
                new { kind = "TechSme", level = "National", grantedOn = "2022-03-01" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["services"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/services", new { enterpriseId = await ForeignEnterpriseAsync(admin), type = "科技咨询", title = "咸阳服务申请" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["carriers"] = foreignCarrier,
            ["incubatees"] = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/carriers/{foreignCarrier}")).GetProperty("incubatees")[0].GetProperty("id").GetGuid(),
            ["centres"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/centres", new { partner = "咸阳示例大学", name = "外区校企中心", field = "新材料", level = "Provincial", startOn = "2021-01-01" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["people"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/talent/people", new { name = "外区人才样例", title = "Senior", fields = new[] { "新材料" } }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["needs"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/talent/needs", new { enterpriseId = await ForeignEnterpriseAsync(admin), title = "外区需求", field = "新材料", deadline = "2022-12-31" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["chain-links"] = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/chains/display")).GetProperty("links")[0].GetProperty("id").GetGuid(),
            ["chain-placements"] = await ForeignPlacementAsync(admin),
            ["chain-targets"] = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/chains/display/targets"))[0].GetProperty("id").GetGuid(),
            ["meetings"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/meetings", new { date = "2022-07-15" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            ["enterprise-events"] = (await (await admin.PostAsJsonAsync($"/api/v1/zones/{Foreign}/enterprises/{await ForeignEnterpriseAsync(admin)}/events",
                new { kind = "Financing", date = "2022-03-01", round = "Angel", amount = 1_000_000m })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
        };
    }

    /// <summary>A placement on the other zone's display chain (the demo places its firms there).</summary>
    private static async Task<Guid> ForeignPlacementAsync(HttpClient admin)
    {
        var link = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/chains/display")).GetProperty("links")[0].GetProperty("id").GetGuid();
        return (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/chain-links/{link}")).GetProperty("enterprises")[0].GetProperty("placementId").GetGuid();
    }

    /// <summary>One of the other zone's enterprise files (the demo files Xianyang's tech-based SMEs).</summary>
    private static async Task<Guid> ForeignEnterpriseAsync(HttpClient admin)
        => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{Foreign}/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private static async Task<Guid> FirstDepartmentAsync(HttpClient admin, string zone)
        => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/zones/{zone}/departments")).EnumerateArray().First().GetProperty("id").GetGuid();

    private static async Task<Guid> UserIdAsync(HttpClient admin, string zone)
        => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users?zone={zone}")).GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();

    private static async Task<int> ForeignWritesAsync(TestApp app, Guid zoneId)
    {
        await using var db = app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System);
        return await db.AuditEntries.CountAsync(e => e.ZoneId == zoneId);
    }
}

using System.Globalization;
using Microsoft.Playwright;

namespace Gaoxin.BrowserTests;

/// <summary>The talent pool's record pages: a person's page with its forms, the employer picker, the year's target.</summary>
public sealed class TalentPageTests(BrowserFixture browser)
{
    private static async Task PickAsync(IPage page, string testId, string typed, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByTestId(testId).FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId(testId)).ToHaveValueAsync(option);
    }

    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Staff_add_a_person_employed_by_a_zone_enterprise_enrol_them_with_housing_record_a_weekend_engineer_edit_the_title_and_set_the_target()
    {
        const string name = "示例人才（人才页浏览器测试）";
        const string employer = "承德示例精密仪表有限公司";
        const string host = "承德宏达智能装备有限公司";
        var page = await browser.NewPageAsync(Viewport.Desktop, "zh-CN");
        var shell = new ShellPage(page);
        await shell.SignInAsync("chengde");
        await page.GotoAsync("/talent/people");
        await shell.WaitForCircuitAsync();

        // Add: the employer picked from the zone's enterprises by part of its name.
        await page.GetByTestId("people-new").ClickAsync();
        var dialog = page.GetByTestId("person-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.GetByTestId("person-name").FillAsync(name);
        await page.GetByTestId("person-fields").FillAsync("仪器仪表、传感器");
        await page.GetByTestId("person-phone").FillAsync("13800009999");
        await PickAsync(page, "person-employer", "精密仪表", employer);
        await page.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // Find them in the pool and open their page from the name.
        await page.GetByTestId("people-search").FillAsync(name);
        var rows = page.GetByTestId("people-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(employer);
        await rows.First.GetByTestId("person-link").ClickAsync();
        await Assertions.Expect(shell.Title).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByTestId("person-employer-name")).ToHaveTextAsync(employer);
        await Assertions.Expect(page.GetByTestId("person-phone-value")).ToHaveTextAsync("13800009999");
        await Assertions.Expect(page.GetByTestId("no-enrolments")).ToBeVisibleAsync();

        // Enrol in 英才引进 with a housing subsidy of 5万元 (the date is the business day).
        await page.GetByTestId("enrol-panel").GetByText("入选人才计划").ClickAsync();
        await ChooseAsync(page, "enrol-programme", "英才引进");
        await page.GetByTestId("support-add").ClickAsync();
        await page.GetByTestId("support-amount").FillAsync("5");
        await page.GetByTestId("support-note").FillAsync("人才公寓（示例）");
        await page.GetByTestId("enrol-save").ClickAsync();
        var enrolment = page.GetByTestId("enrolments").GetByTestId("enrolment-row");
        await Assertions.Expect(enrolment).ToHaveCountAsync(1);
        await Assertions.Expect(enrolment).ToContainTextAsync("英才引进");
        await Assertions.Expect(enrolment).ToContainTextAsync("住房");
        await Assertions.Expect(enrolment).ToContainTextAsync("5万元");
        await Assertions.Expect(enrolment).ToContainTextAsync("2022-07-15");
        await Assertions.Expect(page.GetByTestId("support-total")).ToHaveTextAsync("5万元");

        // A weekend engineer with an enterprise of the zone as host, open-ended.
        await page.GetByTestId("engagement-panel").GetByText("登记柔性引才").ClickAsync();
        await page.GetByTestId("engagement-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("engagement-form")).ToContainTextAsync("请填写此项。"); // no host yet, nothing written
        await Assertions.Expect(page.GetByTestId("no-engagements")).ToBeVisibleAsync();
        await PickAsync(page, "engagement-host", "宏达", host);
        await page.GetByTestId("engagement-save").ClickAsync();
        var engagement = page.GetByTestId("engagements").GetByTestId("engagement-row");
        await Assertions.Expect(engagement).ToHaveCountAsync(1);
        await Assertions.Expect(engagement).ToContainTextAsync("周末工程师");
        await Assertions.Expect(engagement).ToContainTextAsync(host);
        await Assertions.Expect(engagement).ToContainTextAsync("至今");

        // Edit the title; a bad birth year is refused under its field first. A second tab that opened the edit before is refused with the conflict.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(page.Url);
        await new ShellPage(other).WaitForCircuitAsync();
        await other.GetByTestId("person-edit").ClickAsync();
        await Assertions.Expect(other.GetByTestId("person-dialog")).ToBeVisibleAsync();

        await page.GetByTestId("person-edit").ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("person-name")).ToHaveValueAsync(name);
        await ChooseAsync(page, "person-title", "副高");
        await page.GetByTestId("person-birth-year").FillAsync("1900");
        await page.GetByTestId("person-save").ClickAsync();
        var birthYear = dialog.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("person-birth-year") });
        await Assertions.Expect(birthYear).ToContainTextAsync("出生年份须在 1930 至");
        await page.GetByTestId("person-birth-year").FillAsync(string.Empty);
        await page.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("person-title-level")).ToHaveTextAsync("副高");
        await shell.ScreenshotAsync("talent-person-zh");

        await ChooseAsync(other, "person-title", "正高");
        await other.GetByTestId("person-save").ClickAsync();
        await Assertions.Expect(other.GetByTestId("person-error")).ToContainTextAsync("您打开后此记录已被他人修改");
        await other.CloseAsync();
        await page.ReloadAsync();
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("person-title-level")).ToHaveTextAsync("副高");

        // The year's target on the dashboard: the progress follows.
        await page.GotoAsync("/talent");
        await shell.WaitForCircuitAsync();
        var introduced = page.GetByTestId("card-introduced");
        var count = int.Parse((await introduced.GetByTestId("count").InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
        Assert.True(count >= 109, $"the demo's 108 introduced in 2022 and this person: {count}");
        await page.GetByTestId("target-input").FillAsync("200");
        await page.GetByTestId("target-save").ClickAsync();
        var percent = Math.Round(100m * count / 200, 1).ToString(CultureInfo.GetCultureInfo("zh-CN"));
        await Assertions.Expect(introduced.GetByTestId("target")).ToHaveTextAsync($"目标 200 人 · 完成 {percent}%");
        await page.ReloadAsync();
        await shell.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("card-introduced").GetByTestId("target")).ToHaveTextAsync($"目标 200 人 · 完成 {percent}%");

        // A target out of range is refused under the field; then the demo's 100 is put back for the other tests.
        await page.GetByTestId("target-input").FillAsync("100001");
        await page.GetByTestId("target-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("target-form")).ToContainTextAsync("目标须在 0 至 100000 之间。");
        await page.GetByTestId("target-input").FillAsync("100");
        await page.GetByTestId("target-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("card-introduced").GetByTestId("target")).ToContainTextAsync("目标 100 人");
        await page.Context.CloseAsync();
    }
}

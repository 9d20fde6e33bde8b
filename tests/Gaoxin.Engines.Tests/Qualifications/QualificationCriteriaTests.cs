using Gaoxin.Engines.Qualifications;

namespace Gaoxin.Engines.Tests.Qualifications;

public sealed class QualificationCriteriaTests
{
    private const long Wan = 1_000_000;
    private static readonly DateOnly AsOf = new(2022, 12, 31);

    /// <summary>A firm that meets every HNTE criterion: 30 m yuan sales, 6% R&amp;D, all in China, 70% high-tech income, 15% S&amp;T staff.</summary>
    private static YearFacts Year(int year, int staff = 100, int science = 15, long revenue = 3_000 * Wan, long? main = null, long? hightech = null, long? rd = null,
        long? rdChina = null, long assets = 5_000 * Wan, int classOne = 1, int classTwo = 3, int? score = 75)
        => new(year, staff, science, revenue, main ?? revenue * 9 / 10, hightech ?? revenue * 7 / 10, rd ?? revenue * 6 / 100, rdChina ?? rd ?? revenue * 6 / 100, assets, classOne, classTwo, score);

    private static EnterpriseFacts Facts(params YearFacts[] years) => new(new DateOnly(2015, 3, 1), new DateOnly(2016, 1, 1), years, []);

    private static EnterpriseFacts ThreeYears(Func<int, YearFacts> year) => Facts(year(2020), year(2021), year(2022));

    private static CriterionResult Criterion(QualificationKind kind, EnterpriseFacts facts, string code, int year = 2022)
        => QualificationCriteria.Check(kind, facts, year, AsOf).Criteria.Single(c => c.Code == code);

    [Fact]
    public void A_firm_meeting_every_hnte_criterion_is_eligible_and_cites_its_document()
    {
        var result = QualificationCriteria.Check(QualificationKind.Hnte, ThreeYears(y => Year(y)), 2022, AsOf);
        Assert.True(result.Eligible, string.Join("; ", result.Criteria.Select(c => c.En)));
        Assert.Contains("国科发火〔2016〕32号", result.Document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(9, false)]
    public void Hnte_needs_ten_percent_science_staff(int science, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.Hnte, ThreeYears(y => Year(y, staff: 100, science: science)), "hnte.staff").Status == CriterionStatus.Met);

    [Theory]
    [InlineData(5_000, 250, true)]  // sales 5000万 (inclusive) needs 5%: exactly 5%
    [InlineData(5_000, 249, false)]
    [InlineData(5_001, 401, true)]  // just above 5000万: 4% band
    [InlineData(20_000, 800, true)] // 2亿 inclusive is still the 4% band
    [InlineData(20_000, 799, false)]
    [InlineData(20_001, 601, true)] // above 2亿: 3%
    [InlineData(30_000, 899, false)]
    public void Hnte_rd_intensity_follows_the_sales_band(long salesWan, long rdWan, bool met)
    {
        var facts = ThreeYears(y => Year(y, revenue: salesWan * Wan, rd: rdWan * Wan));
        Assert.Equal(met, Criterion(QualificationKind.Hnte, facts, "hnte.rd").Status == CriterionStatus.Met);
    }

    [Fact]
    public void Hnte_gap_says_intensity_needed_and_band_in_words()
    {
        var facts = ThreeYears(y => Year(y, revenue: 10_000 * Wan, rd: 320 * Wan));
        var rd = Criterion(QualificationKind.Hnte, facts, "hnte.rd");
        Assert.Equal(CriterionStatus.NotMet, rd.Status);
        Assert.Equal("R&D intensity 3.2% over 2020–2022, needs 4% for sales band 50 m–200 m yuan (short by 0.8).", rd.En);
        Assert.Contains("5000万–2亿", rd.Zh, StringComparison.Ordinal);
        Assert.Contains("差 0.8 个百分点", rd.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Hnte_rd_over_three_years_needs_every_year_reported()
        => Assert.Equal(CriterionStatus.Unknown, Criterion(QualificationKind.Hnte, Facts(Year(2021), Year(2022)), "hnte.rd").Status);

    [Fact]
    public void Hnte_rd_of_a_young_firm_counts_only_its_years()
    {
        var facts = new EnterpriseFacts(new DateOnly(2021, 1, 10), null, [Year(2021), Year(2022)], []);
        Assert.Equal(CriterionStatus.Met, Criterion(QualificationKind.Hnte, facts, "hnte.rd").Status);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(59, false)]
    public void Hnte_needs_sixty_percent_of_rd_in_china(long chinaPercent, bool met)
    {
        var facts = ThreeYears(y => Year(y, revenue: 3_000 * Wan, rd: 200 * Wan, rdChina: 2 * chinaPercent * Wan));
        Assert.Equal(met, Criterion(QualificationKind.Hnte, facts, "hnte.rdChina").Status == CriterionStatus.Met);
    }

    [Theory]
    [InlineData(600, true)]
    [InlineData(599, false)]
    public void Hnte_needs_sixty_percent_high_tech_income(long perMille, bool met)
    {
        var facts = ThreeYears(y => Year(y, revenue: 1_000 * Wan, hightech: perMille * Wan));
        Assert.Equal(met, Criterion(QualificationKind.Hnte, facts, "hnte.income").Status == CriterionStatus.Met);
    }

    [Theory]
    [InlineData(70, CriterionStatus.Met)]
    [InlineData(69, CriterionStatus.NotMet)]
    [InlineData(null, CriterionStatus.Unknown)]
    public void Hnte_needs_an_innovation_score_of_seventy(int? score, CriterionStatus status)
        => Assert.Equal(status, Criterion(QualificationKind.Hnte, ThreeYears(y => Year(y, score: score)), "hnte.score").Status);

    [Theory]
    [InlineData("2021-12-31", true)]
    [InlineData("2022-01-01", false)]
    public void Hnte_needs_one_year_since_registration(string registered, bool met)
    {
        var facts = new EnterpriseFacts(DateOnly.Parse(registered, System.Globalization.CultureInfo.InvariantCulture), null, [Year(2022)], []);
        Assert.Equal(met, Criterion(QualificationKind.Hnte, facts, "hnte.registered").Status == CriterionStatus.Met);
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    public void Hnte_needs_core_ip(int classOne, int classTwo, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.Hnte, ThreeYears(y => Year(y, classOne: classOne, classTwo: classTwo)), "hnte.ip").Status == CriterionStatus.Met);

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Tech_sme_has_at_most_500_staff(int staff, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.TechSme, Facts(Year(2022, staff: staff, science: staff / 5)), "techSme.staff").Status == CriterionStatus.Met);

    [Theory]
    [InlineData(20_000, true)]
    [InlineData(20_001, false)]
    public void Tech_sme_revenue_and_assets_at_most_200_million(long wan, bool met)
    {
        var facts = Facts(Year(2022, revenue: wan * Wan, assets: wan * Wan));
        Assert.Equal(met, Criterion(QualificationKind.TechSme, facts, "techSme.revenue").Status == CriterionStatus.Met);
        Assert.Equal(met, Criterion(QualificationKind.TechSme, facts, "techSme.assets").Status == CriterionStatus.Met);
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(29, 16)]
    [InlineData(25, 16)]
    [InlineData(24, 12)]
    [InlineData(20, 12)]
    [InlineData(19, 8)]
    [InlineData(15, 8)]
    [InlineData(14, 4)]
    [InlineData(10, 4)]
    [InlineData(9, 0)]
    public void Tech_sme_science_staff_points_by_band(int percent, int points)
    {
        // R&D 0, IP 0: the score is the staff points alone.
        var result = QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2022, staff: 100, science: percent, rd: 0, classOne: 0, classTwo: 0)), 2022, AsOf);
        Assert.Equal(points, result.Score);
        Assert.Equal(points > 0, result.Criteria.Single(c => c.Code == "techSme.staffScore").Status == CriterionStatus.Met);
    }

    [Theory]
    [InlineData(600, 50)]
    [InlineData(599, 40)]
    [InlineData(500, 40)]
    [InlineData(499, 30)]
    [InlineData(400, 30)]
    [InlineData(399, 20)]
    [InlineData(300, 20)]
    [InlineData(299, 10)]
    [InlineData(200, 10)]
    [InlineData(199, 0)]
    public void Tech_sme_rd_points_by_share_of_sales(long rdPerTenThousand, int points)
    {
        var result = QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2022, staff: 100, science: 0, revenue: 10_000 * Wan, rd: rdPerTenThousand * Wan, classOne: 0, classTwo: 0)), 2022, AsOf);
        Assert.Equal(points, result.Score);
    }

    [Theory]
    [InlineData(1, 0, 30)]
    [InlineData(0, 5, 24)]
    [InlineData(0, 4, 24)]
    [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)]
    [InlineData(0, 1, 6)]
    [InlineData(0, 0, 0)]
    public void Tech_sme_ip_points_by_class(int classOne, int classTwo, int points)
    {
        var result = QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2022, science: 0, rd: 0, classOne: classOne, classTwo: classTwo)), 2022, AsOf);
        Assert.Equal(points, result.Score);
    }

    [Theory]
    [InlineData(10, 400, 0, 2, 4 + 30 + 12 + 0, false)] // 46
    [InlineData(30, 300, 0, 4, 20 + 20 + 24, true)]     // 64
    [InlineData(20, 300, 1, 0, 12 + 20 + 30, true)]     // 62
    [InlineData(15, 300, 0, 4, 8 + 20 + 24, false)]     // 52
    public void Tech_sme_needs_sixty_points(int sciencePercent, long rdWan, int classOne, int classTwo, int score, bool met)
    {
        var result = QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2022, staff: 100, science: sciencePercent, revenue: 10_000 * Wan, rd: rdWan * Wan, classOne: classOne, classTwo: classTwo)), 2022, AsOf);
        Assert.Equal(score, result.Score);
        Assert.Equal(met, result.Criteria.Single(c => c.Code == "techSme.score").Status == CriterionStatus.Met);
    }

    [Fact]
    public void Tech_sme_with_enough_points_but_no_science_staff_points_is_refused()
    {
        var result = QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2022, staff: 100, science: 9, revenue: 1_000 * Wan, rd: 100 * Wan, classOne: 1)), 2022, AsOf);
        Assert.Equal(80, result.Score);
        Assert.False(result.Eligible);
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(1_999, false)]
    public void Above_scale_needs_20_million_main_business_revenue(long wan, bool met)
        => Assert.Equal(met, QualificationCriteria.Check(QualificationKind.AboveScale, Facts(Year(2022, revenue: 5_000 * Wan, main: wan * Wan)), 2022, AsOf).Eligible);

    private static EnterpriseFacts Giant(long revenueWan, long rdWan, long mainWan, int classOne, string nicheSince = "2018-01-01")
        => new(new DateOnly(2010, 1, 1), DateOnly.Parse(nicheSince, System.Globalization.CultureInfo.InvariantCulture),
            [Year(2021, revenue: revenueWan * Wan, main: mainWan * Wan, rd: rdWan * Wan, classOne: classOne), Year(2022, revenue: revenueWan * Wan, main: mainWan * Wan, rd: rdWan * Wan, classOne: classOne)],
            [QualificationKind.Srdi]);

    [Fact]
    public void Little_giant_meeting_every_encoded_criterion_is_eligible()
        => Assert.True(QualificationCriteria.Check(QualificationKind.LittleGiant, Giant(20_000, 600, 18_000, 2), 2022, AsOf).Eligible);

    [Theory]
    [InlineData(10_000, 300, true)]  // 1亿: 3%
    [InlineData(10_000, 299, false)]
    [InlineData(9_999, 600, true)]   // under 1亿: 6%
    [InlineData(9_000, 539, false)]
    [InlineData(5_000, 300, true)]   // 5000万 is in the 6% band
    [InlineData(4_999, 4_000, false)] // under 5000万: only the financing route
    public void Little_giant_rd_follows_the_revenue_band(long revenueWan, long rdWan, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.LittleGiant, Giant(revenueWan, rdWan, revenueWan, 2), "littleGiant.rd").Status == CriterionStatus.Met);

    [Theory]
    [InlineData(7_000, true)]
    [InlineData(6_999, false)]
    public void Little_giant_main_business_is_seventy_percent(long mainWan, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.LittleGiant, Giant(10_000, 500, mainWan, 2), "littleGiant.main").Status == CriterionStatus.Met);

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void Little_giant_needs_two_class_one_ip(int classOne, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.LittleGiant, Giant(10_000, 500, 9_000, classOne), "littleGiant.ip").Status == CriterionStatus.Met);

    [Theory]
    [InlineData("2019-12-31", true)]
    [InlineData("2020-01-01", false)]
    public void Little_giant_needs_three_years_in_its_niche(string since, bool met)
        => Assert.Equal(met, Criterion(QualificationKind.LittleGiant, Giant(10_000, 500, 9_000, 2, since), "littleGiant.niche").Status == CriterionStatus.Met);

    [Fact]
    public void Little_giant_needs_the_srdi_tier_first()
    {
        var facts = Giant(20_000, 600, 18_000, 2) with { Held = [] };
        Assert.Equal(CriterionStatus.NotMet, Criterion(QualificationKind.LittleGiant, facts, "littleGiant.tier").Status);
    }

    [Theory]
    [InlineData(1_000, 100, true)]  // 1000万 revenue, 100万 R&D (10%)
    [InlineData(999, 100, false)]
    [InlineData(3_400, 100, false)] // 100万 but under 3%
    [InlineData(3_333, 100, true)]
    [InlineData(2_000, 99, false)]  // under 100万
    public void Srdi_needs_one_million_rd_at_three_percent_and_ten_million_revenue(long revenueWan, long rdWan, bool met)
    {
        var facts = new EnterpriseFacts(new DateOnly(2010, 1, 1), new DateOnly(2019, 1, 1), [Year(2022, revenue: revenueWan * Wan, rd: rdWan * Wan)], [QualificationKind.InnovativeSme]);
        var result = QualificationCriteria.Check(QualificationKind.Srdi, facts, 2022, AsOf);
        var encoded = result.Criteria.Where(c => c.Code is "srdi.rd" or "srdi.revenue").ToList();
        Assert.Equal(met, encoded.All(c => c.Status == CriterionStatus.Met));
    }

    [Fact]
    public void Srdi_after_the_2026_revision_warns_that_its_criteria_are_not_loaded()
    {
        var facts = Facts(Year(2026));
        var before = QualificationCriteria.Check(QualificationKind.Srdi, facts, 2026, new DateOnly(2026, 3, 31));
        var after = QualificationCriteria.Check(QualificationKind.Srdi, facts, 2026, new DateOnly(2026, 4, 1));
        Assert.Null(before.NoteEn);
        Assert.Contains("2026-04-01", after.NoteEn, StringComparison.Ordinal);
        Assert.Contains("2026-04-01", after.NoteZh, StringComparison.Ordinal);
        Assert.Contains("〔2022〕63号", after.Document, StringComparison.Ordinal);
    }

    [Fact]
    public void Innovative_sme_is_direct_for_an_hnte()
    {
        var held = Facts(Year(2022)) with { Held = [QualificationKind.Hnte] };
        Assert.True(QualificationCriteria.Check(QualificationKind.InnovativeSme, held, 2022, AsOf).Eligible);
        Assert.False(QualificationCriteria.Check(QualificationKind.InnovativeSme, Facts(Year(2022)), 2022, AsOf).Eligible);
    }

    [Fact]
    public void Without_figures_for_the_year_every_qualification_says_so()
    {
        foreach (var result in QualificationCriteria.CheckAll(Facts(Year(2020)), 2022, AsOf))
        {
            Assert.False(result.Eligible);
        }

        Assert.Contains(QualificationCriteria.Check(QualificationKind.TechSme, Facts(Year(2020)), 2022, AsOf).Criteria, c => c.Status == CriterionStatus.Unknown && c.En.Contains("2022", StringComparison.Ordinal));
    }
}

using Gaoxin.Engines.Identifiers;

namespace Gaoxin.Engines.Tests.Identifiers;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000802100433B")]
    [InlineData("91440300708461136T")]
    [InlineData("91440300708461136t")] // letters are read upper-case
    public void Published_codes_pass_the_check(string code) => Assert.Null(CreditCode.Check(code));

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeProblem.CheckCharacter)]
    [InlineData("911101081020170101", CreditCodeProblem.CheckCharacter)]
    [InlineData("91350100M000100Y4", CreditCodeProblem.Length)]
    [InlineData("91350100M0001O0Y43", CreditCodeProblem.Character)] // the letter O is not in the alphabet
    [InlineData("", CreditCodeProblem.Empty)]
    public void Wrong_codes_say_what_is_wrong(string code, CreditCodeProblem problem) => Assert.Equal(problem, CreditCode.Check(code));

    [Fact]
    public void Every_single_character_change_of_a_valid_code_is_caught()
    {
        const string valid = "91350100M000100Y43";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < 18; i++)
        {
            foreach (var c in alphabet.Where(c => c != valid[i]))
            {
                var changed = valid[..i] + c + valid[(i + 1)..];
                Assert.False(CreditCode.IsValid(changed), changed);
            }
        }
    }

    [Fact]
    public void The_expected_check_character_completes_any_seventeen()
        => Assert.Equal('3', CreditCode.ExpectedCheckCharacter("91350100M000100Y4"));
}

public sealed class CreditCodeCompositionTests
{
    [Theory]
    [InlineData("91130800612345675")] // Chengde region, a made-up organisation code with its own check digit
    [InlineData("91520100MA6DL4K2X")]
    public void A_completed_code_passes_the_check(string first17) => Assert.True(CreditCode.IsValid(CreditCode.Complete(first17)));

    [Fact]
    public void Completing_refuses_characters_outside_the_alphabet()
        => Assert.Throws<ArgumentException>(() => CreditCode.Complete("9113080061234567O"));

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91110000802100433B", true)]
    [InlineData("91440300708461136T", true)]
    [InlineData("911308006123456756", true)]
    [InlineData("911308006123456740", false)] // organisation check digit 4 where 5 is due
    public void The_organisation_code_inside_is_checked_by_gb_11714(string code, bool valid)
        => Assert.Equal(valid, CreditCode.HasValidOrganizationCode(code));

    [Fact]
    public void An_organisation_code_is_completed_with_x_for_ten()
    {
        // 6 × 2 = 12; 12 mod 11 = 1; 11 − 1 = 10, written X.
        Assert.Equal("00000006X", CreditCode.CompleteOrganizationCode("00000006"));
    }
}

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

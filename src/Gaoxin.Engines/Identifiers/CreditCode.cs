namespace Gaoxin.Engines.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
/// (no I, O, S, V, Z); the 18th is a check character over the first 17 with weights 3^(i) mod 31.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Why the code is not valid, or null when it is. Letters are compared upper-case.</summary>
    public static CreditCodeProblem? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return CreditCodeProblem.Empty;
        }

        var text = code.Trim().ToUpperInvariant();
        if (text.Length != 18)
        {
            return CreditCodeProblem.Length;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(text[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return CreditCodeProblem.Character;
            }

            sum += value * Weights[i];
        }

        if (Alphabet.IndexOf(text[17], StringComparison.Ordinal) < 0)
        {
            return CreditCodeProblem.Character;
        }

        var check = (31 - (sum % 31)) % 31;
        return text[17] == Alphabet[check] ? null : CreditCodeProblem.CheckCharacter;
    }

    public static bool IsValid(string? code) => Check(code) is null;

    /// <summary>The check character the first 17 characters call for.</summary>
    public static char ExpectedCheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(char.ToUpperInvariant(first17[i]), StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>The first 17 characters followed by the check character they call for (e.g. to generate sample codes).</summary>
    public static string Complete(string first17)
    {
        if (first17.Length != 17 || first17.Any(c => Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal) < 0))
        {
            throw new ArgumentException("Seventeen characters of the credit-code alphabet are needed.", nameof(first17));
        }

        return first17.ToUpperInvariant() + ExpectedCheckCharacter(first17);
    }

    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// Whether characters 9–17 (the organisation code of GB 11714-1997: eight digits or capital letters and a check
    /// character, weights 3,7,9,10,5,8,4,2 mod 11, 10 written X) hold together. Optional: codes issued to some
    /// registrants (e.g. individual businesses) carry no organisation code there, so a failure is only a warning.
    /// </summary>
    public static bool HasValidOrganizationCode(string code)
    {
        var text = code.Trim().ToUpperInvariant();
        if (text.Length != 18)
        {
            return false;
        }

        var org = text.Substring(8, 9);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = org[i];
            int value;
            if (c is >= '0' and <= '9')
            {
                value = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            sum += value * OrganizationWeights[i];
        }

        var check = 11 - (sum % 11);
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return org[8] == expected;
    }

    /// <summary>An organisation code (eight characters) followed by its GB 11714 check character.</summary>
    public static string CompleteOrganizationCode(string first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = char.ToUpperInvariant(first8[i]);
            sum += (c is >= '0' and <= '9' ? c - '0' : c - 'A' + 10) * OrganizationWeights[i];
        }

        var check = 11 - (sum % 11);
        return first8.ToUpperInvariant() + (check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) });
    }
}

public enum CreditCodeProblem
{
    Empty,
    Length,
    Character,
    CheckCharacter,
}

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
}

public enum CreditCodeProblem
{
    Empty,
    Length,
    Character,
    CheckCharacter,
}

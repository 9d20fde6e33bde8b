namespace Gaoxin.Engines.Talent;

/// <summary>Why an ID-card number is refused.</summary>
public enum IdCardProblem
{
    Length,
    Character,
    BirthDate,
    CheckDigit,
}

/// <summary>
/// The citizen identity number of GB 11643-1999 (公民身份号码): 6-digit area code, 8-digit birth date (YYYYMMDD),
/// 3-digit sequence and a check character over the first 17 digits (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11,
/// check = "10X98765432"[sum mod 11]).
/// </summary>
public static class IdCardNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string Checks = "10X98765432";

    /// <summary>Why the number is not valid, or null when it is (an x is read as X).</summary>
    public static IdCardProblem? Check(string number)
    {
        var text = number.Trim().ToUpperInvariant();
        if (text.Length != 18)
        {
            return IdCardProblem.Length;
        }

        for (var i = 0; i < 17; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return IdCardProblem.Character;
            }
        }

        if (text[17] is not ((>= '0' and <= '9') or 'X'))
        {
            return IdCardProblem.Character;
        }

        if (BirthDate(text) is null)
        {
            return IdCardProblem.BirthDate;
        }

        return text[17] == ExpectedCheck(text[..17]) ? null : IdCardProblem.CheckDigit;
    }

    /// <summary>The check character the first 17 digits call for.</summary>
    public static char ExpectedCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return Checks[sum % 11];
    }

    /// <summary>The birth date the number holds (positions 7–14), or null when it is not a date.</summary>
    public static DateOnly? BirthDate(string number)
        => number.Length >= 14 && DateOnly.TryParseExact(number.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>A valid number from area code, birth date and sequence (for sample data and tests).</summary>
    public static string Complete(string area6, DateOnly born, int sequence)
    {
        var first17 = area6 + born.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ExpectedCheck(first17);
    }
}

/// <summary>How personal identifiers and contacts are shown where they must not be read whole (lists, exports).</summary>
public static class Masking
{
    /// <summary>110105********1234: the area code and the last four kept.</summary>
    public static string IdNumber(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return string.Empty;
        }

        return number.Length <= 10 ? new string('*', number.Length) : number[..6] + new string('*', number.Length - 10) + number[^4..];
    }

    /// <summary>138****5678 for a mobile number; other numbers keep only their last four.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return string.Empty;
        }

        var p = phone.Trim();
        if (p.Length == 11 && p.All(char.IsAsciiDigit))
        {
            return p[..3] + "****" + p[7..];
        }

        return p.Length <= 4 ? new string('*', p.Length) : new string('*', p.Length - 4) + p[^4..];
    }

    /// <summary>z***@example.com: the first character of the mailbox and the domain kept.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return string.Empty;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }
}

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>What an evaluation decided.</summary>
public enum Decision : byte
{
    NotEligible,
    Eligible,

    /// <summary>A missing input matters: the answer is "cannot decide: missing X".</summary>
    CannotDecide,

    /// <summary>Two exceptions of the same priority fired; the policy must be corrected, nothing is guessed.</summary>
    Conflict,

    /// <summary>No version of the policy was in force in the period.</summary>
    NotInForce,
}

/// <summary>
/// The result of one policy for one enterprise and period: the decision, the amount in yuan (zero unless eligible),
/// whether the cap bound, and which exception (by index in the policy, -1 for none) fired.
/// </summary>
public readonly record struct Verdict(Decision Decision, decimal Amount, bool Capped, short ExceptionFired)
{
    /// <summary><c>true</c>, <c>false</c> or <c>unknown</c>, as the CLI and the API print it.</summary>
    public string EligibleText => Decision switch
    {
        Decision.Eligible => "true",
        Decision.NotEligible or Decision.NotInForce => "false",
        _ => "unknown",
    };

    public bool IsDecided => Decision is Decision.Eligible or Decision.NotEligible or Decision.NotInForce;
}

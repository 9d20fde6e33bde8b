namespace Gaoxin.Engines.Rules.Language;

/// <summary>A place in a policy file, one-based, as an editor shows it.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}";
}

/// <summary>A policy that cannot be loaded or compiled as written; the message names the place and what was expected.</summary>
public sealed class PolicyDefinitionException : Exception
{
    public PolicyDefinitionException()
        : this("The policy is not valid.")
    {
    }

    public PolicyDefinitionException(string message)
        : base(message)
    {
    }

    public PolicyDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PolicyDefinitionException(string message, SourcePosition position, string? file = null)
        : base($"{(file is null ? "" : file + ": ")}{position}: {message}")
    {
        Position = position;
        File = file;
    }

    /// <summary>Where the problem is, when it has a place.</summary>
    public SourcePosition? Position { get; }

    /// <summary>The file, when the policy came from one.</summary>
    public string? File { get; }
}

namespace Gaoxin.Engines.Scoring;

/// <summary>The contest or the month's measures cannot be scored as given; the message says what to change. Nothing was scored.</summary>
public sealed class InvalidContestException : Exception
{
    public InvalidContestException()
    {
    }

    public InvalidContestException(string message)
        : base(message)
    {
    }

    public InvalidContestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Gaoxin.Engines.Indices;

/// <summary>The index cannot be computed as asked; the message names what to change. Nothing was computed.</summary>
public sealed class InvalidIndexException : Exception
{
    public InvalidIndexException()
    {
    }

    public InvalidIndexException(string message)
        : base(message)
    {
    }

    public InvalidIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

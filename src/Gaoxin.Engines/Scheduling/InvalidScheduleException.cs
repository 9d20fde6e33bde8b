namespace Gaoxin.Engines.Scheduling;

/// <summary>The plan cannot be scheduled as given; the message says what to change. Nothing was computed.</summary>
public class InvalidScheduleException : Exception
{
    public InvalidScheduleException()
    {
    }

    public InvalidScheduleException(string message)
        : base(message)
    {
    }

    public InvalidScheduleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The links form a cycle, so no activity of it can go first. <see cref="Cycle"/> lists one cycle in link order.</summary>
public sealed class ScheduleCycleException : InvalidScheduleException
{
    public ScheduleCycleException()
    {
        Cycle = [];
    }

    public ScheduleCycleException(string message)
        : base(message)
    {
        Cycle = [];
    }

    public ScheduleCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Cycle = [];
    }

    public ScheduleCycleException(IReadOnlyList<string> cycle)
        : base($"These activities depend on each other in a circle, so none of them can go first: {string.Join(" → ", cycle.Append(cycle[0]))}. Remove or reverse one of these links.")
    {
        Cycle = cycle;
    }

    public IReadOnlyList<string> Cycle { get; }
}

namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// Enterprises' inputs in columns: one array per declared input, by run-time kind (decimal for money, number,
/// percent and date day numbers; bool; text). A null cell is a missing input — never zero.
/// </summary>
public sealed class InputFrame
{
    public InputFrame(int count, decimal?[][] numbers, bool?[][] flags, string?[][] texts)
    {
        Count = count;
        Numbers = numbers;
        Flags = flags;
        Texts = texts;
    }

    public int Count { get; }
    public decimal?[][] Numbers { get; }
    public bool?[][] Flags { get; }
    public string?[][] Texts { get; }

    /// <summary>Exact fixed-point copies of the columns (by slot), when the frame was built from a zone's columns.</summary>
    public FixedColumns? Fixed { get; init; }
}

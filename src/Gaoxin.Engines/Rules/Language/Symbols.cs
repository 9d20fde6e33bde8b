namespace Gaoxin.Engines.Rules.Language;

/// <summary>What a name in an expression refers to.</summary>
public abstract record Symbol(string Name, RuleType Type);

/// <summary>A declared input; <see cref="Slot"/> is its column among the inputs that share its run-time kind.</summary>
public sealed record InputSymbol(string Name, RuleType Type, int Slot, IReadOnlyList<string>? Options) : Symbol(Name, Type);

/// <summary>How a parameter is read: a single value, a table keyed by text, or brackets on a number.</summary>
public enum ParameterShape
{
    Scalar,
    Keyed,
    Brackets,
}

/// <summary>A parameter; <see cref="Slot"/> is its index in the <see cref="ParameterValues"/> of a date.</summary>
public sealed record ParameterSymbol(string Name, RuleType Type, ParameterShape Shape, int Slot, RuleType KeyType) : Symbol(Name, Type);

/// <summary>The names a policy's expressions may use.</summary>
public sealed class RuleScope
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);

    public IEnumerable<Symbol> Symbols => _symbols.Values;

    public void Add(Symbol symbol)
    {
        if (!_symbols.TryAdd(symbol.Name, symbol))
        {
            throw new PolicyDefinitionException($"'{symbol.Name}' is declared twice; inputs and parameters share one set of names.");
        }
    }

    public Symbol? Find(string name) => _symbols.GetValueOrDefault(name);
}

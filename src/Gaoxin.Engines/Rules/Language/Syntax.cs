namespace Gaoxin.Engines.Rules.Language;

/// <summary>A node of a parsed rule expression; <see cref="At"/> is its offset in the expression text.</summary>
public abstract record Expr(int At);

/// <summary>A number as written: plain (<c>5_000_000</c>), money (<c>500万</c>, <c>1.5亿</c>) or percent (<c>2%</c>, stored as 0.02).</summary>
public sealed record NumberLiteral(int At, decimal Value, RuleType Type, bool Bare, string Text) : Expr(At);

/// <summary>A quoted text.</summary>
public sealed record TextLiteral(int At, string Value) : Expr(At);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteral(int At, bool Value) : Expr(At);

/// <summary><c>date("2021-01-01")</c>.</summary>
public sealed record DateLiteral(int At, DateOnly Value) : Expr(At);

/// <summary>A declared input or a parameter, by name.</summary>
public sealed record Name(int At, string Identifier) : Expr(At);

/// <summary><c>table[key]</c>: a keyed table or a bracket table parameter.</summary>
public sealed record Lookup(int At, string Table, Expr Key) : Expr(At);

/// <summary><c>not x</c> and unary minus.</summary>
public sealed record Unary(int At, string Operator, Expr Operand) : Expr(At);

/// <summary>Arithmetic, comparison, <c>and</c>, <c>or</c>.</summary>
public sealed record Binary(int At, string Operator, Expr Left, Expr Right) : Expr(At);

/// <summary><c>if c then a else b</c>.</summary>
public sealed record Conditional(int At, Expr Condition, Expr Then, Expr Else) : Expr(At);

/// <summary><c>min(a, b, …)</c>, <c>max(…)</c>, <c>round(x)</c> or <c>round(x, decimals)</c>.</summary>
public sealed record Call(int At, string Function, IReadOnlyList<Expr> Arguments) : Expr(At);

/// <summary><c>x in ["a", "b"]</c>.</summary>
public sealed record Membership(int At, Expr Value, IReadOnlyList<string> Options) : Expr(At);

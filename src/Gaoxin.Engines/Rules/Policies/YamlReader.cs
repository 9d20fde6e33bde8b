using System.Globalization;
using Gaoxin.Engines.Rules.Language;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>Reads YAML nodes with errors that name the file, line and column of the offending node.</summary>
internal sealed class YamlReader
{
    private readonly string[] _lines;

    public YamlReader(string text, string? file)
    {
        _lines = text.Split('\n');
        File = file;
    }

    public string? File { get; }

    public static YamlMappingNode Root(string text, string? file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new PolicyDefinitionException($"not valid YAML: {e.InnerException?.Message ?? e.Message}", new SourcePosition((int)e.Start.Line, (int)e.Start.Column), file);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode m
            ? m
            : throw new PolicyDefinitionException("expected one YAML document whose top level is a mapping (id: …, title: …)", new SourcePosition(1, 1), file);
    }

    public static SourcePosition At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    public PolicyDefinitionException Error(YamlNode node, string message) => new(message, At(node), File);

    public static YamlNode? Optional(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public YamlNode Required(YamlMappingNode map, string key)
        => Optional(map, key) ?? throw Error(map, $"missing '{key}'");

    public string Text(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : throw Error(node, "expected a single value here");

    public string Text(YamlMappingNode map, string key) => Text(Required(map, key));

    public string? OptionalText(YamlMappingNode map, string key) => Optional(map, key) is { } n ? Text(n) : null;

    public YamlMappingNode Mapping(YamlNode node) => node as YamlMappingNode ?? throw Error(node, "expected a mapping (key: value lines) here");

    public YamlSequenceNode Sequence(YamlNode node) => node as YamlSequenceNode ?? throw Error(node, "expected a list ('- ' items) here");

    public DateOnly Date(YamlNode node)
        => DateOnly.TryParseExact(Text(node), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Error(node, $"'{Text(node)}' is not a date; write 2021-01-01");

    public DateOnly? OptionalDate(YamlMappingNode map, string key) => Optional(map, key) is { } n ? Date(n) : null;

    public int Integer(YamlNode node)
        => int.TryParse(Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : throw Error(node, $"'{Text(node)}' is not a whole number");

    public LocalizedText Localized(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return new LocalizedText(Text(node), Text(node));
        }

        var map = Mapping(node);
        return new LocalizedText(Text(map, "zh"), Text(map, "en"));
    }

    /// <summary>Parses an expression, reporting syntax errors at their line and column in the file.</summary>
    public Formula Formula(YamlNode node)
    {
        var text = Text(node);
        try
        {
            return new Formula(text, ExpressionParser.Parse(text));
        }
        catch (ExpressionSyntaxException e)
        {
            throw new PolicyDefinitionException($"syntax error: {e.Message}", Position(node, e.Offset), File);
        }
    }

    /// <summary>The file position of <paramref name="offset"/> within the text of a scalar node.</summary>
    public SourcePosition Position(YamlNode node, int offset)
    {
        var scalar = (YamlScalarNode)node;
        var value = scalar.Value ?? "";
        offset = Math.Clamp(offset, 0, value.Length);
        var newlines = value.AsSpan(0, offset).Count('\n');
        var lineStart = value.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        if (offset == 0 || value[..offset].IndexOf('\n', StringComparison.Ordinal) < 0)
        {
            lineStart = 0;
        }

        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var line = (int)scalar.Start.Line + 1 + newlines;
            var indent = line - 1 < _lines.Length ? _lines[line - 1].Length - _lines[line - 1].TrimStart().Length : 0;
            return new SourcePosition(line, indent + (offset - lineStart) + 1);
        }

        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return newlines == 0
            ? new SourcePosition((int)scalar.Start.Line, (int)scalar.Start.Column + quote + offset)
            : new SourcePosition((int)scalar.Start.Line + newlines, offset - lineStart + 1);
    }
}

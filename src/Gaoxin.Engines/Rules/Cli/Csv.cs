using System.Text;

namespace Gaoxin.Engines.Rules.Cli;

/// <summary>Minimal RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes.</summary>
public static class Csv
{
    /// <summary>Reads all records; each record carries the line on which it starts (1-based).</summary>
    public static List<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        records.Add((start, fields.ToArray()));
                    }

                    fields.Clear();
                    any = false;
                    start = ++line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add((start, fields.ToArray()));
            }
        }

        return records;
    }

    /// <summary>Quotes a field when it holds a comma, a quote or a line break (and doubles inner quotes).</summary>
    public static string Field(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Line(params string[] fields) => string.Join(',', fields.Select(Field));
}

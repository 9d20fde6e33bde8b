using Gaoxin.Engines.Indices;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary><c>gaoxin index FILE.json</c> (or <c>-</c> for standard input): the composite-index engine without a server (issue 7's JSON).</summary>
public static class IndexVerb
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            await stderr.WriteLineAsync("gaoxin index: give a JSON file, or - to read standard input. See 'gaoxin --help'.");
            return 2;
        }

        if (args[0] == "-")
        {
            return IndexCommand.Run(stdin, stdout, stderr);
        }

        try
        {
            using var file = File.OpenText(args[0]);
            return IndexCommand.Run(file, stdout, stderr);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"gaoxin index: no such file: {args[0]}");
            return 2;
        }
    }
}

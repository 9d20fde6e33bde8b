using Gaoxin.Hosting;
using Gaoxin.Hosting.Cli;

return await GaoxinCli.RunAsync(args);

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

using PerfEval.Tests.Shared;

namespace PerfEval.Host.Tests.Cli;

/// <summary><c>rules validate</c> on the hostile-expression corpus: exit 2 naming the rule, never a crash (it was exit 134).</summary>
public sealed class CliHostileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfeval-hostile-").FullName;

    [Fact]
    public async Task RulesValidate_HostileCorpus_ExitsTwoNamingTheRule()
    {
        var accepted = new List<string>();
        var n = 0;
        foreach (var (name, expression) in HostileExpressions.All)
        {
            foreach (var (json, rule) in new[] { (HostileRuleSets.WithAdvanced(expression), HostileRuleSets.IndicatorKey), (HostileRuleSets.WithEnabledMetadata(expression), HostileRuleSets.MetaKey) })
            {
                var path = Path.Combine(_dir, $"hostile-{n++}.json");
                await File.WriteAllTextAsync(path, json);
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();

                var code = await PerfEval.Host.Cli.Cli.RunAsync(["rules", "validate", path], stdout, stderr);

                if (code != PerfEval.Host.Cli.Cli.BadInput || !stderr.ToString().Contains($"  - {rule}:", StringComparison.Ordinal))
                {
                    accepted.Add($"{name} ({rule}): exit {code} {stdout}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

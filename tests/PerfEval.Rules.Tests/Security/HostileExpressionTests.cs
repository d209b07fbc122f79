using System.Diagnostics;
using PerfEval.Rules.Loading;
using PerfEval.Tests.Shared;

namespace PerfEval.Rules.Tests.Security;

/// <summary>The hostile-expression corpus never loads, in an advanced indicator or in the metadata rule, and the loader survives it.</summary>
public class HostileExpressionTests
{
    [Fact]
    public void Load_BenignMinimalRubric_Succeeds()
    {
        var result = RuleSetLoader.Load(HostileRuleSets.WithAdvanced(HostileRuleSets.Benign));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Load_HostileCorpusAsAdvancedIndicator_RefusesEachNamingTheIndicator()
    {
        var accepted = new List<string>();
        foreach (var (name, expression) in HostileExpressions.All)
        {
            var result = RuleSetLoader.Load(HostileRuleSets.WithAdvanced(expression));
            if (result.Succeeded || !result.Problems.Any(p => p.Rule == HostileRuleSets.IndicatorKey))
            {
                accepted.Add($"{name}: {string.Join("; ", result.Problems)}");
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void Load_HostileCorpusInEnabledMetadataRule_RefusesEachNamingTheMetadataRule()
    {
        var accepted = new List<string>();
        foreach (var (name, expression) in HostileExpressions.All)
        {
            var result = RuleSetLoader.Load(HostileRuleSets.WithEnabledMetadata(expression));
            if (result.Succeeded || !result.Problems.Any(p => p.Rule == HostileRuleSets.MetaKey))
            {
                accepted.Add($"{name}: {string.Join("; ", result.Problems)}");
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void Load_MetadataRuleEnabledWithBenignAction_IsRefused()
    {
        var result = RuleSetLoader.Load(HostileRuleSets.WithEnabledMetadata("1m"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rubric", problem.Rule);
        Assert.Contains("Enabled", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeepParentheses_IsRefusedBeforeParsingNamingTheLimit()
    {
        var result = RuleSetLoader.Load(HostileRuleSets.WithAdvanced(new string('(', 1000) + "1m" + new string(')', 1000)));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(HostileRuleSets.IndicatorKey, problem.Rule);
        Assert.Contains("嵌套", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FlatSumOf30000Terms_IsRefusedWithinASecond()
    {
        var expression = string.Join("+", Enumerable.Repeat("0m", 30000));
        var watch = Stopwatch.StartNew();

        var result = RuleSetLoader.Load(HostileRuleSets.WithAdvanced(expression));

        Assert.False(result.Succeeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Load_AssemblyLocationThroughConvert_DoesNotLeakThePathOrExceptionText()
    {
        var result = RuleSetLoader.Load(HostileRuleSets.WithEnabledMetadata("Convert.ToInt32(input.GetType().Assembly.Location)"));

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains(AppContext.BaseDirectory.TrimEnd('/'), StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DivideByZeroInDryRun_NamesTheErrorWithoutTheExceptionMessage()
    {
        var result = RuleSetLoader.Load(HostileRuleSets.WithAdvanced("1m / (input.Report.Basic.Year - input.Report.Basic.Year)"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(HostileRuleSets.IndicatorKey, problem.Rule);
        Assert.Contains("除数为零", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Attempted", problem.Message, StringComparison.Ordinal);
    }
}

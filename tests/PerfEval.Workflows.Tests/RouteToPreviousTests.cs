using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;
using static PerfEval.Workflows.Tests.TestDefinitions;

namespace PerfEval.Workflows.Tests;

/// <summary>A conditional route may lead to <c>@previous</c>: resolved per report when the action fires.</summary>
public sealed class RouteToPreviousTests
{
    private const string Low = "input.Score < 60m";

    private sealed class Answer(bool holds) : IRouteEvaluator
    {
        public bool Holds(string expression) => holds;
    }

    /// <summary>FinanceReview's return goes back where the report came from when the score is low, else to the draft.</summary>
    private static WorkflowDefinition WithRoutedReturn()
    {
        var definition = Project();
        var back = definition.FindStage("FinanceReview")!.FindAction("return")!;
        back.Routes = [new RouteDefinition { When = Low, To = ActionDefinition.PreviousStage }, new RouteDefinition { To = back.To }];
        back.To = "";
        return definition;
    }

    [Fact]
    public void Validate_RouteToPrevious_Accepted()
        => Assert.Empty(WorkflowDefinitionValidator.Validate(WithRoutedReturn()));

    [Fact]
    public void Validate_RouteToPreviousFromStartStage_Refused()
    {
        var definition = Project();
        var first = definition.Stages[0].Actions[0];
        first.Routes = [new RouteDefinition { When = Low, To = ActionDefinition.PreviousStage }, new RouteDefinition { To = first.To }];
        first.To = "";

        Assert.Contains(WorkflowDefinitionValidator.Validate(definition), e => e.Path == "stages[0].actions[0].to" && e.Message.Contains("@previous", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, "UnitSignOff")]
    [InlineData(false, "Draft")]
    public async Task FireAsync_RouteToPrevious_ResolvesToTheStageTheReportCameFrom(bool low, string expected)
    {
        var context = As("FinanceReview", "FinanceReviewer", Finance) with { CameFrom = "UnitSignOff", Conditions = new Answer(low) };

        var result = await WorkflowRunner.FireAsync(WithRoutedReturn(), context, "return", "请补充佐证。");

        Assert.True(result.Succeeded, string.Join("；", result.Reasons));
        Assert.Equal(expected, result.To);
    }
}

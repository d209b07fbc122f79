using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;
using static PerfEval.Workflows.Tests.TestDefinitions;

namespace PerfEval.Workflows.Tests;

/// <summary>The <c>@previous</c> action target: back to the stage the report came from.</summary>
public sealed class ReturnToPreviousTests
{
    /// <summary>The project ladder with FinanceReview's return sent to the previous stage.</summary>
    private static WorkflowDefinition WithPreviousReturn()
    {
        var definition = Project();
        definition.FindStage("FinanceReview")!.FindAction("return")!.To = ActionDefinition.PreviousStage;
        return definition;
    }

    [Fact]
    public void Validate_PreviousFromLaterStage_Accepted()
    {
        Assert.Empty(WorkflowDefinitionValidator.Validate(WithPreviousReturn()));
    }

    [Fact]
    public void Validate_PreviousFromStartStage_RefusedNamingTheAction()
    {
        var definition = Project();
        definition.Stages[0].Actions[0].To = ActionDefinition.PreviousStage;

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors, e => e.Path == "stages[0].actions[0].to");
        Assert.Contains("@previous", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FireAsync_PreviousWithHistory_ReturnsToTheStageItCameFrom()
    {
        // A department-overall style history: the report entered FinanceReview from UnitSignOff.
        var context = As("FinanceReview", "FinanceReviewer", Finance) with { CameFrom = "UnitSignOff" };

        var result = await WorkflowRunner.FireAsync(WithPreviousReturn(), context, "return", "请补充佐证。");

        Assert.True(result.Succeeded, string.Join("；", result.Reasons));
        Assert.Equal("UnitSignOff", result.To);
    }

    [Fact]
    public async Task FireAsync_PreviousWithoutHistory_ReturnsToLadderPredecessor()
    {
        var result = await WorkflowRunner.FireAsync(WithPreviousReturn(), As("FinanceReview", "FinanceReviewer", Finance), "return", "请补充佐证。");

        Assert.True(result.Succeeded, string.Join("；", result.Reasons));
        Assert.Equal("DepartmentApproval", result.To);
    }

    [Fact]
    public void GetActions_Previous_ShowsResolvedTarget()
    {
        var context = As("FinanceReview", "FinanceReviewer", Finance) with { CameFrom = "DepartmentApproval" };

        var actions = WorkflowRunner.GetActions(WithPreviousReturn(), context);

        var option = Assert.Single(actions.Allowed, a => a.Code == "return");
        Assert.Equal("DepartmentApproval", option.To);
        Assert.Equal("主管部门审批", option.ToLabel);
    }

    [Fact]
    public void ToMermaid_Previous_DrawsLadderPredecessor()
    {
        var text = WorkflowDiagram.ToMermaid(WithPreviousReturn());

        Assert.Contains("FinanceReview --> DepartmentApproval", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@previous", text, StringComparison.Ordinal);
    }
}

using PerfEval.Workflows.Runtime;
using static PerfEval.Workflows.Tests.TestDefinitions;

namespace PerfEval.Workflows.Tests;

public sealed class RunnerTests
{
    [Theory]
    [InlineData("Draft", "submit", "Preparer", Unit, "UnitSignOff")]
    [InlineData("UnitSignOff", "approve", "UnitHead", Unit, "DepartmentApproval")]
    [InlineData("DepartmentApproval", "approve", "DepartmentReviewer", Department, "FinanceReview")]
    [InlineData("FinanceReview", "approve", "FinanceReviewer", Finance, "Accepted")]
    [InlineData("FinanceReview", "return", "FinanceReviewer", Finance, "Draft")]
    public async Task FireAsync_RightActor_MovesToTarget(string stage, string action, string role, string org, string expected)
    {
        var result = await WorkflowRunner.FireAsync(Project(), As(stage, role, org), action, "意见。");

        Assert.True(result.Succeeded, string.Join("；", result.Reasons));
        Assert.Equal(stage, result.From);
        Assert.Equal(expected, result.To);
        Assert.True(result.StageChanged);
    }

    [Fact]
    public async Task FireAsync_DepartmentOverall_UnitHeadApprovalSkipsDepartmentStage()
    {
        // For a department-overall report the report's org is the department itself.
        var context = new WorkflowContext("UnitSignOff", new WorkflowActor("head", "部门负责人", "UnitHead", Department), new ReportParties(Department, Finance, Finance));

        var result = await WorkflowRunner.FireAsync(DepartmentOverall(), context, "approve", null);

        Assert.Equal("FinanceReview", result.To);
    }

    [Fact]
    public async Task FireAsync_Rescore_StaysInStageAndKeepsScore()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("FinanceReview", "FinanceReviewer", Finance), "rescore", " 扣 2 分 ", 88m);

        Assert.True(result.Succeeded);
        Assert.False(result.StageChanged);
        Assert.Equal("FinanceReview", result.To);
        Assert.Equal(88m, result.Input.Score);
        Assert.Equal("扣 2 分", result.Input.Comment);
        Assert.True(result.Definition!.Rescore);
    }

    [Fact]
    public async Task FireAsync_WrongRole_ForbiddenWithRoleReason()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("UnitSignOff", "Preparer", Unit), "approve", null);

        Assert.False(result.Succeeded);
        Assert.Equal(RefusalKind.Forbidden, result.Refusal);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("须由单位负责人办理", reason, StringComparison.Ordinal);
        Assert.Contains("填报人", reason, StringComparison.Ordinal);
        Assert.Equal("UnitSignOff", result.To);
    }

    [Fact]
    public async Task FireAsync_RightRoleWrongOrg_ForbiddenWithOrgReason()
    {
        // A unit head of another unit.
        var result = await WorkflowRunner.FireAsync(Project(), As("UnitSignOff", "UnitHead", "UNIT-GS"), "approve", null);

        Assert.Equal(RefusalKind.Forbidden, result.Refusal);
        Assert.Contains("报告所属单位", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FireAsync_DepartmentReviewerOfOtherDepartment_Forbidden()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("DepartmentApproval", "DepartmentReviewer", "DEPT-GOVSVC"), "approve", null);

        Assert.Equal(RefusalKind.Forbidden, result.Refusal);
    }

    [Fact]
    public async Task FireAsync_ActionNotInStage_NotAvailableListingPossibleActions()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("Draft", "UnitHead", Unit), "approve", null);

        Assert.Equal(RefusalKind.NotAvailable, result.Refusal);
        Assert.Contains("submit", Assert.Single(result.Reasons), StringComparison.Ordinal);
        Assert.Null(result.Definition);
    }

    [Fact]
    public async Task FireAsync_TerminalStage_NotAvailable()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("Accepted", "FinanceReviewer", Finance), "approve", null);

        Assert.Equal(RefusalKind.NotAvailable, result.Refusal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task FireAsync_ReturnWithoutComment_InvalidInputOnComment(string? comment)
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("DepartmentApproval", "DepartmentReviewer", Department), "return", comment);

        Assert.Equal(RefusalKind.InvalidInput, result.Refusal);
        Assert.Equal(["comment"], result.InvalidFields);
        Assert.Contains("须填写意见", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    public async Task FireAsync_RescoreWithoutValidScore_InvalidInputOnScore(double? score)
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("FinanceReview", "FinanceReviewer", Finance), "rescore", "复核。", (decimal?)score);

        Assert.Equal(RefusalKind.InvalidInput, result.Refusal);
        Assert.Equal(["score"], result.InvalidFields);
    }

    [Fact]
    public async Task FireAsync_WrongActorAndNoComment_ForbiddenTakesPrecedence()
    {
        var result = await WorkflowRunner.FireAsync(Project(), As("DepartmentApproval", "Preparer", Unit), "return", null);

        Assert.Equal(RefusalKind.Forbidden, result.Refusal);
        Assert.Equal(2, result.Reasons.Count);
    }

    [Fact]
    public void GetActions_UnitHeadAtUnitSignOff_ApproveAndReturnAllowed()
    {
        var actions = WorkflowRunner.GetActions(Project(), As("UnitSignOff", "UnitHead", Unit));

        Assert.Equal(["approve", "return"], actions.Allowed.Select(a => a.Code));
        Assert.Empty(actions.Refused);
        Assert.Equal("单位签署", actions.StageLabel);
        Assert.True(actions.Allowed.Single(a => a.Code == "return").CommentRequired);
    }

    [Fact]
    public void GetActions_PreparerAtFinanceReview_AllRefusedWithReasons()
    {
        var actions = WorkflowRunner.GetActions(Project(), As("FinanceReview", "Preparer", Unit));

        Assert.Empty(actions.Allowed);
        Assert.Equal(3, actions.Refused.Count);
        Assert.All(actions.Refused, a =>
        {
            Assert.Equal(RefusalKind.Forbidden, a.Refusal);
            Assert.Contains(a.Reasons, r => r.Contains("须由财政审核人办理", StringComparison.Ordinal));
            Assert.Contains(a.Reasons, r => r.Contains("财政局", StringComparison.Ordinal));
        });
        Assert.True(actions.Refused.Single(a => a.Code == "rescore").ScoreRequired);
    }

    [Fact]
    public void GetActions_UnknownStage_Empty()
    {
        var actions = WorkflowRunner.GetActions(Project(), As("Archived", "FinanceAdmin", Finance));

        Assert.Empty(actions.Allowed);
        Assert.Empty(actions.Refused);
    }

    [Fact]
    public async Task FireAsync_ArgumentGuards_Throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => WorkflowRunner.FireAsync(null!, As("Draft", "Preparer", Unit), "submit", null));
        await Assert.ThrowsAsync<ArgumentNullException>(() => WorkflowRunner.FireAsync(Project(), null!, "submit", null));
        await Assert.ThrowsAsync<ArgumentException>(() => WorkflowRunner.FireAsync(Project(), As("Draft", "Preparer", Unit), " ", null));
        Assert.Throws<ArgumentNullException>(() => WorkflowRunner.GetActions(Project(), null!));
    }

    [Fact]
    public async Task FireAsync_ConcurrentCallsOnSharedDefinition_EachGetsOwnMachine()
    {
        var definition = Project();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            WorkflowRunner.FireAsync(definition, As(i % 2 == 0 ? "Draft" : "UnitSignOff", i % 2 == 0 ? "Preparer" : "UnitHead", Unit), i % 2 == 0 ? "submit" : "approve", null))));

        Assert.All(results, r => Assert.Equal(r.From == "Draft" ? "UnitSignOff" : "DepartmentApproval", r.To));
    }
}

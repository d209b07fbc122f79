using System.Net;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Each demo role at each stage of the project ladder: allowed (200), wrong person (403), wrong stage (409), not visible (404).</summary>
public sealed class WorkflowAuthorizationTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    // Draft: only the unit's preparer submits.
    [InlineData("Draft", "preparer", "submit", HttpStatusCode.OK)]
    [InlineData("Draft", "unithead", "submit", HttpStatusCode.Forbidden)]
    [InlineData("Draft", "deptreviewer", "submit", HttpStatusCode.Forbidden)]
    [InlineData("Draft", "financereviewer", "submit", HttpStatusCode.Forbidden)]
    [InlineData("Draft", "financeadmin", "submit", HttpStatusCode.Forbidden)]
    [InlineData("Draft", "preparer-gs", "submit", HttpStatusCode.NotFound)]
    [InlineData("Draft", "unithead", "approve", HttpStatusCode.Conflict)]
    [InlineData("Draft", "preparer", "return", HttpStatusCode.Conflict)]
    // UnitSignOff: the unit head of the report's unit.
    [InlineData("UnitSignOff", "unithead", "approve", HttpStatusCode.OK)]
    [InlineData("UnitSignOff", "unithead", "return", HttpStatusCode.OK)]
    [InlineData("UnitSignOff", "preparer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("UnitSignOff", "deptreviewer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("UnitSignOff", "financereviewer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("UnitSignOff", "financeadmin", "approve", HttpStatusCode.Forbidden)]
    [InlineData("UnitSignOff", "preparer", "submit", HttpStatusCode.Conflict)]
    [InlineData("UnitSignOff", "preparer-gs", "approve", HttpStatusCode.NotFound)]
    // DepartmentApproval: the reviewer of the supervising department.
    [InlineData("DepartmentApproval", "deptreviewer", "approve", HttpStatusCode.OK)]
    [InlineData("DepartmentApproval", "deptreviewer", "return", HttpStatusCode.OK)]
    [InlineData("DepartmentApproval", "unithead", "approve", HttpStatusCode.Forbidden)]
    [InlineData("DepartmentApproval", "preparer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("DepartmentApproval", "financereviewer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("DepartmentApproval", "financeadmin", "approve", HttpStatusCode.Forbidden)]
    [InlineData("DepartmentApproval", "deptreviewer", "rescore", HttpStatusCode.Conflict)]
    // FinanceReview: the finance reviewer of the bureau.
    [InlineData("FinanceReview", "financereviewer", "approve", HttpStatusCode.OK)]
    [InlineData("FinanceReview", "financereviewer", "return", HttpStatusCode.OK)]
    [InlineData("FinanceReview", "financereviewer", "rescore", HttpStatusCode.OK)]
    [InlineData("FinanceReview", "financeadmin", "approve", HttpStatusCode.Forbidden)]
    [InlineData("FinanceReview", "deptreviewer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("FinanceReview", "unithead", "approve", HttpStatusCode.Forbidden)]
    [InlineData("FinanceReview", "preparer", "approve", HttpStatusCode.Forbidden)]
    [InlineData("FinanceReview", "preparer", "submit", HttpStatusCode.Conflict)]
    // Accepted: nothing leaves it.
    [InlineData("Accepted", "financereviewer", "approve", HttpStatusCode.Conflict)]
    [InlineData("Accepted", "financereviewer", "return", HttpStatusCode.Conflict)]
    [InlineData("Accepted", "preparer", "submit", HttpStatusCode.Conflict)]
    [InlineData("Accepted", "preparer-gs", "submit", HttpStatusCode.NotFound)]
    public async Task Fire_RoleAtStage_ReturnsExpectedStatus(string stage, string user, string action, HttpStatusCode expected)
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToStageAsync(id, stage);
        var versionBefore = await VersionOfAsync(factory, id);

        var response = await FireAsync(await factory.ClientForAsync(user), id, action, new { comment = "意见。", score = 90m });

        Assert.True(expected == response.StatusCode, $"{user} {action} at {stage}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(stage, await StageOfAsync(factory, id));
            Assert.Equal(versionBefore, await VersionOfAsync(factory, id));
        }
    }

    [Fact]
    public async Task Fire_WrongRole_403NamesTheRequiredRole()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToStageAsync(id, "DepartmentApproval");

        var response = await FireAsync(await factory.ClientForAsync("unithead"), id, "approve", new { comment = "同意。" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("须由主管部门审核人办理", body, StringComparison.Ordinal);
    }

    private async Task DriveToStageAsync(Guid id, string stage)
    {
        if (stage == "Accepted")
        {
            await DriveToAsync(factory, id, "FinanceReview");
            var response = await FireAsync(await factory.ClientForAsync("financereviewer"), id, "approve");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        await DriveToAsync(factory, id, stage);
    }
}

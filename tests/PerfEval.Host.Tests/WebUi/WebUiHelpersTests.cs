using PerfEval.Host.Identity.Pages;
using PerfEval.Host.Features.Reports.Form;

namespace PerfEval.Host.Tests.WebUi;

public sealed class WebUiHelpersTests
{
    [Theory]
    [InlineData("/reports/1", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    public void IsLocal_ReturnUrl_OnlyLocalPathsAccepted(string url, bool expected)
    {
        Assert.Equal(expected, Login.IsLocal(url));
    }

    [Theory]
    [InlineData("Content.Basic.ProjectName", "basic.projectName")]
    [InlineData("Content.Indicators[0].Level3", "indicators[0].level3")]
    [InlineData("content.department", "department")]
    public void Normalize_ValidatorPropertyName_MatchesFormPath(string property, string expected)
    {
        Assert.Equal(expected, FormState.Normalize(property));
    }

    [Theory]
    [InlineData("funding.balance.total", "funding")]
    [InlineData("indicators[3].selfScore", "indicators")]
    [InlineData("department.revenue.summary.total", "department.revenue")]
    [InlineData("statedTotalScore", "score")]
    [InlineData(null, "general")]
    public void SectionOf_FindingPath_NamesFormSection(string? path, string expected)
    {
        Assert.Equal(expected, LiveCheck.SectionOf(path));
    }

    [Fact]
    public void DifferingSections_ChangedFunding_NamesOnlyFunding()
    {
        var mine = new PerfEval.Rules.Model.ReportDocument();
        var theirs = mine.Clone();
        theirs.Funding.Planned.City = 10;

        Assert.Equal(["funding"], DocumentCopy.DifferingSections(mine, theirs));
    }
}

public sealed class DiagramTextTests
{
    [Fact]
    public void Localize_TransitionWithGuards_ShowsChineseActionLabelOnly()
    {
        var definition = new PerfEval.Workflows.Definitions.WorkflowDefinition
        {
            Stages =
            [
                new() { Code = "UnitSignOff", Label = "单位签署", Actions = [new() { Code = "return", Label = "退回修改" }] },
            ],
        };
        const string mermaid = "stateDiagram-v2\n    UnitSignOff --> Draft : return [须由单位负责人办理] [须填写意见]\n    Draft : 起草（20天）";

        var result = PerfEval.Host.Features.Workflow.Panel.DiagramText.Localize(mermaid, definition);

        Assert.Equal("stateDiagram-v2\n    UnitSignOff --> Draft : 退回修改\n    Draft : 起草（20天）", result);
    }
}

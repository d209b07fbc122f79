using PerfEval.Workflows.Runtime;

namespace PerfEval.Workflows.Tests;

public sealed class DiagramTests
{
    [Fact]
    public void ToMermaid_ShippedProject_DescribesEveryGuardWithoutFunctionLabels()
    {
        var text = WorkflowDiagram.ToMermaid(TestDefinitions.Project());

        Assert.StartsWith("stateDiagram-v2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", text, StringComparison.Ordinal);
        Assert.Contains("Draft --> UnitSignOff", text, StringComparison.Ordinal);
        Assert.Contains("须由单位负责人办理", text, StringComparison.Ordinal);
        Assert.Contains("须填写意见", text, StringComparison.Ordinal);
        Assert.Contains("Accepted : 已通过", text, StringComparison.Ordinal);
        Assert.DoesNotContain("classDef", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_WithCurrentStage_MarksThatStage()
    {
        var text = WorkflowDiagram.ToMermaid(TestDefinitions.Project(), "DepartmentApproval");

        Assert.Contains("class DepartmentApproval current", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDot_ShippedProject_HasNoFunctionLabels()
    {
        var text = WorkflowDiagram.ToDot(TestDefinitions.Project());

        Assert.Contains("digraph", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => WorkflowDiagram.ToMermaid(null!));
    }
}

using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Workflows.Tests;

/// <summary>The shipped definitions and the people around one project report of UNIT-SI.</summary>
internal static class TestDefinitions
{
    public const string Unit = "UNIT-SI";
    public const string Department = "DEPT-HRSS";
    public const string Finance = "FIN";

    public static WorkflowDefinition Project() => Load("project-approval.json");

    public static WorkflowDefinition DepartmentOverall() => Load("department-approval.json");

    public static WorkflowDefinition Load(string file)
        => WorkflowDefinitionJson.ParseValid(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", file)));

    public static readonly ReportParties Parties = new(Unit, Department, Finance);

    public static WorkflowContext As(string stage, string role, string org)
        => new(stage, new WorkflowActor(role.ToLowerInvariant(), role, role, org), Parties);
}

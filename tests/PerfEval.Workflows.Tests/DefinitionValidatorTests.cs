using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Tests;

public sealed class DefinitionValidatorTests
{
    [Fact]
    public void Validate_ShippedDefinitions_HaveNoErrors()
    {
        Assert.Empty(WorkflowDefinitionValidator.Validate(TestDefinitions.Project()));
        Assert.Empty(WorkflowDefinitionValidator.Validate(TestDefinitions.DepartmentOverall()));
    }

    [Fact]
    public void Validate_ActionToUnknownStage_RefusedNamingTheAction()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[1].Actions[0].To = "Nowhere";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors, e => e.Path == "stages[1].actions[0].to");
        Assert.Contains("Nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnreachableStage_Refused()
    {
        var definition = TestDefinitions.Project();
        // UnitSignOff approves straight to FinanceReview: DepartmentApproval is never reached.
        definition.Stages[1].Actions[0].To = "FinanceReview";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors);
        Assert.Equal("stages[2]", error.Path);
        Assert.Contains("DepartmentApproval", error.Message, StringComparison.Ordinal);
        Assert.Contains("无法到达", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ActionWithoutRole_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[2].Actions[0].Role = " ";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "stages[2].actions[0].role" && e.Message.Contains("没有指定办理角色", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReturnWithoutRequiredComment_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[3].FindAction("return")!.CommentRequired = false;

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors);
        Assert.Equal("stages[3].actions[1].commentRequired", error.Path);
    }

    [Fact]
    public void Validate_NoTerminalStage_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[4].Terminal = false;
        definition.Stages[4].Actions.Add(new ActionDefinition { Code = "reopen", Label = "重新打开", To = "Draft", Role = "FinanceAdmin", OrgLevel = OrgLevel.FinanceBureau });

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "stages" && e.Message.Contains("终止阶段", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateAction_Refused()
    {
        var definition = TestDefinitions.Project();
        var stage = definition.Stages[1];
        stage.Actions.Add(new ActionDefinition { Code = "approve", Label = "再次同意", To = "DepartmentApproval", Role = "UnitHead", OrgLevel = OrgLevel.ReportUnit });

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors);
        Assert.Equal("stages[1].actions[2].code", error.Path);
        Assert.Contains("重复", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateStage_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[2].Code = "UnitSignOff";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "stages[2].code" && e.Message.Contains("重复", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DeadEndStage_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[3].Actions.Clear();

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "stages[3].actions");
    }

    [Fact]
    public void Validate_UnknownInitialStage_Refused()
    {
        var definition = TestDefinitions.Project();
        definition.InitialStage = "Start";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "initialStage");
    }

    [Fact]
    public void Validate_NoStages_Refused()
    {
        var errors = WorkflowDefinitionValidator.Validate(new WorkflowDefinition { Id = "x", ReportKind = "project" });

        Assert.Contains(errors, e => e.Path == "stages");
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => WorkflowDefinitionValidator.Validate(null!));
    }

    [Fact]
    public void ParseValid_Inconsistent_ThrowsWithEveryReason()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[1].Actions[0].To = "Nowhere";
        definition.Stages[2].Actions[0].Role = "";
        var json = WorkflowDefinitionJson.Serialize(definition);

        var e = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionJson.ParseValid(json));

        Assert.Contains(e.Errors, x => x.Path == "stages[1].actions[0].to");
        Assert.Contains(e.Errors, x => x.Path == "stages[2].actions[0].role");
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsWithPosition()
    {
        var e = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionJson.Parse("{ \"id\": \"x\", \"stages\": [ { \"code\": 5 } ] }"));

        Assert.Contains("JSON", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.stages[0].code", e.Errors[0].Path);
    }

    [Fact]
    public void Parse_UnknownMember_Refused()
    {
        Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionJson.Parse("{ \"id\": \"x\", \"stagez\": [] }"));
    }

    [Fact]
    public void Json_ArgumentGuards_Throw()
    {
        Assert.Throws<ArgumentException>(() => WorkflowDefinitionJson.Parse(" "));
        Assert.Throws<ArgumentNullException>(() => WorkflowDefinitionJson.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => WorkflowDefinitionJson.Serialize(null!));
    }

    [Fact]
    public void Serialize_DoesNotWriteDerivedStartStage()
    {
        Assert.DoesNotContain("startStage", WorkflowDefinitionJson.Serialize(TestDefinitions.Project()), StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeThenParse_RoundTrips()
    {
        var definition = TestDefinitions.Project();

        var again = WorkflowDefinitionJson.ParseValid(WorkflowDefinitionJson.Serialize(definition));

        Assert.Equal(WorkflowDefinitionJson.Serialize(definition), WorkflowDefinitionJson.Serialize(again));
        Assert.Equal(OrgLevel.SupervisingDepartment, again.FindStage("DepartmentApproval")!.FindAction("approve")!.OrgLevel);
        Assert.Equal(SignOffField.Finance, again.FindStage("FinanceReview")!.FindAction("approve")!.SignOff);
    }
}

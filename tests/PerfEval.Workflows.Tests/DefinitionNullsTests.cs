using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Tests;

/// <summary>A definition with nulls where the model has none is refused naming the path, never a crash.</summary>
public sealed class DefinitionNullsTests
{
    [Theory]
    [InlineData("""{ "id": "x", "reportKind": "project", "stages": null }""")]
    [InlineData("""{ "id": "x", "reportKind": "project", "name": null, "stages": [] }""")]
    [InlineData("""{ "id": "x", "reportKind": "project", "stages": [ { "code": "Draft", "label": "起草", "actions": null } ] }""")]
    public void Parse_NullForNonNullableMember_RefusedNamingThePath(string json)
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionJson.Parse(json));

        Assert.NotEqual("$", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void Validate_NullStageAndNullAction_NamedNotThrown()
    {
        var definition = TestDefinitions.Project();
        definition.Stages[1] = null!;
        definition.Stages[2].Actions[0] = null!;

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Equal(["stages[1]", "stages[2].actions[0]"], errors.Select(e => e.Path));
    }
}

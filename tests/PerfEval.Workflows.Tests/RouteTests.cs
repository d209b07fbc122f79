using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;
using static PerfEval.Workflows.Tests.TestDefinitions;

namespace PerfEval.Workflows.Tests;

/// <summary>Conditional routes: validation naming the culprit, the first holding route taken when the action fires, paths.</summary>
public sealed class RouteTests
{
    private const string Large = "input.PlannedTotal >= 500m";

    /// <summary>Judges conditions from a fixed answer per expression.</summary>
    private sealed class Answers(params (string Expression, bool Holds)[] answers) : IRouteEvaluator
    {
        public List<string> Asked { get; } = [];

        public bool Holds(string expression)
        {
            Asked.Add(expression);
            return answers.Single(a => a.Expression == expression).Holds;
        }
    }

    /// <summary>Refuses every condition containing "GetType".</summary>
    private sealed class Checker : IRouteConditionChecker
    {
        public IReadOnlyList<string> Check(string expression) => expression.Contains("GetType", StringComparison.Ordinal) ? ["不允许调用 GetType"] : [];
    }

    /// <summary>The shipped project ladder with a 专家评审 stage that the department's approval routes large projects to.</summary>
    private static WorkflowDefinition WithExpertReview(bool withDefault = true)
    {
        var definition = Project();
        var approve = definition.FindStage("DepartmentApproval")!.FindAction("approve")!;
        approve.To = "";
        approve.Routes = [new RouteDefinition { When = Large, To = "ExpertReview" }];
        if (withDefault)
        {
            approve.Routes.Add(new RouteDefinition { To = "FinanceReview" });
        }

        definition.Stages.Insert(3, new StageDefinition
        {
            Code = "ExpertReview",
            Label = "专家评审",
            DueDays = 10,
            Actions = [new ActionDefinition { Code = "approve", Label = "评审通过", To = "FinanceReview", Role = "FinanceReviewer", OrgLevel = OrgLevel.FinanceBureau }],
        });
        return definition;
    }

    [Fact]
    public void Validate_RoutesWithDefault_NoErrors()
        => Assert.Empty(WorkflowDefinitionValidator.Validate(WithExpertReview(), new Checker()));

    [Fact]
    public void Validate_NoDefaultRoute_RefusedNamingTheRoutes()
    {
        var errors = WorkflowDefinitionValidator.Validate(WithExpertReview(withDefault: false));

        var error = Assert.Single(errors, e => e.Path == "stages[2].actions[0].routes");
        Assert.Contains("缺少默认路线", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DefaultRouteNotLast_RefusedNamingIt()
    {
        var definition = WithExpertReview();
        var routes = definition.Stages[2].Actions[0].Routes!;
        (routes[0], routes[1]) = (routes[1], routes[0]);

        var errors = WorkflowDefinitionValidator.Validate(definition);

        Assert.Contains(errors, e => e.Path == "stages[2].actions[0].routes[0].when");
        Assert.Contains(errors, e => e.Path == "stages[2].actions[0].routes");
    }

    [Fact]
    public void Validate_ToAndRoutesBoth_Refused()
    {
        var definition = WithExpertReview();
        definition.Stages[2].Actions[0].To = "FinanceReview";

        Assert.Contains(WorkflowDefinitionValidator.Validate(definition), e => e.Path == "stages[2].actions[0].to");
    }

    [Fact]
    public void Validate_ConditionRefusedByChecker_NamesTheRouteAndReason()
    {
        var definition = WithExpertReview();
        definition.Stages[2].Actions[0].Routes![0].When = "input.GetType() != null";

        var errors = WorkflowDefinitionValidator.Validate(definition, new Checker());

        var error = Assert.Single(errors);
        Assert.Equal("stages[2].actions[0].routes[0].when", error.Path);
        Assert.Contains("GetType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RouteToUnknownStage_Refused()
    {
        var definition = WithExpertReview();
        definition.Stages[2].Actions[0].Routes![1].To = "Nowhere";

        Assert.Contains(WorkflowDefinitionValidator.Validate(definition), e => e.Path == "stages[2].actions[0].routes[1].to" && e.Message.Contains("Nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PreviousToken_AcceptedAsTarget()
    {
        var definition = WithExpertReview();
        definition.FindStage("ExpertReview")!.Actions.Add(new ActionDefinition
        {
            Code = "return", Label = "退回上一阶段", To = "@previous", Role = "FinanceReviewer", OrgLevel = OrgLevel.FinanceBureau, CommentRequired = true,
        });

        Assert.Empty(WorkflowDefinitionValidator.Validate(definition));
    }

    [Fact]
    public void Validate_StageWithoutWayToTerminal_RefusedNamingIt()
    {
        var definition = WithExpertReview();
        // 专家评审 only leads back to itself: no way out to 已通过.
        definition.FindStage("ExpertReview")!.Actions[0].To = "ExpertReview";

        var errors = WorkflowDefinitionValidator.Validate(definition);

        var error = Assert.Single(errors);
        Assert.Equal("stages[3]", error.Path);
        Assert.Contains("终止阶段", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "ExpertReview")]
    [InlineData(false, "FinanceReview")]
    public async Task FireAsync_Routes_FirstHoldingRouteTaken(bool large, string expected)
    {
        var context = As("DepartmentApproval", "DepartmentReviewer", Department) with { Conditions = new Answers((Large, large)) };

        var result = await WorkflowRunner.FireAsync(WithExpertReview(), context, "approve", "同意。");

        Assert.True(result.Succeeded, string.Join("；", result.Reasons));
        Assert.Equal(expected, result.To);
    }

    [Fact]
    public async Task FireAsync_WrongActor_ConditionsNotJudged()
    {
        var answers = new Answers((Large, true));
        var context = As("DepartmentApproval", "UnitHead", Unit) with { Conditions = answers };

        var result = await WorkflowRunner.FireAsync(WithExpertReview(), context, "approve", "同意。");

        Assert.Equal(RefusalKind.Forbidden, result.Refusal);
        Assert.Empty(answers.Asked);
    }

    [Fact]
    public async Task FireAsync_RoutesWithoutEvaluator_Throws()
        => await Assert.ThrowsAsync<InvalidOperationException>(() => WorkflowRunner.FireAsync(WithExpertReview(), As("DepartmentApproval", "DepartmentReviewer", Department), "approve", "同意。"));

    [Fact]
    public void GetActions_RoutedActionWithoutEvaluator_ListedAsAllowed()
    {
        var actions = WorkflowRunner.GetActions(WithExpertReview(), As("DepartmentApproval", "DepartmentReviewer", Department));

        Assert.Contains(actions.Allowed, a => a.Code == "approve");
    }

    [Theory]
    [InlineData(true, "Draft,UnitSignOff,DepartmentApproval,ExpertReview,FinanceReview,Accepted")]
    [InlineData(false, "Draft,UnitSignOff,DepartmentApproval,FinanceReview,Accepted")]
    public void Walk_Routes_PathFollowsTheCondition(bool large, string expected)
        => Assert.Equal(expected, string.Join(',', WorkflowPaths.Walk(WithExpertReview(), new Answers((Large, large)))));

    [Theory]
    [InlineData(true, "Draft,UnitSignOff,DepartmentApproval", WalkStop.Loop, "UnitSignOff")]
    [InlineData(false, "Draft,UnitSignOff,DepartmentApproval,FinanceReview,Accepted", WalkStop.None, null)]
    public void Trace_RouteToPrevious_FollowedBackToWhereItCameFrom_NotPlaced(bool large, string stages, WalkStop stop, string? backTo)
    {
        var definition = Project();
        var approve = definition.FindStage("DepartmentApproval")!.FindAction("approve")!;
        approve.To = "";
        approve.Routes = [new RouteDefinition { When = Large, To = ActionDefinition.PreviousStage }, new RouteDefinition { To = "FinanceReview" }];

        var walk = WorkflowPaths.Trace(definition, new Answers((Large, large)));

        Assert.Equal(stages, string.Join(',', walk.Stages));
        Assert.Equal(stop, walk.Stop);
        Assert.Equal(backTo, walk.BackTo);
        Assert.Equal(!large, walk.Placed);
    }

    [Fact]
    public void Json_RoutesRoundTrip_AndAbsentWhenNone()
    {
        var json = WorkflowDefinitionJson.Serialize(WithExpertReview());
        var shipped = WorkflowDefinitionJson.Serialize(Project());

        var back = WorkflowDefinitionJson.ParseValid(json);

        Assert.Equal(Large, back.Stages[2].Actions[0].Routes![0].When);
        Assert.Null(back.Stages[2].Actions[0].Routes![1].When);
        Assert.DoesNotContain("routes", shipped, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMermaid_Routes_OneEdgePerRouteWithItsCondition()
    {
        var mermaid = WorkflowDiagram.ToMermaid(WithExpertReview());

        Assert.Contains("DepartmentApproval --> ExpertReview", mermaid, StringComparison.Ordinal);
        Assert.Contains("DepartmentApproval --> FinanceReview", mermaid, StringComparison.Ordinal);
        Assert.Contains("input.PlannedTotal >= 500m", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ExpertReviewAdded_ListsStageActionAndChangedRoutes()
    {
        var changes = WorkflowDiff.Compare(Project(), WithExpertReview());

        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Path == "ExpertReview");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Path == "ExpertReview.approve");
        var routed = Assert.Single(changes, c => c.Path == "DepartmentApproval.approve");
        Assert.Equal(ChangeKind.Changed, routed.Kind);
        Assert.Contains("若 input.PlannedTotal >= 500m → ExpertReview", routed.After, StringComparison.Ordinal);
        Assert.Empty(WorkflowDiff.Compare(Project(), Project()));
    }
}

using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Definitions;

namespace PerfEval.Host.Tests.RubricEditor;

/// <summary>The editor's store over the rule-set storage (database versions and audit).</summary>
public sealed class RuleSetRubricStoreTests : IDisposable
{
    private readonly PerfEvalFactory _factory = new();
    private readonly IRubricStore _store;
    private static readonly UserContext Admin = new("u1", "financeadmin", "陈管理", Roles.FinanceAdmin, Guid.NewGuid(), "FIN", "财政局");
    private static readonly UserContext Preparer = new("u2", "preparer", "张填报", Roles.Preparer, Guid.NewGuid(), "UNIT-SI", "单位");

    public RuleSetRubricStoreTests()
    {
        _ = _factory.Server; // start the host (migrations, shipped rule sets)
        _store = _factory.Services.GetRequiredService<IRubricStore>();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_Shipped_ScoringRubricsOnlyAsPublishedV1()
    {
        var list = await _store.ListAsync(Admin);

        Assert.Equal(["rubric-a-project", "rubric-b-department", "rubric-c-self-evaluation"], list.Select(r => r.Id));
        Assert.All(list, r => Assert.Equal(1, r.PublishedVersion));
    }

    [Fact]
    public async Task SaveDraftThenPublish_WithNote_NewPublishedVersionAudited()
    {
        var model = RubricEditorModel.FromJson((await _store.GetAsync(Admin, "rubric-a-project")).Current.Json);
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.2").Points = 5;
        var saved = await _store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson());
        Assert.Equal(2, saved.Draft!.Version);

        await Assert.ThrowsAsync<BadInputException>(() => _store.PublishAsync(Admin, "rubric-a-project", "  "));
        var published = await _store.PublishAsync(Admin, "rubric-a-project", "产出分值调整");

        Assert.Null(published.Draft);
        Assert.Equal(2, published.Published!.Version);
        Assert.Equal("产出分值调整", published.Published.ChangeNote);
        Assert.Contains(published.Audit, a => a.Action == "发布" && a.Version == 2);
        var diff = RubricDiff.Compare(RubricDefinition.FromWorkflowJson(published.Versions[0].Json), RubricDefinition.FromWorkflowJson(published.Versions[1].Json));
        Assert.Contains(diff, c => c.Key == "A.3.1.1" && c.Kind == RubricChangeKind.PointsChanged);
    }

    [Fact]
    public async Task Publish_DraftWithRollUpError_RefusedNamingTheGroup()
    {
        var model = RubricEditorModel.FromJson((await _store.GetAsync(Admin, "rubric-a-project")).Current.Json);
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        await _store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson()); // drafts may hold problems

        var e = await Assert.ThrowsAsync<BadInputException>(() => _store.PublishAsync(Admin, "rubric-a-project", "试一下"));

        Assert.Contains("A.3.1", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await _store.GetAsync(Admin, "rubric-a-project")).Published!.Version);
    }

    [Fact]
    public async Task Import_BrokenFile_RefusedAndNothingStored()
    {
        var model = RubricEditorModel.FromJson((await _store.GetAsync(Admin, "rubric-b-department")).Current.Json);
        model.Definition.AllIndicators().First().Points += 1;

        var e = await Assert.ThrowsAsync<BadInputException>(() => _store.ImportAsync(Admin, model.ToJson()));

        Assert.Contains("B.1.1", e.Message, StringComparison.Ordinal);
        Assert.Single((await _store.GetAsync(Admin, "rubric-b-department")).Versions);
    }

    [Fact]
    public async Task DraftFromVersion_AfterPublish_DraftHoldsOldContent_AndOldVersionCanBeRetired()
    {
        var model = RubricEditorModel.FromJson((await _store.GetAsync(Admin, "rubric-a-project")).Current.Json);
        model.Definition.Title = "改过的标题";
        await _store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson());
        await _store.PublishAsync(Admin, "rubric-a-project", "改标题");

        var rolled = await _store.DraftFromVersionAsync(Admin, "rubric-a-project", 1);
        var retired = await _store.RetireAsync(Admin, "rubric-a-project", 1);

        Assert.Equal(3, rolled.Draft!.Version);
        Assert.Equal("项目支出绩效评价指标体系", RubricDefinition.FromWorkflowJson(rolled.Draft.Json).Title);
        Assert.Equal(RubricVersionStatus.Retired, retired.Versions.Single(v => v.Version == 1).Status);
        Assert.Equal(2, retired.Published!.Version);
    }

    [Fact]
    public async Task AnyMethod_NotFinanceAdmin_Forbidden()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => _store.ListAsync(Preparer));
        await Assert.ThrowsAsync<ForbiddenException>(() => _store.GetAsync(Preparer, "rubric-a-project"));
    }
}

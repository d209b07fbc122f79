using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Components;
using PerfEval.Host.Features.RubricEditor.Editor;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Definitions;

namespace PerfEval.Host.Tests.RubricEditor;

/// <summary>
/// The rubric editor's session: it sends the rule-set API's own commands and queries (no store of its own), one per step,
/// so a publish from the editor is at most three sends.
/// </summary>
public sealed class RubricEditorSessionTests : IDisposable
{
    private readonly PerfEvalFactory _factory = new();
    private readonly CountingSender _ui;
    private static readonly UserContext Admin = new("u1", "financeadmin", "陈管理", Roles.FinanceAdmin, Guid.NewGuid(), "FIN", "财政局");
    private static readonly UserContext Preparer = new("u2", "preparer", "张填报", Roles.Preparer, Guid.NewGuid(), "UNIT-SI", "单位");

    public RubricEditorSessionTests()
    {
        _ = _factory.Server; // start the host (migrations, shipped rule sets)
        _ui = new CountingSender(new UiMediator(_factory.Services.GetRequiredService<IServiceScopeFactory>()));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(RubricEditorSession Session, RubricEditorModel Model)> OpenAsync(string id, UserContext? user = null)
    {
        var session = new RubricEditorSession(_ui, user ?? Admin);
        var history = await session.OpenAsync(id);
        return (session, RubricEditorModel.FromJson(history.Current.Json));
    }

    [Fact]
    public async Task Publish_EditedPublishedRubric_AtMostThreeSendsAndANewAuditedVersion()
    {
        var (session, model) = await OpenAsync("rubric-a-project");
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.2").Points = 5;
        _ui.Sent.Clear();

        await session.PublishAsync(model.ToJson(), "产出分值调整", dirty: true);

        Assert.Equal(["CreateRuleSetDraft", "PublishRuleSetVersion", "GetRuleSetHistory"], _ui.Sent);
        var history = session.History!;
        Assert.Null(history.Draft);
        Assert.Equal((2, "产出分值调整"), (history.Published!.Version, history.Published.ChangeNote));
        Assert.Contains(history.Audit, a => a.Action == "published" && a.Version == 2);
        var diff = RubricDiff.Compare(RubricDefinition.FromWorkflowJson(history.Versions[0].Json), RubricDefinition.FromWorkflowJson(history.Versions[1].Json));
        Assert.Contains(diff, c => c.Key == "A.3.1.1" && c.Kind == RubricChangeKind.PointsChanged);
    }

    [Fact]
    public async Task Publish_DirtyDraft_UpdatesPublishesReloads()
    {
        var (session, model) = await OpenAsync("rubric-a-project");
        model.Definition.Title = "草稿中的标题";
        await session.SaveDraftAsync(model.ToJson());
        model.Definition.Title = "发布时的标题";
        _ui.Sent.Clear();

        await session.PublishAsync(model.ToJson(), "改标题", dirty: true);

        Assert.Equal(["UpdateRuleSetDraft", "PublishRuleSetVersion", "GetRuleSetHistory"], _ui.Sent);
        Assert.Equal("发布时的标题", RubricDefinition.FromWorkflowJson(session.History!.Published!.Json).Title);
    }

    [Fact]
    public async Task Publish_WithoutNote_RefusedAndNothingPublished()
    {
        var (session, model) = await OpenAsync("rubric-a-project");
        await session.SaveDraftAsync(model.ToJson());

        var e = await Assert.ThrowsAsync<UiRefusal>(() => session.PublishAsync(model.ToJson(), "  ", dirty: false));

        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.Equal(1, (await session.OpenAsync("rubric-a-project")).Published!.Version);
    }

    [Fact]
    public async Task Publish_DraftWithRollUpError_RefusedNamingTheGroup()
    {
        var (session, model) = await OpenAsync("rubric-a-project");
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        await session.SaveDraftAsync(model.ToJson()); // drafts may hold problems

        var e = await Assert.ThrowsAsync<UiRefusal>(() => session.PublishAsync(model.ToJson(), "试一下", dirty: false));

        Assert.Contains("A.3.1", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await session.OpenAsync("rubric-a-project")).Published!.Version);
    }

    [Fact]
    public async Task Import_BrokenFile_RefusedAndNothingStored()
    {
        var (session, model) = await OpenAsync("rubric-b-department");
        model.Definition.AllIndicators().First().Points += 1;

        var e = await Assert.ThrowsAsync<UiRefusal>(() => session.ImportAsync(model.ToJson()));

        Assert.Contains("B.1.1", e.Message, StringComparison.Ordinal);
        Assert.Single((await session.OpenAsync("rubric-b-department")).Versions);
    }

    [Fact]
    public async Task Rollback_AfterPublish_DraftHoldsOldContent_AndOldVersionCanBeRetired()
    {
        var (session, model) = await OpenAsync("rubric-a-project");
        model.Definition.Title = "改过的标题";
        await session.PublishAsync(model.ToJson(), "改标题", dirty: true);

        await session.RollbackAsync(1);
        var draft = session.History!.Draft!;
        await session.RetireAsync(1);

        Assert.Equal(3, draft.Version);
        Assert.Equal("项目支出绩效评价指标体系", RubricDefinition.FromWorkflowJson(draft.Json).Title);
        Assert.Equal(RuleSetStatus.Retired, session.History!.Versions.Single(v => v.Version == 1).Status);
        Assert.Equal(2, session.History.Published!.Version);
    }

    [Fact]
    public async Task Open_NotFinanceAdmin_ForbiddenByTheMessagesOwnDeclaration()
    {
        var e = await Assert.ThrowsAsync<ForbiddenException>(() => OpenAsync("rubric-a-project", Preparer));

        Assert.Equal("只有财政绩效管理员可以查看评分标准的版本（您是填报人）。", e.Message);
    }

    /// <summary>Records the name of every message sent, then sends it for real.</summary>
    private sealed class CountingSender(IUiSender inner) : IUiSender
    {
        public List<string> Sent { get; } = [];

        public Task<T> SendAsync<T>(ICommand<T> command, CancellationToken ct = default)
        {
            Sent.Add(command.GetType().Name);
            return inner.SendAsync(command, ct);
        }

        public Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct = default)
        {
            Sent.Add(query.GetType().Name);
            return inner.SendAsync(query, ct);
        }
    }
}

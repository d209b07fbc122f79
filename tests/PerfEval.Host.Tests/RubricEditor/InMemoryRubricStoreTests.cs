using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Definitions;

namespace PerfEval.Host.Tests.RubricEditor;

public sealed class InMemoryRubricStoreTests
{
    private static readonly UserContext Admin = new("u1", "financeadmin", "陈管理", Roles.FinanceAdmin, Guid.NewGuid(), "FIN", "财政局");
    private static readonly UserContext Preparer = new("u2", "preparer", "张填报", Roles.Preparer, Guid.NewGuid(), "UNIT-SI", "单位");

    private static InMemoryRubricStore NewStore() => new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero)), new HostingEnvironment { ContentRootPath = Path.Combine(Root(), "src", "Host") });

    private static string Root()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "PerfEval.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public async Task Publish_DraftWithNote_RetiresOldVersionAndAudits()
    {
        var store = NewStore();
        var record = await store.GetAsync(Admin, "rubric-a-project");
        var model = RubricEditorModel.FromJson(record.Current.Json);
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.2").Points = 5;
        await store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson());

        await Assert.ThrowsAsync<BadInputException>(() => store.PublishAsync(Admin, "rubric-a-project", "  "));
        var published = await store.PublishAsync(Admin, "rubric-a-project", "产出分值调整");

        Assert.Equal(2, published.Published!.Version);
        Assert.Equal(RubricVersionStatus.Retired, published.Versions.Single(v => v.Version == 1).Status);
        Assert.Contains(published.Audit, a => a.Action == "发布" && a.Version == 2 && a.Note == "产出分值调整" && a.User == "陈管理");
        var diff = RubricDiff.Compare(RubricDefinition.FromWorkflowJson(published.Versions[0].Json), RubricDefinition.FromWorkflowJson(published.Versions[1].Json));
        Assert.Contains(diff, c => c.Key == "A.3.1.1" && c.Kind == RubricChangeKind.PointsChanged);
    }

    [Fact]
    public async Task Publish_DraftWithRollUpError_RefusedAndNothingPublished()
    {
        var store = NewStore();
        var model = RubricEditorModel.FromJson((await store.GetAsync(Admin, "rubric-a-project")).Current.Json);
        model.Definition.AllIndicators().First(i => i.Key == "A.3.1.1").Points = 4;
        await store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson());

        var e = await Assert.ThrowsAsync<BadInputException>(() => store.PublishAsync(Admin, "rubric-a-project", "试一下"));

        Assert.Contains("A.3.1", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await store.GetAsync(Admin, "rubric-a-project")).Published!.Version);
    }

    [Fact]
    public async Task Import_BrokenFile_ListsProblemsAndSavesNothing()
    {
        var store = NewStore();
        var model = RubricEditorModel.FromJson((await store.GetAsync(Admin, "rubric-b-department")).Current.Json);
        model.Definition.AllIndicators().First().Points += 1;
        model.Definition.GradeBands.RemoveAt(1);

        var e = await Assert.ThrowsAsync<BadInputException>(() => store.ImportAsync(Admin, model.ToJson()));

        Assert.Contains("B.1.1", e.Message, StringComparison.Ordinal);
        Assert.Single((await store.GetAsync(Admin, "rubric-b-department")).Versions);
    }

    [Fact]
    public async Task DraftFromVersion_OldVersion_NewDraftWithItsContent()
    {
        var store = NewStore();
        var v1 = (await store.GetAsync(Admin, "rubric-a-project")).Current.Json;
        var model = RubricEditorModel.FromJson(v1);
        model.Definition.Title = "改过的标题";
        await store.SaveDraftAsync(Admin, "rubric-a-project", model.ToJson());
        await store.PublishAsync(Admin, "rubric-a-project", "改标题");

        var rolled = await store.DraftFromVersionAsync(Admin, "rubric-a-project", 1);

        Assert.Equal(3, rolled.Draft!.Version);
        Assert.Equal("项目支出绩效评价指标体系", RubricDefinition.FromWorkflowJson(rolled.Draft.Json).Title);
        Assert.Equal(2, rolled.Published!.Version);
    }

    [Fact]
    public async Task AnyMethod_NotFinanceAdmin_Forbidden()
    {
        var store = NewStore();

        await Assert.ThrowsAsync<ForbiddenException>(() => store.ListAsync(Preparer));
        await Assert.ThrowsAsync<ForbiddenException>(() => store.GetAsync(Preparer, "rubric-a-project"));
    }
}

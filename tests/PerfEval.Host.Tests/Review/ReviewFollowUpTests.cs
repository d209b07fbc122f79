using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Features.Reminders.Email;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Review;

/// <summary>
/// Issue 16 follow-ups: delegated inbox items paged with one's own, department labels, the 代理审批 menu entry, the return
/// e-mail, a second return on the same day, a resubmission's fresh review, and review history naming its definition.
/// </summary>
public sealed class ReviewFollowUpTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Inbox_DelegatedAndOwnItems_PagedTogetherWithExactTotal()
    {
        var head = await factory.ClientForAsync("unithead");
        Assert.Equal(HttpStatusCode.Created, (await head.PostJsonAsync("/api/delegations", new { toUserName = "preparer", startDate = "2026-11-23", endDate = "2026-11-30" })).StatusCode);
        var delegated = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await CreateProjectReportAsync(factory, $"分页代理的项目 {i + 1}");
            await DriveToAsync(factory, id, "UnitSignOff");
            delegated.Add(id);
        }

        var own = new[] { await CreateProjectReportAsync(factory, "分页自己的项目 1"), await CreateProjectReportAsync(factory, "分页自己的项目 2") };
        var preparer = await factory.ClientForAsync("preparer");
        var (all, total) = await InboxPageAsync(preparer, 1, 500);

        var paged = new List<JsonElement>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var (items, pageTotal) = await InboxPageAsync(preparer, page, 2);
            Assert.Equal(total, pageTotal);
            Assert.InRange(items.Count, 1, 2);
            paged.AddRange(items);
        }

        Assert.Equal(all.Count, total);
        Assert.Equal(all.Select(Id), paged.Select(Id));
        Assert.Equal(total, paged.Select(Id).Distinct().Count());
        Assert.All(delegated, id => Assert.Equal("unithead", all.Single(i => Id(i) == id).GetProperty("onBehalfOf").GetString()));
        Assert.All(own, id => Assert.Equal(JsonValueKind.Null, all.Single(i => Id(i) == id).GetProperty("onBehalfOf").ValueKind));
    }

    [Fact]
    public async Task ExportXlsx_DepartmentReports_NameColumnSaysDepartment()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var department = await NameHeaderAsync(admin, "?kind=department");
        var project = await NameHeaderAsync(admin, "?kind=project");
        var both = await NameHeaderAsync(admin, "");

        Assert.Equal(("部门名称", "项目名称", "项目/部门名称"), (department, project, both));
    }

    [Fact]
    public async Task InboxPage_DepartmentReportsWaiting_NameColumnSaysDepartment()
    {
        await SubmitDepartmentReportAsync();

        var department = NameHeader(await PageAsync("dept-head", "/"));
        var project = NameHeader(await PageAsync("unithead", "/"));

        Assert.Equal(("部门名称", "项目名称"), (department, project));
    }

    private static string NameHeader(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"inbox-name-header\"[^>]*>(.*?)</th>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "no inbox name header in the page");
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim();
    }

    [Fact]
    public async Task NavMenu_Delegations_OnlyForDelegatorsAndDelegates()
    {
        const string Link = "href=\"/delegations\"";
        Assert.DoesNotContain(Link, await PageAsync("preparer-gs", "/reminders"), StringComparison.Ordinal);
        Assert.DoesNotContain(Link, await PageAsync("financeadmin", "/reminders"), StringComparison.Ordinal);
        Assert.DoesNotContain(Link, await PageAsync("dept-preparer", "/reminders"), StringComparison.Ordinal);
        Assert.Contains(Link, await PageAsync("deptreviewer", "/reminders"), StringComparison.Ordinal);

        var given = await (await factory.ClientForAsync("deptreviewer")).PostJsonAsync("/api/delegations", new { toUserName = "dept-preparer", startDate = "2026-11-23", endDate = "2026-11-24" });

        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Contains(Link, await PageAsync("dept-preparer", "/reminders"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_ToDraft_EmailSenderGetsTheNoticeForThePreparer()
    {
        var sent = new CapturingSender();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IReminderSender>(sent)));
        var id = await CreateProjectReportAsync(factory, "退回发邮件的项目");
        await DriveToAsync(factory, id, "DepartmentApproval");
        var dept = host.CreateClient();
        (await dept.PostAsJsonAsync("/api/auth/login", new { userName = "deptreviewer", password = PerfEvalFactory.DemoPassword })).EnsureSuccessStatusCode();

        var returned = await FireAsync(dept, id, "return", new { comment = "请补充会计凭证号。" });

        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
        var notice = Assert.Single(sent.Notices, n => n.Reminder.ReportId == id);
        Assert.Equal((ReminderKind.Returned, Roles.Preparer), (notice.Reminder.Kind, notice.Reminder.RecipientRole));
        Assert.Equal("退回发邮件的项目", notice.ReportTitle);
        using var mail = ReminderEmailComposer.Compose(notice, [new MailboxAddress("张填报", "zhang@example.gov.cn")],
            new SmtpOptions { Host = "smtp.example.gov.cn", From = "noreply@example.gov.cn", PublicBaseUrl = "https://perfeval.example.gov.cn/" });
        Assert.StartsWith("[绩效自评] 退回", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("请补充会计凭证号。", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_TwiceOnTheSameDay_BothOpinionsKeptAndUnreadAgain()
    {
        var id = await CreateProjectReportAsync(factory, "同日两次退回的项目");
        await DriveToAsync(factory, id, "DepartmentApproval");
        var dept = await factory.ClientForAsync("deptreviewer");
        var preparer = await factory.ClientForAsync("preparer");
        Assert.True((await FireAsync(dept, id, "return", new { comment = "第一次：缺少会计凭证号。" })).IsSuccessStatusCode);
        var first = (await GetJsonAsync(preparer, "/api/reminders")).EnumerateArray().Single(r => r.GetProperty("reportId").GetGuid() == id);
        Assert.True((await preparer.PostJsonAsync($"/api/reminders/{first.GetProperty("id").GetGuid()}/read", new { })).IsSuccessStatusCode);
        await DriveToAsync(factory, id, "DepartmentApproval");

        Assert.True((await FireAsync(dept, id, "return", new { comment = "第二次：满意度调查缺样本量。" })).IsSuccessStatusCode);

        var reminder = (await GetJsonAsync(preparer, "/api/reminders")).EnumerateArray().Single(r => r.GetProperty("reportId").GetGuid() == id);
        Assert.Contains("第一次：缺少会计凭证号。", reminder.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("第二次：满意度调查缺样本量。", reminder.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, reminder.GetProperty("readAtUtc").ValueKind);
    }

    [Fact]
    public async Task Resubmit_AfterReturnToDraft_EarlierReviewKeptButNotCurrent()
    {
        var id = await CreateProjectReportAsync(factory, "复核后退回重报的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var first = (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators")[0];
        var reviewed = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = first.GetProperty("key").GetString(), score = first.GetProperty("computedScore").GetDecimal() - 2m, reason = "核减 2 分。" } },
        });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.True((await FireAsync(reviewer, id, "return", new { comment = "请重新填报。" })).IsSuccessStatusCode);
        Assert.Equal("Draft", await StageOfAsync(factory, id));
        Assert.NotEqual(JsonValueKind.Null, (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary").GetProperty("reviewedScore").ValueKind);

        await DriveToAsync(factory, id, "FinanceReview");

        var review = await GetJsonAsync(reviewer, $"/api/reports/{id}/review");
        Assert.Equal(JsonValueKind.Null, review.GetProperty("reviewedTotal").ValueKind);
        Assert.All(review.GetProperty("indicators").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("reviewedScore").ValueKind));
        Assert.Equal(JsonValueKind.Null, (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary").GetProperty("reviewedScore").ValueKind);
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal("核减 2 分。", Assert.Single(stored.Review.Earlier).Reason);
        Assert.Contains((await GetJsonAsync(reviewer, $"/api/reports/{id}/history")).EnumerateArray(),
            h => h.GetProperty("action").GetString() == "review" && h.GetProperty("comment").GetString()!.Contains("核减 2 分。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewIndicators_ReportNotPinned_HistoryRowNamesTheDefinition()
    {
        var id = await CreateProjectReportAsync(factory, "未固定流程版本的复核项目");
        await DriveToAsync(factory, id, "FinanceReview");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowDefinitionId, (string?)null).SetProperty(r => r.WorkflowVersion, (int?)null));
        }

        var reviewer = await factory.ClientForAsync("financereviewer");
        var first = (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators")[0];
        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = first.GetProperty("key").GetString(), score = first.GetProperty("computedScore").GetDecimal(), reason = "" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        var db2 = check.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var report = await db2.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
        var row = await db2.ReportHistory.AsNoTracking().Where(h => h.ReportId == id).OrderBy(h => h.Seq).LastAsync();
        Assert.Equal("review", row.Action);
        Assert.False(string.IsNullOrEmpty(row.DefinitionId));
        Assert.Equal((report.WorkflowDefinitionId, report.WorkflowVersion), (row.DefinitionId, (int?)row.DefinitionVersion));
    }

    private static Guid Id(JsonElement item) => item.GetProperty("reportId").GetGuid();

    private static async Task<(List<JsonElement> Items, int Total)> InboxPageAsync(HttpClient client, int page, int pageSize)
    {
        var response = await client.GetAsync(new Uri($"/api/inbox?page={page}&pageSize={pageSize}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList(), total);
    }

    private static async Task<string> NameHeaderAsync(HttpClient client, string query)
    {
        using var xlsx = OpenXlsx(await client.GetByteArrayAsync(new Uri("/api/reports/export.xlsx" + query, UriKind.Relative)));
        return Text(xlsx, SheetRows(xlsx, "报告")[0]["B"]);
    }

    private async Task<string> PageAsync(string user, string path)
    {
        var client = await factory.ClientForAsync(user);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The department's seeded draft, filled and submitted by dept-preparer (waits for dept-head).</summary>
    private async Task SubmitDepartmentReportAsync()
    {
        var deptPreparer = await factory.ClientForAsync("dept-preparer");
        var draft = (await GetJsonAsync(deptPreparer, "/api/reports?stage=Draft")).GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "department");
        var content = Scoring.ScoringTestSupport.Sample("rubric-b-department-2021.json")["content"]!.AsObject();
        content["basic"]!["projectName"] = "示范市人力资源和社会保障局部门整体支出";
        var saved = await deptPreparer.PutJsonAsync($"/api/reports/{draft.GetProperty("id").GetGuid()}", new { version = draft.GetProperty("version").GetInt32(), content });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var submit = await FireAsync(deptPreparer, draft.GetProperty("id").GetGuid(), "submit");
        Assert.True(submit.IsSuccessStatusCode, await submit.Content.ReadAsStringAsync());
    }

    private sealed class CapturingSender : IReminderSender
    {
        public List<ReminderNotice> Notices { get; } = [];

        public string Channel => "capture";

        public Task SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
        {
            lock (Notices)
            {
                Notices.Add(notice);
            }

            return Task.CompletedTask;
        }
    }
}

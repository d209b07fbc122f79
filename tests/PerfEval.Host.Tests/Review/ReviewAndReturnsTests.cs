using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Review;

/// <summary>Issue 16: indicator review, returns that reach the preparer, department reports, delegation, batch actions.</summary>
public sealed class ReviewAndReturnsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static string Band(decimal total) => total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";

    [Fact]
    public async Task ReviewIndicators_TwoChangedWithReasons_TotalGradeHistoryAndExportsFollow()
    {
        var id = await CreateProjectReportAsync(factory, "逐项复核的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var before = await GetJsonAsync(reviewer, $"/api/reports/{id}/review");
        Assert.True(before.GetProperty("canReview").GetBoolean());
        var rows = before.GetProperty("indicators").EnumerateArray().ToList();
        var (first, second) = (rows[0], rows[1]);
        var computedTotal = before.GetProperty("computedTotal").GetDecimal();
        var firstScore = first.GetProperty("computedScore").GetDecimal() - 20m;
        var secondScore = second.GetProperty("computedScore").GetDecimal() - 5m;

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new object[]
            {
                new { key = first.GetProperty("key").GetString(), score = firstScore, reason = "见习人数台账不完整，核减 20 分。" },
                new { key = second.GetProperty("key").GetString(), score = secondScore, reason = "就业率缺少佐证，核减 5 分。" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expected = computedTotal - 25m;
        Assert.Equal(expected, review.GetProperty("reviewedTotal").GetDecimal());
        Assert.Equal(Band(expected), review.GetProperty("reviewedGrade").GetString());
        var reviewedFirst = review.GetProperty("indicators")[0];
        Assert.Equal(firstScore, reviewedFirst.GetProperty("reviewedScore").GetDecimal());
        Assert.Equal("见习人数台账不完整，核减 20 分。", reviewedFirst.GetProperty("reason").GetString());
        Assert.Equal("赵审核", reviewedFirst.GetProperty("reviewedBy").GetString());
        var summary = (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary");
        Assert.Equal(expected, summary.GetProperty("reviewedScore").GetDecimal());
        Assert.Equal(Band(expected), summary.GetProperty("reviewedGrade").GetString());

        var history = await GetJsonAsync(reviewer, $"/api/reports/{id}/history");
        var step = history.EnumerateArray().Last();
        Assert.Equal("review", step.GetProperty("action").GetString());
        Assert.Contains("见习人数台账不完整", step.GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.Contains("就业率缺少佐证", step.GetProperty("comment").GetString(), StringComparison.Ordinal);

        using (var docx = OpenDocx(await reviewer.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative))))
        {
            var header = RowContaining(docx, "复核得分");
            Assert.Contains("自评得分", header);
            var line = RowContaining(docx, "见习人数台账不完整，核减 20 分。");
            Assert.Contains(firstScore.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), line);
        }

        using var xlsx = OpenXlsx(await reviewer.GetByteArrayAsync(new Uri("/api/reports/export.xlsx?stage=FinanceReview", UriKind.Relative)));
        var sheet = SheetRows(xlsx, "复核");
        Assert.Equal(["自评得分", "评分得分", "复核得分"], new[] { "E", "F", "G" }.Select(c => Text(xlsx, sheet[0][c])));
        Assert.Contains(sheet.Skip(1), r => Text(xlsx, r["H"]) == "就业率缺少佐证，核减 5 分。" && decimal.Parse(Text(xlsx, r["G"]), System.Globalization.CultureInfo.InvariantCulture) == secondScore);
    }

    [Fact]
    public async Task ReviewIndicators_DifferentScoreWithoutReason_400NamingTheField()
    {
        var id = await CreateProjectReportAsync(factory, "复核缺理由的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var first = (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators")[0];

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = first.GetProperty("key").GetString(), score = first.GetProperty("computedScore").GetDecimal() - 1m, reason = " " } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("indicators[0].reason", out _), problem.ToString());
        var summary = (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("reviewedScore").ValueKind);
    }

    [Fact]
    public async Task ReviewIndicators_WrongRoleOrStageOrOrganisation_Refused()
    {
        var id = await CreateProjectReportAsync(factory, "复核权限的项目");
        await DriveToAsync(factory, id, "DepartmentApproval");
        var body = new { indicators = new[] { new { key = "x", score = 1m, reason = "r" } } };

        var preparer = await (await factory.ClientForAsync("preparer")).PutJsonAsync($"/api/reports/{id}/review", body);
        var early = await (await factory.ClientForAsync("financereviewer")).PutJsonAsync($"/api/reports/{id}/review", body);
        var stranger = await (await factory.ClientForAsync("preparer-gs")).GetAsync(new Uri($"/api/reports/{id}/review", UriKind.Relative));
        var note = await (await factory.ClientForAsync("deptreviewer")).PutJsonAsync($"/api/reports/{id}/review/annotations", new
        {
            indicators = new[] { new { key = (await GetJsonAsync(await factory.ClientForAsync("deptreviewer"), $"/api/reports/{id}/review")).GetProperty("indicators")[0].GetProperty("key").GetString(), comment = "请核实台账。" } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, preparer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var annotated = await note.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请核实台账。", annotated.GetProperty("indicators")[0].GetProperty("annotation").GetString());
        Assert.Equal("王科长", annotated.GetProperty("indicators")[0].GetProperty("annotatedBy").GetString());
    }

    [Fact]
    public async Task Rescore_AfterIndicatorReview_OnlyTheSumIsAccepted()
    {
        var id = await CreateProjectReportAsync(factory, "复核后单值评分的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var first = (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators")[0];
        var reviewed = await (await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = first.GetProperty("key").GetString(), score = first.GetProperty("computedScore").GetDecimal() - 3m, reason = "核减。" } },
        })).Content.ReadFromJsonAsync<JsonElement>();

        var other = await FireAsync(reviewer, id, "rescore", new { comment = "另给一个分数。", score = 50m });

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        var same = await FireAsync(reviewer, id, "rescore", new { comment = "确认复核。", score = reviewed.GetProperty("reviewedTotal").GetDecimal() });
        Assert.True(same.IsSuccessStatusCode, await same.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Return_ToPreviousStage_LandsThereWithOpinionVisibleToItsActor()
    {
        // A new version of the project ladder: the finance reviewer's 退回 goes back to the previous stage.
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = JsonNode.Parse((await GetJsonAsync(admin, "/api/workflows/project-approval")).GetRawText())!.AsObject();
        var finance = definition["stages"]!.AsArray().Single(s => (string?)s!["code"] == "FinanceReview")!;
        finance["actions"]!.AsArray().Single(a => (string?)a!["code"] == "return")!["to"] = "@previous";
        var published = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var id = await CreateProjectReportAsync(factory, "退回上一环节的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var actions = await GetJsonAsync(reviewer, $"/api/reports/{id}/actions");
        Assert.Equal("DepartmentApproval", actions.GetProperty("allowed").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "return").GetProperty("to").GetString());

        var returned = await FireAsync(reviewer, id, "return", new { comment = "请主管部门核实满意度调查。" });

        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
        Assert.Equal("DepartmentApproval", await StageOfAsync(factory, id));
        var dept = await factory.ClientForAsync("deptreviewer");
        var item = (await GetJsonAsync(dept, "/api/inbox")).EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == id);
        Assert.True(item.GetProperty("returned").GetBoolean());
        Assert.Equal("请主管部门核实满意度调查。", item.GetProperty("returnOpinion").GetString());
        Assert.Contains("赵审核", item.GetProperty("returnedBy").GetString(), StringComparison.Ordinal);
        Assert.Contains((await GetJsonAsync(dept, "/api/reminders")).EnumerateArray(), r => r.GetProperty("reportId").GetGuid() == id && r.GetProperty("kind").GetString() == "returned");
        // Its actor approves again: the report climbs back to the finance review.
        var again = await FireAsync(dept, id, "approve", new { comment = "已核实。" });
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
        Assert.Equal("FinanceReview", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Return_ToDraft_FlaggedInPreparersInboxWithNotificationAndCount()
    {
        var id = await CreateProjectReportAsync(factory, "退回草稿的项目");
        await DriveToAsync(factory, id, "DepartmentApproval");
        var dept = await factory.ClientForAsync("deptreviewer");

        var returned = await FireAsync(dept, id, "return", new { comment = "支出明细缺少会计凭证号。" });

        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
        var preparer = await factory.ClientForAsync("preparer");
        var item = (await GetJsonAsync(preparer, "/api/inbox")).EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == id);
        Assert.True(item.GetProperty("returned").GetBoolean());
        Assert.Equal("支出明细缺少会计凭证号。", item.GetProperty("returnOpinion").GetString());
        Assert.StartsWith("王科长（主管部门审核人", item.GetProperty("returnedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, item.GetProperty("returnCount").GetInt32());
        var reminder = (await GetJsonAsync(preparer, "/api/reminders")).EnumerateArray().Single(r => r.GetProperty("reportId").GetGuid() == id);
        Assert.Equal("returned", reminder.GetProperty("kind").GetString());
        Assert.Contains("支出明细缺少会计凭证号。", reminder.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Resubmitted: no longer flagged.
        Assert.True((await FireAsync(preparer, id, "submit")).IsSuccessStatusCode);
        var head = (await GetJsonAsync(await factory.ClientForAsync("unithead"), "/api/inbox")).EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == id);
        Assert.False(head.GetProperty("returned").GetBoolean());
        Assert.Equal(1, head.GetProperty("returnCount").GetInt32());
    }

    [Fact]
    public async Task DepartmentReport_ClimbsWithDeptPreparerAndDeptHead()
    {
        var deptPreparer = await factory.ClientForAsync("dept-preparer");
        var draft = (await GetJsonAsync(deptPreparer, "/api/reports?stage=Draft")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("kind").GetString() == "department");
        var id = draft.GetProperty("id").GetGuid();
        var content = ScoringSample();
        content["basic"]!["projectName"] = "示范市人力资源和社会保障局部门整体支出";
        var saved = await deptPreparer.PutJsonAsync($"/api/reports/{id}", new { version = draft.GetProperty("version").GetInt32(), content });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var submit = await FireAsync(deptPreparer, id, "submit");
        Assert.True(submit.IsSuccessStatusCode, await submit.Content.ReadAsStringAsync());
        var head = await factory.ClientForAsync("dept-head");
        Assert.Contains((await GetJsonAsync(head, "/api/inbox")).EnumerateArray(), i => i.GetProperty("reportId").GetGuid() == id);
        Assert.True((await FireAsync(head, id, "approve", new { comment = "同意报送。" })).IsSuccessStatusCode);
        Assert.Equal("FinanceReview", await StageOfAsync(factory, id));
        Assert.True((await FireAsync(await factory.ClientForAsync("financereviewer"), id, "approve", new { comment = "审核通过。" })).IsSuccessStatusCode);

        Assert.Equal("Accepted", await StageOfAsync(factory, id));
        var history = await GetJsonAsync(deptPreparer, $"/api/reports/{id}/history");
        Assert.Equal(["孙填报（填报人）", "周局长（单位负责人）", "赵审核（财政审核人）"], history.EnumerateArray().Select(h => h.GetProperty("actorLabel").GetString()!));
    }

    [Fact]
    public async Task Delegation_DelegateApprovesFromInbox_HistoryAndSignOffSayDai()
    {
        var id = await CreateProjectReportAsync(factory, "代理审批的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var principal = await factory.ClientForAsync("financereviewer");
        var created = await principal.PostJsonAsync("/api/delegations", new { toUserName = "financeadmin", startDate = "2026-11-23", endDate = "2026-11-30" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var delegate_ = await factory.ClientForAsync("financeadmin");
        var item = (await GetJsonAsync(delegate_, "/api/inbox")).EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == id);
        Assert.Equal("financereviewer", item.GetProperty("onBehalfOf").GetString());

        var approved = await FireAsync(delegate_, id, "approve", new { comment = "代为审核通过。", onBehalfOf = "financereviewer" });

        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        var last = (await GetJsonAsync(delegate_, $"/api/reports/{id}/history")).EnumerateArray().Last();
        Assert.Equal("陈管理 代 赵审核（财政审核人）", last.GetProperty("actorLabel").GetString());
        Assert.Equal("financereviewer", last.GetProperty("onBehalfOfUserName").GetString());
        var signer = (await GetJsonAsync(delegate_, $"/api/reports/{id}")).GetProperty("content").GetProperty("signOffs").GetProperty("finance").GetProperty("signer").GetString();
        Assert.Equal("陈管理 代 赵审核", signer);
        var list = await GetJsonAsync(principal, "/api/delegations");
        Assert.Equal("陈管理", list.GetProperty("given")[0].GetProperty("toDisplayName").GetString());
    }

    [Fact]
    public async Task Delegation_EndedEarlyOrPassedOn_Refused()
    {
        var id = await CreateProjectReportAsync(factory, "结束代理的项目");
        await DriveToAsync(factory, id, "UnitSignOff");
        var head = await factory.ClientForAsync("unithead");
        var given = await (await head.PostJsonAsync("/api/delegations", new { toUserName = "preparer", startDate = "2026-11-23", endDate = "2026-12-31" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var deptHead = await factory.ClientForAsync("dept-head");
        var outside = await deptHead.PostJsonAsync("/api/delegations", new { toUserName = "preparer", startDate = "2026-11-23", endDate = "2026-11-30" });
        var preparerCannotDelegate = await (await factory.ClientForAsync("preparer")).PostJsonAsync("/api/delegations", new { toUserName = "unithead", startDate = "2026-11-23", endDate = "2026-11-30" });

        var ended = await head.PostJsonAsync($"/api/delegations/{given.GetProperty("id").GetGuid()}/end", new { });
        var afterEnd = await FireAsync(await factory.ClientForAsync("preparer"), id, "approve", new { comment = "代签。", onBehalfOf = "unithead" });

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preparerCannotDelegate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterEnd.StatusCode);
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Delegation_DelegateOfADelegator_CannotPassItOn()
    {
        var dept = await factory.ClientForAsync("deptreviewer");
        var first = await dept.PostJsonAsync("/api/delegations", new { toUserName = "dept-head", startDate = "2026-11-23", endDate = "2026-11-30" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var passedOn = await (await factory.ClientForAsync("dept-head")).PostJsonAsync("/api/delegations", new { toUserName = "dept-preparer", startDate = "2026-11-24", endDate = "2026-11-25" });

        Assert.Equal(HttpStatusCode.Conflict, passedOn.StatusCode);
    }

    [Fact]
    public async Task Batch_FiveWithOneStale_MovesFourAndReportsTheFifth()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await CreateProjectReportAsync(factory, $"批量审批的项目 {i + 1}");
            await DriveToAsync(factory, id, "UnitSignOff");
            ids.Add(id);
        }

        var versions = new List<int>();
        foreach (var id in ids)
        {
            versions.Add(await VersionOfAsync(factory, id));
        }

        var head = await factory.ClientForAsync("unithead");
        var response = await head.PostJsonAsync("/api/inbox/batch", new
        {
            action = "approve",
            comment = "同意上报。",
            items = ids.Select((id, i) => new { reportId = id, version = i == 2 ? versions[i] - 1 : versions[i] }).ToArray(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, result.GetProperty("succeeded").GetInt32());
        Assert.Equal(1, result.GetProperty("failed").GetInt32());
        var stale = result.GetProperty("results")[2];
        Assert.Equal((ids[2], false, 409), (stale.GetProperty("reportId").GetGuid(), stale.GetProperty("succeeded").GetBoolean(), stale.GetProperty("status").GetInt32()));
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, ids[2]));
        foreach (var i in new[] { 0, 1, 3, 4 })
        {
            Assert.Equal("DepartmentApproval", await StageOfAsync(factory, ids[i]));
        }
    }

    [Fact]
    public async Task Batch_PreparerOrEmpty_Refused()
    {
        var preparer = await (await factory.ClientForAsync("preparer")).PostJsonAsync("/api/inbox/batch", new { action = "approve", items = new[] { new { reportId = Guid.NewGuid() } } });
        var empty = await (await factory.ClientForAsync("unithead")).PostJsonAsync("/api/inbox/batch", new { action = "approve", items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, preparer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static JsonObject ScoringSample() => Scoring.ScoringTestSupport.Sample("rubric-b-department-2021.json")["content"]!.AsObject();
}

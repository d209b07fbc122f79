using System.Text.Json;

namespace PerfEval.Host.Tests.Cli;

public class CliTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
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

    private static string RuleSets => Path.Combine(Root, "rule-sets");

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PerfEval.Host.Cli.Cli.RunAsync(args, stdout, stderr, RuleSets);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Score_ChanganWithWeights_Prints98AndExitsZero()
    {
        var (code, output, _) = await RunAsync("score", Path.Combine(Root, "samples/seeds/changan-2019-project-online-service.json"), "--weights", "40,10,40,10");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(98m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("优", json.RootElement.GetProperty("grade").GetString());
        Assert.Equal("rubric-c-self-evaluation", json.RootElement.GetProperty("ruleSet").GetProperty("id").GetString());
        var last = json.RootElement.GetProperty("indicators").EnumerateArray().Last();
        Assert.Equal("受益对象满意度 76% 低于目标 95%，按完成比例得 8.0/10 分", last.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Score_RubricASample_PicksRubricAByItsAnswers()
    {
        var (code, output, _) = await RunAsync("score", Path.Combine(Root, "samples/rubric-a-project-2021.json"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("rubric-a-project", json.RootElement.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.Equal(98m, json.RootElement.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Score_DepartmentSampleById_Is98()
    {
        var (code, output, _) = await RunAsync("score", Path.Combine(Root, "samples/rubric-b-department-2021.json"), "--rule-set", "rubric-b-department");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(98m, json.RootElement.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Score_DepartmentWithBlankThreePublicAndStaffing_ShowsThemAtZeroAsNotAssessable()
    {
        var report = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Root, "samples/rubric-b-department-2021.json")))!;
        report["content"]!["department"]!["staffing"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "rows": [ { "institution": "局机关" } ], "summary": { "institution": "合计" } }""");
        report["content"]!["department"]!["threePublic"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "rows": [ { "institution": "局机关" } ] }""");
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, report.ToJsonString());
        try
        {
            var (code, output, _) = await RunAsync("score", path, "--rule-set", "rubric-b-department");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output);
            var blank = json.RootElement.GetProperty("indicators").EnumerateArray()
                .Where(i => i.GetProperty("key").GetString() is "B.1.1.1" or "B.1.1.2" or "B.2.1.4").ToList();
            Assert.Equal(3, blank.Count);
            Assert.All(blank, i => Assert.Equal((0m, "notAssessable"), (i.GetProperty("score").GetDecimal(), i.GetProperty("status").GetString())));
            Assert.All(blank, i => Assert.Contains("无法评分", i.GetProperty("explanation").GetString(), StringComparison.Ordinal));
            Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error"
                && f.GetProperty("message").GetString() == "「财政供养人员控制率」缺少人员编制表的实有人数，无法评分");
            Assert.Equal(82m, json.RootElement.GetProperty("total").GetDecimal());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Score_RubricOfTheOtherKind_ExitsTwoWithAClearMessage()
    {
        var (code, output, error) = await RunAsync("score", Path.Combine(Root, "samples/rubric-b-department-2021.json"), "--rule-set", "rubric-a-project");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("只适用于项目支出报告，不能为部门整体支出报告评分", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_HechiSeed_ReportsTheGradeCheck()
    {
        var (code, output, _) = await RunAsync("score", Path.Combine(Root, "samples/seeds/hechi-2020-project-network-maintenance.json"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var check = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "statedGrade");
        Assert.Equal("error", check.GetProperty("severity").GetString());
        Assert.Contains("100", check.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_MissingFile_ExitsNonZeroWithAMessage()
    {
        var (code, output, error) = await RunAsync("score", Path.Combine(Root, "samples/no-such-report.json"));

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains("无法读取报告文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_BadWeights_ExitsNonZeroNamingThem()
    {
        var (code, _, error) = await RunAsync("score", Path.Combine(Root, "samples/seeds/changan-2019-project-online-service.json"), "--weights", "40,10,40,11");

        Assert.NotEqual(0, code);
        Assert.Contains("合计 101", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_NotAReport_ExitsNonZero()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ \"kind\": \"project\", \"content\": { \"indicators\": [ { \"comparator\": 7 } ] } }");
        try
        {
            var (code, _, error) = await RunAsync("score", path);

            Assert.NotEqual(0, code);
            Assert.Contains("不是有效的报告 JSON", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Score_NullSection_ExitsNonZeroNamingTheRule()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ \"kind\": \"project\", \"content\": { \"funding\": null } }");
        try
        {
            var (code, _, error) = await RunAsync("score", path, "--rule-set", "rubric-c-self-evaluation");

            Assert.NotEqual(0, code);
            Assert.Contains("规则 C.2.1 执行失败", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task RulesValidate_ShippedRubric_ExitsZero()
    {
        var (code, output, _) = await RunAsync("rules", "validate", Path.Combine(RuleSets, "rubric-a-project.json"));

        Assert.Equal(0, code);
        Assert.Contains("有效", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesValidate_BrokenRubric_ExitsNonZeroListingEveryProblem()
    {
        var json = (await File.ReadAllTextAsync(Path.Combine(RuleSets, "rubric-a-project.json")))
            .Replace("\"points\": 4,\n        \"template\": \"checklist\"", "\"points\": 5,\n        \"template\": \"checklist\"", StringComparison.Ordinal)
            .Replace("input.Report.Funding.Arrived.TotalOrSum", "DateTime.Now.Year", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"perfeval-rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        try
        {
            var (code, _, error) = await RunAsync("rules", "validate", path);

            Assert.NotEqual(0, code);
            Assert.Contains("A.1.1: 二级指标「项目目标」分值 4，但其下三级指标分值之和为 5", error, StringComparison.Ordinal);
            Assert.Contains("A.2.1.1: OutputExpression 与模板", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Run_UnknownCommand_PrintsUsage()
    {
        var (code, _, error) = await RunAsync("rules", "frobnicate");

        Assert.NotEqual(0, code);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsCommand_WebArguments_IsFalse()
    {
        Assert.False(PerfEval.Host.Cli.Cli.IsCommand([]));
        Assert.False(PerfEval.Host.Cli.Cli.IsCommand(["--urls", "http://localhost:5000"]));
        Assert.True(PerfEval.Host.Cli.Cli.IsCommand(["score", "x.json"]));
    }
}

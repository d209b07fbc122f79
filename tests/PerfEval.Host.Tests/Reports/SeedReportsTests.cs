using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Reports;

/// <summary>The three real reports come back from the API as they were written, mistakes included.</summary>
public sealed class SeedReportsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    [InlineData("yueyanglou-2017-project-network-platform.json", "公共网络平台运行经费")]
    [InlineData("changan-2019-project-online-service.json", "中小企业网上服务经费")]
    [InlineData("hechi-2020-project-network-maintenance.json", "网络维护费")]
    public async Task Get_SeedReport_ContentEqualsSeedFile(string file, string title)
    {
        var content = await ContentAsync(title);
        var expected = ApiJson.Seed(file)["content"]!;

        Assert.Equal(Normalize(expected), Normalize(content));
    }

    [Fact]
    public async Task Get_Yueyanglou_HasEveryNumberOfItsForm()
    {
        var c = (await ContentAsync("公共网络平台运行经费")).Deserialize<ReportDocument>(ApiJson.Options)!;

        Assert.Equal([120m, 120m, 120m, 0m], new[] { c.Funding.Planned.County, c.Funding.Arrived.County, c.Funding.Spent.County, c.Funding.Balance.County });
        Assert.Equal([40m, 36m, 20m, 24m], c.Expenditure.Lines.Select(l => l.Actual!.Value));
        Assert.Equal(120m, c.Expenditure.StatedActualTotal);
        Assert.Equal([10m, 15m, 10m, 15m, 10m, 20m, 10m, 10m], c.Indicators.Select(i => i.Points));
        Assert.Equal([9m, 15m, 9m, 15m, 8m, 18m, 8m, 8m], c.Indicators.Select(i => i.SelfScore!.Value));
        Assert.Equal(90m, c.StatedTotalScore);
        Assert.Equal("优秀", c.StatedGrade);
        Assert.Equal("0730-8228080", c.Basic.Phone);
        Assert.Equal("414000", c.Basic.Postcode);
        Assert.Equal(new DateOnly(2018, 3, 15), c.Basic.ReportDate);
        Assert.Equal(EvaluationType.CompletionResult, c.Basic.EvaluationType);
        Assert.Equal(["傅颖", "熊军", "刘慧"], c.Evaluators.Select(e => e.Name));
        Assert.Equal("8228080", c.Preparer.Phone);
    }

    [Fact]
    public async Task Get_Changan_HasEveryNumberOfItsForm()
    {
        var c = (await ContentAsync("中小企业网上服务经费")).Deserialize<ReportDocument>(ApiJson.Options)!;

        Assert.Equal([4000m, 100m, 100m, 170m, 100m, 90m, 100m, 95m], c.Indicators.Select(i => i.TargetValue!.Value));
        Assert.Equal([4800m, 100m, 100m, 170m, 100m, 100m, 100m, 76m], c.Indicators.Select(i => i.ActualValue!.Value));
        Assert.Equal([10m, 10m, 10m, 10m, 10m, 20m, 20m, 8m], c.Indicators.Select(i => i.SelfScore!.Value));
        Assert.Equal(Comparator.Equal, c.Indicators[3].Comparator);
        Assert.Equal(98m, c.StatedTotalScore);
        Assert.Equal(50m, c.Funding.Arrived.Total);
    }

    [Fact]
    public async Task Get_Hechi_KeepsItsMistakes()
    {
        var c = (await ContentAsync("网络维护费")).Deserialize<ReportDocument>(ApiJson.Options)!;

        Assert.Equal("100", c.StatedGrade);
        Assert.Equal(100m, c.StatedTotalScore);
        Assert.Equal(20m, c.Funding.Planned.City);
        Assert.Null(c.Funding.Spent.City);
        Assert.Equal("302商品和服务支出", c.Expenditure.Lines.Single().Content);
        Assert.Equal(MoneyUnit.WanYuan, c.Expenditure.Unit);
        Assert.Equal("07782109280", c.Basic.Phone);
        Assert.Equal(new DateOnly(2020, 12, 31), c.Basic.EndDate);
        Assert.Equal(["蓝海岸", "蒙华秀", "姚海星"], c.Evaluators.Select(e => e.Name));
    }

    private async Task<JsonNode> ContentAsync(string title)
    {
        var client = await factory.ClientForAsync("financeadmin");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/reports?stage=Accepted&pageSize=50");
        var id = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
        return (await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync())["content"]!;
    }

    // Both sides through the model, so 20 and 20.0 compare equal while every field still counts.
    private static string Normalize(JsonNode node) => JsonSerializer.Serialize(node.Deserialize<ReportDocument>(ApiJson.Options), ApiJson.Options);
}

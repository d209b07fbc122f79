using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// "500 but saved" is gone: the whole document is validated before anything is written (nulls for collections, control
/// characters, number ranges), a refused write changes no byte, and exports survive content stored before these checks.
/// </summary>
public sealed class ReportWriteIntegrityTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private async Task<(HttpClient Client, Guid Id)> CreateAsync(string title)
    {
        var client = await factory.ClientForAsync("preparer");
        var created = await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project(title) })).ReadNodeAsync();
        return (client, created["summary"]!["id"]!.GetValue<Guid>());
    }

    private static JsonObject ContentWith(string title, Action<JsonObject> change)
    {
        var content = System.Text.Json.JsonSerializer.SerializeToNode(ReportSamples.Project(title), ApiJson.Options)!.AsObject();
        change(content);
        return content;
    }

    private static async Task AssertRefusedNamingAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"expected an error for {field}: {errors.ToJsonString()}");
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("goals")]
    [InlineData("assessments")]
    [InlineData("evaluators")]
    [InlineData("signOffs")]
    [InlineData("basic")]
    public async Task Update_SectionNull_Returns400NamingItAndStoresNothing(string section)
    {
        var (client, id) = await CreateAsync($"空集合 {section}");
        var before = await StoredState.ReportAsync(factory, id);

        var response = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ContentWith("改了", c => c[section] = null) });

        await AssertRefusedNamingAsync(response, $"content.{section}");
        Assert.Equal(before, await StoredState.ReportAsync(factory, id));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/reports/{id}/checks", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Update_NullRowInTable_Returns400NamingTheRow()
    {
        var (client, id) = await CreateAsync("空行");
        var before = await StoredState.ReportAsync(factory, id);

        var response = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ContentWith("空行", c => c["indicators"]!.AsArray().Add(null)) });

        await AssertRefusedNamingAsync(response, "content.indicators[1]");
        Assert.Equal(before, await StoredState.ReportAsync(factory, id));
    }

    [Fact]
    public async Task Create_NullCollection_Returns400AndCreatesNothing()
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await StoredState.ReportCountAsync(factory);

        var response = await client.PostJsonAsync("/api/reports", new { kind = "project", content = ContentWith("不应创建", c => c["expenditure"]!["lines"] = null) });

        await AssertRefusedNamingAsync(response, "content.expenditure.lines");
        Assert.Equal(before, await StoredState.ReportCountAsync(factory));
    }

    [Fact]
    public async Task Create_ProjectNameWithControlCharacter_Returns400AndCreatesNothing()
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await StoredState.ReportCountAsync(factory);

        var response = await client.PostJsonAsync("/api/reports", new { kind = "project", content = ContentWith("控制\u0001字符", _ => { }) });

        await AssertRefusedNamingAsync(response, "content.basic.projectName");
        Assert.Equal(before, await StoredState.ReportCountAsync(factory));
    }

    [Fact]
    public async Task Update_AmountBeyondRange_Returns400NamingTheCell()
    {
        var (client, id) = await CreateAsync("超大金额");
        var before = await StoredState.ReportAsync(factory, id);

        var response = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ContentWith("超大金额", c => c["funding"]!["planned"]!["central"] = 79228162514264337593543950335m) });

        await AssertRefusedNamingAsync(response, "content.funding.planned.central");
        Assert.Equal(before, await StoredState.ReportAsync(factory, id));
    }

    [Fact]
    public async Task UpdateSection_IndicatorsNull_Returns400AndStoresNothing()
    {
        var (client, id) = await CreateAsync("分节空值");
        var before = await StoredState.ReportAsync(factory, id);

        var response = await client.SendRawAsync(HttpMethod.Put, $"/api/reports/{id}/sections/indicators", "{\"version\":1,\"value\":null}");

        await AssertRefusedNamingAsync(response, "content.indicators");
        Assert.Equal(before, await StoredState.ReportAsync(factory, id));
    }

    [Fact]
    public async Task Exports_ReportStoredWithControlCharacters_StillExportForEveryone()
    {
        var (_, id) = await CreateAsync("导出清洗");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // As a report stored before input was checked: written past the validators.
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            var report = await db.Reports.SingleAsync(r => r.Id == id);
            var content = System.Text.Json.JsonSerializer.Deserialize<Rules.Model.ReportDocument>(System.Text.Json.JsonSerializer.Serialize(report.Content, ApiJson.Options), ApiJson.Options)!;
            content.Basic.ProjectName = "导出\u0001清洗\u0008";
            content.Indicators[0].DeviationReason = "原因\u001f\uffff";
            report.Content = content;
            report.Title = content.Basic.ProjectName;
            await db.SaveChangesAsync();
        }

        var admin = await factory.ClientForAsync("financeadmin");
        var xlsx = await admin.GetAsync(new Uri("/api/reports/export.xlsx", UriKind.Relative));
        var docx = await admin.GetAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var workbook = OpenXlsx(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains("导出清洗", workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.InnerText, StringComparison.Ordinal);
        using var document = OpenDocx(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("导出清洗", Body(document).InnerText, StringComparison.Ordinal);
    }
}

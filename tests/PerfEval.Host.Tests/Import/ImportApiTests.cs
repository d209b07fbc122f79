using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Import.Fixtures;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>POST /api/reports/import (and the Excel indicator import): a preview, never a write; clear refusals of bad uploads.</summary>
public sealed class ImportApiTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string url = "/api/reports/import", string? kind = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    private static async Task<int> ReportCountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=1")).GetProperty("total").GetInt32();

    [Fact]
    public async Task Import_SeedDocx_ReturnsPreviewAndSavesNothing()
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await ReportCountAsync(client);

        using var response = await UploadAsync(client, SeedDocx(Yueyanglou), "岳阳楼区自评报告.docx");
        var body = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("project", body["kind"]!.GetValue<string>());
        Assert.Equal("公共网络平台运行经费", body["content"]!["basic"]!["projectName"]!.GetValue<string>());
        Assert.Equal(8, body["content"]!["indicators"]!.AsArray().Count);
        Assert.Contains(body["notes"]!.AsArray(), n => n!["field"]!.GetValue<string>() == "indicators");
        Assert.Equal(before, await ReportCountAsync(client));
    }

    [Fact]
    public async Task Import_ThenCreate_DraftHoldsTheImportedContent()
    {
        var client = await factory.ClientForAsync("preparer");
        using var preview = await UploadAsync(client, SeedText(Changan), "changan.txt");
        var body = await preview.ReadNodeAsync();

        using var created = await client.PostJsonAsync("/api/reports", new { kind = body["kind"], content = body["content"] });
        var stored = await created.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("中小企业网上服务经费", stored["content"]!["basic"]!["projectName"]!.GetValue<string>());
        Assert.Equal(98m, stored["content"]!["statedTotalScore"]!.GetValue<decimal>());
        Assert.Equal(50m, stored["content"]!["funding"]!["planned"]!["county"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Import_ThenReplaceDraft_UpdatesThroughTheOrdinaryPut()
    {
        var client = await factory.ClientForAsync("preparer");
        using var created = await client.PostJsonAsync("/api/reports", new { kind = "project", content = Reports.ReportSamples.Project("待替换的草稿") });
        var id = (await created.ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        using var preview = await UploadAsync(client, SeedDocx(Hechi), "hechi.docx");
        var body = await preview.ReadNodeAsync();

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/reports/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { content = body["content"] }, options: ApiJson.Options),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var replaced = await client.SendAsync(request);
        var stored = await replaced.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("网络维护费", stored["content"]!["basic"]!["projectName"]!.GetValue<string>());
        Assert.Equal(2, stored["summary"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Import_KindField_OverridesTheKindFound()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var response = await UploadAsync(client, SeedText(Hechi), "hechi.txt", kind: "department");
        var body = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("department", body["kind"]!.GetValue<string>());
        Assert.NotNull(body["content"]!["department"]);
        Assert.Contains(body["notes"]!.AsArray(), n => n!["field"]!.GetValue<string>() == "kind");
    }

    [Fact]
    public async Task Import_ExportedDocx_GivesBackTheStoredReport()
    {
        var client = await factory.ClientForAsync("financeadmin");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=100");
        var id = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "公共网络平台运行经费").GetProperty("id").GetGuid();
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();
        var docx = await client.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        using var response = await UploadAsync(client, docx, "export.docx");
        var body = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(stored["content"], body["content"]), body["content"]!.ToJsonString());
    }

    public static TheoryData<string, string, string> BadUploads => new()
    {
        { "png", "photo.png", "不是 Word 文档" },
        { "encrypted", "secret.docx", "加密" },
        { "doc", "old.doc", "Word 97-2003" },
        { "truncated", "cut.docx", "损坏" },
        { "corrupt", "broken.docx", "损坏" },
        { "notice", "notice.docx", "没有找到绩效自评报告" },
        { "excel", "targets.xlsx", "Excel" },
        { "empty", "empty.txt", "空的" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Import_BadUpload_Returns400NamingTheProblemAndSavesNothing(string kind, string fileName, string expected)
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await ReportCountAsync(client);
        byte[] bytes = kind switch
        {
            "png" => BadFiles.Png(),
            "encrypted" => BadFiles.EncryptedDocx(),
            "doc" => BadFiles.OldDoc(),
            "truncated" => BadFiles.TruncatedDocx(SeedDocx(Hechi)),
            "corrupt" => BadFiles.CorruptDocx(),
            "notice" => BadFiles.NotAReport(),
            "excel" => Features.Import.IndicatorSheet.Template(),
            _ => [],
        };

        using var response = await UploadAsync(client, bytes, fileName);
        var body = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await ReportCountAsync(client));
    }

    [Fact]
    public async Task Import_50MegabyteFile_Returns413NamingTheLimit()
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await ReportCountAsync(client);

        using var response = await UploadAsync(client, new byte[50 * 1024 * 1024], "huge.docx");
        var body = await response.ReadNodeAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("20 MB", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(20L * 1024 * 1024, body["limitBytes"]!.GetValue<long>());
        Assert.Equal(before, await ReportCountAsync(client));
    }

    [Fact]
    public async Task Import_WithoutFile_Returns400()
    {
        var client = await factory.ClientForAsync("preparer");

        using var response = await client.PostAsync(new Uri("/api/reports/import", UriKind.Relative), new MultipartFormDataContent { { new StringContent("project"), "kind" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["file"]);
    }

    [Fact]
    public async Task Import_UnknownKind_Returns400OnKind()
    {
        var client = await factory.ClientForAsync("preparer");

        using var response = await UploadAsync(client, SeedText(Hechi), "hechi.txt", kind: "budget");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["kind"]);
    }

    [Fact]
    public async Task Import_SignedOut_Returns401()
    {
        using var response = await UploadAsync(factory.CreateClient(), SeedText(Hechi), "hechi.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("financereviewer")]
    [InlineData("deptreviewer")]
    public async Task Import_UserWhoMayNotCreateSuchReport_Returns403(string userName)
    {
        var client = await factory.ClientForAsync(userName);

        using var response = await UploadAsync(client, SeedText(Hechi), "hechi.txt");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ImportIndicators_Xlsx_ReturnsRowsWithMergedPointsAsOneGroup()
    {
        var client = await factory.ClientForAsync("preparer");

        using var response = await UploadAsync(client, IndicatorWorkbooks.Filled(), "目标表.xlsx", "/api/reports/import/indicators");
        var body = await response.ReadNodeAsync();
        var rows = body["indicators"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, rows.Count);
        Assert.Equal("产出指标", rows[1]!["level1"]!.GetValue<string>());
        Assert.Equal(15m, rows[2]!["points"]!.GetValue<decimal>());
        Assert.True(rows[3]!["sharesPoints"]!.GetValue<bool>());
        Assert.Equal("atMost", rows[4]!["comparator"]!.GetValue<string>());
        Assert.Contains(body["notes"]!.AsArray(), n => n!["field"]!.GetValue<string>() == "indicators[3].points");
    }

    [Fact]
    public async Task ImportIndicators_WordFile_Returns400()
    {
        var client = await factory.ClientForAsync("preparer");

        using var response = await UploadAsync(client, SeedDocx(Hechi), "hechi.docx", "/api/reports/import/indicators");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Excel", (await response.ReadNodeAsync())["errors"]!["file"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorTemplate_Download_IsAnXlsxWithTheColumnsTheImportReads()
    {
        var client = await factory.ClientForAsync("preparer");

        using var response = await client.GetAsync(new Uri("/api/reports/import/indicators/template.xlsx", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var doc = Export.ExportTestHelpers.OpenXlsx(bytes);
        var header = Export.ExportTestHelpers.SheetRows(doc, "绩效指标")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Features.Import.ImportText.TemplateHeaders, header.Values.Select(c => Export.ExportTestHelpers.Text(doc, c)));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(client, IndicatorWorkbooks.FilledTemplate(bytes), "filled.xlsx", "/api/reports/import/indicators")).StatusCode);
    }
}

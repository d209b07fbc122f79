using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Attachments.AttachmentTestFiles;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Attachments;

/// <summary>Evidence files through the API: round trip, organisation scope, limits, type checks, stage rules, audit.</summary>
public sealed class AttachmentsEndpointsTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    [Fact]
    public async Task Upload_ThenListAndDownload_ReturnsIdenticalBytesAsAnAttachment()
    {
        var id = await CreateProjectReportAsync(factory, "佐证往返");
        var preparer = await factory.ClientForAsync("preparer");
        var bytes = Pdf();

        var upload = await UploadAsync(preparer, id, "..\\..\\年度工作计划<2025>.pdf", bytes, indicatorKey: "A.1.2.1", itemId: "3");
        var created = await Json(upload, HttpStatusCode.Created);
        var list = await GetJsonAsync(preparer, $"/api/reports/{id}/attachments");
        var download = await preparer.GetAsync(new Uri($"/api/reports/{id}/attachments/{created.GetProperty("id").GetGuid()}", UriKind.Relative));
        var body = await download.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, body);
        Assert.Equal("年度工作计划_2025_.pdf", created.GetProperty("fileName").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), created.GetProperty("sha256").GetString());
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("A.1.2.1", "3", bytes.Length), (item.GetProperty("indicatorKey").GetString(), item.GetProperty("itemId").GetString(), item.GetProperty("length").GetInt32()));
        Assert.Equal("A.1.2.1 · 3", item.GetProperty("target").GetString()); // not an indicator of this report's rubric (C)
        Assert.Equal("upload", Assert.Single(list.GetProperty("history").EnumerateArray()).GetProperty("action").GetString());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Preview_Pdf_IsInlineUnderAStrictPolicy()
    {
        var id = await CreateProjectReportAsync(factory, "佐证预览");
        var preparer = await factory.ClientForAsync("preparer");
        var created = await Json(await UploadAsync(preparer, id, "a.pdf", Pdf(2000)), HttpStatusCode.Created);

        var reviewer = await factory.ClientForAsync("financereviewer");
        var preview = await reviewer.GetAsync(new Uri($"/api/reports/{id}/attachments/{created.GetProperty("id").GetGuid()}/preview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("inline", preview.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("default-src 'none'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_OtherUnitsUser_Gets404Everywhere()
    {
        var id = await CreateProjectReportAsync(factory, "佐证别家");
        var preparer = await factory.ClientForAsync("preparer");
        var attachment = (await Json(await UploadAsync(preparer, id, "a.png", Png()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = await factory.ClientForAsync("preparer-gs");

        var responses = new[]
        {
            await other.GetAsync(new Uri($"/api/reports/{id}/attachments", UriKind.Relative)),
            await other.GetAsync(new Uri($"/api/reports/{id}/attachments/{attachment}", UriKind.Relative)),
            await other.GetAsync(new Uri($"/api/reports/{id}/attachments/{attachment}/preview", UriKind.Relative)),
            await other.GetAsync(new Uri($"/api/reports/{id}/attachments/all.zip", UriKind.Relative)),
            await other.DeleteAsync(new Uri($"/api/reports/{id}/attachments/{attachment}", UriKind.Relative)),
            await UploadAsync(other, id, "b.png", Png()),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(1, await CountAsync(db => db.Attachments.CountAsync(a => a.ReportId == id)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Upload_60MegabytesOverTheDefaultLimit_Returns413AndStoresNothing(bool withLength)
    {
        var id = await CreateProjectReportAsync(factory, $"佐证过大{withLength}");
        var preparer = await factory.ClientForAsync("preparer");
        var blobs = await CountAsync(db => db.AttachmentBlobs.CountAsync());
        const long size = 60L * 1024 * 1024;

        HttpContent content = withLength ? new GeneratedContent(size) : new StreamContent(new GeneratedStream(size));
        var response = await UploadAsync(preparer, id, "big.pdf", content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("file", problem.GetProperty("field").GetString());
        Assert.Equal(20L * 1024 * 1024, problem.GetProperty("limitBytes").GetInt64());
        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.ReportId == id)));
        Assert.Equal(blobs, await CountAsync(db => db.AttachmentBlobs.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.AttachmentAudit.CountAsync(a => a.ReportId == id)));
    }

    [Fact]
    public async Task Upload_ExecutableRenamedPdf_Returns400NamingTheFileAndStoresNothing()
    {
        var id = await CreateProjectReportAsync(factory, "佐证伪装");
        var preparer = await factory.ClientForAsync("preparer");
        var blobs = await CountAsync(db => db.AttachmentBlobs.CountAsync());

        var response = await UploadAsync(preparer, id, "报告.pdf", Exe());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.ReportId == id)));
        Assert.Equal(blobs, await CountAsync(db => db.AttachmentBlobs.CountAsync()));
    }

    [Theory]
    [InlineData("docx", HttpStatusCode.Created)]
    [InlineData("xlsm", HttpStatusCode.BadRequest)]
    [InlineData("zip-of-pdf", HttpStatusCode.Created)]
    [InlineData("zip-of-exe", HttpStatusCode.BadRequest)]
    [InlineData("zip-of-docx", HttpStatusCode.Created)]
    [InlineData("zip-of-fake-docx", HttpStatusCode.BadRequest)]
    [InlineData("zip-of-xlsm-named-xlsx", HttpStatusCode.BadRequest)]
    public async Task Upload_ZipKinds_AreJudgedByTheirContent(string kind, HttpStatusCode expected)
    {
        var id = await CreateProjectReportAsync(factory, $"佐证压缩{kind}");
        var preparer = await factory.ClientForAsync("preparer");
        var bytes = kind switch
        {
            "docx" => Docx(),
            "xlsm" => Docx("application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
            "zip-of-pdf" => Zip(("a.pdf", Pdf(3000)), ("b.png", Png())),
            "zip-of-docx" => Zip(("a.pdf", Pdf(3000)), ("计划.docx", Docx())),
            // A zip of an executable renamed .docx: a zip signature and the right name, but no Word document inside.
            "zip-of-fake-docx" => Zip(("a.pdf", Pdf(3000)), ("计划.docx", Zip(("setup.exe", Exe())))),
            "zip-of-xlsm-named-xlsx" => Zip(("表.xlsx", Docx("application/vnd.ms-excel.sheet.macroEnabled.main+xml"))),
            _ => Zip(("a.pdf", Pdf(3000)), ("setup.exe", Exe())),
        };

        var response = await UploadAsync(preparer, id, "材料.zip", bytes);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Upload_SameContentTwice_StoredOnce()
    {
        var id = await CreateProjectReportAsync(factory, "佐证重复");
        var preparer = await factory.ClientForAsync("preparer");
        var bytes = Pdf(300_000, seed: 42);

        await Json(await UploadAsync(preparer, id, "一.pdf", bytes), HttpStatusCode.Created);
        await Json(await UploadAsync(preparer, id, "二.pdf", bytes, indicatorKey: "A.1.3.1", itemId: "1"), HttpStatusCode.Created);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.Equal(2, await CountAsync(db => db.Attachments.CountAsync(a => a.Sha256 == sha)));
        Assert.Equal(1, await CountAsync(db => db.AttachmentBlobs.CountAsync(b => b.Sha256 == sha)));
        Assert.Equal(2, await CountAsync(db => db.AttachmentChunks.CountAsync(c => c.Sha256 == sha)));
    }

    [Fact]
    public async Task Delete_WhileDraft_RemovesFileAndBytesAndAudits()
    {
        var id = await CreateProjectReportAsync(factory, "佐证删除");
        var preparer = await factory.ClientForAsync("preparer");
        var bytes = Pdf(5000, seed: 7);
        var attachment = (await Json(await UploadAsync(preparer, id, "a.pdf", bytes), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var response = await preparer.DeleteAsync(new Uri($"/api/reports/{id}/attachments/{attachment}", UriKind.Relative));
        var list = await GetJsonAsync(preparer, $"/api/reports/{id}/attachments");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.Equal(["upload", "delete"], list.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(0, await CountAsync(db => db.AttachmentBlobs.CountAsync(b => b.Sha256 == sha)));
    }

    [Fact]
    public async Task DeleteReport_Draft_RemovesItsFilesAndTheirBytes()
    {
        var id = await CreateProjectReportAsync(factory, "佐证随报告删除");
        var preparer = await factory.ClientForAsync("preparer");
        var bytes = Pdf(300_000, seed: 77);
        await Json(await UploadAsync(preparer, id, "a.pdf", bytes), HttpStatusCode.Created);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var response = await preparer.DeleteAsync(new Uri($"/api/reports/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.Attachments.CountAsync(a => a.ReportId == id)));
        Assert.Equal(0, await CountAsync(db => db.AttachmentBlobs.CountAsync(b => b.Sha256 == sha)));
        Assert.Equal(0, await CountAsync(db => db.AttachmentChunks.CountAsync(c => c.Sha256 == sha)));
    }

    [Fact]
    public async Task Delete_AfterSubmission_Returns409AndKeepsTheFile()
    {
        var id = await CreateProjectReportAsync(factory, "佐证提交后");
        var preparer = await factory.ClientForAsync("preparer");
        var attachment = (await Json(await UploadAsync(preparer, id, "a.pdf", Pdf(4000)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await DriveToAsync(factory, id, "UnitSignOff");

        var delete = await preparer.DeleteAsync(new Uri($"/api/reports/{id}/attachments/{attachment}", UriKind.Relative));
        var upload = await UploadAsync(preparer, id, "b.pdf", Pdf(4000, seed: 3));

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, upload.StatusCode);
        Assert.Equal(1, await CountAsync(db => db.Attachments.CountAsync(a => a.ReportId == id)));
    }

    [Fact]
    public async Task OpinionFile_WhileItsStageIsOpen_UnitHeadMayAddAndRemoveIt()
    {
        var id = await CreateProjectReportAsync(factory, "佐证意见");
        await DriveToAsync(factory, id, "UnitSignOff");
        var head = await factory.ClientForAsync("unithead");
        var preparer = await factory.ClientForAsync("preparer");

        var byPreparer = await UploadAsync(preparer, id, "a.pdf", Pdf(3000), opinionStage: "UnitSignOff");
        var laterStage = await UploadAsync(head, id, "a.pdf", Pdf(3000), opinionStage: "FinanceReview");
        var created = await Json(await UploadAsync(head, id, "意见.pdf", Pdf(3000)), HttpStatusCode.Conflict);
        var opinion = await Json(await UploadAsync(head, id, "意见.pdf", Pdf(3000), opinionStage: "UnitSignOff"), HttpStatusCode.Created);
        var delete = await head.DeleteAsync(new Uri($"/api/reports/{id}/attachments/{opinion.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byPreparer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, laterStage.StatusCode);
        Assert.Equal(JsonValueKind.Object, created.ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheReportTotal_Returns413()
    {
        await using var small = new LimitedFactory();
        var id = await CreateProjectReportAsync(small, "佐证总量");
        var preparer = await small.ClientForAsync("preparer");

        var first = await UploadAsync(preparer, id, "a.pdf", Pdf(60_000, seed: 1));
        var second = await UploadAsync(preparer, id, "b.pdf", Pdf(60_000, seed: 2));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);
    }

    [Fact]
    public async Task DownloadAll_ZipHoldsEveryFileInItsFolder()
    {
        var id = await CreateProjectReportAsync(factory, "佐证打包");
        var preparer = await factory.ClientForAsync("preparer");
        var pdf = Pdf(400_000, seed: 9);
        await Json(await UploadAsync(preparer, id, "计划.pdf", pdf, indicatorKey: "A.1.2.1", itemId: "3"), HttpStatusCode.Created);
        await Json(await UploadAsync(preparer, id, "照片.png", Png()), HttpStatusCode.Created);

        var response = await preparer.GetAsync(new Uri($"/api/reports/{id}/attachments/all.zip", UriKind.Relative));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["A.1.2.1-3/计划.pdf", "报告/照片.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var copy = new MemoryStream();
        await zip.GetEntry("A.1.2.1-3/计划.pdf")!.Open().CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task List_FileOfAnIndicatorOfTheRubric_NamesTheIndicatorAndItem()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = Reports.ReportSamples.Submittable("佐证名称");
        content.Assessments.Add(new PerfEval.Rules.Model.IndicatorAssessment { Key = "A.1.2.1", Checked = ["3"] }); // answers rubric A
        var created = await preparer.PostJsonAsync("/api/reports", new { kind = "project", content });
        var id = (await Json(created, HttpStatusCode.Created)).GetProperty("summary").GetProperty("id").GetGuid();
        await Json(await UploadAsync(preparer, id, "计划.pdf", Pdf(), indicatorKey: "A.1.2.1", itemId: "3"), HttpStatusCode.Created);
        await Json(await UploadAsync(preparer, id, "依据.pdf", Pdf(seed: 7), indicatorKey: "A.1.2.1"), HttpStatusCode.Created);

        var list = await GetJsonAsync(preparer, $"/api/reports/{id}/attachments");
        var docx = await preparer.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);

        Assert.Equal(["A.1.2.1 决策依据 · 符合部门年度工作计划", "A.1.2.1 决策依据"],
            list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("target").GetString()).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains("A.1.2.1 决策依据 · 符合部门年度工作计划计划.pdf", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordExport_ReportWithFiles_ListsThemWithSizeUploaderAndDate()
    {
        var id = await CreateProjectReportAsync(factory, "佐证导出");
        var preparer = await factory.ClientForAsync("preparer");
        await Json(await UploadAsync(preparer, id, "部门年度工作计划.pdf", Pdf(2048, seed: 31), indicatorKey: "A.1.2.1", itemId: "3"), HttpStatusCode.Created);

        var docx = await preparer.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("附件：佐证材料清单", text, StringComparison.Ordinal);
        Assert.Contains("A.1.2.1 · 3部门年度工作计划.pdf2 KB张填报2026-11-23", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_SameDatabase_KeepsTheFiles()
    {
        var file = Path.Combine(Path.GetTempPath(), $"perfeval-restart-{Guid.NewGuid():N}.db");
        var connection = $"Data Source={file};Default Timeout=30";
        var bytes = Pdf(600_000, seed: 5);
        Guid id;
        Guid attachment;
        try
        {
            await using (var first = new SameDatabaseFactory(connection))
            {
                id = await CreateProjectReportAsync(first, "佐证重启");
                attachment = (await Json(await UploadAsync(await first.ClientForAsync("preparer"), id, "a.pdf", bytes), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            }

            await using var second = new SameDatabaseFactory(connection);
            var download = await (await second.ClientForAsync("financereviewer")).GetAsync(new Uri($"/api/reports/{id}/attachments/{attachment}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private async Task<int> CountAsync(Func<PerfEvalDbContext, Task<int>> count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A host on an existing database file (a "restart" is a second one on the same file).</summary>
    private sealed class SameDatabaseFactory(string connectionString) : PerfEvalFactory("Sqlite", connectionString);

    /// <summary>A host whose report total (100 KB) is smaller than two files.</summary>
    private sealed class LimitedFactory : PerfEvalFactory
    {
        public LimitedFactory() : base(fileDatabase: false)
        {
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Attachments:MaxFileBytes", "80000");
            builder.UseSetting("Attachments:MaxReportBytes", "100000");
        }
    }
}

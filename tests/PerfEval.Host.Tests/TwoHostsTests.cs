using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Two hosts on two loopback ports against one PostgreSQL database.</summary>
public sealed class TwoHostsTests : IAsyncLifetime
{
    private readonly string _database = $"perfeval_twohosts_{Guid.NewGuid():N}";
    private KestrelHost? _first;
    private KestrelHost? _second;

    public async Task InitializeAsync()
    {
        if (!PostgresFactory.IsAvailable)
        {
            return;
        }

        using (var admin = new NpgsqlConnection(PostgresFactory.AdminConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            create.ExecuteNonQuery();
        }

        var connection = new NpgsqlConnectionStringBuilder(PostgresFactory.AdminConnectionString) { Database = _database }.ConnectionString;
        // Both start at once on the empty database: migrations and demo data must tolerate it.
        var starting = new[] { Task.Run(() => new KestrelHost("PostgreSql", connection)), Task.Run(() => new KestrelHost("PostgreSql", connection)) };
        _first = await starting[0];
        _second = await starting[1];
    }

    [SkippableFact]
    public async Task Update_SameReportThroughBothHostsAtOnce_ExactlyOneWins()
    {
        Skip.IfNot(PostgresFactory.IsAvailable, ProviderSkip.SkipReason);
        var one = await _first!.ClientForAsync("preparer");
        var two = await _second!.ClientForAsync("preparer");
        var id = (await (await one.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("两台主机") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();

        var attempts = Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? one : two).PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project($"第{i}次") }));
        var responses = await Task.WhenAll(attempts);
        var stored = await (await two.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, stored["summary"]!["version"]!.GetValue<int>());
        Assert.NotEqual(one.BaseAddress!.Port, two.BaseAddress!.Port);
    }

    [SkippableFact]
    public async Task Attachment_UploadedThroughOneHost_ListedAndDownloadedThroughTheOther()
    {
        Skip.IfNot(PostgresFactory.IsAvailable, ProviderSkip.SkipReason);
        var id = await CreateProjectReportAsync(_first!, "两台主机佐证");
        var bytes = Attachments.AttachmentTestFiles.Pdf(900_000, seed: 11);
        var upload = await Attachments.AttachmentTestFiles.UploadAsync(await _first!.ClientForAsync("preparer"), id, "计划.pdf", bytes, indicatorKey: "A.1.2.1", itemId: "3");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        // The same content again through the second host: stored once.
        var again = await Attachments.AttachmentTestFiles.UploadAsync(await _second!.ClientForAsync("preparer"), id, "副本.pdf", bytes);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);

        var reviewer = await _second!.ClientForAsync("financereviewer");
        var list = await GetJsonAsync(reviewer, $"/api/reports/{id}/attachments");
        var first = list.GetProperty("items").EnumerateArray().First(a => a.GetProperty("fileName").GetString() == "计划.pdf");
        var download = await reviewer.GetAsync(new Uri($"/api/reports/{id}/attachments/{first.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        await using var scope = _first!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        Assert.Equal(1, await db.AttachmentBlobs.CountAsync());
    }

    [SkippableFact]
    public async Task Approve_SameReportThroughBothHostsAtOnce_ExactlyOneWins()
    {
        Skip.IfNot(PostgresFactory.IsAvailable, ProviderSkip.SkipReason);
        var id = await CreateProjectReportAsync(_first!, "两台主机审批");
        await DriveToAsync(_first!, id, "UnitSignOff");
        var version = await VersionOfAsync(_first!, id);
        var heads = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            heads.Add(await (i % 2 == 0 ? _first! : _second!).ClientForAsync("unithead"));
        }

        var responses = await Task.WhenAll(heads.Select((c, i) => FireAsync(c, id, "approve", new { comment = $"同意{i}", version })));
        var history = await GetJsonAsync(heads[1], $"/api/reports/{id}/history");

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "approve");
        Assert.Equal("DepartmentApproval", await StageOfAsync(_second!, id));
    }

    [SkippableFact]
    public async Task Scan_OnBothHostsAtOnce_CreatesNoDuplicateReminder()
    {
        Skip.IfNot(PostgresFactory.IsAvailable, ProviderSkip.SkipReason);
        var reportId = await OpenSingleReportRoundAsync(_first!, Today(_first!).AddDays(3), warningDays: 7);

        var results = await Task.WhenAll(ScanAsync(_first!), ScanAsync(_second!), ScanAsync(_first!), ScanAsync(_second!));

        var reminder = Assert.Single(await RemindersOfAsync(_second!, reportId));
        Assert.Equal(ReminderKind.NearDeadline, reminder.Kind);
        Assert.Equal(1, results.Sum(r => r.Created));
    }

    [SkippableFact]
    public async Task Cookie_IssuedByOneHost_IsReadByTheOther()
    {
        Skip.IfNot(PostgresFactory.IsAvailable, ProviderSkip.SkipReason);
        using var first = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _first!.BaseAddress };
        using var second = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = _second!.BaseAddress };
        var login = await first.PostJsonAsync("/api/auth/login", new { userName = "deptreviewer", password = PerfEvalFactory.DemoPassword });
        login.EnsureSuccessStatusCode();
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PerfEval.Auth=", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Cookie", cookie);
        var me = await second.SendAsync(request);
        using var anonymous = await second.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("deptreviewer", (await me.ReadNodeAsync())["userName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        // The key ring both hosts read is the database's, not a folder on one machine.
        await using var scope = _second.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().DataProtectionKeys.ToListAsync());
    }

    public async Task DisposeAsync()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (PostgresFactory.IsAvailable)
        {
            PostgresFactory.DropDatabase(PostgresFactory.AdminConnectionString!, _database);
        }
    }
}

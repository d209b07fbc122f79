using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;

namespace PerfEval.Bench;

/// <summary>
/// <c>scale --reports N [--provider sqlite|postgresql] [--samples 1000]</c>: seeds a fresh database with N reports
/// (<see cref="ScaleSeeder"/>), starts the built host (Release) on it as its own process, and measures through HTTP on
/// loopback: start-up, the report list and the inbox against /health, impact analysis (synchronous and background run) with
/// the host's peak RSS, the reminder scan with nothing due and with every open report due (drafts near their deadline,
/// waiting stages stalled); then the fast path against stock RulesEngine
/// and hand-written C# in this process. Prints one JSON object on its last line; the database is left behind.
/// </summary>
internal static class ScaleBench
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Runs scripts/publish-host.sh into bench/host and returns the published host's path.</summary>
    private static async Task<string> PublishHostAsync(string repoRoot)
    {
        var output = Path.Combine(repoRoot, "bench", "host");
        var info = new ProcessStartInfo(Path.Combine(repoRoot, "scripts", "publish-host.sh"), [output]) { RedirectStandardOutput = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not run scripts/publish-host.sh");
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish-host.sh failed ({process.ExitCode})");
        }

        return Path.Combine(output, "PerfEval.Host.dll");
    }

    public static async Task<int> RunAsync(string[] args, string repoRoot)
    {
        var reports = IntArg(args, "--reports", 100_000);
        var samples = IntArg(args, "--samples", 1000);
        var repeats = IntArg(args, "--repeats", 3);
        var provider = StringArg(args, "--provider", "sqlite").ToLowerInvariant();
        var postgres = provider is "postgresql" or "postgres";
        var loads = new List<double[]>();
        var log = Console.Out;
        // The host as deployed (scripts/publish-host.sh: Release, ReadyToRun) unless --build-output asks for the plain
        // Release build that `dotnet run -c Release` leaves in src/Host/bin.
        var hostDll = args.Contains("--build-output")
            ? Path.Combine(repoRoot, "src", "Host", "bin", "Release", "net10.0", "PerfEval.Host.dll")
            : await PublishHostAsync(repoRoot);
        if (!File.Exists(hostDll))
        {
            Console.Error.WriteLine($"{hostDll} not found: build with -c Release first (dotnet run -c Release builds it).");
            return 1;
        }

        string connection;
        string database;
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (postgres)
        {
            var server = Environment.GetEnvironmentVariable("PERFEVAL_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("PERFEVAL_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set PERFEVAL_BENCH_POSTGRES (or source scripts/postgres.sh && start_test_postgres).");
            database = $"perfeval_scale_{reports}_{stamp}";
            connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }
        else
        {
            database = Path.Combine(repoRoot, "bench", "data", $"scale-{reports}-{stamp}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            connection = $"Data Source={database}";
        }

        log.WriteLine($"scale: {reports} reports on {provider} ({database}), {Environment.ProcessorCount} cores, load {Load()}");
        loads.Add(LoadAvg());

        // 1. The host creates the database (migrations, demo data, shipped rubrics): start-up on a new database.
        double startupEmpty;
        await using (var host = await HostProcess.StartAsync(hostDll, postgres ? "PostgreSql" : "Sqlite", connection))
        {
            startupEmpty = host.StartupSeconds;
            log.WriteLine($"start-up on a new database: {startupEmpty:0.00} s");
        }

        // 2. Seed.
        var seedWatch = Stopwatch.StartNew();
        await using (var db = CreateContext(postgres, connection))
        {
            await ScaleSeeder.SeedAsync(db, reports, repoRoot, log);
            await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }

        log.WriteLine($"seeded {reports} reports in {seedWatch.Elapsed.TotalSeconds:0.0} s");

        // 3. Start-up after bulk creation, then the background upkeep (pinning, projections) it leaves for later.
        var vacuumsBefore = postgres ? await VacuumCountAsync(connection) : 0;
        await using var hostProcess = await HostProcess.StartAsync(hostDll, postgres ? "PostgreSql" : "Sqlite", connection);
        var startup = hostProcess.StartupSeconds;
        log.WriteLine($"start-up with {reports} reports: {startup:0.00} s (RSS {hostProcess.RssMb():0} MB)");
        var upkeepWatch = Stopwatch.StartNew();
        await using (var db = CreateContext(postgres, connection))
        {
            while (await db.Reports.AnyAsync(r => r.ScoringInput == null || r.WorkflowVersion == null))
            {
                await Task.Delay(2000);
                if (upkeepWatch.Elapsed > TimeSpan.FromMinutes(15))
                {
                    throw new TimeoutException("background upkeep did not finish in 15 minutes");
                }
            }
        }

        // PostgreSQL: the upkeep ends with VACUUM (ANALYZE) of the reports table; measure after it, as a user would meet it.
        while (postgres && await VacuumCountAsync(connection) <= vacuumsBefore && upkeepWatch.Elapsed < TimeSpan.FromMinutes(15))
        {
            await Task.Delay(500);
        }

        var upkeep = upkeepWatch.Elapsed.TotalSeconds;
        log.WriteLine($"background upkeep (pin + projection of {reports} reports) done {upkeep:0.0} s after start-up");
        loads.Add(LoadAvg());

        var users = new[] { "financeadmin", "financereviewer", "deptreviewer", "unithead", "preparer" };
        var clients = new Dictionary<string, HttpClient>();
        foreach (var u in users)
        {
            clients[u] = await hostProcess.ClientForAsync(u);
        }

        // 4. Lists and inbox against /health, interleaved, closed loop, one request at a time.
        var health = new List<double>();
        var lists = new List<double>();
        var inboxes = new List<double>();
        var perRole = users.ToDictionary(u => u, _ => (List: new List<double>(), Inbox: new List<double>()));
        for (var w = 0; w < 20; w++)
        {
            foreach (var u in users)
            {
                await TimeAsync(clients[u], "/api/reports?pageSize=50");
                await TimeAsync(clients[u], "/api/inbox?pageSize=50");
                await TimeAsync(clients[u], "/health");
            }
        }

        for (var i = 0; i < samples; i++)
        {
            var u = users[i % users.Length];
            health.Add(await TimeAsync(clients[u], "/health"));
            var l = await TimeAsync(clients[u], "/api/reports?pageSize=50");
            lists.Add(l);
            perRole[u].List.Add(l);
            var x = await TimeAsync(clients[u], "/api/inbox?pageSize=50");
            inboxes.Add(x);
            perRole[u].Inbox.Add(x);
        }

        loads.Add(LoadAvg());
        log.WriteLine($"p99 over {samples} requests each: /health {P(health, 99):0.0} ms, /api/reports?pageSize=50 {P(lists, 99):0.0} ms, /api/inbox?pageSize=50 {P(inboxes, 99):0.0} ms (p50 {P(health, 50):0.0} / {P(lists, 50):0.0} / {P(inboxes, 50):0.0})");
        foreach (var u in users)
        {
            log.WriteLine($"  {u,-16} list p50 {P(perRole[u].List, 50):0.0} p99 {P(perRole[u].List, 99):0.0} ms; inbox p50 {P(perRole[u].Inbox, 50):0.0} p99 {P(perRole[u].Inbox, 99):0.0} ms");
        }

        var deep = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            deep.Add(await TimeAsync(clients["financeadmin"], $"/api/reports?pageSize=50&page={reports / 100}"));
        }

        log.WriteLine($"  deep page ({reports / 100}) for financeadmin: median {P(deep, 50):0.0} ms");

        // 5. Impact analysis of a rubric C draft (grade bands moved, as the API test does) over every report of the 20 rounds.
        var admin = clients["financeadmin"];
        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/rule-sets/rubric-c-self-evaluation/drafts", new { fromVersion = 1 }));
        var version = draft["info"]!["version"]!.GetValue<int>();
        var json = JsonNode.Parse(draft["json"]!.GetValue<string>())!.AsObject();
        var bands = json["Rules"]!.AsArray().Single(r => r!["RuleName"]!.GetValue<string>() == "rubric")!["Properties"]!["gradeBands"]!.AsArray();
        bands[0]!["min"] = 95;
        bands[1]!["max"] = 95;
        (await admin.PutAsJsonAsync($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}", new { json, revision = 1 })).EnsureSuccessStatusCode();
        var impactTimes = new List<double>();
        var impactRss = new List<double>();
        var runTimes = new List<double>();
        JsonNode? impactSummary = null;
        long impactBytes = 0;
        for (var r = 0; r < repeats; r++)
        {
            hostProcess.ResetPeakRss();
            var sw = Stopwatch.StartNew();
            using var response = await admin.GetAsync(new Uri($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}/impact", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            sw.Stop();
            impactTimes.Add(sw.Elapsed.TotalSeconds);
            impactRss.Add(hostProcess.PeakRssMb());
            impactBytes = body.Length;
            var node = JsonNode.Parse(body)!;
            impactSummary = new JsonObject
            {
                ["reports"] = node["reports"]!.GetValue<int>(), ["changed"] = node["changed"]!.GetValue<int>(),
                ["gradeChanged"] = node["gradeChanged"]!.GetValue<int>(), ["errors"] = node["errors"]!.GetValue<int>(),
            };
            log.WriteLine($"impact (GET …/impact, all {node["reports"]} items, {body.Length / 1e6:0.0} MB): {sw.Elapsed.TotalSeconds:0.00} s, host peak RSS {impactRss[^1]:0} MB");

            hostProcess.ResetPeakRss();
            sw.Restart();
            var run = await ReadAsync(await admin.PostAsync(new Uri($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}/impact-runs", UriKind.Relative), null));
            var runId = run["runId"]!.GetValue<Guid>();
            while (run["status"]!.GetValue<string>() is "running" or "Running")
            {
                await Task.Delay(50);
                run = await ReadAsync(await admin.GetAsync(new Uri($"/api/impact-runs/{runId}", UriKind.Relative)));
            }

            var page = await ReadAsync(await admin.GetAsync(new Uri($"/api/impact-runs/{runId}/items?changed=true&pageSize=50", UriKind.Relative)));
            sw.Stop();
            runTimes.Add(sw.Elapsed.TotalSeconds);
            log.WriteLine($"impact run (POST impact-runs, poll, first page of changed items): {sw.Elapsed.TotalSeconds:0.00} s, status {run["status"]}, "
                + $"peak RSS {hostProcess.PeakRssMb():0} MB, {page["total"]} changed");
        }

        loads.Add(LoadAvg());

        // 6. Reminder scans through the API (FinanceAdmin "run now", the recurring job's path under the same lease).
        var nothing = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var (seconds, result) = await ScanAsync(admin);
            nothing.Add(seconds);
            log.WriteLine($"reminder scan, nothing due: {seconds:0.00} s ({result["reportsScanned"]} scanned, {result["created"]} created)");
        }

        var rounds = await ReadAsync(await admin.GetAsync(new Uri("/api/rounds", UriKind.Relative)));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        foreach (var round in rounds.AsArray().Where(r => r!["name"]!.GetValue<string>().StartsWith("规模测试", StringComparison.Ordinal)))
        {
            (await admin.PutAsJsonAsync($"/api/rounds/{round!["id"]}/deadline", new { deadline = today.AddDays(5) })).EnsureSuccessStatusCode();
        }

        // And every report waiting at sign-off, department approval or finance review stalled (entered 20 days ago).
        await using (var db = CreateContext(postgres, connection))
        {
            var stalledSince = DateTime.UtcNow.AddDays(-20);
            await db.Reports.Where(r => r.Stage != ReportStages.Draft && r.Stage != ReportStages.Accepted)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.StageEnteredAtUtc, stalledSince));
        }

        var allDue = new List<double>();
        var created = 0;
        for (var r = 0; r < repeats; r++)
        {
            if (r > 0)
            {
                await using var db = CreateContext(postgres, connection);
                await db.Reminders.Where(x => x.Day == today).ExecuteDeleteAsync();
            }

            var (seconds, result) = await ScanAsync(admin);
            allDue.Add(seconds);
            created = result["created"]!.GetValue<int>();
            log.WriteLine($"reminder scan, all due: {seconds:0.00} s ({result["reportsScanned"]} scanned, {created} created)");
        }

        var (againSeconds, again) = await ScanAsync(admin);
        log.WriteLine($"reminder scan again the same day (all already stored): {againSeconds:0.00} s ({again["alreadyThere"]} already there)");
        loads.Add(LoadAvg());
        var rss = hostProcess.RssMb();
        await hostProcess.DisposeAsync();

        // 7. Fast path vs stock and hand-written, in this process (the host is stopped).
        var ratios = FastPathBench.Ratios(repoRoot, 2000, 7, log);
        loads.Add(LoadAvg());

        var output = new JsonObject
        {
            ["reports"] = reports,
            ["provider"] = postgres ? "postgresql" : "sqlite",
            ["database"] = postgres ? connection.Replace("Password=perfeval-test", "Password=***", StringComparison.Ordinal) : database,
            ["impactSeconds"] = Round(Median(impactTimes)),
            ["impactPeakRssMb"] = Math.Round(impactRss.Max()),
            ["listP99Ms"] = Round(P(lists, 99)),
            ["inboxP99Ms"] = Round(P(inboxes, 99)),
            ["healthP99Ms"] = Round(P(health, 99)),
            ["reminderScanAllDueSeconds"] = Round(Median(allDue)),
            ["startupSeconds"] = Round(startup),
            ["fastVsStock"] = new JsonObject { ["A"] = Round(ratios.StockA), ["B"] = Round(ratios.StockB), ["C"] = Round(ratios.StockC) },
            ["fastVsHand"] = new JsonObject { ["A"] = Round(ratios.HandA) },
            ["details"] = new JsonObject
            {
                ["impactSecondsAll"] = Array(impactTimes), ["impactRunSecondsAll"] = Array(runTimes), ["impactResponseMb"] = Round(impactBytes / 1e6),
                ["impact"] = impactSummary, ["reminderScanAllDueSecondsAll"] = Array(allDue), ["remindersCreated"] = created,
                ["reminderScanNothingDueSecondsAll"] = Array(nothing), ["reminderScanAgainSeconds"] = Round(againSeconds),
                ["startupNewDatabaseSeconds"] = Round(startupEmpty), ["upkeepSeconds"] = Round(upkeep), ["seedSeconds"] = Round(seedWatch.Elapsed.TotalSeconds),
                ["listP50Ms"] = Round(P(lists, 50)), ["inboxP50Ms"] = Round(P(inboxes, 50)), ["healthP50Ms"] = Round(P(health, 50)),
                ["deepPageMedianMs"] = Round(P(deep, 50)), ["hostRssAtEndMb"] = Math.Round(rss),
                ["loadavg"] = new JsonArray([.. loads.Select(l => (JsonNode)new JsonArray(l.Select(v => (JsonNode)v).ToArray()))]),
                ["cores"] = Environment.ProcessorCount,
            },
        };
        Console.WriteLine(output.ToJsonString());
        return 0;
    }

    private static async Task<(double Seconds, JsonNode Result)> ScanAsync(HttpClient admin)
    {
        var sw = Stopwatch.StartNew();
        var result = await ReadAsync(await admin.PostAsync(new Uri("/api/reminders/scan", UriKind.Relative), null));
        return (sw.Elapsed.TotalSeconds, result);
    }

    /// <summary>How often the reports table was vacuumed (by hand or by autovacuum), from the server's statistics.</summary>
    private static async Task<long> VacuumCountAsync(string connection)
    {
        await using var db = CreateContext(true, connection);
        return await db.Database.SqlQueryRaw<long>(
            "SELECT vacuum_count + autovacuum_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'Reports'").SingleAsync();
    }

    private static PerfEvalDbContext CreateContext(bool postgres, string connection) => postgres
        ? new PostgreSqlPerfEvalDbContext(new DbContextOptionsBuilder<PostgreSqlPerfEvalDbContext>().UseNpgsql(connection).Options)
        : new SqlitePerfEvalDbContext(new DbContextOptionsBuilder<SqlitePerfEvalDbContext>().UseSqlite(connection).Options);

    private static async Task<double> TimeAsync(HttpClient client, string path)
    {
        var sw = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        sw.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }

        return sw.Elapsed.TotalMilliseconds;
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!;
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private static double Median(List<double> values) => P(values, 50);

    private static double Round(double v) => Math.Round(v, v < 10 ? 3 : 1);

    private static JsonArray Array(List<double> values) => new([.. values.Select(v => (JsonNode)Round(v))]);

    internal static double[] LoadAvg() => [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(s => double.Parse(s, CultureInfo.InvariantCulture))];

    internal static string Load() => string.Join(" ", LoadAvg().Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = System.Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringArg(string[] args, string name, string fallback)
    {
        var i = System.Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}

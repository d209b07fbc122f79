using System.Collections.Concurrent;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.RuleSets.Impact;

namespace PerfEval.Host.Features.Impact;

/// <summary>The state of a background impact run.</summary>
public enum ImpactRunStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>A background impact run as the API shows it; <see cref="Summary"/> once it has completed (items are paged apart).</summary>
public sealed record ImpactRunInfo(
    Guid RunId, string RuleSetId, int Version, Guid? RoundId, ImpactRunStatus Status, int Done, int Total,
    DateTime StartedAtUtc, double ElapsedSeconds, string? Error, RuleSetImpact? Summary);

/// <summary>
/// Impact analyses run in the background (FinanceAdmin): start one, poll its progress, page through its items, cancel it.
/// Held in this host's memory for <see cref="Keep"/> after they end; at most <see cref="MaxRunning"/> run at once.
/// </summary>
public sealed class ImpactRuns(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImpactRuns> logger)
{
    /// <summary>Runs at once (each uses every core).</summary>
    public const int MaxRunning = 2;

    /// <summary>How long a finished run stays readable.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromMinutes(30);

    /// <summary>Finished runs kept at most (the oldest goes first): each holds one item per report.</summary>
    public const int MaxKept = 4;

    private readonly ConcurrentDictionary<Guid, Run> _runs = new();

    /// <summary>Starts a run of stored version <paramref name="version"/> against the stored scores (as <c>GET …/impact</c>).</summary>
    public async Task<ImpactRunInfo> StartAsync(string ruleSetId, int version, Guid? roundId, CancellationToken ct)
    {
        Sweep();
        if (_runs.Values.Count(r => r.Status == ImpactRunStatus.Running) >= MaxRunning)
        {
            throw new ConflictException(ImpactText.FormatImpactRunsStartAsync(MaxRunning));
        }

        // Resolve (and compile) the version now, so that an unknown version or a broken draft is this request's 404/400.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<RuleSetStore>();
            store.Load(await store.GetRowAsync(ruleSetId, version, ct));
        }

        var run = new Run(Guid.NewGuid(), ruleSetId, version, roundId, clock.GetUtcNow().UtcDateTime);
        _runs[run.Id] = run;
        run.Task = Task.Run(() => ExecuteAsync(run));
        return run.Info(clock);
    }

    /// <summary>A run's progress (and summary when completed); 404 when unknown or expired.</summary>
    public ImpactRunInfo Get(Guid runId)
    {
        return Find(runId).Info(clock);
    }

    /// <summary>A page of a completed run's items (all, or only those that change or cannot be scored), in title order.</summary>
    public Reports.Paged<ReportImpact> Items(Guid runId, bool changedOnly, int page, int pageSize)
    {
        if (page < 1)
        {
            throw new BadInputException("page", ImpactText.ImpactRunsItems);
        }

        if (pageSize is < 1 or > 1000)
        {
            throw new BadInputException("pageSize", ImpactText.ImpactRunsItems2);
        }

        var run = Find(runId);
        if (run.Outcome is not { Items: { } items })
        {
            throw new ConflictException(ImpactText.ImpactRunsItems3);
        }

        var list = changedOnly ? run.Changed ??= [.. items.Where(Changes)] : items;
        return new Reports.Paged<ReportImpact>(
            [.. list.Skip((page - 1) * pageSize).Take(pageSize).Select(GetRuleSetImpactHandler.ToReportImpact)], page, pageSize, list.Count);
    }

    /// <summary>Cancels a running run (idempotent; a finished run stays as it ended).</summary>
    public ImpactRunInfo Cancel(Guid runId)
    {
        var run = Find(runId);
        run.Cancellation.Cancel();
        return run.Info(clock);
    }

    private static bool Changes(ImpactItem i) => i.Error is not null || i.Delta is { } d && d != 0 || i.GradeAfter != i.GradeBefore;

    private Run Find(Guid runId)
    {
        Sweep();
        return _runs.TryGetValue(runId, out var run) ? run : throw new NotFoundException(ImpactText.FormatImpactRunsFind(runId));
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, run) in _runs)
        {
            if (run.EndedAtUtc is { } ended && now - ended > Keep)
            {
                _runs.TryRemove(id, out _);
            }
        }

        foreach (var run in _runs.Values.Where(r => r.EndedAtUtc is not null).OrderByDescending(r => r.EndedAtUtc).Skip(MaxKept))
        {
            _runs.TryRemove(run.Id, out _);
        }
    }

    private async Task ExecuteAsync(Run run)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<RuleSetStore>();
            var engine = scope.ServiceProvider.GetRequiredService<ImpactEngine>();
            var ruleSet = store.Load(await store.GetRowAsync(run.RuleSetId, run.Version, run.Cancellation.Token));
            var source = await GetRuleSetImpactHandler.SourceAsync(store.Db, run.RuleSetId, run.RoundId, run.Cancellation.Token);
            var progress = new Progress(run);
            run.Outcome = await engine.RunAsync(source, new ImpactSpec(ruleSet, null, KeepItems: true), progress, run.Cancellation.Token);
            run.Status = ImpactRunStatus.Completed;
        }
        catch (OperationCanceledException) when (run.Cancellation.IsCancellationRequested)
        {
            run.Status = ImpactRunStatus.Cancelled;
        }
#pragma warning disable CA1031 // A failed background run is reported through its status, never crashes the host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Impact run {RunId} of {RuleSetId} v{Version} failed.", run.Id, run.RuleSetId, run.Version);
            run.Error = e is NotFoundException or ConflictException or BadInputException or RuleSetInvalidException ? e.Message : ImpactText.ImpactRunsExecuteAsync;
            run.Status = ImpactRunStatus.Failed;
        }
        finally
        {
            run.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
            run.Cancellation.Dispose();
        }
    }

    private sealed class Progress(Run run) : IProgress<ImpactProgress>
    {
        public void Report(ImpactProgress value) => (run.Done, run.Total) = (value.Done, value.Total);
    }

    private sealed class Run(Guid id, string ruleSetId, int version, Guid? roundId, DateTime startedAtUtc)
    {
        public Guid Id { get; } = id;

        public string RuleSetId { get; } = ruleSetId;

        public int Version { get; } = version;

        public Guid? RoundId { get; } = roundId;

        public DateTime StartedAtUtc { get; } = startedAtUtc;

        public CancellationTokenSource Cancellation { get; } = new();

        public Task? Task { get; set; }

        public volatile int Done;

        public volatile int Total;

        public ImpactRunStatus Status { get; set; } = ImpactRunStatus.Running;

        public DateTime? EndedAtUtc { get; set; }

        public ImpactOutcome? Outcome { get; set; }

        public List<ImpactItem>? Changed { get; set; }

        public string? Error { get; set; }

        public ImpactRunInfo Info(TimeProvider clock) => new(
            Id, RuleSetId, Version, RoundId, Status, Done, Total, StartedAtUtc,
            ((EndedAtUtc ?? clock.GetUtcNow().UtcDateTime) - StartedAtUtc).TotalSeconds, Error,
            Outcome is { } o && Status == ImpactRunStatus.Completed ? GetRuleSetImpactHandler.From(RuleSetId, Version, o, ImpactItems.None) : null);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using PerfEval.Host.Features.Scoring;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Features.Impact;

/// <summary>Which stored reports an impact analysis re-scores.</summary>
/// <param name="RoundIds">Reports of these rounds (null: every round).</param>
/// <param name="KindOnlyRoundIds">Reports of these rounds, but only of <paramref name="Kind"/> (rounds that pin no rubric).</param>
/// <param name="Kind">Report kind for <paramref name="KindOnlyRoundIds"/>, or of every report when <paramref name="RoundIds"/> is null.</param>
/// <param name="OrgIds">Only reports of these organisations (null: all).</param>
/// <param name="UseRoundWeights">Score with each round's level-1 weights.</param>
public sealed record ImpactSource(
    IReadOnlyCollection<Guid>? RoundIds, IReadOnlyCollection<Guid>? KindOnlyRoundIds, ReportKind? Kind, IReadOnlyCollection<Guid>? OrgIds, bool UseRoundWeights);

/// <summary>What to compare: the draft against a baseline version, or (no baseline) against each report's stored score.</summary>
/// <param name="Draft">The version analysed (totals only, fast path).</param>
/// <param name="Baseline">The version compared with; null compares with the stored score columns.</param>
/// <param name="KeepItems">Keep one <see cref="ImpactItem"/> per report (the API lists them); the editor keeps only movers.</param>
/// <param name="Top">How many largest movers to keep.</param>
public sealed record ImpactSpec(LoadedRuleSet Draft, LoadedRuleSet? Baseline, bool KeepItems, int Top = 10);

/// <summary>One report under the analysed version.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Title">项目名称.</param>
/// <param name="OrgId">The report's organisation.</param>
/// <param name="OrgName">Its name.</param>
/// <param name="RoundId">The report's round.</param>
/// <param name="Stage">Workflow stage.</param>
/// <param name="Frozen">Accepted with a stored score: publishing never changes it.</param>
/// <param name="StoredTotal">The stored rubric score.</param>
/// <param name="StoredGrade">Its grade.</param>
/// <param name="StoredRuleSetId">The rubric that stored score came from.</param>
/// <param name="StoredRuleSetVersion">Its version.</param>
/// <param name="Before">The score compared with: the baseline version's, else the stored one.</param>
/// <param name="GradeBefore">Its grade.</param>
/// <param name="After">The score under the analysed version (null when it could not score the report).</param>
/// <param name="GradeAfter">Its grade.</param>
/// <param name="Error">Why the report could not be scored.</param>
public sealed record ImpactItem(
    Guid ReportId, string Title, Guid OrgId, string OrgName, Guid? RoundId, string Stage, bool Frozen,
    decimal? StoredTotal, string? StoredGrade, string? StoredRuleSetId, int? StoredRuleSetVersion,
    decimal? Before, string? GradeBefore, decimal? After, string? GradeAfter, string? Error)
{
    /// <summary>After − before, when both are known.</summary>
    public decimal? Delta => After is { } a && Before is { } b ? a - b : null;
}

/// <summary>How far a run is.</summary>
/// <param name="Done">Reports scored so far.</param>
/// <param name="Total">Reports to score.</param>
public readonly record struct ImpactProgress(int Done, int Total);

/// <summary>The outcome of an impact analysis.</summary>
public sealed class ImpactOutcome
{
    /// <summary>Reports looked at (scored or refused).</summary>
    public int Reports { get; init; }

    /// <summary>Reports the analysed version (and the baseline) could score.</summary>
    public int Scored { get; init; }

    /// <summary>Reports whose score differs from the one compared with.</summary>
    public int ScoreChanged { get; init; }

    /// <summary>Reports whose grade differs.</summary>
    public int GradeChanged { get; init; }

    /// <summary>Grade before → after counts over the scored reports.</summary>
    public required IReadOnlyDictionary<(string? From, string? To), int> Transitions { get; init; }

    /// <summary>The largest absolute changes, largest first.</summary>
    public required IReadOnlyList<ImpactItem> TopMovers { get; init; }

    /// <summary>Reports that could not be scored (title and reason), in title order.</summary>
    public required IReadOnlyList<ImpactItem> Failures { get; init; }

    /// <summary>Every report in title order, when <see cref="ImpactSpec.KeepItems"/>.</summary>
    public IReadOnlyList<ImpactItem>? Items { get; init; }

    /// <summary>Wall time of the run.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// The one impact-analysis path (API, background runs and the rubric editor): streams the selected reports as narrow rows
/// from one query — no Includes, no tracking, the compact <see cref="ScoringInput"/> instead of the whole form — and scores
/// them in batches on every core with <see cref="FastScorer.ScoreTotal"/> while the next batch is read. Memory holds two
/// batches of projections at a time, plus one small item per report when the caller keeps items.
/// </summary>
public sealed class ImpactEngine(PerfEvalDbContext db, ILogger<ImpactEngine> logger)
{
    /// <summary>Rows scored per batch.</summary>
    public const int BatchSize = 2000;

    /// <summary>Runs the analysis; reports progress after every batch and stops at <paramref name="cancellationToken"/>.</summary>
    public async Task<ImpactOutcome> RunAsync(ImpactSource source, ImpactSpec spec, IProgress<ImpactProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(spec);
        var watch = Stopwatch.StartNew();
        var rounds = await db.Rounds.AsNoTracking().Select(r => new { r.Id, r.Level1Weights }).ToDictionaryAsync(r => r.Id, r => r.Level1Weights, cancellationToken);
        var orgNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var weights = new Dictionary<Guid, (IReadOnlyList<decimal>? Weights, string? Error)>();
        foreach (var (id, text) in rounds)
        {
            try
            {
                weights[id] = (source.UseRoundWeights ? RoundWeights.Parse(text, "round.level1Weights") : null, null);
            }
            catch (BadInputException e)
            {
                weights[id] = (null, e.Message);
            }
        }

        var total = await Select(source).CountAsync(cancellationToken);
        progress?.Report(new ImpactProgress(0, total));
        var merged = new Aggregate(spec);
        var projectionSuffices = ScoringInput.Covers(spec.Draft) && (spec.Baseline is null || ScoringInput.Covers(spec.Baseline));
        var done = 0;
        var waiting = TimeSpan.Zero;
        var scoring = TimeSpan.Zero;

        void ScoreBatch(List<Row> batch)
        {
            var partials = new ConcurrentBag<Aggregate>();
            var scored = Stopwatch.GetTimestamp();
            Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new Aggregate(spec),
                (i, _, partial) =>
                {
                    partial.Add(Score(batch[i], spec, weights, orgNames));
                    return partial;
                },
                partials.Add);
            scoring += Stopwatch.GetElapsedTime(scored);
            foreach (var p in partials)
            {
                merged.Merge(p);
            }

            done += batch.Count;
            progress?.Report(new ImpactProgress(done, Math.Max(total, done)));
        }

        // One query streams every selected row — the database picks a sequential scan when most rows are selected, an index
        // otherwise, instead of one index walk per round and batch, which cost twice the database's time. A reader task cuts
        // the stream into batches scored on every core while the next is read; rows whose projection cannot be read are
        // scored from the whole form after the stream.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<List<Row>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var deferred = new List<Row>();
        // On the thread pool: SQLite's "async" reads run synchronously, and must overlap the scoring below.
        var reading = Task.Run(() => StreamAsync(source, projectionSuffices, batches.Writer, deferred, stop.Token), stop.Token);
        try
        {
            while (true)
            {
                var waited = Stopwatch.GetTimestamp();
                var more = await batches.Reader.WaitToReadAsync(cancellationToken);
                waiting += Stopwatch.GetElapsedTime(waited);
                if (!more)
                {
                    break;
                }

                ScoreBatch(await batches.Reader.ReadAsync(cancellationToken));
            }

            await reading;
        }
        finally
        {
            // A failed or cancelled scoring must not leave the reader blocked on a full channel.
            await stop.CancelAsync();
            await Task.WhenAny(reading);
        }

        for (var from = 0; from < deferred.Count; from += BatchSize)
        {
            var waited = Stopwatch.GetTimestamp();
            var batch = await WithWholeFormsAsync(deferred.GetRange(from, Math.Min(BatchSize, deferred.Count - from)), cancellationToken);
            waiting += Stopwatch.GetElapsedTime(waited);
            ScoreBatch(batch);
        }

        var outcome = merged.ToOutcome(watch.Elapsed);
        logger.LogInformation("Impact analysis: {Reports} reports in {Elapsed:0} ms ({Waiting:0} ms waiting for the database, {Scoring:0} ms scoring on {Cores} cores).",
            done, watch.Elapsed.TotalMilliseconds, waiting.TotalMilliseconds, scoring.TotalMilliseconds, Environment.ProcessorCount);
        return outcome;
    }

    private IQueryable<Report> Select(ImpactSource source) => Select(db, source);

    /// <summary>The selected reports (not yet ordered).</summary>
    public static IQueryable<Report> Select(PerfEvalDbContext db, ImpactSource source)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(source);
        var q = db.Reports.AsNoTracking();
        if (source.OrgIds is { } orgs)
        {
            q = q.Where(r => orgs.Contains(r.OrgId));
        }

        var kind = source.Kind;
        if (source.RoundIds is null)
        {
            return kind is { } k ? q.Where(r => r.Kind == k) : q;
        }

        var all = source.RoundIds;
        var kindOnly = source.KindOnlyRoundIds ?? [];
        return kindOnly.Count == 0
            ? q.Where(r => r.RoundId != null && all.Contains(r.RoundId.Value))
            : q.Where(r => r.RoundId != null && (all.Contains(r.RoundId.Value) || (kindOnly.Contains(r.RoundId.Value) && r.Kind == kind)));
    }

    /// <summary>
    /// Reads the selected rows in one query and writes them in batches of <see cref="BatchSize"/>; rows that need the whole
    /// form (stored before the projection existed, projected by a build with another model, or a rule set reading more than
    /// it holds) go to <paramref name="deferred"/> instead.
    /// </summary>
    private async Task StreamAsync(ImpactSource source, bool projectionSuffices, ChannelWriter<List<Row>> batches, List<Row> deferred, CancellationToken ct)
    {
        try
        {
            var rows = Select(source)
                .Select(r => new Row
                {
                    Id = r.Id, Title = r.Title, OrgId = r.OrgId, RoundId = r.RoundId, Kind = r.Kind, Stage = r.Stage,
                    ScoredTotal = r.ScoredTotal, ScoredGrade = r.ScoredGrade, ScoredRuleSetId = r.ScoredRuleSetId,
                    ScoredRuleSetVersion = r.ScoredRuleSetVersion, Input = projectionSuffices ? r.ScoringInput : null,
                })
                .AsAsyncEnumerable();
            var batch = new List<Row>(BatchSize);
            await foreach (var r in rows.WithCancellation(ct).ConfigureAwait(false))
            {
                // The same few texts on every row: one string each, not one per report (items are kept for every report).
                r.Stage = Shared(r.Stage);
                r.ScoredGrade = r.ScoredGrade is null ? null : Shared(r.ScoredGrade);
                r.ScoredRuleSetId = r.ScoredRuleSetId is null ? null : Shared(r.ScoredRuleSetId);
                if (r.Input is not { } input || !ScoringInput.IsReadable(input))
                {
                    r.Input = null;
                    deferred.Add(r);
                    continue;
                }

                batch.Add(r);
                if (batch.Count == BatchSize)
                {
                    await batches.WriteAsync(batch, ct).ConfigureAwait(false);
                    batch = new List<Row>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(batch, ct).ConfigureAwait(false);
            }

            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
            throw;
        }
    }

    /// <summary>The whole forms of rows the projection could not score.</summary>
    private async Task<List<Row>> WithWholeFormsAsync(List<Row> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var contents = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Content })
            .ToDictionaryAsync(r => r.Id, r => r.Content, ct).ConfigureAwait(false);
        foreach (var r in rows)
        {
            r.Document = contents.GetValueOrDefault(r.Id);
        }

        // A report deleted since the stream read it is left out, as a later read would not have seen it.
        return [.. rows.Where(r => r.Document is not null)];
    }

    private static ImpactItem Score(Row row, ImpactSpec spec, Dictionary<Guid, (IReadOnlyList<decimal>? Weights, string? Error)> weights, Dictionary<Guid, string> orgNames)
    {
        decimal? before = spec.Baseline is null ? row.ScoredTotal : null;
        var gradeBefore = spec.Baseline is null ? row.ScoredGrade : null;
        decimal? after = null;
        string? gradeAfter = null;
        string? error = null;
        var w = row.RoundId is { } round && weights.TryGetValue(round, out var found) ? found : (null, null);
        if (w.Error is not null)
        {
            error = w.Error;
        }
        else
        {
            try
            {
                var document = row.Document ?? ScoringInput.Read(row.Input!);
                var options = new ScoreOptions { Level1Weights = w.Weights, ReportKind = row.Kind };
                if (spec.Baseline is { } baseline)
                {
                    before = Total(baseline, document, options);
                    gradeBefore = baseline.Definition.GradeOf(before.Value);
                }

                after = Total(spec.Draft, document, options);
                gradeAfter = spec.Draft.Definition.GradeOf(after.Value);
            }
            catch (BadInputException e)
            {
                (before, gradeBefore, after, gradeAfter, error) = (spec.Baseline is null ? before : null, spec.Baseline is null ? gradeBefore : null, null, null, e.Message);
            }
        }

        return new ImpactItem(row.Id, row.Title, row.OrgId, orgNames.GetValueOrDefault(row.OrgId, ""), row.RoundId, row.Stage,
            row.Stage == ReportStages.Accepted && row.ScoredTotal is not null, row.ScoredTotal, row.ScoredGrade, row.ScoredRuleSetId,
            row.ScoredRuleSetVersion, before, gradeBefore, after, gradeAfter, error);
    }

    /// <summary>Totals only, with the refusals of <see cref="ReportScoring.ScoreOnly"/> (same messages).</summary>
    private static decimal Total(LoadedRuleSet ruleSet, ReportDocument document, ScoreOptions options)
    {
        if (ruleSet.Definition.WhyNotFor(options.ReportKind!.Value) is { } why)
        {
            throw new BadInputException("ruleSetId", why + "。");
        }

        try
        {
            return FastScorer.ScoreTotal(ruleSet, document, options);
        }
        catch (RuleEvaluationException e)
        {
            throw new BadInputException("content", ImpactText.FormatImpactEngineTotal(e.Rule, e.Message));
        }
        catch (ArgumentException e)
        {
            throw new BadInputException("weights", e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
        }
    }

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    private string Shared(string text)
    {
        if (_shared.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (_shared.Count < 1000)
        {
            _shared[text] = text;
        }

        return text;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public Guid OrgId { get; init; }

        public Guid? RoundId { get; init; }

        public ReportKind Kind { get; init; }

        public string Stage { get; set; } = "";

        public decimal? ScoredTotal { get; init; }

        public string? ScoredGrade { get; set; }

        public string? ScoredRuleSetId { get; set; }

        public int? ScoredRuleSetVersion { get; init; }

        public byte[]? Input { get; set; }

        public ReportDocument? Document { get; set; }
    }

    /// <summary>Counts, transitions, movers and items of part of the reports; partials of the workers are merged.</summary>
    private sealed class Aggregate(ImpactSpec spec)
    {
        private readonly Dictionary<(string?, string?), int> _transitions = [];
        private readonly List<ImpactItem> _movers = [];
        private readonly List<ImpactItem> _failures = [];
        private readonly List<ImpactItem>? _items = spec.KeepItems ? [] : null;
        private int _reports;
        private int _scored;
        private int _scoreChanged;
        private int _gradeChanged;

        public void Add(ImpactItem item)
        {
            _reports++;
            _items?.Add(item);
            if (item.Error is not null)
            {
                _failures.Add(item);
                return;
            }

            if (item.After is null || item.Before is null)
            {
                return;
            }

            _scored++;
            var (from, to) = (item.GradeBefore, item.GradeAfter);
            _transitions[(from, to)] = _transitions.GetValueOrDefault((from, to)) + 1;
            // Against a baseline version every grade counts (a score outside every band has none); against stored scores only
            // reports with both grades do.
            if (spec.Baseline is not null ? from != to : from is not null && to is not null && from != to)
            {
                _gradeChanged++;
            }

            if (item.Before != item.After)
            {
                _scoreChanged++;
                Keep(item);
            }
        }

        public void Merge(Aggregate other)
        {
            _reports += other._reports;
            _scored += other._scored;
            _scoreChanged += other._scoreChanged;
            _gradeChanged += other._gradeChanged;
            foreach (var (k, v) in other._transitions)
            {
                _transitions[k] = _transitions.GetValueOrDefault(k) + v;
            }

            foreach (var m in other._movers)
            {
                Keep(m);
            }

            _failures.AddRange(other._failures);
            _items?.AddRange(other._items!);
        }

        public ImpactOutcome ToOutcome(TimeSpan elapsed) => new()
        {
            Reports = _reports,
            Scored = _scored,
            ScoreChanged = _scoreChanged,
            GradeChanged = _gradeChanged,
            Transitions = _transitions,
            TopMovers = [.. _movers.OrderByDescending(m => Math.Abs(m.Delta!.Value)).ThenBy(m => m.ReportId)],
            Failures = [.. _failures.OrderBy(f => f.Title, StringComparer.Ordinal).ThenBy(f => f.ReportId)],
            Items = _items is null ? null : [.. _items.OrderBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.ReportId)],
            Elapsed = elapsed,
        };

        // Keeps only the `Top` largest movers: 100k changed reports never build a 100k list to sort.
        private void Keep(ImpactItem mover)
        {
            if (spec.Top == 0)
            {
                return;
            }

            if (_movers.Count < spec.Top)
            {
                _movers.Add(mover);
                return;
            }

            var smallest = 0;
            for (var n = 1; n < _movers.Count; n++)
            {
                if (Math.Abs(_movers[n].Delta!.Value) < Math.Abs(_movers[smallest].Delta!.Value))
                {
                    smallest = n;
                }
            }

            if (Math.Abs(mover.Delta!.Value) > Math.Abs(_movers[smallest].Delta!.Value))
            {
                _movers[smallest] = mover;
            }
        }
    }
}

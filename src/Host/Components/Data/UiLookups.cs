using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Components.Data;

/// <summary>A round as shown in filters and due-date columns.</summary>
public sealed record RoundOption(Guid Id, string Name, DateOnly Deadline, int WarningDays, RoundStatus Status);

/// <summary>An organisation as offered in pickers.</summary>
public sealed record OrgOption(Guid Id, string Code, string Name, OrgKind Kind);

/// <summary>Small read-only look-ups for filters (rounds, stages); no authorization needed: round names are not secret.</summary>
public sealed class UiLookups(UiMediator ui)
{
    public Task<IReadOnlyList<RoundOption>> RoundsAsync(CancellationToken ct = default) =>
        ui.RunAsync<IReadOnlyList<RoundOption>>(async sp =>
        {
            var db = sp.GetRequiredService<PerfEvalDbContext>();
            var rounds = await db.Rounds.AsNoTracking().ToListAsync(ct);
            return [.. rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Name)
                .Select(r => new RoundOption(r.Id, r.Name, r.Deadline, r.WarningDays, r.Status))];
        }, ct);

    /// <summary>The open rounds a new report of <paramref name="kind"/> in <paramref name="orgId"/> may join: that kind, that unit among the targets.</summary>
    public Task<IReadOnlyList<RoundOption>> RoundsForNewReportAsync(Guid orgId, ReportKind kind, CancellationToken ct = default) =>
        ui.RunAsync<IReadOnlyList<RoundOption>>(async sp =>
        {
            var db = sp.GetRequiredService<PerfEvalDbContext>();
            var rounds = await db.Rounds.AsNoTracking()
                .Where(r => r.Status == RoundStatus.Open && r.Kind == kind && db.RoundTargets.Any(t => t.RoundId == r.Id && t.OrgId == orgId))
                .ToListAsync(ct);
            return [.. rounds.OrderByDescending(r => r.Year).ThenBy(r => r.Name)
                .Select(r => new RoundOption(r.Id, r.Name, r.Deadline, r.WarningDays, r.Status))];
        }, ct);

    /// <summary>Every organisation (a finance administrator picks the units of a new round from them).</summary>
    public Task<IReadOnlyList<OrgOption>> OrganisationsAsync(CancellationToken ct = default) =>
        ui.RunAsync<IReadOnlyList<OrgOption>>(async sp =>
        {
            var db = sp.GetRequiredService<PerfEvalDbContext>();
            var orgs = await db.Organisations.AsNoTracking().ToListAsync(ct);
            return [.. orgs.OrderBy(o => o.Kind).ThenBy(o => o.Code, StringComparer.Ordinal).Select(o => new OrgOption(o.Id, o.Code, o.Name, o.Kind))];
        }, ct);

    public static readonly IReadOnlyList<string> Stages =
        [ReportStages.Draft, ReportStages.UnitSignOff, ReportStages.DepartmentApproval, ReportStages.FinanceReview, ReportStages.Accepted];
}

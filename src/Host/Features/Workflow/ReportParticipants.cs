using PerfEval.Host.Features.Workflow.Routing;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow;

/// <summary>Builds the runner's view of a report and an actor from the organisation tree.</summary>
public sealed class ReportParticipants(OrgScope scope, PerfEvalDbContext db)
{
    public async Task<ReportParties> PartiesAsync(Guid reportOrgId, CancellationToken ct)
    {
        var byId = (await scope.TreeAsync(ct).ConfigureAwait(false)).ById;
        var parent = byId.TryGetValue(reportOrgId, out var org) && org.ParentId is { } p ? p : (Guid?)null;
        var root = org;
        // Walk up to the root: the finance bureau of the tree (guarded against cycles).
        for (var hops = 0; root?.ParentId is { } up && hops < 32; hops++)
        {
            root = byId.GetValueOrDefault(up);
        }

        return new ReportParties(reportOrgId.ToString(), parent?.ToString(), root is { Kind: OrgKind.FinanceBureau } ? root.Id.ToString() : null);
    }

    public static WorkflowActor Actor(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new WorkflowActor(user.UserName, user.DisplayName, user.Role, user.OrgId.ToString());
    }

    /// <summary>The runner's context for <paramref name="user"/> on <paramref name="report"/> (with where the report came from).</summary>
    /// <param name="report">The report.</param>
    /// <param name="user">The actor (for a delegate: the principal whose approvals they act on).</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="definition">The report's definition: lets <c>@previous</c> find the stage the report came from.</param>
    public async Task<WorkflowContext> ContextAsync(Report report, UserContext user, CancellationToken ct, PerfEval.Workflows.Definitions.WorkflowDefinition? definition = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cameFrom = definition is null ? null : await CameFromAsync(report, definition, ct).ConfigureAwait(false);
        return new WorkflowContext(report.Stage, Actor(user), await PartiesAsync(report.OrgId, ct).ConfigureAwait(false), cameFrom)
        {
            Conditions = new ReportRouteEvaluator(await RouteFactsAsync(report, ct).ConfigureAwait(false)),
        };
    }

    /// <summary>
    /// The stage the report climbed into its current stage from: the latest history step that entered the stage from an
    /// earlier stage of the ladder (a return from above is not "where it came from"); <c>null</c> without such a step.
    /// </summary>
    public async Task<string?> CameFromAsync(Report report, PerfEval.Workflows.Definitions.WorkflowDefinition definition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(definition);
        var index = definition.Stages.FindIndex(s => s.Code == report.Stage);
        var entries = await db.ReportHistory.AsNoTracking()
            .Where(h => h.ReportId == report.Id && h.ToStage == report.Stage && h.FromStage != report.Stage)
            .OrderByDescending(h => h.Seq).Select(h => h.FromStage).Take(20).ToListAsync(ct).ConfigureAwait(false);
        return entries.FirstOrDefault(from => definition.Stages.FindIndex(s => s.Code == from) is var i && i >= 0 && i < index);
    }

    /// <summary>The facts route conditions see for <paramref name="report"/> (organisation, round, score, form).</summary>
    public async Task<Rules.Engine.RouteInput> RouteFactsAsync(Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var byId = (await scope.TreeAsync(ct).ConfigureAwait(false)).ById;
        var org = byId.GetValueOrDefault(report.OrgId);
        var parent = org?.ParentId is { } p ? byId.GetValueOrDefault(p) : null;
        var roundName = report.Round?.Name ?? (report.RoundId is { } roundId
            ? await db.Rounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => r.Name).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            : null);
        return ReportRouteEvaluator.Facts(report, org, parent, roundName);
    }
}

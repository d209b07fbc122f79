using Microsoft.AspNetCore.Mvc;
using PerfEval.Host.Features.Workflow.Actions;
using PerfEval.Host.Features.Workflow.Batch;
using PerfEval.Host.Features.Workflow.Definitions;
using PerfEval.Host.Features.Workflow.History;
using PerfEval.Host.Features.Workflow.Inbox;

namespace PerfEval.Host.Features.Workflow;

/// <summary>The workflow API: the inbox (<c>/api/inbox</c>), a report's actions and history (<c>/api/reports/{id}</c>), the definitions (<c>/api/workflows</c>).</summary>
[ApiGroup("/api", "Workflow")]
public static class WorkflowEndpoints
{
    [ApiRoute("GET", "/inbox", ProblemResponses = false), EndpointName("GetInbox")]
    [EndpointSummary("Reports waiting for the caller's action, most urgent first (filters roundId, stage); paged with page (from 1) and pageSize "
        + "(1–500, default 100). Headers: X-Total-Count (all waiting reports), X-Page, X-Page-Size.")]
    private static async Task<Ok<IReadOnlyList<InboxItem>>> Inbox(
        ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct, Guid? roundId = null, string? stage = null,
        int page = 1, int pageSize = GetInbox.DefaultPageSize)
    {
        var inbox = await mediator.Send(new GetInbox(UserContext.FromPrincipal(principal), roundId, stage, page, pageSize), ct);
        response.Headers["X-Total-Count"] = inbox.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Page"] = inbox.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["X-Page-Size"] = inbox.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(inbox.Items);
    }

    [ApiRoute("POST", "/inbox/batch"), EndpointName("BatchReportAction")]
    [EndpointSummary("Approve or return several reports at once (UnitHead, DepartmentReviewer, FinanceReviewer): each in its own transaction; the result says per report what happened.")]
    private static async Task<Ok<BatchResult>> Batch(BatchRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Ok(await mediator.Send(
            new BatchReportAction(UserContext.FromPrincipal(principal), request.Action ?? "", request.Comment, request.Items ?? []), ct));
    }

    [ApiRoute("GET", "/reports/{id:guid}/actions"), EndpointName("GetReportActions")]
    [EndpointSummary("Actions the caller may take on the report now, and the reasons for those refused; onBehalfOf=<login> for a delegate (代理审批).")]
    private static async Task<Ok<ReportActions>> Actions(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, string? onBehalfOf = null)
        => TypedResults.Ok(await mediator.Send(new GetReportActions(UserContext.FromPrincipal(principal), id, onBehalfOf), ct));

    [ApiRoute("POST", "/reports/{id:guid}/actions/{action}"), EndpointName("FireReportAction")]
    [EndpointSummary("Take one workflow action (submit, approve, return, rescore…) with a comment; 403 wrong person, 409 wrong stage or stale version.")]
    private static async Task<Ok<ActionOutcome>> Fire(
        Guid id, string action, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct, [FromBody] FireActionRequest? request = null)
    {
        var version = request?.Version ?? ETags.Parse(ifMatch);
        var outcome = await mediator.Send(
            new FireReportAction(UserContext.FromPrincipal(principal), id, action, request?.Comment, request?.Score, version, request?.OnBehalfOf), ct);
        ETags.Set(response, outcome.Version);
        return TypedResults.Ok(outcome);
    }

    [ApiRoute("GET", "/reports/{id:guid}/history"), EndpointName("GetReportHistory"), EndpointSummary("The report's workflow steps, oldest first.")]
    private static async Task<Ok<IReadOnlyList<HistoryItem>>> History(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetReportHistory(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("GET", "/workflows/"), EndpointName("ListWorkflows"), EndpointSummary("Workflow definitions and their versions.")]
    private static async Task<Ok<IReadOnlyList<WorkflowSummary>>> List(IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListWorkflows(), ct));

    [ApiRoute("GET", "/workflows/{id}"), EndpointName("GetWorkflowDefinition"), EndpointSummary("One definition version as JSON (latest published by default).")]
    private static async Task<Ok<WorkflowDefinition>> Definition(string id, IMediator mediator, CancellationToken ct, int? version = null)
        => TypedResults.Ok(await mediator.Send(new GetWorkflowDefinition(id, version), ct));

    [ApiRoute("GET", "/workflows/{id}/diagram"), EndpointName("GetWorkflowDiagram")]
    [EndpointSummary("Mermaid state diagram of a definition version; with reportId the report's version and current stage.")]
    private static async Task<ContentHttpResult> Diagram(
        string id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, int? version = null, Guid? reportId = null)
    {
        var text = await mediator.Send(new GetWorkflowDiagram(UserContext.FromPrincipal(principal), id, version, reportId), ct);
        return TypedResults.Text(text, "text/plain; charset=utf-8");
    }

    [ApiRoute("POST", "/workflows/{id}/versions"), EndpointName("PublishWorkflowVersion")]
    [EndpointSummary("Import a definition JSON as a new version (FinanceAdmin), published unless publish=false; publishing needs a change note: note=<text> in the query, or "
        + "the body { definition, note } (400 naming `note` when missing or over 2000 characters); running reports keep their version. "
        + "replacesDraft=<version> saves over that draft instead (same number; 409 when it is no longer a draft).")]
    private static async Task<Created<WorkflowVersionInfo>> Publish(
        string id, JsonElement body, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, bool publish = true, string? note = null, int? replacesDraft = null)
    {
        // Either the definition itself (note in the query) or { "definition": {…}, "note": "…" } for a long note.
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("definition", out var wrapped) && !body.TryGetProperty("stages", out _))
        {
            note = body.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : note;
            body = wrapped;
        }

        var info = await mediator.Send(new PublishWorkflowVersion(UserContext.FromPrincipal(principal), id, body, publish, note, Imported: true, replacesDraft), ct);
        return TypedResults.Created($"/api/workflows/{id}?version={info.Version}", info);
    }

    [ApiRoute("POST", "/workflows/{id}/versions/{version:int}/retire"), EndpointName("RetireWorkflowVersion")]
    [EndpointSummary("Retire a published version (FinanceAdmin), optional { note }: no new report starts on it, pinned reports finish on it; 409 for the last published version of a report kind.")]
    private static async Task<Ok<WorkflowVersionInfo>> Retire(
        string id, int version, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, [FromBody] VersionNoteRequest? request = null)
        => TypedResults.Ok(await mediator.Send(new RetireWorkflowVersion(UserContext.FromPrincipal(principal), id, version, request?.Note), ct));

    [ApiRoute("GET", "/workflows/{id}/audit"), EndpointName("GetWorkflowAudit")]
    [EndpointSummary("Version history of a definition (FinanceAdmin): every version stored (designer or import), published (with its change note) or retired, by whom (login, name, role) and when; newest first.")]
    private static async Task<Ok<IReadOnlyList<WorkflowAuditEntry>>> Audit(string id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetWorkflowAudit(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("GET", "/workflows/{id}/diff"), EndpointName("DiffWorkflowVersions")]
    [EndpointSummary("Changes from version `from` to version `to` of a definition: stages, actions, routes and conditions added, removed or changed.")]
    private static async Task<Ok<IReadOnlyList<WorkflowChange>>> Diff(string id, int from, int to, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new Designer.DiffWorkflowVersions(id, from, to), ct));

    [ApiRoute("POST", "/workflows/check"), EndpointName("CheckWorkflowDraft")]
    [EndpointSummary("Check a definition being designed (FinanceAdmin): every problem with its path (route conditions by the rubric expression whitelist and dry run), and its Mermaid diagram. Stores nothing.")]
    private static async Task<Ok<Designer.DraftCheck>> Check(JsonElement body, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new Designer.CheckWorkflowDraft(UserContext.FromPrincipal(principal), body), ct));

    [ApiRoute("POST", "/workflows/simulate"), EndpointName("SimulateWorkflowDraft")]
    [EndpointSummary("Simulate a draft definition (FinanceAdmin) on the stored reports of its kind: the path each would take, counts per path; in-flight reports stay on their version. Stores nothing.")]
    private static async Task<Ok<Designer.Simulation>> Simulate(JsonElement body, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new Designer.SimulateWorkflowDraft(UserContext.FromPrincipal(principal), body), ct));

    [ApiRoute("POST", "/workflows/{id}/versions/{version:int}/publish"), EndpointName("PublishWorkflowDraft")]
    [EndpointSummary("Publish a stored draft version (FinanceAdmin) with { note } (the change note, required); 409 for a published or retired version.")]
    private static async Task<Ok<WorkflowVersionInfo>> PublishDraft(
        string id, int version, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, [FromBody] VersionNoteRequest? request = null)
        => TypedResults.Ok(await mediator.Send(new PublishDraftVersion(UserContext.FromPrincipal(principal), id, version, request?.Note), ct));
}

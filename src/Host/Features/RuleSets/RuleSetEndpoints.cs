using Microsoft.AspNetCore.Mvc;
using PerfEval.Host.Features.RuleSets.Audit;
using PerfEval.Host.Features.RuleSets.Diff;
using PerfEval.Host.Features.RuleSets.Drafts;
using PerfEval.Host.Features.RuleSets.Get;
using PerfEval.Host.Features.RuleSets.Impact;
using PerfEval.Host.Features.RuleSets.List;
using PerfEval.Host.Features.RuleSets.Publish;
using PerfEval.Host.Features.RuleSets.Retire;
using PerfEval.Host.Features.RuleSets.Validate;

namespace PerfEval.Host.Features.RuleSets;

[ApiGroup("/api/rule-sets", "RuleSets")]
public static class RuleSetEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListRuleSets"), EndpointSummary("Rule sets with their versions and statuses.")]
    private static async Task<Ok<IReadOnlyList<RuleSetSummary>>> List(IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListRuleSets(), ct));

    [ApiRoute("GET", "/{id}/versions/{version:int}"), EndpointName("GetRuleSetVersion")]
    [EndpointSummary("One version: metadata and RulesEngine JSON (drafts: with the loader's problems). ETag = draft revision.")]
    private static async Task<Ok<RuleSetVersionDetail>> Get(string id, int version, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var detail = await mediator.Send(new GetRuleSetVersion(id, version), ct);
        ETags.Set(response, detail.Info.Revision);
        return TypedResults.Ok(detail);
    }

    [ApiRoute("GET", "/{id}/versions/{version:int}/export"), EndpointName("ExportRuleSetVersion"), EndpointSummary("The raw RulesEngine JSON file of a version.")]
    private static async Task<FileContentHttpResult> Export(string id, int version, IMediator mediator, CancellationToken ct)
    {
        var detail = await mediator.Send(new GetRuleSetVersion(id, version), ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(detail.Json), "application/json", $"{id}-v{version}.json");
    }

    [ApiRoute("POST", "/{id}/drafts", Accepts = typeof(CreateDraftRequest)), EndpointName("CreateRuleSetDraft")]
    [EndpointSummary("FinanceAdmin: new draft version from { fromVersion } or an imported { json } (refused with every problem).")]
    private static async Task<Created<RuleSetVersionDetail>> CreateDraft(
        string id, System.Text.Json.JsonElement body, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var (fromVersion, json) = ReadDraftBody(body);
        var detail = await mediator.Send(new CreateRuleSetDraft(UserContext.FromPrincipal(principal), id, fromVersion, json), ct);
        return TypedResults.Created($"/api/rule-sets/{id}/versions/{detail.Info.Version}", detail);
    }

    /// <summary><c>{ fromVersion }</c>, <c>{ json: {…} | "…" }</c>, or a whole rule-set file (it has <c>WorkflowName</c>).</summary>
    private static (int? FromVersion, string? Json) ReadDraftBody(System.Text.Json.JsonElement body)
    {
        if (body.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new BadInputException("$", RuleSetText.RuleSetEndpointsStatic);
        }

        if (body.TryGetProperty("WorkflowName", out _))
        {
            return (null, body.GetRawText());
        }

        CreateDraftRequest request;
        try
        {
            request = body.Deserialize<CreateDraftRequest>(JsonDefaults.Options) ?? new CreateDraftRequest();
        }
        catch (JsonException e)
        {
            throw new BadInputException(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.'), RuleSetText.RuleSetEndpointsStatic2);
        }

        var json = request.Json switch
        {
            null => null,
            { ValueKind: System.Text.Json.JsonValueKind.String } s => s.GetString(),
            { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
            { ValueKind: System.Text.Json.JsonValueKind.Object } e => e.GetRawText(),
            _ => throw new BadInputException("json", RuleSetText.RuleSetEndpointsStatic3),
        };
        return (request.FromVersion, json);
    }

    [ApiRoute("PUT", "/{id}/versions/{version:int}"), EndpointName("UpdateRuleSetDraft"), EndpointSummary("FinanceAdmin: replace a draft's JSON (needs revision or If-Match).")]
    private static async Task<Ok<RuleSetVersionDetail>> UpdateDraft(
        string id, int version, UpdateDraftRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        if (request.Json.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new BadInputException("json", RuleSetText.RuleSetEndpointsUpdateDraft);
        }

        var revision = request.Revision ?? ETags.Parse(ifMatch) ?? 0;
        var detail = await mediator.Send(new UpdateRuleSetDraft(UserContext.FromPrincipal(principal), id, version, revision, request.Json.GetRawText()), ct);
        ETags.Set(response, detail.Info.Revision);
        return TypedResults.Ok(detail);
    }

    [ApiRoute("POST", "/validate", Accepts = typeof(JsonElement)), EndpointName("ValidateRuleSet"), EndpointSummary("FinanceAdmin: validate posted rule-set JSON; returns every problem.")]
    private static async Task<Ok<RuleSetValidation>> Validate(HttpRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var user = UserContext.FromPrincipal(principal);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);
        return TypedResults.Ok(await mediator.Send(new ValidateRuleSet(user, json), ct));
    }

    [ApiRoute("POST", "/{id}/versions/{version:int}/publish"), EndpointName("PublishRuleSetVersion")]
    [EndpointSummary("FinanceAdmin: publish a draft with a change note; refused with every problem if it does not load.")]
    private static async Task<Ok<RuleSetVersionInfo>> Publish(
        string id, int version, NoteRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new PublishRuleSetVersion(UserContext.FromPrincipal(principal), id, version, request.Note), ct));

    [ApiRoute("POST", "/{id}/versions/{version:int}/retire"), EndpointName("RetireRuleSetVersion")]
    [EndpointSummary("FinanceAdmin: retire a published version (pinned rounds and reports keep using it).")]
    private static async Task<Ok<RuleSetVersionInfo>> Retire(
        string id, int version, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, [FromBody] NoteRequest? request = null)
        => TypedResults.Ok(await mediator.Send(new RetireRuleSetVersion(UserContext.FromPrincipal(principal), id, version, request?.Note), ct));

    [ApiRoute("GET", "/{id}/diff"), EndpointName("DiffRuleSetVersions"), EndpointSummary("What changed between two versions (?from=&to=).")]
    private static async Task<Ok<RuleSetDiff>> Diff(string id, int? from, int? to, IMediator mediator, CancellationToken ct)
    {
        if (from is null || to is null)
        {
            throw new BadInputException(from is null ? "from" : "to", RuleSetText.RuleSetEndpointsDiff);
        }

        return TypedResults.Ok(await mediator.Send(new DiffRuleSetVersions(id, from.Value, to.Value), ct));
    }

    [ApiRoute("GET", "/{id}/versions/{version:int}/impact"), EndpointName("GetRuleSetImpact")]
    [EndpointSummary("FinanceAdmin: re-score the reports of rounds pinning this rule set (or ?roundId=) with this version; nothing stored; no cap. "
        + "?items=all (default) | changed | none chooses which reports are listed; the counts cover all.")]
    private static async Task<Ok<RuleSetImpact>> Impact(
        string id, int version, Guid? roundId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, string? items = null)
    {
        var which = items is null ? ImpactItems.All
            : Enum.TryParse<ImpactItems>(items, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new BadInputException("items", RuleSetText.RuleSetEndpointsImpact);
        return TypedResults.Ok(await mediator.Send(new GetRuleSetImpact(UserContext.FromPrincipal(principal), id, version, roundId, which), ct));
    }

    [ApiRoute("GET", "/{id}/audit"), EndpointName("GetRuleSetAudit"), EndpointSummary("Who created, changed, published or retired which version, when.")]
    private static async Task<Ok<IReadOnlyList<RuleSetAuditEntry>>> Audit(string id, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetRuleSetAudit(id), ct));
}

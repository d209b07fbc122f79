using PerfEval.Host.Features.Rounds.Close;
using PerfEval.Host.Features.Rounds.Deadline;
using PerfEval.Host.Features.Rounds.Get;
using PerfEval.Host.Features.Rounds.List;
using PerfEval.Host.Features.Rounds.Open;

namespace PerfEval.Host.Features.Rounds;

[ApiGroup("/api/rounds", "Rounds")]
public static class RoundEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListRounds"), EndpointSummary("Evaluation rounds touching your organisations.")]
    private static async Task<Ok<IReadOnlyList<RoundSummary>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListRounds(UserContext.FromPrincipal(principal)), ct));

    [ApiRoute("GET", "/{id:guid}"), EndpointName("GetRound"), EndpointSummary("One round with its units, projects and reports.")]
    private static async Task<Ok<RoundDetail>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetRound(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("POST", "/"), EndpointName("OpenRound"), EndpointSummary("Open a round and create its draft reports (FinanceAdmin; idempotent by id or name + year).")]
    private static async Task<Results<Created<OpenRoundResult>, Ok<OpenRoundResult>>> Open(
        OpenRoundRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var result = await mediator.Send(
            new OpenRound(UserContext.FromPrincipal(principal), request.Id, request.Name, request.Kind, request.Year,
                request.RuleSetId, request.RuleSetVersion, request.Units, request.Deadline, request.WarningDays, request.Level1Weights,
                request.WorkflowDefinitionId, request.WorkflowVersion), ct);
        return result.Created
            ? TypedResults.Created($"/api/rounds/{result.Detail.Round.Id}", result)
            : TypedResults.Ok(result);
    }

    [ApiRoute("PUT", "/{id:guid}/deadline"), EndpointName("ChangeRoundDeadline")]
    [EndpointSummary("Move an open round's deadline and, optionally, its warning days (FinanceAdmin); reminders follow at the next scan.")]
    private static async Task<Ok<RoundDetail>> ChangeDeadline(
        Guid id, ChangeDeadlineRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ChangeRoundDeadline(UserContext.FromPrincipal(principal), id, request.Deadline, request.WarningDays), ct));

    [ApiRoute("POST", "/{id:guid}/close"), EndpointName("CloseRound"), EndpointSummary("Close a round: no new reports or submissions (FinanceAdmin).")]
    private static async Task<Ok<RoundDetail>> Close(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CloseRound(UserContext.FromPrincipal(principal), id), ct));
}

using PerfEval.Host.Features.Rounds.Close;
using PerfEval.Host.Features.Rounds.Deadline;
using PerfEval.Host.Features.Rounds.Get;
using PerfEval.Host.Features.Rounds.List;
using PerfEval.Host.Features.Rounds.Open;

namespace PerfEval.Host.Features.Rounds;

public static class RoundEndpoints
{
    /// <summary>Body of <c>POST /api/rounds</c>.</summary>
    public sealed class OpenRoundRequest
    {
        /// <summary>Optional client-chosen id: repeating the request with it never creates a second round.</summary>
        public Guid? Id { get; init; }

        public required string Name { get; init; }

        public required ReportKind Kind { get; init; }

        /// <summary>Budget year evaluated; defaults to the year before the deadline's.</summary>
        public int? Year { get; init; }

        public string? RuleSetId { get; init; }

        public int? RuleSetVersion { get; init; }

        public required IReadOnlyList<RoundUnitInput> Units { get; init; }

        public required DateOnly Deadline { get; init; }

        public int WarningDays { get; init; } = 7;

        /// <summary>Level-1 weights of the pinned rubric for this round, e.g. [40,10,40,10] for rubric C.</summary>
        public IReadOnlyList<decimal>? Level1Weights { get; init; }

        /// <summary>The workflow definition the round's reports run on; default: the latest published one for the kind.</summary>
        public string? WorkflowDefinitionId { get; init; }

        /// <summary>A published version of it to pin; default: its latest published version (a draft or retired one: 400).</summary>
        public int? WorkflowVersion { get; init; }
    }

    /// <summary>Body of <c>PUT /api/rounds/{id}/deadline</c>.</summary>
    public sealed class ChangeDeadlineRequest
    {
        public required DateOnly Deadline { get; init; }

        /// <summary>New warning days (days before the deadline when 临近截止 reminders start); unchanged when absent.</summary>
        public int? WarningDays { get; init; }
    }

    public static IEndpointRouteBuilder MapRoundEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/rounds", "Rounds");
        group.MapGet("/", List).WithName("ListRounds").WithSummary("Evaluation rounds touching your organisations.");
        group.MapGet("/{id:guid}", Get).WithName("GetRound").WithSummary("One round with its units, projects and reports.");
        group.MapPost("/", Open).WithName("OpenRound")
            .WithSummary("Open a round and create its draft reports (FinanceAdmin; idempotent by id or name + year).");
        group.MapPut("/{id:guid}/deadline", ChangeDeadline).WithName("ChangeRoundDeadline")
            .WithSummary("Move an open round's deadline and, optionally, its warning days (FinanceAdmin); reminders follow at the next scan.");
        group.MapPost("/{id:guid}/close", Close).WithName("CloseRound").WithSummary("Close a round: no new reports or submissions (FinanceAdmin).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<RoundSummary>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListRounds(UserContext.FromPrincipal(principal)), ct));

    private static async Task<Ok<RoundDetail>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetRound(UserContext.FromPrincipal(principal), id), ct));

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

    private static async Task<Ok<RoundDetail>> ChangeDeadline(
        Guid id, ChangeDeadlineRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ChangeRoundDeadline(UserContext.FromPrincipal(principal), id, request.Deadline, request.WarningDays), ct));

    private static async Task<Ok<RoundDetail>> Close(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CloseRound(UserContext.FromPrincipal(principal), id), ct));
}

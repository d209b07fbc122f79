using PerfEval.Host.Features.Reminders.Count;
using PerfEval.Host.Features.Reminders.List;
using PerfEval.Host.Features.Reminders.MarkRead;
using PerfEval.Host.Features.Reminders.Scan;
using PerfEval.Host.Jobs;

namespace PerfEval.Host.Features.Reminders;

public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapReminderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/reminders", "Reminders");
        group.MapGet("/", List).WithName("ListReminders").WithSummary("Your reminders (your organisation and role), newest first; ?unread=true for unread only.");
        group.MapGet("/unread-count", Count).WithName("CountUnreadReminders").WithSummary("Number of your unread reminders (the badge).");
        group.MapPost("/{id:guid}/read", MarkRead).WithName("MarkReminderRead").WithSummary("Mark one of your reminders as read.");
        group.MapPost("/scan", Scan).WithName("RunReminderScan")
            .WithSummary("FinanceAdmin: run the reminder scan now (as the recurring job); skipped: true when a scan is already running on any host.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ReminderDto>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, bool unread = false, int take = 100)
        => TypedResults.Ok(await mediator.Send(new ListReminders(UserContext.FromPrincipal(principal), unread, take), ct));

    private static async Task<Ok<ReminderScanResult>> Scan(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new RunReminderScan(UserContext.FromPrincipal(principal)), ct));

    private static async Task<Ok<UnreadCount>> Count(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CountUnreadReminders(UserContext.FromPrincipal(principal)), ct));

    private static async Task<Ok<ReminderDto>> MarkRead(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new MarkReminderRead(UserContext.FromPrincipal(principal), id), ct));
}

using PerfEval.Host.Features.Reminders.Count;
using PerfEval.Host.Features.Reminders.List;
using PerfEval.Host.Features.Reminders.MarkRead;
using PerfEval.Host.Features.Reminders.Scan;
using PerfEval.Host.Jobs;

namespace PerfEval.Host.Features.Reminders;

[ApiGroup("/api/reminders", "Reminders")]
public static class ReminderEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListReminders"), EndpointSummary("Your reminders (your organisation and role), newest first; ?unread=true for unread only.")]
    private static async Task<Ok<IReadOnlyList<ReminderDto>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, bool unread = false, int take = 100)
        => TypedResults.Ok(await mediator.Send(new ListReminders(UserContext.FromPrincipal(principal), unread, take), ct));

    [ApiRoute("POST", "/scan"), EndpointName("RunReminderScan")]
    [EndpointSummary("FinanceAdmin: run the reminder scan now (as the recurring job); skipped: true when a scan is already running on any host.")]
    private static async Task<Ok<ReminderScanResult>> Scan(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new RunReminderScan(UserContext.FromPrincipal(principal)), ct));

    [ApiRoute("GET", "/unread-count"), EndpointName("CountUnreadReminders"), EndpointSummary("Number of your unread reminders (the badge).")]
    private static async Task<Ok<UnreadCount>> Count(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CountUnreadReminders(UserContext.FromPrincipal(principal)), ct));

    [ApiRoute("POST", "/{id:guid}/read"), EndpointName("MarkReminderRead"), EndpointSummary("Mark one of your reminders as read.")]
    private static async Task<Ok<ReminderDto>> MarkRead(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new MarkReminderRead(UserContext.FromPrincipal(principal), id), ct));
}

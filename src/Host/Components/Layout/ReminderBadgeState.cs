using PerfEval.Host.Features.Reminders.Count;

namespace PerfEval.Host.Components.Layout;

/// <summary>The unread reminder count of the circuit's user, shared by the app bar badge and the reminders page.</summary>
public sealed class ReminderBadgeState(IUiSender ui)
{
    public int Unread { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync(UserContext user)
    {
        Unread = (await ui.SendAsync(new CountUnreadReminders(user))).Count;
        Changed?.Invoke();
    }
}

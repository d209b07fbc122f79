namespace PerfEval.Workflows.Reminders;

/// <summary>Who a reminder is addressed to: every user holding <paramref name="Role"/> in organisation <paramref name="OrgId"/>.</summary>
/// <param name="OrgId">The recipient organisation.</param>
/// <param name="Role">The role code (e.g. <c>Preparer</c>, <c>DepartmentReviewer</c>).</param>
public sealed record ReminderRecipient(Guid OrgId, string Role)
{
    /// <summary>The role code; never blank.</summary>
    public string Role { get; } = string.IsNullOrWhiteSpace(Role)
        ? throw new ArgumentException("A reminder recipient needs a role.", nameof(Role))
        : Role;
}

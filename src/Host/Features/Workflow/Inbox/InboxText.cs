namespace PerfEval.Host.Features.Workflow.Inbox;

/// <summary>Chinese text of the inbox's returns, delegation marks and batch actions.</summary>
public static class InboxText
{
    private static readonly TextResources R = new(typeof(InboxText));

    public static string Returned => R[nameof(Returned)];
    public static string Select => R[nameof(Select)];
    public static string BatchOpinion => R[nameof(BatchOpinion)];
    public static string BatchApprove => R[nameof(BatchApprove)];
    public static string BatchReturn => R[nameof(BatchReturn)];
    public static string BatchResult => R[nameof(BatchResult)];
    public static string Moved => R[nameof(Moved)];
    public static string StageDue => R[nameof(StageDue)];

    public static string ReturnedBy(string? who, int count) => R.Format("ReturnedBy", who, count);

    public static string OnBehalfOf(string? name) => R.Format("OnBehalfOf", name);

    public static string Selected(int count) => R.Format("Selected", count);

    public static string Summary(int ok, int failed) => R.Format("Summary", ok, failed);

    public static string GetInboxValidator => R[nameof(GetInboxValidator)];

    public static string GetInboxValidator2 => R[nameof(GetInboxValidator2)];

    public static string GetInboxWithReturn(object? actorDisplayName, object? p) =>
        R.Format(nameof(GetInboxWithReturn), actorDisplayName, p);
}

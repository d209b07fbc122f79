namespace PerfEval.Workflows.Reminders;

/// <summary>Why a reminder is sent.</summary>
public enum ReminderKind
{
    /// <summary>临近截止: the report is not yet submitted and the round deadline is within the warning days.</summary>
    NearDeadline,

    /// <summary>已逾期: the report is not yet submitted and the round deadline has passed.</summary>
    Overdue,

    /// <summary>环节滞留: the report has sat in its current stage longer than the stage's due days.</summary>
    StageStalled,

    /// <summary>已退回: the report was returned (退回) to the recipient's stage with an opinion (sent at once, not by the scan).</summary>
    Returned,
}

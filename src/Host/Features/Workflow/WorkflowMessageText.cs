namespace PerfEval.Host.Features.Workflow;

/// <summary>Messages of the Workflow feature people read (resources: WorkflowMessageText.resx).</summary>
public static class WorkflowMessageText
{
    private static readonly TextResources R = new(typeof(WorkflowMessageText));

    public static string FireReportActionValidator => R[nameof(FireReportActionValidator)];

    public static string FireReportActionValidator2 => R[nameof(FireReportActionValidator2)];

    public static string FireReportActionHandle(object? reviewedScore) =>
        R.Format(nameof(FireReportActionHandle), reviewedScore);

    public static string FireReportActionHandle2 => R[nameof(FireReportActionHandle2)];

    public static string BatchReportActionValidator => R[nameof(BatchReportActionValidator)];

    public static string BatchReportActionValidator2(object? maxItems) =>
        R.Format(nameof(BatchReportActionValidator2), maxItems);

    public static string BatchReportActionValidator3 => R[nameof(BatchReportActionValidator3)];

    public static string GetWorkflowDiagramHandle(object? id, object? id2) =>
        R.Format(nameof(GetWorkflowDiagramHandle), id, id2);

    public static string PublishDraftVersionHandle(object? id, object? version) =>
        R.Format(nameof(PublishDraftVersionHandle), id, version);

    public static string PublishDraftVersionHandle2(object? id, object? version) =>
        R.Format(nameof(PublishDraftVersionHandle2), id, version);

    public static string PublishDraftVersionHandle3 => R[nameof(PublishDraftVersionHandle3)];

    public static string PublishWorkflowVersionHandle => R[nameof(PublishWorkflowVersionHandle)];

    public static string PublishWorkflowVersionHandle2(object? id, object? id2) =>
        R.Format(nameof(PublishWorkflowVersionHandle2), id, id2);

    public static string PublishWorkflowVersionHandle3(object? reportKind) =>
        R.Format(nameof(PublishWorkflowVersionHandle3), reportKind);

    public static string PublishWorkflowVersionHandle4(object? id, object? version) =>
        R.Format(nameof(PublishWorkflowVersionHandle4), id, version);

    public static string PublishWorkflowVersionInvalid => R[nameof(PublishWorkflowVersionInvalid)];

    public static string RetireWorkflowVersionHandle(object? id, object? version) =>
        R.Format(nameof(RetireWorkflowVersionHandle), id, version);

    public static string RetireWorkflowVersionHandle2(object? id, object? version) =>
        R.Format(nameof(RetireWorkflowVersionHandle2), id, version);

    public static string GetReportHistoryActorLabel(object? actorDisplayName, object? p) =>
        R.Format(nameof(GetReportHistoryActorLabel), actorDisplayName, p);

    public static string RequiredFactsMissing => R[nameof(RequiredFactsMissing)];

    public static string RequiredFactsMissing2 => R[nameof(RequiredFactsMissing2)];

    public static string RequiredFactsMissing3 => R[nameof(RequiredFactsMissing3)];

    public static string RequiredFactsMissing4 => R[nameof(RequiredFactsMissing4)];

    public static string RequiredFactsMissing5 => R[nameof(RequiredFactsMissing5)];

    public static string RequiredFactsMissing6 => R[nameof(RequiredFactsMissing6)];

    public static string RequiredFactsMissing7 => R[nameof(RequiredFactsMissing7)];

    public static string RequiredFactsMissing8 => R[nameof(RequiredFactsMissing8)];

    public static string RequiredFactsMissing9 => R[nameof(RequiredFactsMissing9)];

    public static string RequiredFactsMissing10 => R[nameof(RequiredFactsMissing10)];

    public static string RequiredFactsMissing11 => R[nameof(RequiredFactsMissing11)];

    public static string RequiredFactsMissing12 => R[nameof(RequiredFactsMissing12)];

    public static string RequiredFactsMissing13(object? label) =>
        R.Format(nameof(RequiredFactsMissing13), label);

    public static string RequiredFactsMissing14 => R[nameof(RequiredFactsMissing14)];

    public static string SubmissionBlockedExceptionHeading(object? count) =>
        R.Format(nameof(SubmissionBlockedExceptionHeading), count);

    public static string SubmissionBlockedExceptionHandlerTryHandleAsync => R[nameof(SubmissionBlockedExceptionHandlerTryHandleAsync)];

    public static string WorkflowCatalogGetAsync(object? id, object? version) =>
        R.Format(nameof(WorkflowCatalogGetAsync), id, version);

    public static string WorkflowCatalogLatestPublishedAsync(object? id) =>
        R.Format(nameof(WorkflowCatalogLatestPublishedAsync), id);

    public static string WorkflowCatalogForNewReportAsync(object? code) =>
        R.Format(nameof(WorkflowCatalogForNewReportAsync), code);
}

namespace PerfEval.Host.Features.Workflow.Panel;

/// <summary>Chinese text of the workflow panel.</summary>
public static class WorkflowText
{
    private static readonly TextResources R = new(typeof(WorkflowText));

    public static string Title => R[nameof(Title)];
    public static string CurrentStage => R[nameof(CurrentStage)];
    public static string StageDue => R[nameof(StageDue)];
    public static string Opinion => R[nameof(Opinion)];
    public static string OpinionHelp => R[nameof(OpinionHelp)];
    public static string ReviewedScore => R[nameof(ReviewedScore)];
    public static string ScoreRequired => R[nameof(ScoreRequired)];
    public static string NothingForYou => R[nameof(NothingForYou)];
    public static string OthersDisabled => R[nameof(OthersDisabled)];
    public static string History => R[nameof(History)];
    public static string NoHistory => R[nameof(NoHistory)];

    public static string Returned => R[nameof(Returned)];

    public static string ReturnedBy(string actor, string org, int count) => R.Format("ReturnedBy", actor, org, count);

    public static string OpinionRequired(string action) => R.Format("OpinionRequired", action);

    public static string Done(string action, string stage) => R.Format("Done", action, stage);
}

namespace PerfEval.Host.Features.Rounds;

/// <summary>Chinese texts of the round pages (自评任务).</summary>
internal static partial class RoundText
{
    public static string StatusLabel(RoundStatus status) => status == RoundStatus.Open ? StatusLabelTemplate : StatusLabel_2;

    /// <summary>The pinned workflow version, or the fallback of rounds opened before rounds pinned one.</summary>
    public static string WorkflowLabel(RoundSummary r) =>
        r.WorkflowDefinitionId is null ? WorkflowLabelTemplate : FormatWorkflowLabel_2(r.WorkflowName ?? r.WorkflowDefinitionId, r.WorkflowVersion);

    public static string RubricLabel(RoundSummary r) =>
        r.RuleSetId is null ? NoRubric : FormatRubricLabelTemplate(r.RuleSetName ?? r.RuleSetId, r.RuleSetVersion, (string.IsNullOrEmpty(r.Level1Weights) ? "" : $"（{r.Level1Weights}）"));
}

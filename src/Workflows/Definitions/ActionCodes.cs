namespace PerfEval.Workflows.Definitions;

/// <summary>The action codes the shipped definitions use (definitions may add others).</summary>
public static class ActionCodes
{
    /// <summary>提交: the preparer hands the draft on.</summary>
    public const string Submit = "submit";

    /// <summary>同意: the stage's actor approves and the report moves up.</summary>
    public const string Approve = "approve";

    /// <summary>退回修改: back to the draft stage; a comment is always required.</summary>
    public const string Return = "return";

    /// <summary>复核评分: the finance reviewer records a reviewed score beside the self-score.</summary>
    public const string Rescore = "rescore";
}

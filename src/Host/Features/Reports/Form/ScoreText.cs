namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese text of the live score panel.</summary>
public static class ScoreText
{
    private static readonly TextResources R = new(typeof(ScoreText));

    public static string Title => R[nameof(Title)];
    public static string RuleSet => R[nameof(RuleSet)];
    public static string Indicator => R[nameof(Indicator)];
    public static string Score => R[nameof(Score)];
    public static string Self => R[nameof(Self)];
    public static string NotScored => R[nameof(NotScored)];
    public static string Stated => R[nameof(Stated)];
    public static string Reviewed => R[nameof(Reviewed)];

    /// <summary>What the panel says under an indicator that could not be scored (null when it was).</summary>
    public static string? StatusLabel(PerfEval.Rules.Engine.IndicatorStatus status) => status switch
    {
        PerfEval.Rules.Engine.IndicatorStatus.NotAssessable => R["StatusLabel_NotAssessable"],
        PerfEval.Rules.Engine.IndicatorStatus.NotApplicable => R["StatusLabel_NotApplicable"],
        PerfEval.Rules.Engine.IndicatorStatus.OutOfRange => R["StatusLabel_OutOfRange"],
        _ => null,
    };

    /// <summary>
    /// The explanation under an indicator without its name again: the panel shows the path (一级/二级/三级) once, and
    /// explanations open with the indicator's name ("满意度 76% 低于目标…" under ".../满意度" reads "76% 低于目标…").
    /// </summary>
    public static string? ReasonWithoutName(string path, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(path))
        {
            return reason;
        }

        var name = path[(path.LastIndexOf('/') + 1)..].Trim();
        return name.Length > 0 && reason.StartsWith(name, StringComparison.Ordinal) && reason.Length > name.Length
            ? reason[name.Length..].TrimStart(' ', '：', ':', '，')
            : reason;
    }

    public static string RuleSetVersion(string title, int version) => R.Format("RuleSetVersion", title, version);

    public static string FindingsCount(int n) => R.Format("FindingsCount", n);
}

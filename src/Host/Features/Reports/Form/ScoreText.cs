namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese text of the live score panel.</summary>
internal static partial class ScoreText
{
    /// <summary>What the panel says under an indicator that could not be scored (null when it was).</summary>
    public static string? StatusLabel(PerfEval.Rules.Engine.IndicatorStatus status) => status switch
    {
        PerfEval.Rules.Engine.IndicatorStatus.NotAssessable => StatusLabel_NotAssessable,
        PerfEval.Rules.Engine.IndicatorStatus.NotApplicable => StatusLabel_NotApplicable,
        PerfEval.Rules.Engine.IndicatorStatus.OutOfRange => StatusLabel_OutOfRange,
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
}

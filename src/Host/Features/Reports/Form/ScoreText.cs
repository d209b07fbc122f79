namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese text of the live score panel.</summary>
public static class ScoreText
{
    public const string Title = "实时评分";
    public const string RuleSet = "评分规则";
    public const string Indicator = "指标";
    public const string Score = "规则得分";
    public const string Self = "自评";
    public const string NotScored = "暂无规则评分。";
    public const string Stated = "自评综合得分";
    public const string Reviewed = "财政复核得分";

    /// <summary>What the panel says under an indicator that could not be scored (null when it was).</summary>
    public static string? StatusLabel(PerfEval.Rules.Engine.IndicatorStatus status) => status switch
    {
        PerfEval.Rules.Engine.IndicatorStatus.NotAssessable => "无法评分",
        PerfEval.Rules.Engine.IndicatorStatus.NotApplicable => "不适用",
        PerfEval.Rules.Engine.IndicatorStatus.OutOfRange => "规则得分越界",
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

    public static string RuleSetVersion(string title, int version) => $"{title}（第 {version} 版）";

    public static string FindingsCount(int n) => $"数据校验发现 {n} 处问题，见表单中相应位置。";
}

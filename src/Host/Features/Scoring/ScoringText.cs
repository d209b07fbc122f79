namespace PerfEval.Host.Features.Scoring;

/// <summary>Messages of the Scoring feature people read (resources: ScoringText.resx).</summary>
public static class ScoringText
{
    private static readonly TextResources R = new(typeof(ScoringText));

    public static string PreviewScoreValidator => R[nameof(PreviewScoreValidator)];

    public static string PreviewScoreValidator2 => R[nameof(PreviewScoreValidator2)];

    public static string ReportScoringScoreOnly(object? rule, object? message) =>
        R.Format(nameof(ReportScoringScoreOnly), rule, message);

    public static string RoundWeightsParse(object? part) =>
        R.Format(nameof(RoundWeightsParse), part);

    public static string RoundWeightsParse2(object? text, object? value) =>
        R.Format(nameof(RoundWeightsParse2), text, value);

    public static string ScoreReportHandle => R[nameof(ScoreReportHandle)];
}

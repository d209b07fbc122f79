namespace PerfEval.Host.Features.Review;

/// <summary>The Chinese texts of the indicator review (复核) (to move to .resx with the others).</summary>
public static class ReviewText
{
    public const string Title = "逐项复核";
    public const string Indicator = "指标";
    public const string Points = "分值";
    public const string SelfScore = "自评得分";
    public const string ComputedScore = "评分";
    public const string ReviewedScore = "复核得分";
    public const string Reason = "复核理由";
    public const string Band = "定性档次";
    public const string Annotation = "主管部门批注";
    public const string Save = "保存复核";
    public const string SaveNotes = "保存批注";
    public const string Total = "合计";
    public const string Grade = "等次";
    public const string Saved = "已保存。";
    public const string NotAtStage = "只有在“财政局审核”环节，由财政审核人逐项复核。";
    public const string NotDepartmentStage = "只有在“主管部门审批”环节，由主管部门审核人批注指标。";
    public const string NoItems = "请至少提交一个指标。";
    public const string DuplicateKey = "同一指标不能重复提交。";
    public const string ReasonTooLong = "理由不能超过 1000 字。";
    public const string NotScored = "报告尚无法评分，不能逐项复核。";

    /// <summary>The range the rubric allows, under the score input.</summary>
    /// <param name="min">Lowest allowed score.</param>
    /// <param name="max">Highest allowed score.</param>
    public static string Allowed(decimal min, decimal max) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"可给 {min:0.##}–{max:0.##} 分");
}

namespace PerfEval.Host.Features.Review;

/// <summary>The Chinese texts of the indicator review (复核) (to move to .resx with the others).</summary>
public static class ReviewText
{
    private static readonly TextResources R = new(typeof(ReviewText));

    public static string Title => R[nameof(Title)];
    public static string Indicator => R[nameof(Indicator)];
    public static string Points => R[nameof(Points)];
    public static string SelfScore => R[nameof(SelfScore)];
    public static string ComputedScore => R[nameof(ComputedScore)];
    public static string ReviewedScore => R[nameof(ReviewedScore)];
    public static string Reason => R[nameof(Reason)];
    public static string Annotation => R[nameof(Annotation)];
    public static string Save => R[nameof(Save)];
    public static string SaveNotes => R[nameof(SaveNotes)];
    public static string Total => R[nameof(Total)];
    public static string Grade => R[nameof(Grade)];
    public static string Saved => R[nameof(Saved)];
    public static string NotAtStage => R[nameof(NotAtStage)];
    public static string NotDepartmentStage => R[nameof(NotDepartmentStage)];
    public static string NoItems => R[nameof(NoItems)];
    public static string DuplicateKey => R[nameof(DuplicateKey)];
    public static string ReasonTooLong => R[nameof(ReasonTooLong)];
    public static string NotScored => R[nameof(NotScored)];

    public static string ReviewMessagesSaveAsync => R[nameof(ReviewMessagesSaveAsync)];
    public static string Band => R[nameof(Band)];

    /// <summary>The range the rubric allows, under the score input.</summary>
    /// <param name="min">Lowest allowed score.</param>
    /// <param name="max">Highest allowed score.</param>
    public static string Allowed(decimal min, decimal max) =>
        R.Format("Allowed", min.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), max.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
}

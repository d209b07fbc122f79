using DocumentFormat.OpenXml;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>Writes a report as the bureau's Word form: cover, sections 一 to 五, department tables where present.</summary>
internal static class ReportDocxBuilder
{
    /// <summary>The form as a .docx file.</summary>
    /// <param name="content">The report's form.</param>
    /// <param name="kind">Project or department report (labels differ).</param>
    /// <param name="review">The bureau's review, when there is one.</param>
    /// <param name="attachments">The evidence files, listed in the annex.</param>
    /// <param name="indicators">The rubric's indicators by key, so answers name what was chosen (ids alone without them).</param>
    public static byte[] Build(ReportDocument content, ReportKind kind, ReviewResult? review = null, IReadOnlyList<AttachmentLine>? attachments = null,
        IReadOnlyDictionary<string, PerfEval.Rules.Definitions.IndicatorDefinition>? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The official form is Chinese whatever the UI language (ADR-010).
        using var chinese = TextCulture.UseChinese();
        var ctx = new ReportDocxContext(content, kind, review, attachments ?? [], indicators);
        IEnumerable<OpenXmlElement> body =
        [
            .. CoverPart.Build(ctx),
            .. BasicFactsPart.Build(ctx),
            .. DepartmentPart.Build(ctx),
            .. ExpenditurePart.Build(ctx),
            .. PerformancePart.Build(ctx),
            .. SelfScoreTablePart.Build(ctx),
            .. ReviewTablePart.Build(ctx),
            .. EvaluatorsPart.Build(ctx),
            .. NarrativePart.Build(ctx),
            .. AssessmentsPart.Build(ctx),
            .. AttachmentsPart.Build(ctx),
        ];
        return DocxPackage.Write(body);
    }
}

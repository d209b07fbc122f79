using DocumentFormat.OpenXml;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>Writes a report as the bureau's Word form: cover, sections 一 to 五, department tables where present.</summary>
internal static class ReportDocxBuilder
{
    public static byte[] Build(ReportDocument content, ReportKind kind, ReportReview? review = null, IReadOnlyList<AttachmentLine>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The official form is Chinese whatever the UI language (ADR-010).
        using var chinese = TextCulture.UseChinese();
        var ctx = new ReportDocxContext(content, kind, review, attachments ?? []);
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

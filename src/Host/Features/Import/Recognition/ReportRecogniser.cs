using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// Recognises a self-evaluation report in a <see cref="SourceDocument"/> — from a .docx or its pasted text alike — by the
/// labels of its tables and fields (<c>labels.json</c>), never by the layout of one bureau's form. Every judgment it makes is
/// an <see cref="ImportNote"/> at the field concerned; parts it cannot find are noted too.
/// </summary>
internal static class ReportRecogniser
{
    /// <summary>Recognises the report; <paramref name="requested"/> overrides the kind found.</summary>
    /// <exception cref="ImportRefusedException">Nothing of a self-evaluation report was found.</exception>
    public static ImportPreview Recognise(SourceDocument document, ReportKind? requested = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The headings it matches are read through resources: match them in Chinese whatever the UI language (ADR-010).
        using var chinese = TextCulture.UseChinese();
        var detected = DetectKind(document);
        var ctx = new RecognitionContext(document, requested ?? detected);
        if (requested is { } r && r != detected)
        {
            ctx.Note("kind", ImportText.KindRequested(r, detected));
        }

        ProseFacts.Cover(ctx);
        AssessmentTable.Run(ctx);
        IndicatorTables.Run(ctx);
        GoalsTable.Run(ctx);
        ExpenditureTable.Run(ctx);
        FundingTable.Run(ctx);
        EvaluatorTable.Run(ctx);
        DepartmentTables.Run(ctx);
        SignOffBoxes.Run(ctx);
        KeyValues.Run(ctx);
        foreach (var finish in ctx.Finishers)
        {
            finish();
        }

        ProseFacts.CoverDate(ctx);
        NarrativeOutline.Run(ctx);
        ProseFacts.Fallbacks(ctx);
        if (!LooksLikeReport(ctx))
        {
            throw new ImportRefusedException(ImportText.NotAReport);
        }

        NoteMissing(ctx);
        return new ImportPreview(ctx.Kind, ctx.Report, [.. ctx.Notes]);
    }

    /// <summary>A department-overall report says so in its title (部门整体支出…) or has the department's tables.</summary>
    internal static ReportKind DetectKind(SourceDocument document)
    {
        var words = Vocabulary.Default.Set("report", "departmentWords");
        var paragraphs = document.Blocks.OfType<SourceParagraph>().Take(30).Select(p => p.Text);
        var cells = document.Tables.SelectMany(t => t.Rows.Take(3)).SelectMany(r => r.Cells).Select(c => c.Text);
        return paragraphs.Concat(cells).Any(t => t.Length < 60 && words.FindIn(t) is not null) ? ReportKind.Department : ReportKind.Project;
    }

    private static bool LooksLikeReport(RecognitionContext ctx)
    {
        string[] anchors =
        [
            "funding", "expenditure", "goals", "indicators", "rubricSelfScores", "evaluators", "statedTotalScore", "assessments",
            "basic.projectName", "basic.unitName", "basic.supervisingDepartment", "basic.personInCharge",
            "department.staffing", "department.revenue", "department.expenditure", "department.threePublic", "department.fixedAssets",
        ];
        var count = anchors.Count(ctx.Found.Contains) + Math.Min(2, ctx.Found.Count(f => f.StartsWith("narrative.", StringComparison.Ordinal)));
        var titled = ctx.Document.Blocks.OfType<SourceParagraph>().Any(p => ctx.V.Set("report", "titleWords").FindIn(p.Text) is not null)
                     || ctx.Document.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Any(c => ctx.V.Set("report", "titleWords").FindIn(c.Text) is not null);
        return count >= 4 || (titled && count >= 2);
    }

    /// <summary>Each part of the form the report did not have is noted, so the preparer knows what to fill in.</summary>
    private static void NoteMissing(RecognitionContext ctx)
    {
        var department = ctx.IsDepartment;
        var b = ctx.Report.Basic;
        (string Field, string Label, bool Missing)[] fields =
        [
            ("basic.projectName", ReportKindText.ProjectName(department), b.ProjectName.Length == 0),
            ("basic.year", "评价年度", b.Year == 0),
            ("basic.unitName", ReportKindText.UnitName(department), b.UnitName is null),
            ("basic.supervisingDepartment", "主管部门", b.SupervisingDepartment is null && !department),
            ("basic.evaluationType", "评价类型", b.EvaluationType == EvaluationType.Unspecified),
            ("basic.evaluationMethod", "评价方式", b.EvaluationMethod is null),
            ("basic.evaluationBody", "评价机构", b.EvaluationBody is null),
            ("basic.reportDate", "报告日期", b.ReportDate is null),
            ("basic.personInCharge", ReportKindText.PersonInCharge(department), b.PersonInCharge is null),
            ("basic.phone", "联系电话", b.Phone is null),
            ("basic.address", "地址", b.Address is null),
            ("basic.postcode", "邮编", b.Postcode is null),
            ("basic.startDate", ReportKindText.StartDate(department), b.StartDate is null),
            ("funding", "资金情况", !ctx.Found.Contains("funding")),
            ("expenditure", "支出明细", !ctx.Found.Contains("expenditure")),
            ("goals", "绩效目标", ctx.Report.Goals.Count == 0),
            ("indicators", "绩效指标表", ctx.Report.Indicators.Count == 0),
            ("statedTotalScore", "综合得分", ctx.Report.StatedTotalScore is null),
            ("statedGrade", "评价等次", ctx.Report.StatedGrade is null),
            ("evaluators", "评价人员", ctx.Report.Evaluators.Count == 0),
            ("preparer.name", "填报人", ctx.Report.Preparer.Name is null),
        ];
        foreach (var (field, label, missing) in fields)
        {
            if (missing && !ctx.Notes.Any(n => n.Field == field))
            {
                ctx.Note(field, ImportText.FormatNotFound(label));
            }
        }

        foreach (var part in ReportKindText.NarrativeParts(department))
        {
            if (part.Get(ctx.Report.Narrative) is null && !ctx.Notes.Any(n => n.Field == $"narrative.{part.Field}"))
            {
                ctx.Note($"narrative.{part.Field}", ImportText.FormatNotFound(part.Label));
            }
        }

        if (ctx.Report.Department is { } d)
        {
            foreach (var (field, label, missing) in new[]
                     {
                         ("department.duties", "职能职责", d.Duties is null), ("department.annualTasks", "年度主要工作任务", d.AnnualTasks is null),
                         ("department.yearOverview", ReportKindText.YearOverview, d.YearOverview is null),
                         ("department.staffing", "人员编制表", !ctx.Found.Contains("department.staffing")),
                         ("department.revenue", "收入表", !ctx.Found.Contains("department.revenue")),
                         ("department.expenditure", "支出表", !ctx.Found.Contains("department.expenditure")),
                         ("department.threePublic", "“三公”经费表", !ctx.Found.Contains("department.threePublic")),
                         ("department.fixedAssets", "固定资产表", !ctx.Found.Contains("department.fixedAssets")),
                     })
            {
                if (missing && !ctx.Notes.Any(n => n.Field == field))
                {
                    ctx.Note(field, ImportText.FormatNotFound(label));
                }
            }
        }
    }
}

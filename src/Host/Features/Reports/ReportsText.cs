namespace PerfEval.Host.Features.Reports;

/// <summary>Messages of the Reports feature people read (resources: ReportsText.resx).</summary>
public static class ReportsText
{
    private static readonly TextResources R = new(typeof(ReportsText));

    public static string CreateReportValidator => R[nameof(CreateReportValidator)];

    public static string CreateReportValidator2 => R[nameof(CreateReportValidator2)];

    public static string CreateReportHandle(object? orgId) =>
        R.Format(nameof(CreateReportHandle), orgId);

    public static string CreateReportHandle2(object? roleLabel) =>
        R.Format(nameof(CreateReportHandle2), roleLabel);

    public static string CreateReportHandle3(object? roundId) =>
        R.Format(nameof(CreateReportHandle3), roundId);

    public static string CreateReportHandle4(object? name, object? value, object? value2) =>
        R.Format(nameof(CreateReportHandle4), name, value, value2);

    public static string CreateReportHandle5(object? name) =>
        R.Format(nameof(CreateReportHandle5), name);

    public static string CreateReportHandle6(object? name) =>
        R.Format(nameof(CreateReportHandle6), name);

    public static string ListReportsValidator => R[nameof(ListReportsValidator)];

    public static string ListReportsValidator2 => R[nameof(ListReportsValidator2)];

    public static string ReportAccessGetVisibleAsync(object? id) =>
        R.Format(nameof(ReportAccessGetVisibleAsync), id);

    public static string ReportAccessEnsureCanEdit(object? roleLabel, object? orgName) =>
        R.Format(nameof(ReportAccessEnsureCanEdit), roleLabel, orgName);

    public static string ReportAccessEnsureCanEdit2(object? value) =>
        R.Format(nameof(ReportAccessEnsureCanEdit2), value);

    public static string ReportAccessEnsureVersion(object? expectedVersion, object? version) =>
        R.Format(nameof(ReportAccessEnsureVersion), expectedVersion, version);

    public static string ReportDocumentValidator => R[nameof(ReportDocumentValidator)];

    public static string ReportDocumentValidator2 => R[nameof(ReportDocumentValidator2)];

    public static string ReportDocumentValidator3 => R[nameof(ReportDocumentValidator3)];

    public static string ReportDocumentValidator4 => R[nameof(ReportDocumentValidator4)];

    public static string ReportDocumentValidator5 => R[nameof(ReportDocumentValidator5)];

    public static string ReportDocumentValidator6 => R[nameof(ReportDocumentValidator6)];

    public static string ReportDocumentValidatorDepartmentSectionValidator => R[nameof(ReportDocumentValidatorDepartmentSectionValidator)];

    public static string ReportDocumentValidatorDepartmentSectionValidator2 => R[nameof(ReportDocumentValidatorDepartmentSectionValidator2)];

    public static string ReportEndpointsParseKind(object? kind) =>
        R.Format(nameof(ReportEndpointsParseKind), kind);

    public static string ReportShapeWalk(object? length, object? maxTextLength) =>
        R.Format(nameof(ReportShapeWalk), length, maxTextLength);

    public static string ReportShapeWalk2(object? bad) =>
        R.Format(nameof(ReportShapeWalk2), bad);

    public static string ReportShapeWalk3(object? maxMagnitude) =>
        R.Format(nameof(ReportShapeWalk3), maxMagnitude);

    public static string ReportShapeWalk4(object? maxInteger) =>
        R.Format(nameof(ReportShapeWalk4), maxInteger);

    public static string ReportShapeWalk5 => R[nameof(ReportShapeWalk5)];

    public static string ReportShapeWalk6(object? e) =>
        R.Format(nameof(ReportShapeWalk6), e);

    public static string ReportShapeWalk7 => R[nameof(ReportShapeWalk7)];

    public static string ReportShapeWalk8 => R[nameof(ReportShapeWalk8)];

    public static string ReportShapeWalk9 => R[nameof(ReportShapeWalk9)];

    public static string UpdateReportValidator => R[nameof(UpdateReportValidator)];

    public static string UpdateReportValidator2 => R[nameof(UpdateReportValidator2)];

    public static string UpdateReportHandle => R[nameof(UpdateReportHandle)];

    public static string UpdateReportHandle2 => R[nameof(UpdateReportHandle2)];

    public static string UpdateReportSectionHandle(object? section, object? value) =>
        R.Format(nameof(UpdateReportSectionHandle), section, value);

    public static string UpdateReportSectionHandle2 => R[nameof(UpdateReportSectionHandle2)];

    public static string NegativeAmount => R[nameof(NegativeAmount)];
    public static string NoRound => R[nameof(NoRound)];
    public static string Untitled => R[nameof(Untitled)];
}

namespace PerfEval.Host.Features.Import;

/// <summary>
/// A judgment the import made, at the field it concerns: <see cref="Field"/> is the JSON path inside the report content
/// (same convention as findings: <c>funding.planned.total</c>, <c>indicators[3].targetValue</c>; a section name such as
/// <c>evaluators</c> when a whole section was not found).
/// </summary>
public sealed record ImportNote(string Field, string Message);

/// <summary>
/// What an import recognised, saved nowhere: <see cref="Kind"/> and <see cref="Content"/> are exactly what
/// <c>POST /api/reports</c> accepts, <see cref="Notes"/> every judgment call the preparer should review.
/// </summary>
public sealed record ImportPreview(ReportKind Kind, ReportDocument Content, IReadOnlyList<ImportNote> Notes);

/// <summary>Indicator rows read from an Excel sheet (绩效目标表), for a draft's indicator section; saved nowhere.</summary>
public sealed record IndicatorImportPreview(IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<ImportNote> Notes);

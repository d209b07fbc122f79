namespace PerfEval.Host.Features.Reports;

/// <summary>Body of <c>POST /api/reports</c>; required members make a missing one a named 400.</summary>
public sealed class CreateReportRequest
{
    public required ReportKind Kind { get; init; }

    public required ReportDocument Content { get; init; }

    public Guid? OrgId { get; init; }

    public Guid? RoundId { get; init; }
}

/// <summary>Body of <c>PUT /api/reports/{id}</c>; the version may come here or in If-Match.</summary>
public sealed class UpdateReportRequest
{
    public required ReportDocument Content { get; init; }

    public int? Version { get; init; }
}

/// <summary>Body of <c>PUT /api/reports/{id}/sections/{section}</c>.</summary>
public sealed class UpdateSectionRequest
{
    public required JsonElement Value { get; init; }

    public int? Version { get; init; }
}

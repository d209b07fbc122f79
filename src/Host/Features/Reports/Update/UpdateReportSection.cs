using System.Text.Json.Nodes;

namespace PerfEval.Host.Features.Reports.Update;

/// <summary>Replaces one section of the form (e.g. <c>funding</c>), then saves like <see cref="UpdateReport"/>.</summary>
public sealed record UpdateReportSection(UserContext User, Guid Id, int ExpectedVersion, string Section, JsonElement Value) : ICommand<ReportDetail>;

public sealed class UpdateReportSectionHandler(ReportAccess access, IMediator mediator) : ICommandHandler<UpdateReportSection, ReportDetail>
{
    /// <summary>Sections a client may replace; sign-offs other than the evaluation leader are written by the workflow.</summary>
    public static readonly IReadOnlySet<string> Sections = new HashSet<string>(StringComparer.Ordinal)
    {
        "basic", "funding", "expenditure", "goals", "indicators", "assessments", "statedTotalScore", "statedGrade",
        "evaluators", "preparer", "narrative", "department",
    };

    public async ValueTask<ReportDetail> Handle(UpdateReportSection command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Sections.Contains(command.Section))
        {
            throw new BadInputException("section", ReportsText.FormatUpdateReportSectionHandle(command.Section, string.Join("、", Sections)));
        }

        var report = await access.GetVisibleAsync(command.User, command.Id, cancellationToken);
        var node = JsonSerializer.SerializeToNode(report.Content, JsonDefaults.Options)!.AsObject();
        node[command.Section] = JsonNode.Parse(command.Value.GetRawText());
        ReportDocument merged;
        try
        {
            merged = node.Deserialize<ReportDocument>(JsonDefaults.Options)
                ?? throw new BadInputException(command.Section, ReportsText.UpdateReportSectionHandle2);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? command.Section : e.Path.TrimStart('$', '.');
            throw new BadInputException(path, e.Message);
        }

        return await mediator.Send(new UpdateReport(command.User, command.Id, command.ExpectedVersion, merged), cancellationToken);
    }
}

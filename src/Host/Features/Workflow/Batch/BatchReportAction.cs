using PerfEval.Host.Features.Workflow.Actions;

namespace PerfEval.Host.Features.Workflow.Batch;

/// <summary>One report of a batch: its version as the caller saw it, an own opinion (else the batch's), and a principal for a delegate.</summary>
public sealed record BatchItem(Guid ReportId, int? Version, string? Comment, string? OnBehalfOf);

/// <summary>
/// Approves or returns several reports from the inbox. Each report is validated and moved in its own scope and
/// transaction (exactly as one <see cref="FireReportAction"/>): a stale, blocked or forbidden one does not stop the rest.
/// </summary>
[AuthorizeRoles(Roles.UnitHead, Roles.DepartmentReviewer, Roles.FinanceReviewer)]
public sealed record BatchReportAction(UserContext User, string Action, string? Comment, IReadOnlyList<BatchItem> Items) : ICommand<BatchResult>, IUserMessage
{
    /// <summary>Most reports one batch may hold.</summary>
    public const int MaxItems = 100;
}

/// <summary>What happened to one report: moved (with its new stage and version) or refused (status and reason).</summary>
public sealed record BatchItemResult(Guid ReportId, bool Succeeded, int Status, string? ToStage, string? ToStageLabel, int? Version, string? Error);

/// <summary>The batch's outcome per report, in the order sent.</summary>
public sealed record BatchResult(int Succeeded, int Failed, IReadOnlyList<BatchItemResult> Results);

public sealed class BatchReportActionValidator : AbstractValidator<BatchReportAction>
{
    public BatchReportActionValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Comment).MaximumLength(4000);
        RuleFor(c => c.Items).NotEmpty().WithMessage(WorkflowMessageText.BatchReportActionValidator)
            .Must(i => i.Count <= BatchReportAction.MaxItems).WithMessage(WorkflowMessageText.FormatBatchReportActionValidator2(BatchReportAction.MaxItems))
            .Must(i => i.Select(x => x.ReportId).Distinct().Count() == i.Count).WithMessage(WorkflowMessageText.BatchReportActionValidator3);
        RuleForEach(c => c.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Comment).MaximumLength(4000);
            i.RuleFor(x => x.Version).GreaterThan(0).When(x => x.Version is not null);
        });
    }
}

public sealed class BatchReportActionHandler(IServiceScopeFactory scopes) : ICommandHandler<BatchReportAction, BatchResult>
{
    public async ValueTask<BatchResult> Handle(BatchReportAction command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var results = new List<BatchItemResult>(command.Items.Count);
        foreach (var item in command.Items)
        {
            var comment = string.IsNullOrWhiteSpace(item.Comment) ? command.Comment : item.Comment;
            // A fresh scope per report: its own DbContext, so one refusal leaves nothing half-tracked for the next.
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            try
            {
                var outcome = await mediator.Send(
                    new FireReportAction(command.User, item.ReportId, command.Action, comment, null, item.Version, item.OnBehalfOf), cancellationToken);
                results.Add(new BatchItemResult(item.ReportId, true, StatusCodes.Status200OK, outcome.ToStage, outcome.ToStageLabel, outcome.Version, null));
            }
            catch (Exception e) when (Refusal(e) is { } status)
            {
                results.Add(new BatchItemResult(item.ReportId, false, status, null, null, null, e.Message));
            }
        }

        var ok = results.Count(r => r.Succeeded);
        return new BatchResult(ok, results.Count - ok, results);
    }

    private static int? Refusal(Exception e) => e switch
    {
        ValidationException or BadInputException => StatusCodes.Status400BadRequest,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        Submission.SubmissionBlockedException => StatusCodes.Status409Conflict,
        _ => null,
    };
}

namespace PerfEval.Host.Features.RuleSets.Drafts;

/// <summary>
/// Replaces the JSON of a draft (FinanceAdmin). <see cref="ExpectedRevision"/> must be the draft's current
/// revision (else 409). A draft may be saved with problems (work in progress; they are returned) as long as it is
/// a readable rule set; publishing refuses it until the loader accepts it. Published and retired versions: 409.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record UpdateRuleSetDraft(UserContext User, string RuleSetId, int Version, int ExpectedRevision, string Json) : ICommand<RuleSetVersionDetail>, IUserMessage;

public sealed class UpdateRuleSetDraftValidator : AbstractValidator<UpdateRuleSetDraft>
{
    public UpdateRuleSetDraftValidator()
    {
        RuleFor(c => c.ExpectedRevision).GreaterThan(0).WithName("revision").WithMessage(RuleSetText.UpdateRuleSetDraftValidator);
        RuleFor(c => c.Json).NotEmpty().WithName("json").WithMessage(RuleSetText.UpdateRuleSetDraftValidator2);
    }
}

public sealed class UpdateRuleSetDraftHandler(RuleSetStore store, TimeProvider clock)
    : ICommandHandler<UpdateRuleSetDraft, RuleSetVersionDetail>
{
    public async ValueTask<RuleSetVersionDetail> Handle(UpdateRuleSetDraft command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await store.GetRowAsync(command.RuleSetId, command.Version, cancellationToken, track: true);
        var json = RuleSetStore.Normalise(command.Json, row.RuleSetId, row.Version);
        var (name, kind) = RuleSetStore.Describe(json);
        var now = clock.GetUtcNow().UtcDateTime;
        row.ReplaceDraft(json, name, kind, command.ExpectedRevision, command.User.UserName, now);
        await store.SaveAsync(row, "updated", command.User.UserName, now, RuleSetText.FormatUpdateRuleSetDraftHandle(row.Revision), RuleSetText.UpdateRuleSetDraftHandle2, cancellationToken);

        return new RuleSetVersionDetail(RuleSetVersionInfo.From(row), json, RuleSetLoader.Load(json).Problems);
    }
}

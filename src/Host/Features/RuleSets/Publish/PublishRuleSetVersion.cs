namespace PerfEval.Host.Features.RuleSets.Publish;

/// <summary>
/// Publishes a draft (FinanceAdmin): needs a change note, and the loader must accept the JSON (else 400 with every
/// problem). From then on the version is immutable. Older published versions stay published and usable: rounds
/// and reports pinned to them keep scoring with them; retiring is a separate, explicit step.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record PublishRuleSetVersion(UserContext User, string RuleSetId, int Version, string? Note) : ICommand<RuleSetVersionInfo>, IUserMessage;

public sealed class PublishRuleSetVersionValidator : AbstractValidator<PublishRuleSetVersion>
{
    public PublishRuleSetVersionValidator()
    {
        RuleFor(c => c.Note).NotEmpty().WithName("note").WithMessage(RuleSetText.PublishRuleSetVersionValidator)
            .MaximumLength(2000).WithMessage(RuleSetText.PublishRuleSetVersionValidator2);
    }
}

public sealed class PublishRuleSetVersionHandler(RuleSetStore store, RuleSetCache cache, TimeProvider clock)
    : ICommandHandler<PublishRuleSetVersion, RuleSetVersionInfo>
{
    public async ValueTask<RuleSetVersionInfo> Handle(PublishRuleSetVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await store.GetRowAsync(command.RuleSetId, command.Version, cancellationToken, track: true);
        // Loaded through the cache: once published this exact text is what scoring will use.
        var loaded = cache.GetOrLoad(row.RuleSetId, row.Version, row.Json);
        if (!loaded.Succeeded)
        {
            throw new RuleSetInvalidException(loaded.Problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        row.Publish(command.Note!, command.User.UserName, now);
        await store.SaveAsync(row, "published", command.User.UserName, now, row.ChangeNote, RuleSetText.PublishRuleSetVersionHandle, cancellationToken);
        return RuleSetVersionInfo.From(row);
    }
}

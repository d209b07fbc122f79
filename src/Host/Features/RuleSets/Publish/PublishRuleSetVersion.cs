using FluentValidation;
using Mediator;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;

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
        RuleFor(c => c.Note).NotEmpty().WithName("note").WithMessage("发布须填写变更说明（改了什么、为什么）。")
            .MaximumLength(2000).WithMessage("变更说明不能超过 2000 字。");
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
        await store.SaveAsync(row, "published", command.User.UserName, now, row.ChangeNote, "草稿在发布时被他人修改，未发布，请重新加载后再试。", cancellationToken);
        return RuleSetVersionInfo.From(row);
    }
}

namespace PerfEval.Host.Features.RuleSets.Drafts;

/// <summary>
/// Creates draft version latest + 1 of a rule set (FinanceAdmin): a copy of <see cref="FromVersion"/>, or an
/// imported RulesEngine JSON file (<see cref="Json"/>), which must load — a refused file is a 400 listing every
/// problem and nothing is saved. Importing under a new id starts a new rule set at version 1.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record CreateRuleSetDraft(UserContext User, string RuleSetId, int? FromVersion, string? Json) : ICommand<RuleSetVersionDetail>, IUserMessage;

public sealed class CreateRuleSetDraftValidator : AbstractValidator<CreateRuleSetDraft>
{
    public CreateRuleSetDraftValidator()
    {
        RuleFor(c => c.RuleSetId).NotEmpty().MaximumLength(100).Matches("^[a-z0-9][a-z0-9-]*$")
            .WithMessage(RuleSetText.CreateRuleSetDraftValidator);
        RuleFor(c => c).Must(c => (c.FromVersion is null) != (c.Json is null))
            .WithName("fromVersion").WithMessage(RuleSetText.CreateRuleSetDraftValidator2);
    }
}

public sealed class CreateRuleSetDraftHandler(PerfEvalDbContext db, RuleSetStore store, TimeProvider clock)
    : ICommandHandler<CreateRuleSetDraft, RuleSetVersionDetail>
{
    public async ValueTask<RuleSetVersionDetail> Handle(CreateRuleSetDraft command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = command.RuleSetId;
        var latest = await db.RuleSets.Where(v => v.RuleSetId == id).Select(v => (int?)v.Version).MaxAsync(cancellationToken) ?? 0;
        string source;
        string action;
        var fromDraft = false;
        if (command.FromVersion is { } from)
        {
            var origin = await store.GetRowAsync(id, from, cancellationToken);
            source = origin.Json;
            fromDraft = origin.Status == RuleSetStatus.Draft;
            action = "created";
        }
        else
        {
            // An import must load as posted: every problem is reported and nothing is written.
            var loaded = RuleSetLoader.Load(command.Json!);
            if (!loaded.Succeeded)
            {
                throw new RuleSetInvalidException(loaded.Problems);
            }

            source = command.Json!;
            action = "imported";
        }

        var version = latest + 1;
        var json = RuleSetStore.Normalise(source, id, version);
        var (name, kind) = RuleSetStore.Describe(json);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new RuleSetVersion
        {
            RuleSetId = id, Version = version, Status = RuleSetStatus.Draft, Json = json, Name = name, Kind = kind,
            CreatedAtUtc = now, CreatedBy = command.User.UserName, UpdatedAtUtc = now, UpdatedBy = command.User.UserName,
        };
        db.RuleSets.Add(row);
        store.Audit(id, version, action, command.User.UserName, now, command.FromVersion is { } f ? RuleSetText.FormatCreateRuleSetDraftHandle(f) : RuleSetText.CreateRuleSetDraftHandle2);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException(RuleSetText.FormatCreateRuleSetDraftHandle3(id, version));
        }

        // Published versions and imports loaded already; only a copy of a draft may still have problems.
        return new RuleSetVersionDetail(RuleSetVersionInfo.From(row), json, fromDraft ? RuleSetLoader.Load(json).Problems : []);
    }
}

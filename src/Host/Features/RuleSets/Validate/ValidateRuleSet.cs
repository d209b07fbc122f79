namespace PerfEval.Host.Features.RuleSets.Validate;

/// <summary>
/// Validates rule-set JSON with the loader (schema, roll-up, expressions, dry run) without storing anything.
/// FinanceAdmin only: validation compiles and runs expressions, the costliest thing a request can ask for.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record ValidateRuleSet(UserContext User, string Json) : IQuery<RuleSetValidation>, IUserMessage;

public sealed class ValidateRuleSetHandler : IQueryHandler<ValidateRuleSet, RuleSetValidation>
{
    public ValueTask<RuleSetValidation> Handle(ValidateRuleSet query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = RuleSetLoader.Load(query.Json);
        var rs = result.RuleSet;
        // Warnings (a hand-written standard that no longer fits its parameters) do not make a rule set invalid.
        return ValueTask.FromResult(new RuleSetValidation(
            result.Succeeded, rs?.Id, rs?.Version, rs?.Kind, rs?.Definition.Title, rs?.Expressions.Count ?? 0, result.Problems,
            rs is null ? [] : RubricWarnings.Of(rs.Definition)));
    }
}

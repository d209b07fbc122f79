using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Host.Features.RuleSets;

/// <summary>A rule set the loader refuses (400, every problem listed with its rule); nothing is saved.</summary>
public sealed class RuleSetInvalidException(IReadOnlyList<RuleSetProblem> problems)
    : Exception(RuleSetText.FormatRuleSetInvalidException(problems.Count) + string.Join("；", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<RuleSetProblem> Problems { get; } = problems;
}

/// <summary>
/// Writes <see cref="RuleSetInvalidException"/> as validation problem details: <c>errors</c> keyed by rule name
/// (kept as written, e.g. <c>A.1.1</c>) and <c>problems</c> as a list of <c>{ rule, message }</c> in loader order.
/// </summary>
internal sealed class RuleSetInvalidExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RuleSetInvalidException invalid)
        {
            return false;
        }

        var errors = invalid.Problems.GroupBy(p => p.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = RuleSetText.RuleSetInvalidExceptionTryHandleAsync,
            Detail = invalid.Message,
        };
        problem.Extensions["problems"] = invalid.Problems.Select(p => new { rule = p.Rule, message = p.Message }).ToArray();
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

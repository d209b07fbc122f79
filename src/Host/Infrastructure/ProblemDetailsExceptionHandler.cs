using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Host.Infrastructure;

/// <summary>Maps domain and input exceptions to RFC 7807 problem details, naming the field where there is one.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ProblemDetails? problem = exception switch
        {
            ValidationException v => Validation(v.Errors.GroupBy(e => JsonPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
            BadInputException b => Validation(new Dictionary<string, string[]> { [b.Field] = [b.Message] }),
            BadHttpRequestException { InnerException: JsonException j } => Validation(new Dictionary<string, string[]>
            {
                [JsonField(j)] = [JsonMessage(j)],
            }),
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = InfrastructureText.ProblemDetailsExceptionHandlerTryHandleAsync, Detail = b.Message },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = InfrastructureText.ProblemDetailsExceptionHandlerTryHandleAsync2, Detail = n.Message },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = InfrastructureText.ProblemDetailsExceptionHandlerTryHandleAsync3, Detail = f.Message },
            ConflictException c => Conflict(c),
            TooLargeException t => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = InfrastructureText.ProblemDetailsExceptionHandlerTryHandleAsync4,
                Detail = t.Message,
                Extensions = { ["limitBytes"] = t.LimitBytes, ["field"] = t.Field },
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = InfrastructureText.ProblemDetailsExceptionHandlerValidation,
        Detail = string.Join("；", errors.Select(e => $"{e.Key}: {string.Join("，", e.Value)}")),
    };

    private static ProblemDetails Conflict(ConflictException c)
    {
        var p = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = InfrastructureText.ProblemDetailsExceptionHandlerConflict, Detail = c.Message };
        if (c.CurrentVersion is { } v)
        {
            p.Extensions["currentVersion"] = v;
        }

        return p;
    }

    /// <summary>FluentValidation's "Content.Funding.Planned.Central" → "content.funding.planned.central".</summary>
    internal static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static string JsonField(JsonException j)
    {
        if (!string.IsNullOrEmpty(j.Path) && j.Path != "$")
        {
            return j.Path.TrimStart('$', '.');
        }

        // Missing required members: System.Text.Json names them in the message.
        var message = j.Message;
        var marker = message.IndexOf("including: '", StringComparison.Ordinal);
        if (marker >= 0)
        {
            var start = marker + "including: '".Length;
            var end = message.IndexOf('\'', start);
            if (end > start)
            {
                return message[start..end];
            }
        }

        return "$";
    }

    private static string JsonMessage(JsonException j) => j.InnerException is { } inner && j.Message.Length < 10
        ? inner.Message
        : j.Message;
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>Turns a blocked submission into 409 problem details listing the errors (extension <c>errors</c>).</summary>
internal sealed class SubmissionBlockedExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not SubmissionBlockedException blocked)
        {
            return false;
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = WorkflowMessageText.SubmissionBlockedExceptionHandlerTryHandleAsync,
            Detail = blocked.Message,
        };
        problem.Extensions["errors"] = blocked.Errors.Select(e => new { field = e.Field, message = e.Message, rule = e.Rule }).ToArray();
        problem.Extensions["currentVersion"] = blocked.CurrentVersion;
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

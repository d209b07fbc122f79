namespace PerfEval.Host.Infrastructure;

/// <summary>Messages of the Infrastructure feature people read (resources: InfrastructureText.resx).</summary>
public static class InfrastructureText
{
    private static readonly TextResources R = new(typeof(InfrastructureText));

    public static string ProblemDetailsExceptionHandlerTryHandleAsync => R[nameof(ProblemDetailsExceptionHandlerTryHandleAsync)];

    public static string ProblemDetailsExceptionHandlerTryHandleAsync2 => R[nameof(ProblemDetailsExceptionHandlerTryHandleAsync2)];

    public static string ProblemDetailsExceptionHandlerTryHandleAsync3 => R[nameof(ProblemDetailsExceptionHandlerTryHandleAsync3)];

    public static string ProblemDetailsExceptionHandlerTryHandleAsync4 => R[nameof(ProblemDetailsExceptionHandlerTryHandleAsync4)];

    public static string ProblemDetailsExceptionHandlerValidation => R[nameof(ProblemDetailsExceptionHandlerValidation)];

    public static string ProblemDetailsExceptionHandlerConflict => R[nameof(ProblemDetailsExceptionHandlerConflict)];
}

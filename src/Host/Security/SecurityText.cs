namespace PerfEval.Host.Security;

/// <summary>Messages of the Security feature people read (resources: SecurityText.resx).</summary>
public static class SecurityText
{
    private static readonly TextResources R = new(typeof(SecurityText));

    public static string CrossSiteRequestGuardInvokeAsync => R[nameof(CrossSiteRequestGuardInvokeAsync)];

    public static string CrossSiteRequestGuardInvokeAsync2(object? headerName) =>
        R.Format(nameof(CrossSiteRequestGuardInvokeAsync2), headerName);

    public static string JsonBodyGuardInvokeAsync => R[nameof(JsonBodyGuardInvokeAsync)];

    public static string JsonBodyGuardTooLargeAsync => R[nameof(JsonBodyGuardTooLargeAsync)];

    public static string JsonBodyGuardTooLargeAsync2(object? value) =>
        R.Format(nameof(JsonBodyGuardTooLargeAsync2), value);

    public static string JsonBodyGuardStatic => R[nameof(JsonBodyGuardStatic)];

    public static string JsonBodyGuardStatic2 => R[nameof(JsonBodyGuardStatic2)];

    public static string JsonBodyGuardStatic3 => R[nameof(JsonBodyGuardStatic3)];

    public static string JsonBodyGuardStatic4(object? bad) =>
        R.Format(nameof(JsonBodyGuardStatic4), bad);

    public static string JsonBodyGuardStatic5 => R[nameof(JsonBodyGuardStatic5)];

    public static string JsonBodyGuardStatic6 => R[nameof(JsonBodyGuardStatic6)];

    public static string LoginRateLimitConfigure => R[nameof(LoginRateLimitConfigure)];

    public static string LoginRateLimitConfigure2 => R[nameof(LoginRateLimitConfigure2)];
}

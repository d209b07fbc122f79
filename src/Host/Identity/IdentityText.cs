namespace PerfEval.Host.Identity;

/// <summary>Messages of the Identity feature people read (resources: IdentityText.resx).</summary>
public static class IdentityText
{
    private static readonly TextResources R = new(typeof(IdentityText));

    public static string AuthEndpointsLogin => R[nameof(AuthEndpointsLogin)];

    public static string AuthEndpointsLogin2 => R[nameof(AuthEndpointsLogin2)];

    public static string AuthEndpointsLogin3 => R[nameof(AuthEndpointsLogin3)];

    public static string AuthEndpointsLogin4 => R[nameof(AuthEndpointsLogin4)];

    public static string UserContextFromPrincipal => R[nameof(UserContextFromPrincipal)];

    public static string UserContextFromPrincipal2(object? type) =>
        R.Format(nameof(UserContextFromPrincipal2), type);
}

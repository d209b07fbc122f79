namespace PerfEval.Host.Identity;

/// <summary>Who is acting: taken from the signed-in principal by the API and the UI alike.</summary>
public sealed record UserContext(string UserId, string UserName, string DisplayName, string Role, Guid OrgId, string OrgCode, string OrgName)
{
    public const string OrgIdClaim = "perfeval:org_id";
    public const string OrgCodeClaim = "perfeval:org_code";
    public const string OrgNameClaim = "perfeval:org_name";
    public const string DisplayNameClaim = "perfeval:display_name";

    public bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);

    /// <summary>Reads the context from a principal issued by <see cref="PerfEvalClaimsPrincipalFactory"/>.</summary>
    public static UserContext FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            throw new ForbiddenException(IdentityText.UserContextFromPrincipal);
        }

        string Get(string type) => principal.FindFirstValue(type) ?? throw new ForbiddenException(IdentityText.FormatUserContextFromPrincipal2(type));
        return new UserContext(
            Get(ClaimTypes.NameIdentifier),
            Get(ClaimTypes.Name),
            principal.FindFirstValue(DisplayNameClaim) ?? Get(ClaimTypes.Name),
            principal.FindFirstValue(ClaimTypes.Role) ?? "",
            Guid.Parse(Get(OrgIdClaim)),
            Get(OrgCodeClaim),
            principal.FindFirstValue(OrgNameClaim) ?? "");
    }

    public string RoleLabel => Roles.Label(Role);
}

using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Identity;

/// <summary>Puts the user's organisation and display name into the cookie so every request knows them without a query.</summary>
public sealed class PerfEvalClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PerfEvalDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrgId).ConfigureAwait(false);
        identity.AddClaim(new Claim(UserContext.OrgIdClaim, org.Id.ToString()));
        identity.AddClaim(new Claim(UserContext.OrgCodeClaim, org.Code));
        identity.AddClaim(new Claim(UserContext.OrgNameClaim, org.Name));
        identity.AddClaim(new Claim(UserContext.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}

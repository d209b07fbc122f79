using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Identity;

[ApiGroup("/api/auth", "Auth")]
public static class AuthEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record MeResponse(string UserId, string UserName, string DisplayName, string Role, string RoleLabel, Guid OrgId, string OrgCode, string OrgName);

    [ApiRoute("POST", "/login"), EndpointName("Login"), EndpointSummary("Sign in with user name and password; sets the auth cookie."), AllowAnonymous]
    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Login(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users, OrgScope orgs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            throw new BadInputException("userName", IdentityText.AuthEndpointsLogin);
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            throw new BadInputException("password", IdentityText.AuthEndpointsLogin2);
        }

        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // One answer for an unknown user, a wrong password and a locked account: none tells which names exist.
            return TypedResults.Problem(IdentityText.AuthEndpointsLogin3, statusCode: StatusCodes.Status401Unauthorized, title: IdentityText.AuthEndpointsLogin4);
        }

        var user = await users.FindByNameAsync(request.UserName);
        var roles = await users.GetRolesAsync(user!);
        var org = (await orgs.AllAsync(ct)).Single(o => o.Id == user!.OrgId);
        var role = roles.FirstOrDefault() ?? "";
        return TypedResults.Ok(new MeResponse(user!.Id, user.UserName!, user.DisplayName, role, Roles.Label(role), org.Id, org.Code, org.Name));
    }

    [ApiRoute("POST", "/logout"), EndpointName("Logout"), EndpointSummary("Sign out (clears the cookie).")]
    private static async Task<NoContent> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    [ApiRoute("GET", "/me"), EndpointName("Me"), EndpointSummary("Who am I: user, role and organisation.")]
    private static Ok<MeResponse> Me(ClaimsPrincipal principal)
    {
        var u = UserContext.FromPrincipal(principal);
        return TypedResults.Ok(new MeResponse(u.UserId, u.UserName, u.DisplayName, u.Role, u.RoleLabel, u.OrgId, u.OrgCode, u.OrgName));
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Identity;

/// <summary>
/// Checks the security stamp in the cookie against the user's current one on every request (Identity's own validator
/// checks only every 30 minutes). Signing out changes the stamp (<see cref="PerfEvalSignInManager"/>), so an old copy
/// of the cookie stops working at once; so does deleting the user or changing the password.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<AppUser>>();
        if (await signIn.ValidateSecurityStampAsync(context.Principal).ConfigureAwait(false) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        }
    }
}

using Hangfire.Dashboard;

namespace PerfEval.Host.Jobs;

/// <summary>
/// Lets only a signed-in FinanceAdmin into the Hangfire dashboard. Replaces Hangfire's default
/// LocalRequestsOnly filter, which lets everybody in behind a reverse proxy on the same host.
/// Hangfire answers a refusal with 401 for an anonymous caller and 403 for a signed-in one.
/// </summary>
public sealed class FinanceAdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.FinanceAdmin);
    }
}

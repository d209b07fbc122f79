using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Identity;

/// <summary>The five roles exist in every installation, demo or not.</summary>
internal sealed class EnsureRolesTask : IStartupTask
{
    public int Order => 5;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

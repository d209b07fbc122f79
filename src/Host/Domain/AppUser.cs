using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Domain;

/// <summary>An Identity user who belongs to exactly one organisation.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public Guid OrgId { get; set; }

    public Organisation? Org { get; set; }
}

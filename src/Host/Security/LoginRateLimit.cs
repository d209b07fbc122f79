using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PerfEval.Host.Security;

/// <summary>
/// Per-client rate limit on sign-in attempts (POST <c>/api/auth/login</c> and the sign-in page's form): a fixed window
/// of one minute per client address (<see cref="SecurityOptions.LoginAttemptsPerMinute"/>), then 429 with Retry-After.
/// Identity locks an account for 5 minutes after 10 failures; with the limit one client can no longer lock any account
/// at will, and guessing passwords gets slow. Behind a reverse proxy, forward the client address
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>), or every user shares the proxy's window.
/// </summary>
public static class LoginRateLimit
{
    public static void Configure(RateLimiterOptions options, int attemptsPerMinute)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignInAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = attemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
        options.OnRejected = async (rejected, ct) =>
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, SecurityText.LoginRateLimitConfigure,
                SecurityText.LoginRateLimitConfigure2).ConfigureAwait(false);
        };
    }

    internal static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase));
}

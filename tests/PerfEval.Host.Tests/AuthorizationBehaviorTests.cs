using System.Reflection;
using Mediator;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Tests;

/// <summary>Roles are declared on the message and checked once, before validation and the handler.</summary>
public sealed class AuthorizationBehaviorTests
{
    private static readonly UserContext Preparer = new("u1", "preparer", "张填报", Roles.Preparer, Guid.NewGuid(), "UNIT-SI", "示范市社会保险事业管理中心");

    [AuthorizeRoles(Roles.FinanceAdmin)]
    private sealed record PublishRuleSetVersion(UserContext User) : ICommand<int>, IUserMessage;

    private sealed record Open(UserContext User) : ICommand<int>, IUserMessage;

    [Fact]
    public async Task Handle_RoleNotDeclared_RefusesNamingActionAndRoleWithoutCallingTheHandler()
    {
        var called = false;

        var e = await Assert.ThrowsAsync<ForbiddenException>(async () => await new AuthorizationBehavior<PublishRuleSetVersion, int>()
            .Handle(new PublishRuleSetVersion(Preparer), (_, _) => { called = true; return ValueTask.FromResult(1); }, CancellationToken.None));

        Assert.Equal("只有财政绩效管理员可以发布规则集（您是填报人）。", e.Message);
        Assert.False(called);
    }

    [Fact]
    public async Task Handle_MessageWithoutRoles_Passes()
    {
        var result = await new AuthorizationBehavior<Open, int>().Handle(new Open(Preparer), (_, _) => ValueTask.FromResult(7), CancellationToken.None);

        Assert.Equal(7, result);
    }

    [Fact]
    public void Messages_DeclaringRoles_AllCarryTheirSender()
    {
        var declaring = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttribute<AuthorizeRolesAttribute>() is not null).ToList();

        Assert.NotEmpty(declaring);
        Assert.All(declaring, t => Assert.True(typeof(IUserMessage).IsAssignableFrom(t), t.Name));
    }

    [Fact]
    public void Handlers_NeverCheckRolesThemselves()
    {
        var root = Scoring.ScoringTestSupport.RepoRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "Host", "Features"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("IsInRole(Roles.FinanceAdmin)", StringComparison.Ordinal) && !f.EndsWith("ReportAccess.cs", StringComparison.Ordinal)
                && !f.EndsWith("PreviewScore.cs", StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();

        Assert.Empty(offenders);
    }
}

using System.Collections.Concurrent;
using System.Reflection;

namespace PerfEval.Host.Infrastructure;

/// <summary>A message sent on behalf of a signed-in person: the authorization behaviour reads who.</summary>
public interface IUserMessage
{
    /// <summary>Who sends the message.</summary>
    UserContext User { get; }
}

/// <summary>
/// The roles that may send a message, declared on the message itself and enforced once, by <see cref="AuthorizationBehavior{TMessage, TResponse}"/>,
/// before validation and the handler run — handlers never check roles themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeRolesAttribute(params string[] roles) : Attribute
{
    /// <summary>Role codes (<see cref="Domain.Roles"/>) allowed to send the message.</summary>
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>
/// Refuses (403) a message whose <see cref="AuthorizeRolesAttribute"/> does not list the sender's role, naming the action
/// and who may take it. Messages without the attribute pass (their handlers scope data to the sender's organisations).
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (RequiredRoles.Of(typeof(TMessage)) is { } roles)
        {
            var user = (message as IUserMessage)?.User
                ?? throw new InvalidOperationException($"{typeof(TMessage).Name} declares roles but does not carry its sender (IUserMessage).");
            if (!roles.Contains(user.Role, StringComparer.Ordinal))
            {
                throw new ForbiddenException(AuthorizationText.Refused(typeof(TMessage).Name, roles, user));
            }
        }

        return next(message, cancellationToken);
    }
}

/// <summary>The roles each message type declares, read once per type.</summary>
internal static class RequiredRoles
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>?> Cache = new();

    public static IReadOnlyList<string>? Of(Type messageType) =>
        Cache.GetOrAdd(messageType, t => t.GetCustomAttribute<AuthorizeRolesAttribute>()?.Roles);
}

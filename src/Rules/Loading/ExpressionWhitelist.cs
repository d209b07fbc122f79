using System.Linq.Expressions;
using System.Reflection;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Walks a parsed expression tree and refuses anything outside the allowed vocabulary: only the input parameter,
/// literals, arithmetic/comparison/logic, properties of the report model, <see cref="Fn"/>/<see cref="Chk"/> and a few
/// <see cref="Math"/> functions. No GetType/reflection, clock, I/O, environment, object creation or lambdas.
/// The walk is iterative (an explicit stack) and depth-limited, so no tree can overflow the thread's stack.
/// </summary>
internal static class ExpressionWhitelist
{
    /// <summary>Deepest tree accepted (the text limits of <see cref="ExpressionLimits"/> keep real trees far below).</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> MathMethods = ["Min", "Max", "Round", "Abs", "Floor", "Ceiling"];
    private static readonly Assembly ModelAssembly = typeof(RubricInput).Assembly;

    /// <summary>Every violation in <paramref name="expression"/> (empty when allowed).</summary>
    public static IReadOnlyList<string> Check(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var violations = new List<string>();
        var pending = new Stack<(Expression Node, int Depth)>();
        pending.Push((expression, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                violations.Add($"表达式嵌套过深（超过 {MaxDepth} 层）");
                break;
            }

            foreach (var child in Children(node, violations))
            {
                if (child is not null)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return violations;
    }

    private static bool IsModelType(Type? t) =>
        t is not null && t.Assembly == ModelAssembly && t.Namespace is "PerfEval.Rules.Model" or "PerfEval.Rules.Engine";

    /// <summary>The node's operands to check next, or none when the node itself is refused (recorded in <paramref name="violations"/>).</summary>
    private static IEnumerable<Expression?> Children(Expression node, List<string> violations)
    {
        switch (node)
        {
            case BinaryExpression b when b.NodeType is ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply
                or ExpressionType.Divide or ExpressionType.Modulo
                or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.And or ExpressionType.Or
                or ExpressionType.Coalesce:
                return [b.Left, b.Right, b.Conversion];
            case UnaryExpression u when u.NodeType is ExpressionType.Negate or ExpressionType.UnaryPlus or ExpressionType.Not:
                return [u.Operand];
            case UnaryExpression u when u.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked:
                var target = Nullable.GetUnderlyingType(u.Type) ?? u.Type;
                if (!(target.IsPrimitive || target == typeof(decimal) || target == typeof(object)))
                {
                    violations.Add($"不允许转换为 {u.Type.Name}");
                    return [];
                }

                return [u.Operand];
            case ConditionalExpression c:
                return [c.Test, c.IfTrue, c.IfFalse];
            case ConstantExpression k:
                var t = Nullable.GetUnderlyingType(k.Type) ?? k.Type;
                if (k.Value is not null && !(t.IsPrimitive || t == typeof(decimal) || t == typeof(string) || t.IsEnum))
                {
                    violations.Add($"不允许的常量类型 {k.Type.Name}");
                }

                return [];
            case ParameterExpression p:
                if (p.Name != Definitions.RulesEngineJson.InputName || (p.Type != typeof(RubricInput) && p.Type != typeof(RouteInput)))
                {
                    violations.Add($"不允许的参数 {p.Name}（只能使用 input）");
                }

                return [];
            case MemberExpression m:
                return Member(m, violations);
            case MethodCallExpression call:
                return Call(call, violations);
            default:
                violations.Add($"不允许的表达式结构 {node.NodeType}（{Short(node)}）");
                return [];
        }
    }

    private static IEnumerable<Expression?> Member(MemberExpression node, List<string> violations)
    {
        var declaring = node.Member.DeclaringType;
        var ok = node.Expression is not null && (IsModelType(declaring)
            || (declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(Nullable<>) && node.Member.Name is "HasValue" or "Value")
            || (declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(List<>) && node.Member.Name == "Count" && IsModelType(declaring.GetGenericArguments()[0]))
            || (declaring == typeof(string) && node.Member.Name == "Length"));
        if (!ok)
        {
            violations.Add($"不允许访问 {declaring?.Name}.{node.Member.Name}（只能使用报告字段和函数库）");
            return [];
        }

        return [node.Expression];
    }

    private static IEnumerable<Expression?> Call(MethodCallExpression node, List<string> violations)
    {
        var m = node.Method;
        var ok = m.IsStatic && m.IsPublic && (m.DeclaringType == typeof(Fn) || m.DeclaringType == typeof(Chk)
            || (m.DeclaringType == typeof(Math) && MathMethods.Contains(m.Name)));
        if (!ok)
        {
            violations.Add($"不允许调用 {m.DeclaringType?.Name}.{m.Name}()（可用：Fn.*、Chk.*、Math.Min/Max/Round/Abs/Floor/Ceiling）");
            return [];
        }

        return node.Arguments;
    }

    /// <summary>The node as text, cut short: a refused subtree may be large.</summary>
    private static string Short(Expression node)
    {
        var text = node.ToString();
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}

using System.Linq.Expressions;
using System.Reflection;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Walks a parsed expression tree and refuses anything outside the allowed vocabulary: only the input parameter,
/// literals, arithmetic/comparison/logic, properties of the report model, <see cref="Fn"/>/<see cref="Chk"/> and a few
/// <see cref="Math"/> functions. No GetType/reflection, clock, I/O, environment, object creation or lambdas.
/// </summary>
internal sealed class ExpressionWhitelist : ExpressionVisitor
{
    private static readonly HashSet<string> MathMethods = ["Min", "Max", "Round", "Abs", "Floor", "Ceiling"];
    private static readonly Assembly ModelAssembly = typeof(RubricInput).Assembly;
    private readonly List<string> _violations = [];

    private ExpressionWhitelist()
    {
    }

    /// <summary>Every violation in <paramref name="expression"/> (empty when allowed).</summary>
    public static IReadOnlyList<string> Check(Expression expression)
    {
        var v = new ExpressionWhitelist();
        v.Visit(expression);
        return v._violations;
    }

    private static bool IsModelType(Type? t) =>
        t is not null && t.Assembly == ModelAssembly && t.Namespace is "PerfEval.Rules.Model" or "PerfEval.Rules.Engine";

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        switch (node.NodeType)
        {
            case ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
                or ExpressionType.Negate or ExpressionType.UnaryPlus or ExpressionType.Not
                or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.And or ExpressionType.Or
                or ExpressionType.Conditional or ExpressionType.Coalesce
                or ExpressionType.Constant or ExpressionType.Parameter or ExpressionType.MemberAccess or ExpressionType.Call
                or ExpressionType.Convert or ExpressionType.ConvertChecked:
                return base.Visit(node);
            default:
                _violations.Add($"不允许的表达式结构 {node.NodeType}（{node}）");
                return node;
        }
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node.Name != Definitions.WorkflowJson.InputName || node.Type != typeof(RubricInput))
        {
            _violations.Add($"不允许的参数 {node.Name}（只能使用 input）");
        }

        return node;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        var t = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        if (node.Value is not null && !(t.IsPrimitive || t == typeof(decimal) || t == typeof(string) || t.IsEnum))
        {
            _violations.Add($"不允许的常量类型 {node.Type.Name}");
        }

        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType;
        var ok = node.Expression is not null && (IsModelType(declaring)
            || (declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(Nullable<>) && node.Member.Name is "HasValue" or "Value")
            || (declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(List<>) && node.Member.Name == "Count" && IsModelType(declaring.GetGenericArguments()[0]))
            || (declaring == typeof(string) && node.Member.Name == "Length"));
        if (!ok)
        {
            _violations.Add($"不允许访问 {declaring?.Name}.{node.Member.Name}（只能使用报告字段和函数库）");
            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var m = node.Method;
        var ok = m.IsStatic && m.IsPublic && (m.DeclaringType == typeof(Fn) || m.DeclaringType == typeof(Chk)
            || (m.DeclaringType == typeof(Math) && MathMethods.Contains(m.Name)));
        if (!ok)
        {
            _violations.Add($"不允许调用 {m.DeclaringType?.Name}.{m.Name}()（可用：Fn.*、Chk.*、Math.Min/Max/Round/Abs/Floor/Ceiling）");
            return node;
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var t = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked && !(t.IsPrimitive || t == typeof(decimal) || t == typeof(object)))
        {
            _violations.Add($"不允许转换为 {node.Type.Name}");
            return node;
        }

        return base.VisitUnary(node);
    }
}

namespace PerfEval.Rules.Loading;

/// <summary>
/// Names an exception raised while evaluating a rule without echoing its message: evaluation messages may carry
/// data the expression reached (a file path, an environment value), so only the kind of error is reported.
/// </summary>
internal static class EvaluationErrors
{
    /// <summary>A Chinese description of the kind of error.</summary>
    public static string Describe(Exception exception)
    {
        var e = exception.GetBaseException();
        return e switch
        {
            DivideByZeroException => "除数为零",
            OverflowException => "数值溢出",
            NullReferenceException => "引用了空值",
            InvalidOperationException => "取了没有值的可空数值（请先判断 HasValue）",
            InvalidCastException => "类型转换失败",
            FormatException => "格式转换失败",
            IndexOutOfRangeException or ArgumentOutOfRangeException => "下标或参数超出范围",
            ArgumentException => "参数无效",
            InsufficientExecutionStackException => "表达式嵌套过深",
            _ => $"运行出错（{e.GetType().Name}）",
        };
    }
}

namespace PerfEval.Rules.Loading;

/// <summary>
/// Bounds an expression's text before anything parses it. The Dynamic LINQ parser and the expression compilers recurse
/// once per nesting level and once per operator of a chain, and a stack overflow cannot be caught: one request would
/// kill the process. A rubric needs far less than these limits (the shipped ones: 359 characters, nesting 3, 27 operators).
/// </summary>
internal static class ExpressionLimits
{
    /// <summary>Longest expression accepted (characters).</summary>
    public const int MaxLength = 4000;

    /// <summary>Deepest nesting of parentheses, calls and brackets accepted.</summary>
    public const int MaxNesting = 32;

    /// <summary>Most operator characters (<c>&gt;=</c> counts two) accepted in one expression.</summary>
    public const int MaxOperators = 256;

    private const string OperatorChars = "+-*/%!?:<>=&|^~";

    /// <summary>Why <paramref name="expression"/> is too big to parse, or <c>null</c> when it is within the limits.</summary>
    public static string? Check(string expression)
    {
        if (expression.Length > MaxLength)
        {
            return $"表达式过长：{expression.Length} 个字符，最多 {MaxLength} 个";
        }

        var depth = 0;
        var maxDepth = 0;
        var operators = 0;
        for (var n = 0; n < expression.Length; n++)
        {
            var c = expression[n];
            if (c is '"' or '\'')
            {
                n = SkipLiteral(expression, n);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                maxDepth = Math.Max(maxDepth, ++depth);
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            // Every character counts: "!!!!x" nests as deeply as "!(!(!(!x)))".
            if (OperatorChars.Contains(c, StringComparison.Ordinal))
            {
                operators++;
            }
        }

        if (maxDepth > MaxNesting)
        {
            return $"表达式嵌套过深：{maxDepth} 层括号或函数调用，最多 {MaxNesting} 层";
        }

        return operators > MaxOperators ? $"表达式运算符过多：{operators} 个运算符字符，最多 {MaxOperators} 个" : null;
    }

    /// <summary>Index of the closing quote of the literal opened at <paramref name="start"/> (or the end of the text).</summary>
    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        for (var n = start + 1; n < text.Length; n++)
        {
            if (text[n] == '\\')
            {
                n++;
            }
            else if (text[n] == quote)
            {
                return n;
            }
        }

        return text.Length;
    }
}

namespace PerfEval.Rules.Model;

/// <summary>The two kinds of self-evaluation report.</summary>
public enum ReportKind
{
    /// <summary>项目支出绩效自评 — one project's expenditure.</summary>
    Project,

    /// <summary>部门整体支出绩效评价 — a whole department's budget.</summary>
    Department,
}

/// <summary>评价类型 as ticked on the cover of the form.</summary>
public enum EvaluationType
{
    /// <summary>Not ticked.</summary>
    Unspecified,

    /// <summary>事前评价.</summary>
    Prior,

    /// <summary>事中评价.</summary>
    Interim,

    /// <summary>事后评价.</summary>
    Posterior,

    /// <summary>项目实施过程评价.</summary>
    ImplementationProcess,

    /// <summary>项目完成结果评价.</summary>
    CompletionResult,
}

/// <summary>The unit an amount of money is written in.</summary>
public enum MoneyUnit
{
    /// <summary>万元 (ten thousand yuan) — the unit of the funding grid.</summary>
    WanYuan,

    /// <summary>元.</summary>
    Yuan,
}

/// <summary>How an indicator's actual value is compared with its target.</summary>
public enum Comparator
{
    /// <summary>≥ 正向: more is better.</summary>
    AtLeast,

    /// <summary>≤ 反向: less is better (costs).</summary>
    AtMost,

    /// <summary>= 等于.</summary>
    Equal,

    /// <summary>定性: judged in words, scored inside a band.</summary>
    Qualitative,
}

/// <summary>Conversions between money units.</summary>
public static class MoneyUnits
{
    /// <summary>Converts <paramref name="amount"/> written in <paramref name="unit"/> to 万元.</summary>
    public static decimal ToWanYuan(decimal amount, MoneyUnit unit) => unit == MoneyUnit.Yuan ? amount / 10_000m : amount;

    /// <summary>The Chinese label of a unit (元 / 万元).</summary>
    public static string Label(MoneyUnit unit) => unit == MoneyUnit.Yuan ? "元" : "万元";
}

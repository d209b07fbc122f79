namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese labels of the report form, in the order of the paper form (part of the UI text resources).</summary>
internal static partial class FormText
{
    public const string NotComputable = "—";

    public static string ExecutionExplanation(decimal below) => FormatExecutionExplanationTemplate(below.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));

    public static string StatedDiffers(decimal computed) => FormatStatedDiffersTemplate(computed.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A number as people write it: up to two decimals, no trailing zeros.</summary>
    public static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public static string ComparatorLabel(Comparator c) => c switch
    {
        Rules.Model.Comparator.AtLeast => "≥",
        Rules.Model.Comparator.AtMost => "≤",
        Rules.Model.Comparator.Equal => "=",
        _ => ComparatorLabel_Other,
    };

    public static string EvaluationTypeLabel(EvaluationType t) => t switch
    {
        Rules.Model.EvaluationType.Prior => EvaluationTypeLabel_Prior,
        Rules.Model.EvaluationType.Interim => EvaluationTypeLabel_Interim,
        Rules.Model.EvaluationType.Posterior => EvaluationTypeLabel_Posterior,
        Rules.Model.EvaluationType.ImplementationProcess => EvaluationTypeLabel_ImplementationProcess,
        Rules.Model.EvaluationType.CompletionResult => EvaluationTypeLabel_CompletionResult,
        _ => EvaluationTypeLabel_Other,
    };

    /// <summary>A field's name in plain words from its document path: "basic.personInCharge" → "一、基本概况 · 项目负责人",
    /// "indicators[2].level3" → "绩效指标 第 3 行 · 三级指标".</summary>
    public static string FieldLabel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = FormState.Normalize(path).Split('.');
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var label = i == 0 ? SectionLabel(name) : LeafLabel(name);
            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                label += FormatFieldLabelTemplate(n + 1);
            }

            words.Add(label);
        }

        return string.Join(" · ", words);
    }

    private static string LeafLabel(string name) => name switch
    {
        "projectName" => ProjectName,
        "unitName" => UnitName,
        "supervisingDepartment" => SupervisingDepartment,
        "evaluationType" => EvaluationType,
        "reportDate" => ReportDate,
        "year" => Year,
        "personInCharge" => PersonInCharge,
        "phone" => Phone,
        "address" => Address,
        "postcode" => Postcode,
        "startDate" => StartDate,
        "endDate" => EndDate,
        "planned" => Planned,
        "arrived" => Arrived,
        "spent" => Spent,
        "balance" => Balance,
        "central" => Central,
        "provincial" => Provincial,
        "city" => City,
        "county" => County,
        "other" => Other,
        "total" => Total,
        "level1" => Level1,
        "level2" => Level2,
        "level3" => Level3,
        "targetText" => TargetText,
        "targetValue" => TargetValue,
        "actualText" => ActualText,
        "actualValue" => ActualValue,
        "points" => Points,
        "selfScore" => SelfScore,
        "deviationReason" => DeviationReason,
        "overview" => LeafLabel_overview,
        "conclusion" => LeafLabel_conclusion,
        "name" => LeafLabel_name,
        "date" => Date,
        "lines" => LeafLabel_lines,
        _ => name,
    };

    /// <summary>Section names for the conflict summary, keyed by the document's JSON property.</summary>
    public static string SectionLabel(string jsonName) => jsonName switch
    {
        "basic" => Basic,
        "funding" => Funding,
        "expenditure" => Expenditure,
        "goals" => Goals,
        "indicators" => Indicators,
        "assessments" => Answers,
        "rubricSelfScores" => RubricSelfScores,
        "statedTotalScore" => StatedTotalScore,
        "statedGrade" => StatedGrade,
        "evaluators" => Evaluators,
        "signOffs" => SignOffs,
        "preparer" => PreparerName,
        "narrative" => Narrative,
        "department" => Department,
        _ => jsonName,
    };

    
    public static string PointsInParens(decimal points) => FormatPointsInParensTemplate(N(points));
    
    public static string DeductionRange(decimal min, decimal max) => min == max ? FormatDeductionRangeTemplate(N(min)) : FormatDeductionRange_2(N(min), N(max));
    
}

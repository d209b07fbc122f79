namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>
/// The designer's editable copy of a definition: stages, actions and routes as typed forms (a route keeps its template and
/// parameters). <see cref="ToDefinition"/> gives the definition the check, the simulation and publishing receive.
/// </summary>
public sealed partial class DesignerModel
{
    /// <summary>Target token: back to the stage the report came from (resolved by the workflow runtime).</summary>
    public const string PreviousToken = "@previous";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string ReportKind { get; set; } = "";

    public List<StageForm> Stages { get; } = [];

    /// <summary>The editable copy of <paramref name="definition"/>.</summary>
    public static DesignerModel From(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var model = new DesignerModel { Id = definition.Id, Name = definition.Name, ReportKind = definition.ReportKind };
        var start = definition.StartStage;
        foreach (var s in definition.Stages.OrderBy(s => s.Code == start ? 0 : 1))
        {
            var stage = new StageForm { Code = s.Code, Label = s.Label, DueDays = s.DueDays, Terminal = s.Terminal };
            foreach (var a in s.Actions)
            {
                var action = new ActionForm
                {
                    Code = a.Code, Label = a.Label, Role = a.Role, OrgLevel = a.OrgLevel, CommentRequired = a.CommentRequired,
                    SignOff = a.SignOff, Rescore = a.Rescore, To = a.To, Conditional = a.HasRoutes,
                };
                foreach (var r in a.Routes ?? [])
                {
                    var (template, amount, grade, orgs) = RouteTemplates.Read(r.When);
                    action.Routes.Add(new RouteForm { Template = template, Amount = amount, Grade = grade, OrgCodes = orgs, Advanced = r.When, To = r.To });
                }

                stage.Actions.Add(action);
            }

            model.Stages.Add(stage);
        }

        return model;
    }

    /// <summary>The definition as designed (the first stage is where reports start).</summary>
    public WorkflowDefinition ToDefinition() => new()
    {
        Id = Id,
        Name = Name,
        ReportKind = ReportKind,
        InitialStage = Stages.FirstOrDefault()?.Code,
        Stages = Stages.Select(s => new StageDefinition
        {
            Code = s.Code.Trim(),
            Label = s.Label,
            DueDays = s.DueDays,
            Terminal = s.Terminal,
            Actions = s.Terminal ? [] : s.Actions.Select(a => new ActionDefinition
            {
                Code = a.Code.Trim(),
                Label = a.Label,
                Role = a.Role,
                OrgLevel = a.OrgLevel,
                CommentRequired = a.CommentRequired,
                SignOff = a.SignOff,
                Rescore = a.Rescore,
                To = a.Conditional ? "" : a.To,
                Routes = a.Conditional ? a.Routes.Select(r => new RouteDefinition { When = r.Expression, To = r.To }).ToList() : null,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Moves a stage one place up or down (the first stage is the start).</summary>
    public void Move(StageForm stage, int by)
    {
        var i = Stages.IndexOf(stage);
        var j = i + by;
        if (i < 0 || j < 0 || j >= Stages.Count)
        {
            return;
        }

        (Stages[i], Stages[j]) = (Stages[j], Stages[i]);
    }

    /// <summary>The stage index a problem's path names (<c>stages[3].actions[0]</c> → 3), or <c>null</c>.</summary>
    public static int? StageIndexOf(string path)
        => StageIndex().Match(path ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^stages\[(\d+)\]")]
    private static partial Regex StageIndex();

    /// <summary>A new stage with an unused code, inserted before the first terminal stage.</summary>
    public StageForm AddStage()
    {
        var n = Stages.Count + 1;
        while (Stages.Any(s => s.Code == $"Stage{n}"))
        {
            n++;
        }

        var stage = new StageForm { Code = $"Stage{n}", Label = "", DueDays = 5 };
        var at = Stages.FindIndex(s => s.Terminal);
        Stages.Insert(at < 0 ? Stages.Count : at, stage);
        return stage;
    }
}

public sealed class StageForm
{
    public string Code { get; set; } = "";

    public string Label { get; set; } = "";

    public int? DueDays { get; set; }

    public bool Terminal { get; set; }

    public List<ActionForm> Actions { get; } = [];
}

public sealed class ActionForm
{
    public string Code { get; set; } = "";

    public string Label { get; set; } = "";

    public string Role { get; set; } = "";

    public OrgLevel OrgLevel { get; set; }

    public bool CommentRequired { get; set; }

    public SignOffField SignOff { get; set; }

    public bool Rescore { get; set; }

    /// <summary>Single target (when not <see cref="Conditional"/>).</summary>
    public string To { get; set; } = "";

    /// <summary>Whether routes decide the target.</summary>
    public bool Conditional { get; set; }

    public List<RouteForm> Routes { get; } = [];
}

public sealed class RouteForm
{
    public RouteTemplate Template { get; set; } = RouteTemplate.AmountAtLeast;

    public decimal? Amount { get; set; }

    public string? Grade { get; set; } = "良";

    public string? OrgCodes { get; set; }

    public string? Advanced { get; set; }

    public string To { get; set; } = "";

    /// <summary>The expression the template writes (<c>null</c> for the default route).</summary>
    public string? Expression => RouteTemplates.Write(Template, Amount, Grade, OrgCodes, Advanced);
}

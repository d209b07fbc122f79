namespace PerfEval.Host.Domain;

/// <summary>Level of an organisation in the tree finance bureau → supervising department → budget unit.</summary>
public enum OrgKind
{
    FinanceBureau,
    SupervisingDepartment,
    BudgetUnit,
}

/// <summary>An organisation: users belong to one, reports are owned by one.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable short code, e.g. <c>UNIT-SI</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrgKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public Organisation? Parent { get; set; }
}

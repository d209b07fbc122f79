namespace PerfEval.Workflows.Definitions;

/// <summary>Which sign-off box of the report an action writes its opinion, signer and date into.</summary>
public enum SignOffField
{
    /// <summary>The action writes no sign-off box.</summary>
    None,

    /// <summary>项目单位意见.</summary>
    Unit,

    /// <summary>主管部门意见.</summary>
    Department,

    /// <summary>财政部门归口业务科室意见.</summary>
    Finance,
}

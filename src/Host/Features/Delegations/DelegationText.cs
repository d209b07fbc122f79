namespace PerfEval.Host.Features.Delegations;

/// <summary>The Chinese texts of 代理审批 (to move to .resx with the others).</summary>
public static class DelegationText
{
    private static readonly TextResources R = new(typeof(DelegationText));

    public static string Title => R[nameof(Title)];
    public static string Given => R[nameof(Given)];
    public static string Received => R[nameof(Received)];
    public static string Delegate => R[nameof(Delegate)];
    public static string Start => R[nameof(Start)];
    public static string End => R[nameof(End)];
    public static string Create => R[nameof(Create)];
    public static string EndNow => R[nameof(EndNow)];
    public static string Active => R[nameof(Active)];
    public static string Ended => R[nameof(Ended)];
    public static string Pending => R[nameof(Pending)];
    public static string None => R[nameof(None)];
    public static string UnknownDelegate => R[nameof(UnknownDelegate)];
    public static string Self => R[nameof(Self)];
    public static string RangeOrder => R[nameof(RangeOrder)];
    public static string RangePast => R[nameof(RangePast)];
    public static string RangeTooLong => R[nameof(RangeTooLong)];
    public static string NoRedelegation => R[nameof(NoRedelegation)];
    public static string DelegateDelegates => R[nameof(DelegateDelegates)];
    public static string Overlap => R[nameof(Overlap)];
    public static string NotYours => R[nameof(NotYours)];
    public static string NoDelegation => R[nameof(NoDelegation)];
    public static string OnBehalf => R[nameof(OnBehalf)];

    public static string NotFound(Guid id) => R.Format("NotFound", id);

    public static string DelegationEndpointsCreate => R[nameof(DelegationEndpointsCreate)];

    public static string DelegationEndpointsCreate2 => R[nameof(DelegationEndpointsCreate2)];
}

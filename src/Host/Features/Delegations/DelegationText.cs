namespace PerfEval.Host.Features.Delegations;

/// <summary>The Chinese texts of 代理审批 (to move to .resx with the others).</summary>
public static class DelegationText
{
    public const string Title = "代理审批";
    public const string Given = "我委托的代理";
    public const string Received = "委托我代理的审批";
    public const string Delegate = "代理人（登录名）";
    public const string Start = "开始日期";
    public const string End = "结束日期";
    public const string Create = "设置代理";
    public const string EndNow = "提前结束";
    public const string Active = "生效中";
    public const string Ended = "已结束";
    public const string Pending = "未开始";
    public const string None = "暂无代理。";
    public const string UnknownDelegate = "代理人不存在，或不是本单位的用户。";
    public const string Self = "不能委托给自己。";
    public const string RangeOrder = "结束日期不能早于开始日期。";
    public const string RangePast = "结束日期不能早于今天。";
    public const string RangeTooLong = "代理期限最长 366 天。";
    public const string NoRedelegation = "您正在代理他人的审批，代理人不能再转委托。";
    public const string DelegateDelegates = "该用户已将自己的审批委托他人，不能再接受代理（不能转委托）。";
    public const string Overlap = "该期间已有生效的代理，请先结束它。";
    public const string NotYours = "只有委托人本人可以结束代理。";
    public const string NoDelegation = "您没有该用户在今天有效的代理授权。";
    public const string OnBehalf = "代";

    public static string NotFound(Guid id) => $"代理授权 {id} 不存在。";
}

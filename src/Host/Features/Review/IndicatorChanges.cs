namespace PerfEval.Host.Features.Review;

/// <summary>One indicator's input in a review or annotation command.</summary>
public interface IIndicatorInput
{
    string Key { get; }
}

/// <summary>A command that changes several indicators of a report at once (review scores, department notes).</summary>
public interface IIndicatorChanges<out TItem>
    where TItem : IIndicatorInput
{
    UserContext User { get; }

    Guid ReportId { get; }

    IReadOnlyList<TItem> Indicators { get; }

    int? ExpectedVersion { get; }
}

/// <summary>
/// What every indicator-changes command must hold: 1–500 indicators with distinct keys of up to 200 characters and a
/// positive expected version when given; the constructor's <c>item</c> adds the rules of the item's own fields.
/// </summary>
public abstract class IndicatorChangesValidator<TCommand, TItem> : AbstractValidator<TCommand>
    where TCommand : IIndicatorChanges<TItem>
    where TItem : IIndicatorInput
{
    protected IndicatorChangesValidator(Action<InlineValidator<TItem>> item)
    {
        RuleFor(c => c.Indicators).NotEmpty().WithMessage(ReviewText.NoItems)
            .Must(i => i.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == i.Count).WithMessage(ReviewText.DuplicateKey);
        RuleFor(c => c.Indicators.Count).LessThanOrEqualTo(500).OverridePropertyName("indicators");
        RuleForEach(c => c.Indicators).ChildRules(i =>
        {
            i.RuleFor(x => x.Key).NotEmpty().MaximumLength(200);
            item(i);
        });
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).When(c => c.ExpectedVersion is not null);
    }
}

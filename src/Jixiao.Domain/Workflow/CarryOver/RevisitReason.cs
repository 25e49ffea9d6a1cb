namespace Jixiao.Domain.Workflow.CarryOver;

/// <summary>Why a carried-over value must be looked at again before the new year's document is submitted.</summary>
public enum RevisitReason
{
    /// <summary>待复核: every indicator carried over; its target was set for last year's tasks.</summary>
    CarriedTarget,

    /// <summary>The target is 100%: check it against last year's actual result (VAL-06, VAL-11).</summary>
    FullTarget,

    /// <summary>The target is a placeholder (无, 不涉及, /, XX …, VAL-05).</summary>
    Placeholder,

    /// <summary>The target is qualitative: make it measurable or state the criterion (VAL-04).</summary>
    Qualitative,

    /// <summary>The target is empty.</summary>
    EmptyTarget,

    /// <summary>The target depends on last year's actual value (historical basis, growth, 同比; BAS-03).</summary>
    PriorYearData,

    /// <summary>The text names a year other than the new fiscal year (TXT-05).</summary>
    MentionsOtherYear,

    /// <summary>The project code encodes last year; the integrated system may issue a new one.</summary>
    ProjectCode,

    /// <summary>Budget and spending plan are last year's figures.</summary>
    Budget,

    /// <summary>The title's year was changed automatically.</summary>
    TitleYearChanged,
}

using Jixiao.Domain.Review.Rules;

namespace Jixiao.Domain.Review;

/// <summary>Every rule Jixiao ships, in the order of DOMAIN.md §11 (findings are listed in this order).</summary>
public static class ReviewRules
{
    public static IReadOnlyList<ReviewRule> All { get; } =
    [
        new Str01DocumentPartsRule(), new Str02SubGoalCompleteRule(), new Str03ProjectTableCompleteRule(),
        new Str04IndicatorRowCompleteRule(), new Str05MoneyRule(), new Str06Level1CoverageRule(),
        new Str07OutputQuantityQualityRule(), new Str08CostLevel1Rule(), new Str09TemplatePlaceholderRule(),
        new Tax01Level1AllowedRule(), new Tax02Level2PairRule(), new Tax03SynonymRule(), new Tax04MixedProfilesRule(),
        new Tax05OutputOutcomeConfusionRule(), new Tax06SatisfactionPlacementRule(), new Tax07BenefitNotApplicableRule(),
        new Tax08EnterpriseSatisfactionRule(), new Tax09UnknownToLibraryRule(),
        new Val01TargetParsesRule(), new Val02UnitMissingRule(), new Val03UnitUnknownRule(), new Val04VagueQualitativeRule(),
        new Val05PlaceholderValueRule(), new Val06AtLeastHundredPercentRule(), new Val07ImpossiblePercentRule(),
        new Val08DirectionRule(), new Val09TimelinessValueRule(), new Val10DuplicateIndicatorRule(),
        new Val11SatisfactionTargetIsHundredRule(), new Val12SatisfactionSurveyRule(),
        new Bas01BasisStandardRule(), new Bas02BasisIsVerdictRule(), new Bas03HistoricalBelowPriorRule(), new Bas04SameBasisEverywhereRule(), new Bas05BelowLibraryHistoryRule(),
        new Fin01BudgetSumRule(), new Fin02SpendingPlanRule(), new Fin03DefaultPlanEverywhereRule(), new Fin04CostExceedsBudgetRule(),
        new Fin05DepartmentTotalRule(), new Fin06AmbitionMatchesMoneyRule(), new Fin07CostNotInMoneyRule(), new Fin08DepartmentFiguresRule(),
        new Txt01GoalCoveredRule(), new Txt02WorkListGoalRule(), new Txt03CopiedAcrossTablesRule(), new Txt04FundUseRule(),
        new Txt05YearMismatchRule(), new Txt06GoalRestatesNameRule(), new Txt07DuplicateGoalsRule(),
        new Txt08DescriptionRepeatsNameRule(), new Txt09NameRepeatsLevel2Rule(),
        new Dep01OverallGoalFunctionsRule(), new Dep02SubGoalQuantifiedRule(), new Dep03ProjectSubGoalLinkRule(),
        new Dep04DepartmentDimensionsRule(),
        new Cod01ProjectCodeFormatRule(), new Cod02ProjectCodeYearRule(), new Cod03ProjectCodeRegionRule(),
        new Cod04UnitCodeRule(), new Cod05ProjectCodeUniqueRule(),
    ];
}

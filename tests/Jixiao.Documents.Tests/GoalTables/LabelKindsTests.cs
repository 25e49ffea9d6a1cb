using Jixiao.Documents.GoalTables;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>The kinds of head label a row holds, as bits: what the reader asks of a row must answer as the list it
/// replaced did.</summary>
public class LabelKindsTests
{
    [Fact]
    public void NoLabels_IsEmpty_AndHoldsNothing()
    {
        var none = default(LabelKinds);

        Assert.True(none.IsEmpty);
        Assert.False(none.Has(GoalLabel.TableTitle)); // the first kind is bit 0: empty must not read as holding it
        Assert.False(none.StartsProject);
        Assert.False(none.Any(_ => true));
    }

    [Fact]
    public void KindsAdded_AreHeldOnce_FirstAndLastKindIncluded()
    {
        var row = default(LabelKinds).With(GoalLabel.Budget).With(GoalLabel.End).With(GoalLabel.Budget).With(GoalLabel.TableTitle);

        Assert.False(row.IsEmpty);
        Assert.True(row.Has(GoalLabel.Budget));
        Assert.True(row.Has(GoalLabel.End));
        Assert.True(row.Has(GoalLabel.TableTitle));
        Assert.False(row.Has(GoalLabel.FiscalFunds));
        Assert.False(row.StartsProject);

        var asked = new List<GoalLabel>();
        Assert.False(row.Any(k => { asked.Add(k); return false; }));
        Assert.Equal([GoalLabel.TableTitle, GoalLabel.Budget, GoalLabel.End], asked); // each kind once, in enum order
        Assert.True(row.Any(k => k == GoalLabel.End));
    }

    [Theory]
    [InlineData(GoalLabel.ProjectName)]
    [InlineData(GoalLabel.ProjectCode)]
    public void AProjectNameOrCode_StartsAProject(GoalLabel label) =>
        Assert.True(default(LabelKinds).With(GoalLabel.Unit).With(label).StartsProject);

    [Fact]
    public void EveryKind_HasABitOfItsOwn() =>
        Assert.True(Enum.GetValues<GoalLabel>().Max() < (GoalLabel)32);
}

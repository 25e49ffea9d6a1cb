namespace Jixiao.Documents.GoalTables;

/// <summary>The kinds of head label a row holds, one bit each: the reader asks every row of every table's head for
/// them (is it empty, does it end the table, does it start a project), and a list per row was most of what that asking
/// allocated.</summary>
internal readonly record struct LabelKinds(uint Bits)
{
    public bool IsEmpty => Bits == 0;

    /// <summary>A 项目名称 or 项目编码 label: the row may start the next project.</summary>
    public bool StartsProject => Has(GoalLabel.ProjectName) || Has(GoalLabel.ProjectCode);

    public LabelKinds With(GoalLabel label) => new(Bits | Bit(label));

    public bool Has(GoalLabel label) => (Bits & Bit(label)) != 0;

    /// <summary>True when <paramref name="test"/> holds for one of the kinds (each kind asked once, however often the row
    /// holds it).</summary>
    public bool Any(Func<GoalLabel, bool> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        for (var bits = Bits; bits != 0; bits &= bits - 1)
        {
            if (test((GoalLabel)System.Numerics.BitOperations.TrailingZeroCount(bits)))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Bit(GoalLabel label) => 1u << (int)label;
}

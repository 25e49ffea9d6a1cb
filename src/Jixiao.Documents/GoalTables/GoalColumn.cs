namespace Jixiao.Documents.GoalTables;

/// <summary>What a column of an indicator table holds. The names are the keys of Data/columns.json.</summary>
public enum GoalColumn
{
    /// <summary>A label printed down the side of the block ("绩效指标" spanning the rows): no data.</summary>
    Block,

    Level1,

    Level2,

    /// <summary>三级指标.</summary>
    Name,

    /// <summary>"指标内容": the 三级 name where the table has no 三级 column, else the description.</summary>
    NameOrDescription,

    Description,

    /// <summary>中期/长期指标值: kept with the row, not the annual target.</summary>
    LongTermTarget,

    /// <summary>The (annual) 指标值.</summary>
    Target,

    /// <summary>Last year's actual value printed beside the target.</summary>
    PriorActual,

    TargetBasis,

    /// <summary>评分标准 / 评价标准 of the row.</summary>
    Standard,

    /// <summary>The standard for one grade (优, 良, 中, 差).</summary>
    GradeStandard,

    /// <summary>分值 / 权重.</summary>
    Weight,

    /// <summary>A column of comparison signs (≥, =) beside the number (指标性质 in some forms, 指标方向 in others).</summary>
    Comparator,

    /// <summary>度量单位 / 计量单位 beside the number.</summary>
    Unit,

    /// <summary>Kept with the row under its heading.</summary>
    Extra,

    /// <summary>Not read (序号).</summary>
    Ignore,
}

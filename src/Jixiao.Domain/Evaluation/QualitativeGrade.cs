namespace Jixiao.Domain.Evaluation;

/// <summary>The three grades a 定性 actual value names, whatever words the unit used: 达成 / 部分达成 / 未达成
/// (the bands [80%,100%], [60%,80%), [0,60%) of the 自评表; green / yellow / red in monitoring).</summary>
public enum QualitativeGrade
{
    Achieved,
    Partial,
    NotAchieved,
}

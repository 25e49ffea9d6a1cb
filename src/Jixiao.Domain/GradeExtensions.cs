namespace Jixiao.Domain;

public static class GradeExtensions
{
    public static string ToChinese(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        _ => "差",
    };

    public static Grade? FromChinese(string text) => text.Trim() switch
    {
        "优" => Grade.Excellent,
        "良" => Grade.Good,
        "中" => Grade.Fair,
        "差" => Grade.Poor,
        _ => null,
    };

    /// <summary>The grade of a score out of 100 by the bands of DOMAIN.md §5.5: 优 ≥90, 良 ≥80, 中 ≥60, else 差.
    /// Exact decimals: 89.99 is 良, 90.00 is 优.</summary>
    public static Grade FromScore(decimal score) => score switch
    {
        >= 90m => Grade.Excellent,
        >= 80m => Grade.Good,
        >= 60m => Grade.Fair,
        _ => Grade.Poor,
    };

    /// <summary>What a goal-review grade means for the budget (财预〔2015〕88号, DOMAIN.md §4.1).</summary>
    public static string ReviewConsequence(this Grade grade) => grade switch
    {
        Grade.Excellent => "优：可进入项目库，按程序安排预算。",
        Grade.Good => "良：与预算单位协商修改完善后确定绩效目标。",
        Grade.Fair => "中：预算单位须修改绩效目标并重新报送审核。",
        _ => "差：不得进入下一步预算安排流程。",
    };
}

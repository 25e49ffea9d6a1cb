namespace Jixiao.Domain;

/// <summary>
/// 优/良/中/差: the four grades of goal review (财预〔2015〕88号, DOMAIN.md §4.1) and of evaluation scores
/// (优 ≥90, 良 [80,90), 中 [60,80), 差 &lt;60; DOMAIN.md §5.5).
/// </summary>
public enum Grade
{
    Excellent,
    Good,
    Fair,
    Poor,
}

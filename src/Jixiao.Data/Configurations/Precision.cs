namespace Jixiao.Data.Configurations;

/// <summary>Decimal precision of non-money numbers (money is whole fen in bigint columns).</summary>
internal static class Precision
{
    public const int Percent = 9;
    public const int PercentScale = 4;
    public const int Number = 28;
    public const int NumberScale = 8;
    public const int Score = 7;
    public const int ScoreScale = 2;
}

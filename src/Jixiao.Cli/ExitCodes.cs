namespace Jixiao.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input could not be read; the problems are on stderr.</summary>
    public const int UnreadableInput = 1;

    public const int BadUsage = 2;

    /// <summary>`jixiao review`, `score` or `monitor` found at least one error-severity finding.</summary>
    public const int ReviewErrors = 3;

    /// <summary>The database could not be reached or opened (`jixiao db …`).</summary>
    public const int DatabaseUnavailable = 4;
}

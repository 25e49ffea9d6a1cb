namespace Jixiao.Domain.Review;

/// <summary>Severity of a finding (DOMAIN.md §11: E = blocks approval, W = should be fixed, I = for information).</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}

namespace Jixiao.Domain.Review;

/// <summary>A province's setting for one rule in a review profile: switch it off or change its severity.</summary>
public sealed class RuleSetting
{
    public bool Enabled { get; init; } = true;

    /// <summary>"error", "warning" or "info"; null keeps the rule's own severity.</summary>
    public string? Severity { get; init; }

    /// <summary>Why the province changed the rule (shown nowhere, kept for the reader of the file).</summary>
    public string? Note { get; init; }
}

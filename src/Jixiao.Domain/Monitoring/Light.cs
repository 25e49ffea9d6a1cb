namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 预警灯 of monitoring (DOMAIN.md §6.4). Declared from best to worst so the project light is the maximum:
/// blue (over-shoot, the target may be too low) ranks above green but below yellow.
/// </summary>
public enum Light
{
    /// <summary>Not judged: nothing to compare (missing value, empty plan).</summary>
    None,

    Green,

    Blue,

    Yellow,

    Red,
}

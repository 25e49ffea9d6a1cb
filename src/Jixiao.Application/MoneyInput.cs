using Jixiao.Application.Execution;
using Jixiao.Domain.Goals;

namespace Jixiao.Application;

/// <summary>Money typed by a clerk in 万元 ("14.6", "１４．６", "14.600000"), read exactly to the fen: the one parser of
/// money fields for every form and API body (project tables, execution data, 监控表, 自评表). Negative amounts are
/// refused (<see cref="Money.TryParseWanYuan"/>).</summary>
public static class MoneyInput
{
    /// <summary>The amount of <paramref name="text"/>; null when it is blank (with <paramref name="error"/> set when the
    /// field is <paramref name="required"/>) or not an amount (with the Chinese reason naming <paramref name="label"/>).</summary>
    public static Money? Read(string? text, string label, bool required, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                error = $"请填写{label}（万元）。";
            }

            return null;
        }

        if (!Money.TryParseWanYuan(text, out var money, out var problem))
        {
            error = $"{label}“{text.Trim()}”不是有效金额：{problem}";
            return null;
        }

        return money;
    }

    /// <summary>As <see cref="Read(string?, string, bool, out string?)"/>, adding the problem to <paramref name="errors"/>
    /// under <paramref name="field"/>.</summary>
    public static Money? Read(string? text, string field, string label, List<InputError> errors, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var money = Read(text, label, required, out var error);
        if (error is not null)
        {
            errors.Add(new InputError(field, error));
        }

        return money;
    }

    public static string? Text(long? fen) => fen is { } f ? new Money(f).ToWanYuanString() : null;
}

using Jixiao.Domain.Goals;

namespace Jixiao.Application.Execution;

/// <summary>Money typed by a clerk in 万元 ("14.6", "１４．６", "14.600000"), read exactly to the fen.</summary>
internal static class MoneyInput
{
    public static Money? Read(string? text, string field, string label, List<InputError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new InputError(field, $"请填写{label}（万元）。"));
            }

            return null;
        }

        if (!Money.TryParseWanYuan(text, out var money, out var problem))
        {
            errors.Add(new InputError(field, $"{label}“{text.Trim()}”不是金额：{problem}"));
            return null;
        }

        return money;
    }

    public static string? Text(long? fen) => fen is { } f ? new Money(f).ToWanYuanString() : null;
}

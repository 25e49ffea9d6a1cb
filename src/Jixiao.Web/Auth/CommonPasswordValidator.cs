using Jixiao.Data;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Auth;

/// <summary>
/// Refuses passwords that are guessed first: one of the common roots in <c>CommonPasswords.txt</c> (data) once the
/// digits and symbols around it are taken off and look-alike digits read as letters (Password12, P@ssw0rd!, Qwerty1234),
/// only digits or symbols, one or two characters repeated, a straight run (abcdefghij), or the user name inside it.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<JixiaoUser>
{
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Roots = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<JixiaoUser> manager, JixiaoUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? string.Empty, user?.UserName)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "密码过于常见或有规律（如 Password12、Qwerty1234、全为数字、重复或连续的字符、包含用户名），容易被猜中。请换一个不易猜到的密码。",
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password, string? userName)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().TrimStart(NotLetter(lower)).TrimEnd(NotLetter(lower));
        var readable = Unleet(core);
        if (core.Length == 0 || Roots.Value.Contains(lower) || Roots.Value.Contains(core) || Roots.Value.Contains(readable))
        {
            return true;
        }

        if (lower.Distinct().Count() <= 2 || IsRun(lower))
        {
            return true;
        }

        return userName is { Length: >= 3 } name && lower.Contains(name.ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>The characters around the core of the password: everything in it that is not a letter.</summary>
    private static char[] NotLetter(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static string Unleet(string text) => string.Concat(text.Select(c => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', '!' => 'i',
        _ => c,
    }));

    /// <summary>Each character one after the previous (abcdef, 987654): a run, however long.</summary>
    private static bool IsRun(string text)
    {
        if (text.Length < 3)
        {
            return false;
        }

        var step = text[1] - text[0];
        return step is 1 or -1 && text.Zip(text.Skip(1)).All(p => p.Second - p.First == step);
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("CommonPasswords.txt")
            ?? throw new InvalidOperationException("缺少常见密码清单 CommonPasswords.txt。");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}

using System.Security.Cryptography;

namespace Jixiao.Web.Auth;

/// <summary>Random initial passwords (first administrator, new users, resets): shown once, meeting the password
/// rules (10+ characters, digit, upper and lower case), without look-alike characters.</summary>
public static class Passwords
{
    public static string Random()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "Jx-" + RandomNumberGenerator.GetString(alphabet, 14) + "7a";
    }
}

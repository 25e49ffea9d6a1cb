using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Values;

/// <summary>The operator words and symbols of the value grammar, as published tables write them. Longer forms come
/// first so that "不低于" is not read as "低于".</summary>
internal static class ValueWords
{
    /// <summary>Operators written before the number: symbols (after look-alikes are mapped) and words.</summary>
    public static readonly (string Word, Comparator Comparator, bool Approximate, bool Symbol)[] Prefixes = Sorted(
    [
        (">=", Comparator.GreaterOrEqual, false, true), ("=>", Comparator.GreaterOrEqual, false, true), ("≥=", Comparator.GreaterOrEqual, false, true),
        ("<=", Comparator.LessOrEqual, false, true), ("=<", Comparator.LessOrEqual, false, true), ("≤=", Comparator.LessOrEqual, false, true),
        ("==", Comparator.Equal, false, true), ("≥", Comparator.GreaterOrEqual, false, true), ("≤", Comparator.LessOrEqual, false, true),
        (">", Comparator.Greater, false, true), ("<", Comparator.Less, false, true), ("=", Comparator.Equal, false, true),
        ("≈", Comparator.Equal, true, true),
        ("大于或等于", Comparator.GreaterOrEqual, false, false), ("大于等于", Comparator.GreaterOrEqual, false, false),
        ("高于或等于", Comparator.GreaterOrEqual, false, false), ("不低于", Comparator.GreaterOrEqual, false, false),
        ("不少于", Comparator.GreaterOrEqual, false, false), ("不小于", Comparator.GreaterOrEqual, false, false),
        ("不下于", Comparator.GreaterOrEqual, false, false), ("至少", Comparator.GreaterOrEqual, false, false),
        ("最少", Comparator.GreaterOrEqual, false, false), ("最低", Comparator.GreaterOrEqual, false, false),
        ("达到", Comparator.GreaterOrEqual, false, false), ("达", Comparator.GreaterOrEqual, false, false),
        ("小于或等于", Comparator.LessOrEqual, false, false), ("小于等于", Comparator.LessOrEqual, false, false),
        ("低于或等于", Comparator.LessOrEqual, false, false), ("不高于", Comparator.LessOrEqual, false, false),
        ("不超过", Comparator.LessOrEqual, false, false), ("不大于", Comparator.LessOrEqual, false, false),
        ("不多于", Comparator.LessOrEqual, false, false), ("不晚于", Comparator.LessOrEqual, false, false),
        ("不迟于", Comparator.LessOrEqual, false, false), ("至多", Comparator.LessOrEqual, false, false),
        ("最多", Comparator.LessOrEqual, false, false), ("最高", Comparator.LessOrEqual, false, false),
        ("控制在", Comparator.LessOrEqual, false, false), ("控制", Comparator.LessOrEqual, false, false),
        ("大于", Comparator.Greater, false, false), ("高于", Comparator.Greater, false, false),
        ("多于", Comparator.Greater, false, false), ("超过", Comparator.Greater, false, false),
        ("小于", Comparator.Less, false, false), ("低于", Comparator.Less, false, false),
        ("少于", Comparator.Less, false, false), ("不足", Comparator.Less, false, false),
        ("等于", Comparator.Equal, false, false), ("为", Comparator.Equal, false, false),
        ("约为", Comparator.Equal, true, false), ("大约", Comparator.Equal, true, false), ("约", Comparator.Equal, true, false),
        ("大概", Comparator.Equal, true, false), ("近", Comparator.Equal, true, false),
    ]);

    /// <summary>Operators written after the unit: "95%以上", "30天以内", "100人左右".</summary>
    public static readonly (string Word, Comparator Comparator, bool Approximate)[] Suffixes = Sorted(
    [
        ("及以上", Comparator.GreaterOrEqual, false), ("或以上", Comparator.GreaterOrEqual, false), ("以上", Comparator.GreaterOrEqual, false),
        ("之上", Comparator.GreaterOrEqual, false),
        ("及以下", Comparator.LessOrEqual, false), ("或以下", Comparator.LessOrEqual, false), ("以下", Comparator.LessOrEqual, false),
        ("以内", Comparator.LessOrEqual, false), ("之内", Comparator.LessOrEqual, false), ("内", Comparator.LessOrEqual, false),
        ("之前", Comparator.LessOrEqual, false), ("以前", Comparator.LessOrEqual, false), ("为止", Comparator.LessOrEqual, false),
        ("前", Comparator.LessOrEqual, false), ("止", Comparator.LessOrEqual, false),
        ("左右", Comparator.Equal, true), ("上下", Comparator.Equal, true),
    ]);

    /// <summary>Words after a value that add nothing to it: "100%完成", "10月底前全部完成", "95%为宜".</summary>
    public static readonly string[] TrailingWords = Sorted(
        ["完成", "全部完成", "完工", "办结", "到位", "达标", "覆盖", "验收", "拨付", "发放", "支付", "兑付", "为宜", "即可", "(含)", "含"]);

    /// <summary>Between two bounds of a range: "80%-90%", "80～90%", "80%至90%".</summary>
    public const string RangeSeparators = "-~—至到";

    /// <summary>Between two one-sided conditions: "≥80%且≤90%".</summary>
    public static readonly string[] Connectors = Sorted(["并且", "而且", "且", "并", "和", "与", ",", "、", "&", ";"]);

    /// <summary>Trailing punctuation a clerk may leave after a value: "95%以上。".</summary>
    public const string TrailingPunctuation = "。.,，;；、!！:：'\"“”‘’";

    /// <summary>Look-alike characters mapped before reading (after full-width forms become half-width).</summary>
    public static char LookAlike(char c) => c switch
    {
        '≧' or '⩾' or '≮' => '≥',
        '≦' or '⩽' or '≯' => '≤',
        '═' or '⩵' => '=',
        '﹥' or '〉' => '>',
        '﹤' or '〈' => '<',
        '〜' or '∼' => '~',
        '–' or '‐' or '‑' or '−' => '-',
        '【' or '〔' or '［' => '(',
        '】' or '〕' or '］' => ')',
        _ => c,
    };

    private static T[] Sorted<T>(T[] items) where T : notnull =>
        [.. items.OrderByDescending(i => WordOf(i).Length)];

    private static string WordOf<T>(T item) => item switch
    {
        string s => s,
        ValueTuple<string, Comparator, bool, bool> p => p.Item1,
        ValueTuple<string, Comparator, bool> s => s.Item1,
        _ => string.Empty,
    };
}

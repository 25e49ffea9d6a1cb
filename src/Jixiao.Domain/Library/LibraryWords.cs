namespace Jixiao.Domain.Library;

/// <summary>The word list behind name normalisation (Library/words.json, embedded): spelling variants merged into
/// one form, and the pairs deliberately kept apart because they measure different things.</summary>
public sealed class LibraryWords
{
    private static readonly Lazy<LibraryWords> BuiltIn = new(() =>
        ProfileJson.Deserialize<LibraryWords>(ProfileJson.ReadResource("Jixiao.Library.words.json"), "指标库词表"));

    public static LibraryWords Default => BuiltIn.Value;

    public string Source { get; init; } = string.Empty;

    /// <summary>Written form → the form the library keys on.</summary>
    public Dictionary<string, string> Variants { get; init; } = [];

    /// <summary>Pairs (with the reason) that must stay two indicators.</summary>
    public List<List<string>> KeptApart { get; init; } = [];
}

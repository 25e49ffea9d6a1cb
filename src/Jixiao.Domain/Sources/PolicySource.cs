namespace Jixiao.Domain.Sources;

/// <summary>
/// A public document a rule or profile rests on: its number (文号) when it has one and its title. Users see
/// <see cref="Cite"/>, so every source shown names a document they can look up, with the article or passage.
/// </summary>
public sealed record PolicySource(string Number, string Title)
{
    /// <summary>How the document is named: 文号《标题》, or 《标题》 for a document cited without a number.</summary>
    public string Name => Title.Length == 0 ? Number : $"{Number}《{Title}》";

    /// <summary>The document and, when known, the article or passage: 财预〔2015〕88号《…》 可行性（…）.</summary>
    public string Cite(string passage = "") =>
        passage.Length == 0 ? Name : passage.StartsWith('（') ? Name + passage : $"{Name} {passage}";
}

namespace Jixiao.Application.Review;

/// <summary>One line of the 审核 list's summary: a unit (or a document, for its own findings) or a rule, with the
/// errors, warnings and infos of the filtered findings.</summary>
public sealed record FindingCount(string Key, string Name, int Errors, int Warnings, int Infos);

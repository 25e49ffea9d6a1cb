namespace Jixiao.Application.Library;

/// <summary>One indicator row of a <see cref="SimilarProject"/>, as it can be added to the table being edited.</summary>
public sealed record SimilarRow(string Level1, string Level2, string Name, string Description, string Target, string Basis);

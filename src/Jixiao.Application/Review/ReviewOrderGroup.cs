namespace Jixiao.Application.Review;

/// <summary>The findings of one severity or rule (<see cref="Key"/>, sorted by <see cref="Rank"/> then key) of one unit
/// (none: the documents' own findings) in the 审核 list's severity or rule order, counted from the stored lines.</summary>
public readonly record struct ReviewOrderGroup(string Key, int Rank, int? UnitId, string UnitCode, int Count);

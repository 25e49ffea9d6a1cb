using Jixiao.Application.Documents;

namespace Jixiao.Web.Features.Import;

/// <summary>What an API import did, and the reader's warnings.</summary>
public sealed record ImportOutcome(int DocumentId, bool DocumentCreated, int Added, int Changed, int Unchanged, int Removed, IReadOnlyList<ProjectChange> Projects, IReadOnlyList<string> Warnings);

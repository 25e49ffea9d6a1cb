using System.Collections.Concurrent;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>
/// 自动审核: runs every enabled rule over a document and scores each table and the document. Table rules run
/// table by table (in parallel for big documents); document rules (Part 1, across tables) run once after.
/// </summary>
public sealed class ReviewEngine
{
    // Below this many tables the parallel machinery costs more than it saves.
    private const int ParallelThreshold = 64;

    public ReviewEngine()
        : this(ReviewRules.All)
    {
    }

    public ReviewEngine(IEnumerable<ReviewRule> rules) => Rules = [.. rules];

    public IReadOnlyList<ReviewRule> Rules { get; }

    public ReviewReport Review(PerformanceDocument document, ReviewProfile? profile = null) =>
        Review(document, profile, ReviewSupplement.None);

    /// <summary>Review with data the document lacks (prior-year actuals, weights, …) so the rules needing it fire.</summary>
    public ReviewReport Review(PerformanceDocument document, ReviewProfile? profile, ReviewSupplement? supplement)
    {
        ArgumentNullException.ThrowIfNull(document);
        profile ??= ReviewProfile.Default;
        var context = new DocumentContext(document, profile, supplement ?? ReviewSupplement.None);
        var enabled = Rules.Where(r => profile.IsEnabled(r.Id)).ToList();
        var projectRules = enabled.OfType<ProjectRule>().ToArray();
        var documentRules = enabled.OfType<DocumentRule>().ToArray();

        var projects = context.Projects;
        var perProject = new List<Finding>[projects.Count];
        ForEachProject(projects.Count, i =>
        {
            var sink = new FindingSink(profile);
            foreach (var rule in projectRules)
            {
                sink.Begin(rule);
                rule.Check(projects[i], sink);
            }

            perProject[i] = sink.Findings;
        });

        var documentSink = new FindingSink(profile, context.FormLacks);
        if (context.DepartmentTable is { } department)
        {
            // Part 1's table, judged by the project rules that apply to indicator rows; its findings are the document's.
            foreach (var rule in projectRules.Where(r => r.JudgesDepartmentTable))
            {
                documentSink.Begin(rule);
                rule.Check(department, documentSink);
            }
        }

        foreach (var rule in documentRules)
        {
            documentSink.Begin(rule);
            rule.Check(context, documentSink);
        }

        var documentFindings = new List<Finding>();
        for (var k = 0; k < documentSink.Findings.Count; k++)
        {
            var index = documentSink.ProjectIndices[k];
            (index < 0 ? documentFindings : perProject[index]).Add(documentSink.Findings[k]);
        }

        var scores = new TableScore[projects.Count];
        ForEachProject(projects.Count, i => scores[i] = Score(projects[i].Project, perProject[i], profile.Scoring));
        var documentScore = QualityScore.ForDocument(scores.Select(s => s.Score).ToList(), documentFindings, profile.Scoring);

        var all = new List<Finding>(documentFindings.Count + perProject.Sum(p => p.Count));
        all.AddRange(documentFindings);
        foreach (var list in perProject)
        {
            all.AddRange(list);
        }

        return new ReviewReport
        {
            Findings = all,
            TableScores = scores,
            DocumentScore = documentScore,
            DocumentGrade = GradeExtensions.FromScore(documentScore),
            ProfileId = profile.Id,
            Rules = enabled,
        };
    }

    private static TableScore Score(BudgetProject project, List<Finding> findings, ReviewScoring scoring)
    {
        var score = QualityScore.ForTable(findings, scoring);
        return new TableScore
        {
            Sequence = project.Sequence,
            ProjectCode = project.ProjectCode,
            ProjectName = project.ProjectName,
            Score = score,
            Grade = GradeExtensions.FromScore(score),
            Errors = findings.Count(f => f.Severity == Severity.Error),
            Warnings = findings.Count(f => f.Severity == Severity.Warning),
            Infos = findings.Count(f => f.Severity == Severity.Info),
        };
    }

    internal static void ForEachProject(int count, Action<int> body)
    {
        if (count < ParallelThreshold)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, count, Math.Max(256, count / (Environment.ProcessorCount * 8))), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                body(i);
            }
        });
    }
}

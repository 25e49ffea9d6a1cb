using BenchmarkDotNet.Attributes;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Benchmarks;

/// <summary>
/// The 自评表 and 监控表 as files for a department's 100 projects (the seed's ten repeated): write each as .docx and
/// .xlsx, and read the 100 filled Excel 自评表 back as `jixiao score` does.
/// </summary>
[MemoryDiagnoser]
public class FormBenchmarks
{
    private const int Projects = 100;

    private List<ScoredEvaluation> _scored = [];
    private List<MonitoredProject> _monitored = [];
    private List<byte[]> _filled = [];

    [GlobalSetup]
    public void Setup()
    {
        var seed = PublishedTextReader.Read(File.ReadAllBytes(SeedLocator.SeedPath())).Document.Projects;
        var projects = Enumerable.Range(0, Projects).Select(i => seed[i % seed.Count]).ToList();
        _scored = [.. projects.Select((p, i) => ScoredEvaluation.Evaluate(EvaluationBenchmarks.Evaluation(p, i), ScoringProfile.National, p))];
        _monitored = [.. projects.Select((p, i) => MonitoredProject.Assess(EvaluationBenchmarks.Report(p, i), MonitoringProfile.Hebei))];
        _filled = [.. _scored.Select(s => SelfEvaluationForms.WriteXlsx(s.Result.Evaluation))];
    }

    [Benchmark(Description = "100 自评表 → .xlsx")]
    public long SelfEvaluationXlsx() => _scored.Sum(s => (long)SelfEvaluationForms.WriteXlsx(s).Length);

    [Benchmark(Description = "100 自评表 → .docx")]
    public long SelfEvaluationDocx() => _scored.Sum(s => (long)SelfEvaluationForms.WriteDocx(s).Length);

    [Benchmark(Description = "100 监控表 → .docx + .xlsx")]
    public long MonitoringFiles() => _monitored.Sum(m => (long)MonitoringForms.WriteDocx(m).Length + MonitoringForms.WriteXlsx(m).Length);

    [Benchmark(Description = "read 100 Excel 自评表")]
    public int ReadFilledXlsx() => _filled.Sum(b => SelfEvaluationReader.Read(b, "自评表.xlsx").Value!.First.Evaluation.Indicators.Count);
}

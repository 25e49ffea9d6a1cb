using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// The one reader of goal tables (项目支出绩效目标表, 绩效目标申报表, the 部门预算绩效文本 with its Part 1) over a
/// <see cref="GridDocument"/>, whatever file it came from. Tables are found by their content — a heading row of
/// level columns and a value column (<see cref="IndicatorHeader"/>), or the labels of a table's head (项目名称,
/// 项目编码) — never by position. A file may hold several projects, a table may go on over a page break, and a
/// project may have a 中期/长期 block before its 年度 block. What the reader could not map is kept as named extra
/// columns, and every import comes with a <see cref="MappingReport"/>.
/// </summary>
public static partial class GoalDocumentReader
{
    [GeneratedRegex(@"^\s*(\d+)\s*[.．、]\s*(.+?)绩效目标表\s*$")]
    private static partial Regex OfficialTitle();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex Year();

    /// <summary>A column head that names a place: a county, town, village or 团 (the columns of a 区域绩效目标表).</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{1,14}(?:省|自治区|市|州|盟|县|区|旗|镇|乡|村|街道|社区|团)$")]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"^[（(]?\s*(?:19|20)\d{2}\s*年度?\s*[）)]?$|绩效.{0,12}表|申报表|批复表")]
    private static partial Regex TitleLine();

    /// <summary>The project's name in a title line: what comes before the table's kind. "项目" stays with the name
    /// ("培训项目支出绩效目标表" names 培训项目, "宁晋县高中助学金项目绩效评价指标表" 宁晋县高中助学金项目); only 支出/资金
    /// before 绩效 belong to the kind.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?(.+?)(?:(?:(?:支出)?(?:资金)?绩效(?:目标|评价指标)(?:申报|批复|设定|公开)?表)|(?:绩效目标申报表)).*$")]
    private static partial Regex NameInTitle();

    /// <summary>A title that names only the kind of table ("项目支出绩效目标表", "部门项目绩效目标表"): no project name.</summary>
    [GeneratedRegex(@"^(?:部门|单位)?(?:预算)?项目(?:支出)?$")]
    private static partial Regex KindOnly();

    /// <summary>A line of the text layout that is a heading, not a cell's further paragraph: a table's title, a
    /// part's heading (第一部分, 第二部分).</summary>
    public static bool IsHeading(string line)
    {
        var text = line.Trim();
        var key = ChineseText.Key(text);
        return OfficialTitle().IsMatch(text) || key.StartsWith("第一部分", StringComparison.Ordinal) || key.StartsWith("第二部分", StringComparison.Ordinal)
            || (text.Length <= 60 && TitleLine().IsMatch(text) && text.Contains('表', StringComparison.Ordinal));
    }

    /// <summary>The index of the text block that opens the part named <paramref name="heading"/> (第一部分, 第二部分), or −1.</summary>
    private static int IndexOfPart(IReadOnlyList<GridBlock> blocks, string heading)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsGrid && ChineseText.Key(blocks[i].Text).StartsWith(heading, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public static ReadResult Read(GridDocument document, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        options = options.FileName is null && document.FileName.Length > 0 ? options with { FileName = document.FileName } : options;
        var problems = new List<ReadProblem>();
        // A list of all a department's projects in one table is read as one table per project.
        var blocks = ProjectListTable.Split(document.Blocks);
        // A 部门整体支出绩效目标表 is the department's goals: taken out before projects (and a published text's Part 1,
        // where Jixiao's Word export prints it after the 工作保障措施) are read. In a text with a 第二部分 heading it can
        // only stand before it: the project tables after it are not searched (every cell of each would be looked up).
        var partTwoHeading = IndexOfPart(blocks, "第二部分");
        var (rest, departmentTable) = partTwoHeading < 0
            ? DepartmentTable.Take(blocks, options, problems)
            : DepartmentTable.Take(blocks.Take(partTwoHeading).ToList(), options, problems);
        blocks = partTwoHeading < 0 ? rest : departmentTable is null ? blocks : [.. rest, .. blocks.Skip(partTwoHeading)];
        var partOne = IndexOfPart(blocks, "第一部分");
        var partTwo = IndexOfPart(blocks, "第二部分");
        var firstProject = FirstProjectBlock(blocks, Math.Max(0, partOne + 1), options);
        var titleEnd = partOne >= 0 ? partOne : firstProject;
        var title = blocks.Take(titleEnd)
            .FirstOrDefault(b => !b.IsGrid && b.Style != WordStyles.GeneratedTitle && PublishedTextReader.DocumentTitle().IsMatch(b.Text.Trim()))?.Text.Trim()
            ?? string.Empty;

        var departmentGoals = departmentTable?.Goals ?? new DepartmentGoals();
        if (partOne >= 0)
        {
            var end = partTwo > partOne ? partTwo : Math.Max(firstProject, partOne + 1);
            departmentGoals = DepartmentPart.Read(blocks, partOne + 1, end, document.Source, options, problems);
            if (departmentTable?.Goals is { } table)
            {
                departmentGoals = departmentGoals with
                {
                    OverallGoal = departmentGoals.OverallGoal.Length > 0 ? departmentGoals.OverallGoal : table.OverallGoal,
                    Duties = table.Duties,
                    Tasks = table.Tasks,
                    Funds = table.Funds,
                    Indicators = table.Indicators,
                };
            }
        }

        var start = partTwo >= 0 ? partTwo + 1 : partOne >= 0 ? Math.Max(firstProject, partOne + 1) : 0;
        var drafts = Segment(blocks, start, document.Source, options);
        var projects = new List<BudgetProject>();
        var tables = new List<TableMapping>();
        var departments = new List<(string Code, string Name)>();
        var years = new List<int>();
        var nameYears = new List<int>();
        foreach (var draft in drafts)
        {
            var (project, mapping, department) = Build(draft, document, options, problems);
            projects.Add(project);
            tables.Add(mapping);
            departments.Add(department);
            AddTitleYears(draft, years);
            foreach (var m in Year().EnumerateMatches(project.ProjectName))
            {
                nameYears.Add(YearAt(project.ProjectName, m.Index));
            }
        }

        if (projects.Count == 0 && departmentTable is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error,
                "没有找到任何项目绩效目标表：文件中既没有带“一级指标、二级指标、三级指标、指标值”等表头的表格，也没有“项目名称”“项目编码”等栏目。请确认文件是绩效目标表或部门预算绩效文本，或检查表格是否被删除。")
            { File = options.FileName });
        }

        PublishedTextReader.CheckDuplicateCodes(projects, options, problems);
        var departmentName = departments.Select(d => d.Name).Where(n => n.Length > 0).Distinct().ToList();
        var doc = new PerformanceDocument
        {
            Title = title,
            DepartmentGoals = departmentGoals,
            Projects = projects,
            DepartmentName = departmentTable is { DepartmentName.Length: > 0 } ? departmentTable.DepartmentName
                : title.Length == 0 && departmentName.Count == 1 ? departmentName[0] : string.Empty,
            FormLacks = partOne >= 0 ? FormFields.None
                : departmentGoals.IsEmpty ? FormFields.Part1
                : departmentTable is null ? FormFields.None
                : FormFields.SubGoals | FormFields.Safeguards | (projects.Count == 0 ? FormFields.Part2 : FormFields.None),
        };
        if (blocks.Any(b => WordStyles.IsJixiaos(b.Style)))
        {
            doc = doc.InFullForm(); // Jixiao's own Word export: its form has every field, even where it prints none
        }

        // A year printed above the tables, else one the project names start with ("2018年市级专项扶贫资金…").
        var titleYear = MostCommon(years) ?? departmentTable?.Year
            ?? (projects.All(p => ProjectCode.YearOf(p.ProjectCode) is null) ? MostCommon(nameYears) : null);
        return new ReadResult(DocumentFacts.Complete(doc, options, problems, titleYear), problems) { Mapping = new MappingReport(tables) };
    }

    /// <summary>The first block of Part 2: an official table title, or a table with an indicator heading or a 项目名称/项目编码 label.</summary>
    private static int FirstProjectBlock(IReadOnlyList<GridBlock> blocks, int from, ReadOptions options)
    {
        for (var i = from; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.IsGrid ? IsProjectGrid(block.Grid!, options) : OfficialTitle().IsMatch(block.Text))
            {
                return i;
            }
        }

        return blocks.Count;
    }

    private static bool IsProjectGrid(CellGrid grid, ReadOptions options)
    {
        for (var row = 0; row < grid.RowCount; row++)
        {
            if (IndicatorHeader.IsAt(grid, row, options) || RowLabels(grid, row).StartsProject)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits Part 2 into projects, in reading order.</summary>
    /// <remarks>A table that runs to the end of a Word table (or a text table) may go on in the next one, which
    /// then starts with indicator rows; a worksheet or a web page's table never continues another.</remarks>
    private static List<ProjectDraft> Segment(IReadOnlyList<GridBlock> blocks, int start, GridSource source, ReadOptions options)
    {
        var pageBreaks = source is GridSource.Word or GridSource.Text;
        var drafts = new List<ProjectDraft>();
        var pendingTitles = new List<string>();
        var pendingLines = new List<GridBlock>();
        var pendingRows = new List<(CellGrid Grid, int Row)>();
        ProjectDraft? current = null;
        IndicatorBlock? open = null;

        ProjectDraft Start(int sequence, string name)
        {
            current = new ProjectDraft(sequence, name);
            current.TitleLines.AddRange(pendingTitles);
            current.Lines.AddRange(pendingLines);
            current.Head.AddRange(pendingRows);
            foreach (var (grid, _) in pendingRows)
            {
                current.Use(grid);
            }

            pendingTitles.Clear();
            pendingLines.Clear();
            pendingRows.Clear();
            drafts.Add(current);
            open = null;
            return current;
        }

        int NextSequence() => drafts.Count == 0 ? 1 : drafts[^1].Sequence + 1;

        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.IsGrid)
            {
                var text = block.Text.Trim();
                if (text.Length == 0 || ChineseText.Key(text).StartsWith("第二部分", StringComparison.Ordinal))
                {
                    continue;
                }

                // A table goes on after a page break with nothing but empty paragraphs between its parts: after a line
                // of text ("附件2", a note) the next table is a table of its own.
                open = null;

                if (OfficialTitleOf(text) is var (number, name))
                {
                    pendingRows.Clear(); // rows of an earlier table of the page (a site's header) are no part of this one
                    Start(number, name).TitleLineNumber = block.Number;
                    continue;
                }

                if (TitleLine().IsMatch(HalfWidthDigits(text)) && text.Length <= 80)
                {
                    if (current is { Blocks.Count: > 0 })
                    {
                        current = null;
                        open = null;
                    }

                    (current is { Head.Count: 0, Blocks.Count: 0 } ? current.TitleLines : pendingTitles).Add(text);
                    continue;
                }

                if (current is { Head.Count: 0, Blocks.Count: 0 })
                {
                    current.Lines.Add(block);
                }
                else if (current is null)
                {
                    pendingLines.Add(block);
                }

                continue;
            }

            var grid = block.Grid!;

            // Rows waiting for a table's first label come from this table only (its title rows), never from another
            // table of the page.
            pendingRows.Clear();
            if (IsListTable(grid, options))
            {
                continue;
            }

            for (var row = 0; row < grid.RowCount; row++)
            {
                if (IndicatorHeader.Find(grid, row, options) is { } header)
                {
                    current ??= Start(NextSequence(), string.Empty);
                    current.Use(grid);
                    var indicatorBlock = IndicatorBlock.Read(header, options);
                    if (header.Has(GoalColumn.Target) || header.Columns.Any(c => c.Column == GoalColumn.LongTermTarget))
                    {
                        current.Blocks.Add(indicatorBlock);
                        open = indicatorBlock.RanToEnd ? indicatorBlock : null;
                    }
                    else
                    {
                        current.Unreadable.Add(header);
                        open = null;
                    }

                    row = indicatorBlock.EndRow - 1;
                    continue;
                }

                var labels = RowLabels(grid, row);
                // A first row over a repeated heading ("绩效指标" over 一级指标 | 二级指标 …) is the heading's own title
                // row, not a row of the table going on.
                if (pageBreaks && row == 0 && open is not null && current is not null && labels.IsEmpty && grid.IsFlow == open.Header.Grid.IsFlow
                    && grid.StartingIn(0).Count(c => !c.IsEmpty) > 1
                    && (grid.IsFlow || grid.ColumnCount == open.Header.Grid.ColumnCount)
                    && !(grid.RowCount > 1 && IndicatorHeader.IsAt(grid, 1, options)))
                {
                    // The table goes on after a page break without repeating its heading.
                    current.Use(grid);
                    var end = open.Continue(grid, options);
                    open = open.RanToEnd ? open : null;
                    row = end - 1;
                    continue;
                }

                open = null;
                // The row's filled cells are counted, not listed: this runs for every row of every table's head.
                var (filled, only) = Filled(grid.StartingIn(row));
                if (filled == 0 || labels.Has(GoalLabel.End))
                {
                    continue;
                }

                if (filled == 1 && labels.IsEmpty && OfficialTitleOf(only!.Value.Text) is var (rowNumber, rowName))
                {
                    // A sheet's title row in the official layout: "2.名称绩效目标表".
                    Start(rowNumber, rowName).TitleLineNumber = only.Value.Line;
                    continue;
                }

                if (current is { Blocks.Count: > 0 } && labels.IsEmpty)
                {
                    // Text after a table (notes, a signature line, the next table's title).
                    if (filled == 1 && TitleLine().IsMatch(HalfWidthDigits(only!.Value.Text)))
                    {
                        current = null;
                        pendingTitles.Add(only.Value.Text);
                    }

                    continue;
                }

                if (current is null && labels.IsEmpty)
                {
                    // Rows above the first label (a title row, a unit line, a page's other tables): they belong to
                    // the table that follows, if one does.
                    pendingRows.Add((grid, row));
                    continue;
                }

                var startsProject = labels.StartsProject
                    && current is not null && (current.Blocks.Count > 0 || labels.Any(current.HasHeadLabel));
                if (current is null || startsProject || (current.Blocks.Count > 0 && !labels.IsEmpty))
                {
                    Start(NextSequence(), string.Empty);
                }

                current!.Head.Add((grid, row));
                current.Use(grid);
            }
        }

        return drafts;
    }

    /// <summary>How many of <paramref name="cells"/> are filled, and the first filled one.</summary>
    private static (int Count, Grid.GridCell? First) Filled(Grid.GridCellList cells)
    {
        var count = 0;
        Grid.GridCell? first = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].IsEmpty)
            {
                first ??= cells[i];
                count++;
            }
        }

        return (count, first);
    }

    /// <remarks>A loop, not a query: this runs for every row of a table's head.</remarks>
    private static LabelKinds RowLabels(CellGrid grid, int row)
    {
        var labels = default(LabelKinds);
        var cells = grid.StartingIn(row);
        if (IsListHeading(cells))
        {
            return labels;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(cells[i], GoalVocabulary.Labels)) is { } label)
            {
                labels = labels.With(label);
            }
        }

        return labels;
    }

    /// <summary>The places a 区域绩效目标表 gives its values for: unrecognised heads that name places (西坪镇尧山村 …), or
    /// the place names under one merged unrecognised head ("区域目标值" over 新罗区, 上杭县 …); empty when any other head
    /// is not understood.</summary>
    private static List<string> Regions(IndicatorHeader header)
    {
        var regions = new List<string>();
        foreach (var column in header.Columns.Where(c => c.Column == GoalColumn.Extra && c.Confidence == 0))
        {
            if (PlaceName().IsMatch(column.Header))
            {
                regions.Add(column.Header);
                continue;
            }

            var under = header.Grid.IsFlow || column.LastColumn == column.FirstColumn
                ? []
                : header.Grid.StartingIn(header.LastRow + 1)
                    .Where(c => !c.IsEmpty && c.Column >= column.FirstColumn && c.LastColumn <= column.LastColumn).Select(c => c.Text).ToList();
            if (under.Count < 2 || !under.All(PlaceName().IsMatch))
            {
                return [];
            }

            regions.AddRange(under);
        }

        return regions;
    }

    /// <summary>The heading row of a list (序号, 项目名称, 金额 …): it names columns, not the fields of a table's head.</summary>
    private static bool IsListHeading(GridCellList cells) =>
        cells.Count > 1 && GoalVocabulary.ColumnOf(cells[0].MatchIn(GoalVocabulary.Columns)) == GoalColumn.Ignore;

    /// <summary>A list printed beside the goal tables (an allocation table of the same notice: 序号, 乡镇名称, 项目名称,
    /// 金额) and holding no indicator table: no part of any project.</summary>
    private static bool IsListTable(CellGrid grid, ReadOptions options)
    {
        var first = 0;
        while (first < grid.RowCount && Filled(grid.StartingIn(first)).Count == 0)
        {
            first++;
        }

        if (first == grid.RowCount || !IsListHeading(grid.StartingIn(first)))
        {
            return false;
        }

        for (var row = first; row < grid.RowCount; row++)
        {
            if (IndicatorHeader.Find(grid, row, options) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static (BudgetProject Project, TableMapping Mapping, (string Code, string Name) Department) Build(
        ProjectDraft draft, GridDocument document, ReadOptions options, List<ReadProblem> problems)
    {
        var own = new List<ReadProblem>();
        void Add(ProblemSeverity severity, string place, int line, string message, string? field)
        {
            var (sheet, cell) = document.Source == GridSource.Excel && place.Length > 0 ? (draft.Grids.FirstOrDefault()?.Name, place) : (null, place);
            if (line == 0 && place.Length == 0 && document.Source == GridSource.Text)
            {
                line = draft.TitleLineNumber;
            }

            own.Add(new ReadProblem(severity, message)
            {
                File = options.FileName,
                Line = line > 0 ? line : null,
                TableNumber = draft.Sequence,
                Sheet = sheet,
                Cell = (field, line > 0 ? null : cell) switch
                {
                    (null, null or "") => null,
                    (not null, null or "") => field,
                    (null, var c) => c,
                    var (f, c) => $"{f}（{c}）",
                },
            });
        }

        Action<ProblemSeverity, string, int, string, string?> add = Add; // one delegate for the head, the blocks and the checks
        var head = new HeadContext(options, add);
        Action<string, int, string> warn = (place, line, message) => add(ProblemSeverity.Warning, place, line, message, null);
        var project = ProjectHead.Read(draft, head);
        if (project.ProjectName.Length == 0)
        {
            project = project with { ProjectName = NameFromTitles(draft) };
        }

        var notes = new List<string>(head.Notes);
        var columns = new List<ColumnMapping>();
        var indicators = new List<Indicator>();
        var longTerm = new List<Indicator>();
        var (shifted, longTermShifted) = (false, false); // the part before was read one level down
        foreach (var block in draft.Blocks)
        {
            block.Finish();
            var context = new BuildContext(warn, options.TaxonomyProfile);
            var sameKind = block.Header.LongTermBlock ? longTerm : indicators;
            var built = IndicatorBuilder.Build(block.Header, block.Rows, context, sameKind.Count > 0 ? sameKind[^1] : null,
                block.Header.LongTermBlock ? longTermShifted : shifted);
            (shifted, longTermShifted) = block.Header.LongTermBlock ? (shifted, context.LevelsShifted) : (context.LevelsShifted, longTermShifted);
            // The first block of a kind is kept as built (a list of its own, sized by its rows), not copied.
            if (sameKind.Count > 0)
            {
                sameKind.AddRange(built);
            }
            else if (block.Header.LongTermBlock)
            {
                longTerm = built;
            }
            else
            {
                indicators = built;
            }

            foreach (var note in context.Notes)
            {
                if (!notes.Contains(note))
                {
                    notes.Add(note);
                }
            }

            foreach (var c in context.Columns)
            {
                if (!Listed(columns, c))
                {
                    columns.Add(c);
                }
            }
            if (block.ShortLastRow is { } shortRow)
            {
                var expected = block.Header.Columns.Count;
                var headings = string.Join("、", block.Header.Columns.Select(c => c.Header));
                // A row printed short in the middle shifts every row after it: the row to mend is that one.
                Add(ProblemSeverity.Error, block.FirstShortRow?.Place ?? shortRow.Place, block.FirstShortRow?.Line ?? shortRow.Line,
                    block.FirstShortRow is { } shortFirst
                        ? $"指标表中一行只有 {shortFirst.Count} 个单元格，应有 {expected} 个（{headings}），其后各行因此错位，最后一行不完整。可能是合并单元格只写了一次或漏了一格：请在该行补齐空单元格后再导入。"
                        : $"指标表最后一行不完整：只有 {shortRow.Count} 个单元格，应有 {expected} 个（{headings}）。文件可能被截断，请补全该行。", null);
            }
        }

        (indicators, var longTermNote) = MergeLongTerm(indicators, longTerm);
        if (longTermNote is not null)
        {
            notes.Add(longTermNote);
        }

        project = Complete(project with { Indicators = indicators }, draft, head, options, add);
        project = project with { FormLacks = FormLacks.Of(project, head, columns) };
        foreach (var p in own)
        {
            problems.Add(p with { TableName = project.ProjectName });
        }

        var first = draft.Blocks.FirstOrDefault()?.Header ?? draft.Unreadable.FirstOrDefault();
        var mapping = new TableMapping
        {
            ProjectSequence = project.Sequence,
            ProjectName = project.ProjectName,
            Table = first?.Grid.Name ?? draft.Grids.FirstOrDefault()?.Name ?? string.Empty,
            HeaderPlace = first?.Place ?? string.Empty,
            Columns = columns.Count > 0 ? columns : first?.Columns ?? [],
            Labels = head.Labels,
            Rows = project.Indicators.Count,
            Notes = notes,
        };
        return (project, mapping, (head.DepartmentCode, head.DepartmentName));
    }

    /// <summary>A column with the same heading, kind and first column is listed already (one added before in the same
    /// block included).</summary>
    /// <remarks>A loop, not a query: a closure per column of every block read.</remarks>
    private static bool Listed(List<ColumnMapping> columns, ColumnMapping column)
    {
        foreach (var x in columns)
        {
            if (x.Header == column.Header && x.Column == column.Column && x.FirstColumn == column.FirstColumn)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The checks and fall-backs after reading: a missing 项目编码 is said (never refused), a missing amount
    /// warned, an unreadable or missing indicator table is an error naming what was found and what was expected.</summary>
    private static BudgetProject Complete(BudgetProject project, ProjectDraft draft, HeadContext head, ReadOptions options,
        Action<ProblemSeverity, string, int, string, string?> add)
    {
        if (project.UnitCode.Length == 0)
        {
            if (head.DepartmentCode.Length > 0 && (project.UnitName.Length == 0 || project.UnitName == head.DepartmentName))
            {
                project = project with { UnitCode = head.DepartmentCode, UnitName = project.UnitName.Length > 0 ? project.UnitName : head.DepartmentName };
            }
            else if (options.UnitCode is { Length: > 0 } given)
            {
                project = project with { UnitCode = given.Trim() };
            }
        }

        if (project.UnitName.Length == 0 && head.DepartmentName.Length > 0)
        {
            project = project with { UnitName = head.DepartmentName };
        }

        if (project.ProjectCode.Length == 0)
        {
            add(ProblemSeverity.Warning, string.Empty, 0, "表中没有项目编码：将以空编码导入，导入后可在项目页补填项目编码。", "项目编码");
        }

        if (!head.BudgetFound && draft.Blocks.Count > 0)
        {
            add(ProblemSeverity.Warning, string.Empty, 0, "表中没有找到预算金额（年度资金总额、预算数等）：预算数按 0 导入，请在项目页补填。", "预算数");
        }

        if (project.ProjectName.Length == 0)
        {
            add(ProblemSeverity.Error, string.Empty, 0, "没有找到项目名称：表中没有“项目名称”一栏，表名中也看不出项目名称。请在表中填写项目名称后再导入。", "项目名称");
        }

        if (draft.Unreadable.Count > 0 && draft.Blocks.Count == 0)
        {
            var header = draft.Unreadable[0];
            var unknown = header.Columns.Where(c => c.Column == GoalColumn.Extra && c.Confidence == 0).Select(c => c.Header).ToList();
            var expected = string.Join("、", GoalVocabulary.Columns.LabelsOf(nameof(GoalColumn.Target)).Take(8));
            var heading = $"{header.Grid.Name}的表头（{string.Join("、", header.Columns.Where(c => c.Header.Length > 0).Select(c => c.Header))}）";
            var place = header.Grid.IsFlow ? string.Empty : header.Place;
            var line = header.Grid.At(header.Row, header.Columns[0].FirstColumn)?.Line ?? 0;
            if (Regions(header) is { Count: >= 2 } regions)
            {
                // A 区域绩效目标表: one value column per county, town or village, no single value of the project.
                var ownColumns = regions.Count == unknown.Count;
                add(ProblemSeverity.Error, place, line,
                    $"{heading}按地区分列了指标值（{string.Join("、", regions.Take(4).Select(h => $"“{h}”"))}{(regions.Count > 4 ? "等" : string.Empty)}共 {regions.Count} 个地区），"
                    + "没有全项目的指标值列，每个指标只能读入一个指标值。请按地区分别整理成绩效目标表（每个地区一张表，指标值列写作“指标值”）后再导入"
                    + (ownColumns ? "；只导入其中一个地区时，也可在导入预览中把该地区的列选为“指标值”。" : "。"), null);
            }
            else
            {
                add(ProblemSeverity.Error, place, line,
                    $"{heading}中没有指标值列"
                    + (unknown.Count > 0 ? $"：未识别的表头{string.Join("、", unknown.Select(h => $"“{h}”"))}" : string.Empty)
                    + $"。指标值列应写作：{expected}等；也可在导入预览中为该列选择“指标值”。", null);
            }
        }
        else if (draft.Blocks.Count == 0)
        {
            add(ProblemSeverity.Error, string.Empty, 0,
                "表格不完整：没有找到指标表（应有“一级指标、二级指标、三级指标、指标值”等表头的一行，其下为指标行）。请检查该项目的指标表是否被删除或表头是否写错。", null);
        }
        else if (project.Indicators.Count == 0)
        {
            add(ProblemSeverity.Error, string.Empty, 0, "该项目没有任何绩效指标行。每个项目至少要有一行指标（产出、效益、满意度指标）。", null);
        }

        return project;
    }

    /// <summary>Rows of a 长期/中期 block go with the annual rows of the same name (as an extra "长期指标值"); a
    /// project with only a long-term block keeps its rows as its indicators.</summary>
    private static (List<Indicator> Indicators, string? Note) MergeLongTerm(List<Indicator> annual, List<Indicator> longTerm)
    {
        if (longTerm.Count == 0)
        {
            return (annual, null);
        }

        if (annual.Count == 0)
        {
            return (longTerm, "表中只有中期/长期绩效指标，按其读入指标。");
        }

        var merged = annual.ToList();
        var unmatched = 0;
        foreach (var row in longTerm)
        {
            var i = merged.FindIndex(a => a.Level2 == row.Level2 && a.Name == row.Name);
            if (i >= 0)
            {
                merged[i] = merged[i] with { Extras = [.. merged[i].Extras, new LabeledText("长期指标值", row.Target.Text)] };
            }
            else
            {
                unmatched++;
            }
        }

        return (merged, $"中期/长期绩效指标 {longTerm.Count} 行：与年度指标同名的 {longTerm.Count - unmatched} 行的指标值保留为“长期指标值”"
            + (unmatched > 0 ? $"，其余 {unmatched} 行没有同名的年度指标，未导入。" : "。"));
    }

    private static int? MostCommon(List<int> years) =>
        years.GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();

    private static string NameFromTitles(ProjectDraft draft)
    {
        var texts = draft.TitleLines.Concat(ProjectDraft.Texts(draft.Head.Take(3)));
        foreach (var text in texts.Reverse())
        {
            var m = NameInTitle().Match(ChineseText.WithoutWhitespace(text));
            var name = m.Success ? m.Groups[1].Value.Trim('（', '(', '）', ')') : string.Empty;
            if (name.Length >= 2 && !KindOnly().IsMatch(name))
            {
                return name;
            }
        }

        return string.Empty;
    }

    /// <summary>Years written in the title lines and title rows of a project ("（2021年度）", "2023年项目支出…").</summary>
    /// <summary>The text with full-width digits as ASCII ones ("（２０２４年度）" is the year line "(2024年度)"); the text
    /// itself when it has none (almost every line: no string is made).</summary>
    private static string HalfWidthDigits(string text) =>
        text.AsSpan().IndexOfAnyInRange('０', '９') < 0 ? text : ChineseText.ToHalfWidth(text);

    /// <remarks>Loops into the read's list, not a query: asked for every project.</remarks>
    private static void AddTitleYears(ProjectDraft draft, List<int> years)
    {
        foreach (var line in draft.TitleLines)
        {
            AddTitleYear(line, years);
        }

        foreach (var (grid, row) in draft.Head)
        {
            if (!RowLabels(grid, row).IsEmpty)
            {
                continue;
            }

            foreach (var cell in grid.StartingIn(row))
            {
                AddTitleYear(cell.Text, years);
            }
        }
    }

    private static void AddTitleYear(string printed, List<int> years)
    {
        var text = HalfWidthDigits(printed);
        if (text.Length <= 80 && (text.Contains("年度", StringComparison.Ordinal) || TitleLine().IsMatch(text)))
        {
            foreach (var m in Year().EnumerateMatches(text))
            {
                years.Add(YearAt(text, m.Index)); // the first year written
                break;
            }
        }
    }

    /// <summary>The year of a <see cref="Year"/> match at <paramref name="index"/>: its first four characters (the
    /// pattern's group), read without a <see cref="Match"/> and its groups.</summary>
    private static int YearAt(string text, int index) => int.Parse(text.AsSpan(index, 4), CultureInfo.InvariantCulture);

    /// <summary>The number and name of an official title "N.名称绩效目标表", as <see cref="OfficialTitle"/> matches it
    /// (its groups: the number, the name trimmed), or null.</summary>
    /// <remarks>A scan, not the pattern's match: every project's title is one, and a match with its groups and their
    /// strings was ≈ 2 % of a read's bytes. <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>, <c>\d</c>
    /// <see cref="char.IsDigit(char)"/> and <c>.</c> any character but a line feed; a test holds the scan to the pattern.</remarks>
    internal static (int Number, string Name)? OfficialTitleOf(string text)
    {
        const string Kind = "绩效目标表";
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        var number = text.AsSpan(digits, i - digits);
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (number.Length == 0 || i == text.Length || text[i] is not ('.' or '．' or '、'))
        {
            return null;
        }

        var separator = i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        // The kind ends the text but for white space: its last place followed by nothing else.
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var kind = end - Kind.Length;
        if (kind < 0 || !text.AsSpan(kind, Kind.Length).SequenceEqual(Kind))
        {
            return null;
        }

        // The kind's last place before the text's own trailing white space: white space after it that the scan
        // above trimmed can hold the kind again only as white space, so this is the pattern's one place for it.
        // The name is at least one character; white space after the separator gives its last one back to the name.
        var start = Math.Min(i, kind);
        if (start == kind)
        {
            start = kind - 1;
            if (start <= separator)
            {
                return null;
            }
        }

        var name = text.AsSpan(start, kind - start);
        if (name.Contains('\n'))
        {
            return null;
        }

        // Any decimal digit the pattern's \d takes, full-width 「１２」 too (clerks type them): int.Parse reads only ASCII
        // digits and threw here on such a title.
        if (number.Length > 9)
        {
            return null;
        }

        var value = 0;
        foreach (var digit in number)
        {
            value = (value * 10) + (int)char.GetNumericValue(digit);
        }

        return (value, name.Trim().ToString());
    }
}

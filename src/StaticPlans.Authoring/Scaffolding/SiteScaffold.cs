using System.Globalization;
using StaticPlans.Diagnostics;
using StaticPlans.Loading;
namespace StaticPlans.Authoring.Scaffolding;

/// <summary>
/// 'staticplans new site': a site folder that builds with no errors and no warnings, with the twelve topics a county
/// education bureau's plans usually cover, so editors start from something that works and change it.
/// </summary>
public static class SiteScaffold
{
    public const string DefaultTopics = """
          - { slug: party-building, name: 党的建设, keywords: [党建, 党的建设, 党组织, 全面从严治党, 党风廉政, 意识形态] }
          - { slug: preschool, name: 学前教育, keywords: [学前教育, 幼儿园, 托幼, 普惠性幼儿园] }
          - { slug: compulsory, name: 义务教育, keywords: [义务教育, 控辍保学, 课后服务, 双减, 义务教育阶段] }
          - { slug: high-school, name: 普通高中教育, keywords: [普通高中, 高中阶段, 高考, 选课走班] }
          - { slug: vocational, name: 职业教育, keywords: [职业教育, 职业学校, 中职, 产教融合, 职教中心] }
          - { slug: special-education, name: 特殊教育, keywords: [特殊教育, 残疾儿童, 随班就读, 送教上门, 融合教育] }
          - { slug: teachers, name: 教师队伍建设, keywords: [教师队伍, 师德师风, 教师培训, 校长, 教研, 县管校聘] }
          - { slug: facilities, name: 办学条件改善, keywords: [校舍, 薄弱学校, 改扩建, 办学条件, 教育装备, 学位] }
          - { slug: safety, name: 校园安全, keywords: [校园安全, 防溺水, 食品安全, 消防, 欺凌, 安全隐患] }
          - { slug: equity-aid, name: 教育公平与学生资助, keywords: [学生资助, 助学金, 营养改善计划, 留守儿童, 随迁子女, 教育公平] }
          - { slug: digital, name: 教育数字化, keywords: [教育信息化, 数字化, 智慧校园, 智慧教育, 信息技术] }
          - { slug: moral-physical-arts, name: 德育体育美育, keywords: [德育, 体育, 美育, 劳动教育, 心理健康, 近视防控] }
        """;

    /// <summary>Creates the site in <paramref name="dir"/>; returns the files written, or an error when the folder is in use.</summary>
    public static (IReadOnlyList<string> Files, string? Error) Create(string dir, DateOnly today, string bureau = "示例县教育局")
    {
        if (File.Exists(dir)) return ([], Messages.Text("cli.new.site.file", ("folder", dir)));
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            return ([], Messages.Text("cli.new.site.not_empty", ("folder", dir)));
        var plan = PlanFormat.PlanPath(today.Year, $"{today.Year}-work-plan");
        var files = new List<(string Path, string Text)>
        {
            (SiteInputs.ConfigFile, SiteYml(bureau)),
            (".gitignore", "/public/\n"),
            (plan, ExamplePlan(bureau, today)),
        };
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return (files.Select(f => f.Path).ToList(), null);
    }

    private static string SiteYml(string bureau) => $$"""
        # Site settings: see README.md of StaticPlans, section "site.yml" (in the source and in the tool package);
        # docs/deploy.md there says how to put the site online. base_url is where the site will be published.
        title: {{bureau}}工作计划公开
        base_url: https://example.gov.cn/plans/
        language: zh-CN
        bureau: {{bureau}}
        theme: default
        kinds: { plan: 工作计划, summary: 工作总结, key-points: 工作要点, summary-plan: 工作总结和计划 }
        # A plan section belongs to a topic when it mentions one of the topic's keywords.
        topics:
        {{DefaultTopics}}

        """;

    private static string ExamplePlan(string bureau, DateOnly today) => $"""
        ---
        title: {bureau}{today.Year}年工作计划（示例）
        year: {today.Year}
        kind: plan
        date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        slug: {today.Year}-work-plan
        topics: [preschool, safety]
        summary: 这是一份示例计划，展示标题层级和前置信息的写法；请替换为正式内容。
        ---

        本计划是示例：前置信息写在两行“---”之间，正文用“一、”“（一）”“1.”编号的标题分层。

        ## 一、总体要求

        坚持教育优先发展，办好人民满意的教育。

        ## 二、重点任务

        ### （一）推动学前教育普惠发展

        新增普惠性幼儿园学位，提高幼儿园保教质量。

        ### （二）守牢校园安全底线

        落实校园安全责任制，常态化开展防溺水和消防安全教育。

        ## 三、保障措施

        加强组织领导，明确责任分工，确保各项任务落到实处。

        """;
}

namespace StaticPlans.Bench.CorpusGenerator;

/// <summary>Topic-independent prose: openings, guiding ideas, goals, safeguards, problems.</summary>
internal static class Phrases
{
    public static readonly IReadOnlyList<string> PlanOpenings =
    [
        "为深入贯彻全国、全省教育工作会议精神，推动全{level}教育事业高质量发展，结合我{level}实际，制定{year}年工作计划如下。",
        "{year}年是推进教育强{level}建设的关键之年。为明确目标、压实责任，{bureau}研究制定本年度工作计划，请各学校认真贯彻执行。",
        "为进一步办好人民满意的教育，根据{level}委、{level}政府年度工作部署，现就{year}年全{level}教育工作作如下安排。",
    ];

    public static readonly IReadOnlyList<string> SummaryOpenings =
    [
        "{year}年，在{level}委、{level}政府的坚强领导和上级教育部门的精心指导下，{bureau}紧紧围绕年度目标任务，攻坚克难，较好完成了全年各项工作。现将有关情况总结如下。",
        "一年来，全{level}教育系统坚持稳中求进，聚焦重点、补齐短板，各项事业取得新进展。现将{year}年工作总结如下。",
        "{year}年，{bureau}认真落实{level}委、{level}政府决策部署，统筹推进教育改革发展和校园安全稳定，全{level}教育质量稳步提升。",
    ];

    public static readonly IReadOnlyList<string> KeyPointOpenings =
    [
        "{year}年全{level}教育工作的总体要求是：坚持立德树人，深化综合改革，促进公平、提高质量。现将工作要点印发如下，请结合实际认真抓好落实。",
        "现将{bureau}{year}年工作要点印发给你们，请各学校、各单位对照要点细化措施、明确时限，确保各项任务按期完成。",
    ];

    public static readonly IReadOnlyList<string> Guiding =
    [
        "{year}年，{bureau}以办好人民满意的教育为目标，坚持育人为本、质量为先，统筹推进各级各类教育协调发展。",
        "全{level}教育系统要紧扣立德树人根本任务，把促进学生全面发展和健康成长作为一切工作的出发点和落脚点。",
        "坚持问题导向和目标导向相结合，聚焦群众关心的热点难点，补短板、强弱项、提质量，着力提升教育公共服务水平。",
        "以深化教育综合改革为动力，以队伍建设为支撑，以依法治教为保障，推动全{level}教育从规模扩张向内涵发展转变。",
        "坚持把教育摆在优先发展的战略位置，财政投入优先保障，公共资源优先满足，确保教育事业与经济社会发展相协调。",
        "要进一步增强责任感和紧迫感，以更实的作风、更硬的举措、更好的成效，推动各项工作落地见效。",
        "围绕“学有所教、学有优教”的愿景，持续扩大优质教育资源覆盖面，让每个孩子都能享有公平而有质量的教育。",
        "各学校要结合实际制定工作方案，明确责任分工和时间节点，做到任务到岗、责任到人。",
    ];

    public static readonly IReadOnlyList<string> Goals =
    [
        "全年计划完成教育基本建设投资{money}，新建、改扩建校舍{area}。",
        "九年义务教育巩固率保持在{pct}以上，高中阶段毛入学率达到{pct}。",
        "全年组织教师培训{times}，培养{level}级以上骨干教师{persons}。",
        "新增学位{seats}，有效缓解城区学校大班额问题。",
        "争取上级专项资金{money}，落实各类学生资助资金{money}，惠及学生{times}。",
        "确保全年不发生重大校园安全责任事故，校园安全隐患整改率达到100%。",
        "创建市级以上示范学校{schools}，培育学校特色项目{items}。",
        "学生体质健康测试达标率达到{pct}，近视率较上年下降{growth}。",
    ];

    public static readonly IReadOnlyList<string> Safeguards =
    [
        "加强组织领导，成立由主要负责同志任组长的工作领导小组，定期研究解决重大问题。",
        "强化经费保障，全年教育经费预算{money}，确保一般公共预算教育支出逐年只增不减。",
        "严格督导考核，将重点任务完成情况纳入学校年度考核，考核结果与评优评先挂钩。",
        "加强宣传引导，及时总结推广典型经验，营造全社会关心支持教育的良好氛围。",
        "建立工作台账和定期调度机制，每季度通报一次进展情况，对滞后事项及时督办。",
        "健全风险防控机制，妥善处置教育领域各类矛盾纠纷，维护教育系统和谐稳定。",
        "深化教育领域“放管服”改革，精简审批事项{items}，政务服务事项网上可办率达到100%。",
    ];

    public static readonly IReadOnlyList<string> SafeguardTitles =
        ["加强组织领导", "强化经费保障", "严格督导考核", "营造良好氛围", "健全工作机制"];

    public static readonly IReadOnlyList<string> Problems =
    [
        "城乡之间、校际之间办学条件和教育质量仍有差距，部分农村学校生源持续减少。",
        "教师队伍结构性矛盾依然突出，音体美和心理健康等学科教师缺口较大。",
        "部分学校安全管理制度落实不到位，安全隐患排查整改还不够彻底。",
        "城区学位供给仍然偏紧，部分学校大班额问题尚未完全消除。",
        "教育信息化应用水平不高，数字资源与课堂教学融合还不够深入。",
        "教育经费投入结构有待优化，学校统筹使用经费的能力有待提升。",
        "{town}等地人口流出明显，小规模学校办学效益偏低，布局调整任务较重。",
    ];

    /// <summary>Lead-ins that make a topic sentence read as a report of what was done (summaries).</summary>
    public static readonly IReadOnlyList<string> ReportLeadIns = ["全年", "{year}年，", "一年来，", "截至年底，", ""];

    /// <summary>Lead-ins that make a topic sentence read as a plan.</summary>
    public static readonly IReadOnlyList<string> PlanLeadIns = ["", "", "计划", "年内", "力争", "着力"];
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticPlans.Bench.CorpusGenerator;

// Usage: CorpusGenerator --count N --out DIR [--seed S] [--queries Q]
// Writes DIR/site.yml, DIR/content/plans/<year>/<slug>.md and DIR/queries.json. Same arguments, same bytes.
int count = 1000, queries = 40;
ulong seed = 20260101;
string? output = null;
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--out": output = value; i++; break;
        case "--seed": seed = ulong.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--queries": queries = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}\nusage: CorpusGenerator --count N --out DIR [--seed S] [--queries Q]");
            return 2;
    }
}
if (output is null || count < 1)
{
    Console.Error.WriteLine("usage: CorpusGenerator --count N --out DIR [--seed S] [--queries Q]");
    return 2;
}
queries = Math.Min(Math.Min(queries, count), PlantedPhrases.Capacity);

var clock = Stopwatch.StartNew();
string root = Path.GetFullPath(output);
string contentDir = Path.Combine(root, "content");
if (Directory.Exists(contentDir)) Directory.Delete(contentDir, recursive: true);
for (int year = 2014; year <= 2025; year++) Directory.CreateDirectory(Path.Combine(contentDir, "plans", year.ToString(CultureInfo.InvariantCulture)));
File.WriteAllText(Path.Combine(root, "site.yml"), SiteFiles.SiteYaml());

// Planted phrases go to plans spread evenly over the corpus (and so over years, bureaus and kinds).
var plantAt = new Dictionary<int, PlantedPhrase>();
for (int q = 0; q < queries; q++)
{
    int at = (int)(((long)q * count / queries + q % 7) % count);
    while (plantAt.ContainsKey(at)) at = (at + 1) % count;
    plantAt[at] = PlantedPhrases.Get(q);
}

var answers = new PlantedAnswer?[count];
long totalBytes = 0, minBytes = long.MaxValue, maxBytes = 0;
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Parallel.For(0, count, index =>
{
    var plan = PlanComposer.Compose(index, seed, plantAt.GetValueOrDefault(index));
    byte[] bytes = utf8.GetBytes(plan.Markdown);
    File.WriteAllBytes(Path.Combine(root, plan.RelativePath), bytes);
    answers[index] = plan.Answer;
    Interlocked.Add(ref totalBytes, bytes.Length);
    long seen;
    while ((seen = Interlocked.Read(ref minBytes)) > bytes.Length && Interlocked.CompareExchange(ref minBytes, bytes.Length, seen) != seen) { }
    while ((seen = Interlocked.Read(ref maxBytes)) < bytes.Length && Interlocked.CompareExchange(ref maxBytes, bytes.Length, seen) != seen) { }
});
SiteFiles.WriteQueries(Path.Combine(root, "queries.json"), count, seed, answers.OfType<PlantedAnswer>());

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"plans {count}  markdown_bytes {totalBytes} ({totalBytes / 1048576.0:0.0} MiB)  per_plan min {minBytes} avg {totalBytes / count} max {maxBytes}  queries {queries}  {clock.ElapsedMilliseconds} ms  -> {root}"));
return 0;

using StaticPlans.Building;
using StaticPlans.Cli;

namespace StaticPlans.Tests.Cli;

public class ProgressDisplayTests
{
    [Fact]
    public void A_log_gets_one_plain_line_per_stage_without_carriage_returns()
    {
        var progress = new BuildProgress();
        var log = new StringWriter();

        using (new ProgressDisplay(progress, log, terminal: false, delay: TimeSpan.Zero))
        {
            progress.Start("index", 10_000);
            progress.Start("render", 10_000);
            progress.Start("write", 0);
        }

        Assert.Equal("index: 10000 items\nrender: 10000 items\nwrite\n", log.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_short_build_prints_no_progress()
    {
        var progress = new BuildProgress();
        var log = new StringWriter();

        using (new ProgressDisplay(progress, log, terminal: false, delay: TimeSpan.FromMinutes(1)))
        {
            progress.Start("render", 3);
        }

        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void A_terminal_gets_one_line_redrawn_with_stage_and_count_then_cleared()
    {
        var progress = new BuildProgress();
        var buffer = new StringWriter();
        var terminal = TextWriter.Synchronized(buffer);
        progress.Start("render", 200);
        for (var i = 0; i < 57; i++) progress.Step();

        // Drawn at once (no delay here), then every 250 ms; disposing waits for a draw under way. Waits for the first
        // draw rather than a fixed time: on a loaded machine the timer's first tick can come late.
        using (new ProgressDisplay(progress, terminal, terminal: true, delay: TimeSpan.Zero))
        {
            SpinWait.SpinUntil(() => { lock (terminal) return buffer.GetStringBuilder().Length > 0; }, TimeSpan.FromSeconds(30));
        }

        var text = buffer.ToString();
        Assert.StartsWith("\rrender 57/200", text);
        Assert.DoesNotContain("\n", text);
        Assert.EndsWith("\r" + new string(' ', 40) + "\r", text);
    }
}

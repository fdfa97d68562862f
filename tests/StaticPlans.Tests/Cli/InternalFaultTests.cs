using StaticPlans.Cli;

namespace StaticPlans.Tests.Cli;

/// <summary>A fault in StaticPlans itself reaches the user as one line and exit code 70; the trace only when asked for.</summary>
public class InternalFaultTests
{
    private static Task<int> Faulty() => throw new InvalidOperationException("the model lost a plan\nsecond line of the message");

    [Fact]
    public async Task An_internal_fault_prints_one_line_saying_so_and_exits_70()
    {
        var error = new StringWriter();

        var exit = await InternalFault.GuardAsync(Faulty, verbose: false, error);

        Assert.Equal(70, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("staticplans: internal error (a fault in StaticPlans, not in your site): InvalidOperationException: the model lost a plan second line", line);
        Assert.Contains("--verbose", line);
    }

    [Fact]
    public async Task With_verbose_the_stack_trace_follows_the_line()
    {
        var error = new StringWriter();

        var exit = await InternalFault.GuardAsync(Faulty, verbose: true, error);

        Assert.Equal(70, exit);
        Assert.StartsWith("staticplans: internal error", error.ToString());
        Assert.Contains("   at StaticPlans.Tests.Cli.InternalFaultTests.Faulty()", error.ToString());
    }

    [Fact]
    public async Task A_command_that_succeeds_or_reports_errors_keeps_its_exit_code()
    {
        var error = new StringWriter();

        Assert.Equal(0, await InternalFault.GuardAsync(() => Task.FromResult(0), verbose: false, error));
        Assert.Equal(1, await InternalFault.GuardAsync(() => Task.FromResult(1), verbose: false, error));
        Assert.Equal("", error.ToString());
    }
}

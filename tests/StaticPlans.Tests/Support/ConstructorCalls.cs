using System.Reflection;
using System.Reflection.Emit;

namespace StaticPlans.Tests.Support;

/// <summary>
/// Where an assembly's compiled code calls a constructor: every method body's IL is walked, opcode by opcode, and
/// each <c>newobj</c> resolved. This is what the compiler emitted, so a lambda or a local function counts under the
/// type that declares it (its closure class is nested there).
/// </summary>
public static class ConstructorCalls
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types (outermost declaring type) whose code constructs <paramref name="constructed"/>.</summary>
    public static IReadOnlySet<Type> Of(Type constructed, Assembly assembly)
    {
        var callers = new HashSet<Type>();
        foreach (var type in assembly.GetTypes())
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
            foreach (var method in methods)
            {
                if (Constructs(method, constructed)) callers.Add(Outermost(type));
            }
        }
        return callers;
    }

    private static bool Constructs(MethodBase method, Type constructed)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) return false;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var op = OpCodesByValue[value];
            at += op.Size;
            if (op == OpCodes.Newobj)
            {
                var target = method.Module.ResolveMethod(BitConverter.ToInt32(il, at), GenericArguments(method.DeclaringType), GenericArguments(method));
                if (target?.DeclaringType == constructed) return true;
            }
            at += OperandSize(op, il, at);
        }
        return false;
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static Type[]? GenericArguments(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? GenericArguments(MethodBase method) => method.IsGenericMethod ? method.GetGenericArguments() : null;

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}

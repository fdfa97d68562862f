using System.Reflection;
using System.Reflection.Emit;

namespace StaticPlans.Tests.Support;

/// <summary>Where an assembly's compiled code constructs a type (every <c>newobj</c> of every method body).</summary>
public static class ConstructorCalls
{
    /// <summary>The types (outermost declaring type: a lambda counts under its owner) whose code constructs <paramref name="constructed"/>.</summary>
    public static IReadOnlySet<Type> Of(Type constructed, Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => CompiledIL.MethodsOf(type).Any(method => CompiledIL.Instructions(method)
                .Any(i => i.Code == OpCodes.Newobj && i.Operand is ConstructorInfo c && c.DeclaringType == constructed)))
            .Select(Outermost)
            .ToHashSet();

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}

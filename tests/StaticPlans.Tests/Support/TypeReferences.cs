using System.Reflection;
using System.Reflection.Emit;

namespace StaticPlans.Tests;

/// <summary>
/// Every type a compiled type uses: its base and interfaces, the types of its fields, properties and method
/// signatures, and every type, method or field its method bodies name (read from the IL), with generic arguments,
/// arrays and nested types (lambdas, closures, iterators) followed. What the compiler kept, not what the source says.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types <paramref name="type"/> and the types nested in it refer to.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Collect(type, found);
        return found;
    }

    /// <summary>The type that declares <paramref name="type"/>, outermost first: a closure's namespace is its owner's.</summary>
    public static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace;
    }

    private static void Collect(Type type, HashSet<Type> found)
    {
        foreach (var attribute in type.GetCustomAttributesData()) Add(attribute.AttributeType, found);
        if (type.BaseType is { } baseType) Add(baseType, found);
        foreach (var face in type.GetInterfaces()) Add(face, found);
        foreach (var field in type.GetFields(Everything)) Add(field.FieldType, found);
        foreach (var property in type.GetProperties(Everything)) Add(property.PropertyType, found);
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) Add(info.ReturnType, found);
            foreach (var parameter in method.GetParameters()) Add(parameter.ParameterType, found);
            Body(method, found);
        }
        foreach (var nested in type.GetNestedTypes(Everything)) Collect(nested, found);
    }

    /// <summary>The types named by the tokens of <paramref name="method"/>'s IL (calls, new objects, fields, casts, typeof).</summary>
    private static void Body(MethodBase method, HashSet<Type> found)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) return;
        foreach (var local in method.GetMethodBody()!.LocalVariables) Add(local.LocalType, found);
        var typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                switch (method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments))
                {
                    case Type t: Add(t, found); break;
                    case FieldInfo f: Add(f.DeclaringType, found); Add(f.FieldType, found); break;
                    case MethodBase m:
                        Add(m.DeclaringType, found);
                        if (m is MethodInfo { IsGenericMethod: true } generic)
                            foreach (var argument in generic.GetGenericArguments()) Add(argument, found);
                        break;
                }
            }
            i += OperandSize(code, il, i);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static void Add(Type? type, HashSet<Type> found)
    {
        if (type is null) return;
        if (type.HasElementType)
        {
            Add(type.GetElementType(), found);
            return;
        }
        if (type.IsGenericParameter) return;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments()) Add(argument, found);
            type = type.GetGenericTypeDefinition();
        }
        found.Add(type);
    }
}

// Declaration-only surface of nanoFramework's mscorlib: System.Runtime.CompilerServices.
// CoreLibrary's CoreLibrary.nfproj does NOT compile IsVolatile, DecimalConstantAttribute,
// DateTimeConstantAttribute, CustomConstantAttribute, CompilationRelaxationsAttribute,
// RequiredAttributeAttribute, CallConv*, DiscardableAttribute (their files exist but are not built),
// so they are absent here too: e.g. 'volatile' fields do not compile for nanoFramework.
// Also absent: CallerFilePath/CallerLineNumber, MethodImplOptions.AggressiveInlining,
// RequiredMemberAttribute, CompilerFeatureRequiredAttribute, IsReadOnlyAttribute (the compiler
// synthesizes the latter where it needs it), Unsafe, ITuple, DefaultInterpolatedStringHandler.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class AccessedThroughPropertyAttribute : Attribute
    {
        public AccessedThroughPropertyAttribute(string propertyName) { }
        public string PropertyName => throw null;
    }

    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) { }
        public string ParameterName => throw null;
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerMemberNameAttribute : Attribute
    {
        public CallerMemberNameAttribute() { }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Enum | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
    public class ExcludeTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExtensionAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName) { }
    }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        public InternalsVisibleToAttribute(string assemblyName) { }
        public string AssemblyName => throw null;
    }

    public static class IsExternalInit
    {
    }

    public enum MethodImplOptions
    {
        Unmanaged = System.Reflection.MethodImplAttributes.Unmanaged,
        ForwardRef = System.Reflection.MethodImplAttributes.ForwardRef,
        PreserveSig = System.Reflection.MethodImplAttributes.PreserveSig,
        InternalCall = System.Reflection.MethodImplAttributes.InternalCall,
        Synchronized = System.Reflection.MethodImplAttributes.Synchronized,
        NoInlining = System.Reflection.MethodImplAttributes.NoInlining,
    }

    public enum MethodCodeType
    {
        IL = System.Reflection.MethodImplAttributes.IL,
        Native = System.Reflection.MethodImplAttributes.Native,
        OPTIL = System.Reflection.MethodImplAttributes.OPTIL,
        Runtime = System.Reflection.MethodImplAttributes.Runtime,
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodCodeType MethodCodeType;

        public MethodImplAttribute(MethodImplOptions methodImplOptions) { }
        public MethodImplAttribute(short _value) { }
        public MethodImplAttribute() { }

        public MethodImplOptions Value => throw null;
    }

    public static class RuntimeFeature
    {
        public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
        public static bool IsSupported(string feature) => throw null;
    }

    public static class RuntimeHelpers
    {
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle) { }
        public static object GetObjectValue(object obj) => throw null;
        public static void RunClassConstructor(RuntimeTypeHandle type) { }
        public static int OffsetToStringData => throw null;
    }
}

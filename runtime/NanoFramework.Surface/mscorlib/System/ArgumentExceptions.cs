// Declaration-only surface of nanoFramework's mscorlib: ArgumentException and ArgumentNullException,
// the two CoreLibrary files compiled with nullable annotations enabled.
#nullable enable
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace System
{
    public class ArgumentException : SystemException
    {
        public ArgumentException() { }
        public ArgumentException(string? message) { }
        public ArgumentException(string? message, Exception? innerException) { }
        public ArgumentException(string? message, string? paramName) { }
        public ArgumentException(string? message, string? paramName, Exception? innerException) { }

        public override string Message => throw null!;
        public virtual string? ParamName => throw null!;

        public static void ThrowIfNullOrEmpty([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null) => throw null!;
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() { }
        public ArgumentNullException(string? paramName) { }
        public ArgumentNullException(string? message, Exception? innerException) { }
        public ArgumentNullException(string? paramName, string? message) { }

        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null) => throw null!;
    }
}

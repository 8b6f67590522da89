using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BlynkWM.Generators;

namespace BlynkWM.Tests.Shared
{
    /// <summary>Assertions over the generator's tracked pipeline steps (a run with step tracking, see <see cref="CompileHarness.CreateDriver"/>).</summary>
    internal static class GeneratorSteps
    {
        /// <summary>Every step name declared in <see cref="TrackingNames"/>.</summary>
        public static string[] All { get; } = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        /// <summary>What a step output must never hold: each keeps a whole compilation alive and defeats caching.</summary>
        private static readonly Type[] CompilationObjects =
        {
            typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location),
        };

        /// <summary>
        /// After an edit that does not concern the config classes or portal files: every step ran and produced what it had
        /// before (Cached or Unchanged), and so did every output. <paramref name="steps"/>: the steps that must have run
        /// (default: all of <see cref="TrackingNames"/>).
        /// </summary>
        public static void AssertAllCachedOrUnchanged(GeneratorRunResult rerun, params string[] steps)
        {
            foreach (string step in steps.Length > 0 ? steps : All)
            {
                Assert.True(rerun.TrackedSteps.ContainsKey(step), "step " + step + " is not tracked");
                foreach (IncrementalGeneratorRunStep run in rerun.TrackedSteps[step])
                {
                    Assert.All(run.Outputs, o => Assert.True(
                        o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        step + " re-ran with reason " + o.Reason));
                }
            }

            Assert.All(rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output re-ran: " + o.Reason));
        }

        /// <summary>Some output of <paramref name="step"/> changed in <paramref name="rerun"/>.</summary>
        public static void AssertModified(GeneratorRunResult rerun, string step)
        {
            Assert.Contains(rerun.TrackedSteps[step].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        }

        /// <summary>
        /// No output of a step in <see cref="TrackingNames"/> (or of <paramref name="steps"/>, which must have run) holds a
        /// compilation object, however deep (fields, collections).
        /// </summary>
        public static void AssertNoCompilationObjects(GeneratorRunResult result, params string[] steps)
        {
            foreach (string step in steps.Length > 0 ? steps : All)
            {
                Assert.True(result.TrackedSteps.ContainsKey(step), "step " + step + " is not tracked");
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        string? path = FindCompilationObject(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                        Assert.True(path is null, "a tracked step output holds a compilation object: " + path);
                    }
                }
            }
        }

        /// <summary>The path to the first compilation object inside <paramref name="value"/>, or null when it holds none.</summary>
        public static string? FindCompilationObject(object? value, string path, HashSet<object> visited)
        {
            if (value is null || value is string || value is Type)
            {
                return null;
            }

            Type type = value.GetType();
            if (CompilationObjects.Any(banned => banned.IsAssignableFrom(type)))
            {
                return path + " (" + type.Name + ")";
            }

            if (type.IsPrimitive || type.IsEnum || value is decimal || (!type.IsValueType && !visited.Add(value)))
            {
                return null;
            }

            if (value is IEnumerable items)
            {
                int index = 0;
                foreach (object? item in items)
                {
                    if (FindCompilationObject(item, path + "[" + index++ + "]", visited) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (FindCompilationObject(field.GetValue(value), path + "." + field.Name, visited) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }
    }
}

using System.Linq;

namespace BlynkWM.SurfaceCheck
{
    /// <summary>What a surface declares that the real library does not have in the same form.</summary>
    public static class SurfaceComparison
    {
        /// <summary>
        /// One message per surface line the real library lacks ("SURF001"), per value of a real enum the surface
        /// leaves out ("SURF002"), and when the two assemblies have different names ("SURF003").
        /// </summary>
        public static List<string> Compare(ApiListing surface, ApiListing real)
        {
            var findings = new List<string>();
            if (surface.AssemblyName != real.AssemblyName)
            {
                findings.Add("SURF003: the surface is assembly " + surface.AssemblyName + ", the library " + real.AssemblyName);
            }

            var realLines = new HashSet<string>(real.Lines, StringComparer.Ordinal);
            foreach (string line in surface.Lines.Where(l => !realLines.Contains(l)))
            {
                findings.Add("SURF001: not in " + real.AssemblyName + ": " + line + Nearest(line, real.Lines));
            }

            foreach (KeyValuePair<string, SortedSet<string>> surfaceEnum in surface.EnumValues)
            {
                if (real.EnumValues.TryGetValue(surfaceEnum.Key, out SortedSet<string>? values))
                {
                    foreach (string value in values.Where(v => !surfaceEnum.Value.Contains(v)))
                    {
                        findings.Add("SURF002: the surface's enum " + surfaceEnum.Key + " lacks " + value);
                    }
                }
            }

            return findings;
        }

        /// <summary>The real library's line for the same member name, if there is one, to show what differs.</summary>
        private static string Nearest(string line, IEnumerable<string> candidates)
        {
            string key = MemberKey(line);
            string[] near = candidates.Where(c => MemberKey(c) == key).Take(3).ToArray();
            return near.Length == 0 ? "" : " (the library has: " + string.Join(" | ", near) + ")";
        }

        private static string MemberKey(string line)
        {
            string[] words = line.Split(' ');
            string kind = words[0];
            foreach (string word in words.Skip(1))
            {
                int sep = word.IndexOf("::", StringComparison.Ordinal);
                if (sep >= 0)
                {
                    int paren = word.IndexOf('(');
                    return kind + " " + (paren > 0 ? word.Substring(0, paren) : word);
                }
            }

            // A type line: its name is the first word naming a type (after the kind and modifiers).
            return kind + " " + words.FirstOrDefault(w => w.Contains('.') && !w.StartsWith('[')) ;
        }
    }
}

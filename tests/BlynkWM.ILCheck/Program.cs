namespace BlynkWM.ILCheck
{
    /// <summary>
    /// blynkwm-ilcheck [-r reference.dll]... assembly.dll...
    /// Prints one line per finding (file(line,col): error NANO00n: ...) and exits 1 when there is any.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var references = new List<string>();
            var assemblies = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "-r" && i + 1 < args.Length)
                {
                    references.Add(args[++i]);
                }
                else
                {
                    assemblies.Add(args[i]);
                }
            }

            if (assemblies.Count == 0)
            {
                Console.Error.WriteLine("usage: BlynkWM.ILCheck [-r reference.dll]... assembly.dll...");
                return 2;
            }

            int count = 0;
            foreach (string assembly in assemblies)
            {
                foreach (Finding finding in Checker.Check(assembly, references))
                {
                    Console.WriteLine(finding);
                    count++;
                }
            }

            return count == 0 ? 0 : 1;
        }
    }
}

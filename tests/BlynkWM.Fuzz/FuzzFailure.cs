using System;

namespace BlynkWM.Fuzz
{
    /// <summary>An invariant the fuzzer checks did not hold; carries the input that broke it.</summary>
    public sealed class FuzzFailure : Exception
    {
        public FuzzFailure(string message, byte[] input)
            : base(message + " input=" + Convert.ToHexString(input))
        {
            Input = input;
        }

        public byte[] Input { get; }
    }
}

using System;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// The connection point for the generated /save handler: the fuzzer gives it every form body it makes, and it
    /// must throw <see cref="FuzzFailure"/> if a body it rejected changed the stored config.
    /// </summary>
    public interface IConfigFormFuzzHook
    {
        /// <param name="body">An application/x-www-form-urlencoded body, often invalid.</param>
        /// <param name="hasInvalidPair">True when the form reader reported an error for some pair (the handler must reject it).</param>
        void Submit(byte[] body, bool hasInvalidPair);
    }

    /// <summary>
    /// Random and mutated form bodies through <see cref="UrlEncodedFormReader"/>, checked against an independent
    /// reference decoder built on .NET's strict UTF-8 decoder: same pairs, same decoded bytes, same error class.
    /// </summary>
    public sealed class FormFuzzer
    {
        private const int KeyScratch = 24;
        private const int ValueScratch = 96;

        private static readonly string[] Pieces =
        {
            "a", "ssid", "pass", "_csrf", "=", "=", "&", "&", "+", "%", "%2", "%20", "%3D", "%26", "%25", "%2B", "%zz", "%G0",
            "%C3%A9", "%c3%a9", "%E2%82%AC", "%F0%9F%98%80", "%C0%AF", "%E0%80%80", "%ED%A0%80", "%F4%90%80%80", "%FF", "%80",
            "%C3", "%E2%82", "\u00e9", "x", "1", "0123456789", "~", "-", ".", "*", "\u0001", "\u007f",
        };

        private readonly Random _random;
        private readonly UrlEncodedFormReader _reader = new UrlEncodedFormReader(KeyScratch, ValueScratch);
        private readonly UTF8Encoding _strict = new UTF8Encoding(false, true);
        private readonly Mutator _mutator;
        private readonly List<byte[]> _seeds = new List<byte[]>();
        private readonly IConfigFormFuzzHook? _hook;

        public FormFuzzer(int seed, IConfigFormFuzzHook? hook)
        {
            _random = new Random(seed);
            _hook = hook;
            _mutator = new Mutator(_random, Pieces);
            _seeds.Add(Encoding.ASCII.GetBytes("_csrf=0123456789abcdef0123456789abcdef&ssid0=Home+WiFi&pass0=p%40ss%26word&port=8080"));
            _seeds.Add(Encoding.ASCII.GetBytes("a=1&&b=&=c&d&e=%C3%A9%E2%82%AC"));
            _seeds.Add(Encoding.ASCII.GetBytes("name=%F0%9F%98%80&x=%ZZ&y=%"));
        }

        public long Run(long cases)
        {
            for (long i = 0; i < cases; i++)
            {
                byte[] body = _random.Next(3) == 0
                    ? Generate()
                    : _mutator.Mutate(_seeds[_random.Next(_seeds.Count)], 3, 600);
                bool invalid = CheckAgainstReference(body);
                _hook?.Submit(body, invalid);
            }
            return cases;
        }

        private byte[] Generate()
        {
            var sb = new StringBuilder();
            int n = _random.Next(24);
            for (int i = 0; i < n; i++)
            {
                sb.Append(Pieces[_random.Next(Pieces.Length)]);
            }
            return Encoding.UTF8.GetBytes(sb.ToString());
        }

        /// <summary>Returns whether any pair was invalid; throws when reader and reference disagree.</summary>
        private bool CheckAgainstReference(byte[] body)
        {
            int offset = _random.Next(3) == 0 ? 0 : 0;
            _reader.Reset(body, offset, body.Length - offset);
            bool anyInvalid = false;
            int pairStart = 0;
            while (true)
            {
                // Reference: next non-empty '&' segment.
                while (pairStart < body.Length && body[pairStart] == (byte)'&')
                {
                    pairStart++;
                }
                bool refHas = pairStart < body.Length;
                bool has;
                try
                {
                    has = _reader.MoveNext();
                }
                catch (Exception e)
                {
                    throw new FuzzFailure("exception from UrlEncodedFormReader: " + e, body);
                }
                if (has != refHas)
                {
                    throw new FuzzFailure("pair count differs from reference", body);
                }
                if (!has)
                {
                    return anyInvalid;
                }
                int end = Array.IndexOf(body, (byte)'&', pairStart);
                if (end < 0)
                {
                    end = body.Length;
                }
                int eq = Array.IndexOf(body, (byte)'=', pairStart, end - pairStart);
                int keyEnd = eq < 0 ? end : eq;
                Compare(body, pairStart, keyEnd, _reader.KeyBuffer, _reader.KeyLength, _reader.KeyError, FormFieldError.KeyTooLong, KeyScratch);
                if (eq >= 0)
                {
                    Compare(body, eq + 1, end, _reader.ValueBuffer, _reader.ValueLength, _reader.ValueError, FormFieldError.ValueTooLong, ValueScratch);
                }
                else if (_reader.ValueLength != 0 || _reader.ValueError != FormFieldError.None || _reader.HasEquals)
                {
                    throw new FuzzFailure("pair without '=' has a value", body);
                }
                if (_reader.RawOffset != pairStart || _reader.RawLength != end - pairStart)
                {
                    throw new FuzzFailure("raw range differs from reference", body);
                }
                if (_reader.Error != FormFieldError.None)
                {
                    anyInvalid = true;
                }
                else
                {
                    // Exercise the allocation-side helpers on good pairs; they must agree with .NET.
                    string v = _reader.ValueToString();
                    if (v != _strict.GetString(_reader.ValueBuffer, 0, _reader.ValueLength))
                    {
                        throw new FuzzFailure("ValueToString differs from .NET's decoder", body);
                    }
                }
                pairStart = end + 1;
            }
        }

        private void Compare(byte[] body, int start, int end, byte[] decoded, int decodedLength, FormFieldError error, FormFieldError tooLong, int scratch)
        {
            var expected = new List<byte>();
            bool malformed = false;
            for (int i = start; i < end; i++)
            {
                byte b = body[i];
                if (b == (byte)'+')
                {
                    expected.Add((byte)' ');
                }
                else if (b == (byte)'%' && i + 2 < end && Uri.IsHexDigit((char)body[i + 1]) && Uri.IsHexDigit((char)body[i + 2]))
                {
                    expected.Add(Convert.ToByte(Encoding.ASCII.GetString(body, i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    malformed |= b == (byte)'%';
                    expected.Add(b);
                }
            }
            bool validUtf8;
            try
            {
                _strict.GetString(expected.ToArray());
                validUtf8 = true;
            }
            catch (DecoderFallbackException)
            {
                validUtf8 = false;
            }
            FormFieldError want = malformed ? FormFieldError.MalformedEscape
                : !validUtf8 ? FormFieldError.InvalidUtf8
                : expected.Count > scratch ? tooLong
                : FormFieldError.None;
            if (error != want)
            {
                throw new FuzzFailure("error " + error + " but reference says " + want, body);
            }
            int keep = Math.Min(expected.Count, scratch);
            if (decodedLength != keep)
            {
                throw new FuzzFailure("decoded length " + decodedLength + " but reference " + keep, body);
            }
            for (int i = 0; i < keep; i++)
            {
                if (decoded[i] != expected[i])
                {
                    throw new FuzzFailure("decoded bytes differ from reference", body);
                }
            }
        }
    }
}

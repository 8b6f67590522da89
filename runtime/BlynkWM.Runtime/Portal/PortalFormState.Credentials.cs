namespace BlynkWM.Portal
{
    /// <summary>
    /// The credential checks (WPA2 passphrase, Blynk token) and the marks a refused form puts on its fields
    /// (aria-invalid, aria-describedby, autofocus, unfolded sections).
    /// </summary>
    public sealed partial class PortalFormState
    {
        /// <summary>
        /// A WiFi passphrase (<c>[WifiCredential(PasswordMinLength = n)]</c>, n &gt; 0): as <see cref="ReadSecret(UrlEncodedFormReader, int, int, string, out string)"/>,
        /// and a new value must be <paramref name="minCharacters"/> to 63 characters, or 64 hex digits (WPA2's raw key).
        /// Empty keeps the stored one; an open network forgets it with the form's "forget" box.
        /// </summary>
        public bool ReadPassphrase(UrlEncodedFormReader reader, int field, int minCharacters, int maxBytes, string current, out string value)
        {
            if (!ReadSecret(reader, field, maxBytes, current, out value, false))
            {
                return false;
            }

            byte[] bytes = reader.ValueBuffer;
            int length = reader.ValueLength;
            int characters = 0;
            bool hex = true;
            for (int i = 0; i < length; i++)
            {
                byte b = bytes[i];
                if ((b & 0xC0) != 0x80)
                {
                    characters++;
                }

                hex &= (b >= (byte)'0' && b <= (byte)'9') || (b >= (byte)'a' && b <= (byte)'f') || (b >= (byte)'A' && b <= (byte)'F');
            }

            if (characters < minCharacters)
            {
                return RefuseSecret(field, PortalFieldError.TooShort, current, out value);
            }

            if (characters > AttributeDefaults.PassphraseMaxCharacters && !(length == RawKeyHexDigits && hex))
            {
                return RefuseSecret(field, PortalFieldError.NotAPassphrase, current, out value);
            }

            return true;
        }

        /// <summary>
        /// A Blynk auth token (<c>[BlynkCredential(TokenLength = n)]</c>, n &gt; 0): as <see cref="ReadSecret(UrlEncodedFormReader, int, int, string, out string)"/>,
        /// and a new value must be exactly <paramref name="length"/> letters, digits, '-' or '_'.
        /// </summary>
        public bool ReadToken(UrlEncodedFormReader reader, int field, int length, int maxBytes, string current, out string value)
        {
            if (!ReadSecret(reader, field, maxBytes, current, out value, false))
            {
                return false;
            }

            if (!IsToken(reader.ValueBuffer, 0, reader.ValueLength, length))
            {
                return RefuseSecret(field, PortalFieldError.NotAToken, current, out value);
            }

            return true;
        }

        /// <summary>True when <paramref name="count"/> bytes are exactly <paramref name="length"/> of [-_a-zA-Z0-9].</summary>
        public static bool IsToken(byte[] bytes, int offset, int count, int length)
        {
            if (count != length)
            {
                return false;
            }

            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                byte b = bytes[i];
                if (!((b >= (byte)'0' && b <= (byte)'9') || (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || b == (byte)'-' || b == (byte)'_'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Inside an input tag, when rendering errors: a refused field is marked invalid and points at its message; the
        /// first refused field of the page gets the focus (and so scrolls into view) without script. A secret typed
        /// correctly in a refused form points at its "type it again" note.
        /// </summary>
        public void WriteInvalid(HtmlWriter writer, int field)
        {
            if (!ShowErrors)
            {
                return;
            }

            if (_errors[field] != PortalFieldError.None)
            {
                writer.Raw(InvalidStart);
                writer.Number(field);
                if (FirstError() == field)
                {
                    writer.Raw(Autofocus);
                }
            }
            else if (_changed[field] && _errorCount > 0)
            {
                writer.Raw(DescribedStart);
                writer.Number(field);
            }
        }

        /// <summary>In a folded section's tag: unfolds it when rendering errors for one of its fields [first, first + count).</summary>
        public void WriteOpen(HtmlWriter writer, int first, int count)
        {
            if (!ShowErrors)
            {
                return;
            }

            for (int i = first; i < first + count; i++)
            {
                if (_errors[i] != PortalFieldError.None)
                {
                    writer.Raw(OpenAttribute);
                    return;
                }
            }
        }

        /// <summary>The lowest-numbered field with an error (the page's first), or -1.</summary>
        public int FirstError()
        {
            for (int i = 0; i < _errors.Length; i++)
            {
                if (_errors[i] != PortalFieldError.None)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A secret that was read but breaks its rule: the stored one stays, and nothing typed is kept.</summary>
        private bool RefuseSecret(int field, PortalFieldError error, string current, out string value)
        {
            _changed[field] = false;
            value = current ?? "";
            Fail(field, error);
            return false;
        }
    }
}

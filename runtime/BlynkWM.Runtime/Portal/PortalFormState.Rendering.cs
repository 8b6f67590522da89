namespace BlynkWM.Portal
{
    /// <summary>What the generated page writes through the form state: the banner, values, errors and attributes of each field.</summary>
    public sealed partial class PortalFormState
    {
        /// <summary>The red banner above the form, when rendering errors.</summary>
        public void WriteBanner(HtmlWriter writer)
        {
            if (ShowErrors && _errorCount > 0)
            {
                writer.Raw(Banner);
            }
            else if (Notice != null && Notice.Length > 0)
            {
                writer.Raw(NoticeStart);
                writer.Text(Notice);
                writer.Raw(NoticeEnd);
            }
        }

        /// <summary>A text input's value: what the user sent when it was refused, otherwise <paramref name="value"/>.</summary>
        public void WriteValue(HtmlWriter writer, int field, string value)
        {
            string rejected = ShowErrors ? _rejected[field] : null;
            writer.Text(rejected != null ? rejected : value != null ? value : "");
        }

        /// <summary>A number input's value: what the user sent when it was refused, otherwise <paramref name="value"/>.</summary>
        public void WriteNumber(HtmlWriter writer, int field, long value)
        {
            string rejected = ShowErrors ? _rejected[field] : null;
            if (rejected != null)
            {
                writer.Text(rejected);
            }
            else
            {
                writer.Number(value);
            }
        }

        /// <summary>Inside a checkbox tag: <c>checked</c> when <paramref name="value"/> is true.</summary>
        public void WriteChecked(HtmlWriter writer, bool value)
        {
            if (value)
            {
                writer.Raw(CheckedAttribute);
            }
        }

        /// <summary>
        /// Inside a secret's input tag: a hint that a value is stored (never the value), or <c>required</c> when the
        /// field is required and nothing is stored (a stored one may be kept by leaving the field empty).
        /// </summary>
        public void WriteSecretAttributes(HtmlWriter writer, bool stored, bool required)
        {
            if (stored)
            {
                writer.Raw(StoredSecret);
            }
            else if (required)
            {
                writer.Raw(RequiredAttribute);
            }
        }

        /// <summary>After a secret's input: a box to forget the stored value (an open network has no password).</summary>
        public void WriteForget(HtmlWriter writer, byte[] fieldId, bool stored)
        {
            if (stored)
            {
                writer.Raw(ForgetStart);
                writer.Raw(fieldId);
                writer.Raw(ForgetEnd);
            }
        }

        /// <summary>
        /// The message next to a refused field; <paramref name="a"/> and <paramref name="b"/> are its limits: max length
        /// and (secrets) the rule's length, or min and max.
        /// </summary>
        public void WriteError(HtmlWriter writer, int field, long a, long b)
        {
            if (!ShowErrors)
            {
                return;
            }

            if (_errors[field] == PortalFieldError.None)
            {
                if (_changed[field] && _errorCount > 0)
                {
                    // A secret typed correctly, but the form was refused for another field: it is not shown back.
                    writer.Raw(RetypeStart);
                    writer.Number(field);
                    writer.Raw(TagEnd);
                    writer.Raw(MsgRetype);
                    writer.Raw(ErrorEnd);
                }

                return;
            }

            writer.Raw(ErrorStart);
            writer.Number(field);
            writer.Raw(TagEnd);
            switch (_errors[field])
            {
                case PortalFieldError.Required:
                    writer.Raw(MsgRequired);
                    break;
                case PortalFieldError.TooLong:
                    writer.Raw(MsgTooLong);
                    writer.Number(a);
                    writer.Raw(MsgTooLongEnd);
                    break;
                case PortalFieldError.NotANumber:
                    writer.Raw(MsgNotANumber);
                    break;
                case PortalFieldError.OutOfRange:
                    writer.Raw(MsgRange);
                    writer.Number(a);
                    writer.Raw(MsgRangeTo);
                    writer.Number(b);
                    writer.Byte((byte)'.');
                    break;
                case PortalFieldError.NotOnOff:
                    writer.Raw(MsgNotOnOff);
                    break;
                case PortalFieldError.MalformedEscape:
                    writer.Raw(MsgEscape);
                    break;
                case PortalFieldError.InvalidUtf8:
                    writer.Raw(MsgUtf8);
                    break;
                case PortalFieldError.ControlCharacter:
                    writer.Raw(MsgControl);
                    break;
                case PortalFieldError.NotAHostName:
                    writer.Raw(MsgHostName);
                    break;
                case PortalFieldError.TooShort:
                    writer.Raw(MsgTooShort);
                    writer.Number(b);
                    writer.Raw(MsgTooShortEnd);
                    break;
                case PortalFieldError.NotAPassphrase:
                    writer.Raw(MsgPassphrase);
                    break;
                case PortalFieldError.NotAToken:
                    writer.Raw(MsgToken);
                    writer.Number(b);
                    writer.Raw(MsgTokenEnd);
                    break;
                default:
                    writer.Raw(MsgDuplicate);
                    break;
            }

            writer.Raw(ErrorEnd);
        }

        /// <summary>True when the UTF-8 bytes encode exactly <paramref name="text"/>; compares without allocating.</summary>
        public bool EqualsUtf8(byte[] bytes, int length, string text)
        {
            if (text == null)
            {
                return false;
            }

            if (_compare.Length < length)
            {
                _compare = new byte[length];
            }

            // A text that takes more bytes than the value cannot equal it: the bounded encoder says so without counting.
            if (BlynkWM.Storage.Utf8.TryEncode(text, _compare, 0, length) != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_compare[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A validated value as a string (one allocation; the platform decoder, linear on both runtimes).</summary>
        private static string Decode(UrlEncodedFormReader reader)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueBuffer, 0, reader.ValueLength);
        }

        /// <summary>Marks the field seen; false (with the error recorded) for a repeated key or an undecodable value.</summary>
        private bool FirstAndClean(UrlEncodedFormReader reader, int field, bool keepRejected)
        {
            if (_seen[field])
            {
                Fail(field, PortalFieldError.Duplicate);
                return false;
            }

            _seen[field] = true;
            switch (reader.ValueError)
            {
                case FormFieldError.None:
                    return true;
                case FormFieldError.MalformedEscape:
                    Reject(reader, field, PortalFieldError.MalformedEscape, keepRejected);
                    return false;
                case FormFieldError.InvalidUtf8:
                    Reject(reader, field, PortalFieldError.InvalidUtf8, keepRejected);
                    return false;
                default:
                    // The reader's value scratch is sized one byte past the longest field, so overflowing it means too long.
                    Reject(reader, field, PortalFieldError.TooLong, keepRejected);
                    return false;
            }
        }

        /// <summary>Every key the form knows must carry a decodable value, even where the value itself is ignored.</summary>
        private bool FailOnEncoding(UrlEncodedFormReader reader, int field)
        {
            switch (reader.ValueError)
            {
                case FormFieldError.None:
                    return false;
                case FormFieldError.MalformedEscape:
                    Fail(field, PortalFieldError.MalformedEscape);
                    return true;
                case FormFieldError.InvalidUtf8:
                    Fail(field, PortalFieldError.InvalidUtf8);
                    return true;
                default:
                    Fail(field, PortalFieldError.NotOnOff);
                    return true;
            }
        }

        private void Reject(UrlEncodedFormReader reader, int field, PortalFieldError error, bool keepRejected)
        {
            if (keepRejected && _errors[field] == PortalFieldError.None)
            {
                // Shown back in the field so the user can fix it rather than retype it (never for secrets).
                _rejected[field] = Utf8Validator.Decode(reader.ValueBuffer, 0, reader.ValueLength);
            }

            Fail(field, error);
        }
    }
}

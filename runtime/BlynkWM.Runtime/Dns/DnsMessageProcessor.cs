namespace BlynkWM.Dns
{
    /// <summary>
    /// Turns one DNS query into the captive answer, in place and without allocating: every IN A (or ANY) question
    /// gets the portal's IPv4 address; other types get NOERROR with no answers (NODATA) for the same name.
    /// Malformed queries get FORMERR when a header can be read, other opcodes NOTIMP, responses are ignored.
    /// Names are never decompressed: a compression pointer in the question is refused (FORMERR) and in the other
    /// sections only skipped, so pointer loops cannot make it spin. Every loop is bounded by the packet length.
    /// </summary>
    public sealed class DnsMessageProcessor
    {
        /// <summary>Smallest response buffer <see cref="Process"/> accepts: a classic 512-byte UDP message.</summary>
        public const int MinResponseCapacity = 512;

        private const int HeaderLength = 12;
        private const int MaxNameLength = 255;
        private const int TypeA = 1;
        private const int TypeOpt = 41;
        private const int TypeAny = 255;
        private const int ClassIn = 1;
        private const int ClassAny = 255;
        private const int RcodeFormErr = 1;
        private const int RcodeNotImp = 4;
        private const int AdvertisedUdpSize = 1232;

        private readonly byte[] _address = new byte[4];
        private readonly int _ttl;

        /// <param name="ipv4Address">The portal's address, 4 bytes, e.g. { 192, 168, 4, 1 }.</param>
        /// <param name="ttlSeconds">Kept short so clients forget the fake answers soon after the portal closes.</param>
        public DnsMessageProcessor(byte[] ipv4Address, int ttlSeconds)
        {
            if (ipv4Address.Length != 4)
            {
                throw new System.ArgumentException("IPv4 address must be 4 bytes", nameof(ipv4Address));
            }
            if (ttlSeconds < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(ttlSeconds));
            }
            System.Array.Copy(ipv4Address, _address, 4);
            _ttl = ttlSeconds;
        }

        /// <summary>
        /// Writes the reply to <paramref name="query"/> into <paramref name="response"/> (from index 0) and returns its
        /// length, or 0 when nothing should be sent (too short for a header, or not a query).
        /// </summary>
        public int Process(byte[] query, int offset, int count, byte[] response)
        {
            if (response.Length < MinResponseCapacity)
            {
                throw new System.ArgumentException("response buffer too small", nameof(response));
            }
            if (offset < 0 || count < 0 || offset + count > query.Length || count < HeaderLength)
            {
                return 0;
            }
            byte flags1 = query[offset + 2];
            if ((flags1 & 0x80) != 0)
            {
                return 0;
            }
            int opcode = (flags1 >> 3) & 0x0F;
            response[0] = query[offset];
            response[1] = query[offset + 1];
            // QR, the query's opcode and RD; AA because we answer for every name. Never RA: this server does not
            // recurse (RFC 1035 4.1.1), it answers every name itself. CD is echoed (RFC 6840 5.9); Z and AD stay 0.
            response[2] = (byte)(0x80 | (flags1 & 0x78) | (flags1 & 0x01));
            response[3] = (byte)(query[offset + 3] & 0x10);
            for (int i = 4; i < HeaderLength; i++)
            {
                response[i] = 0;
            }
            if (opcode != 0)
            {
                response[3] |= RcodeNotImp;
                return HeaderLength;
            }

            int end = offset + count;
            if (ReadUInt16(query, offset + 4) != 1)
            {
                return FormErr(response);
            }

            int p = offset + HeaderLength;
            int nameLength = 0;
            while (true)
            {
                if (p >= end)
                {
                    return FormErr(response);
                }
                int label = query[p];
                if (label == 0)
                {
                    p++;
                    break;
                }
                if ((label & 0xC0) != 0)
                {
                    return FormErr(response);
                }
                nameLength += label + 1;
                if (nameLength + 1 > MaxNameLength || p + 1 + label > end)
                {
                    return FormErr(response);
                }
                p += 1 + label;
            }
            if (p + 4 > end)
            {
                return FormErr(response);
            }
            int qtype = ReadUInt16(query, p);
            int qclass = ReadUInt16(query, p + 2);
            p += 4;
            int questionEnd = p;

            int records = ReadUInt16(query, offset + 6) + ReadUInt16(query, offset + 8);
            for (int i = 0; i < records; i++)
            {
                p = SkipRecord(query, p, end);
                if (p < 0)
                {
                    return FormErr(response);
                }
            }
            int additional = ReadUInt16(query, offset + 10);
            bool hasOpt = false;
            int ednsVersion = 0;
            for (int i = 0; i < additional; i++)
            {
                int recordStart = p;
                p = SkipRecord(query, p, end);
                if (p < 0)
                {
                    return FormErr(response);
                }
                if (ReadUInt16(query, RecordTypeOffset(query, recordStart)) == TypeOpt)
                {
                    // RFC 6891 6.1.1: one OPT, owned by the root.
                    if (hasOpt || query[recordStart] != 0)
                    {
                        return FormErr(response);
                    }
                    hasOpt = true;
                    ednsVersion = query[recordStart + 6];
                }
            }

            int questionLength = questionEnd - (offset + HeaderLength);
            System.Array.Copy(query, offset + HeaderLength, response, HeaderLength, questionLength);
            int w = HeaderLength + questionLength;
            response[5] = 1;
            if (hasOpt && ednsVersion != 0)
            {
                // BADVERS (16): its upper bits travel in the OPT record, the header's RCODE stays 0.
                response[11] = 1;
                return WriteOpt(response, w, 1);
            }
            response[2] |= 0x04;
            if ((qclass == ClassIn || qclass == ClassAny) && (qtype == TypeA || qtype == TypeAny))
            {
                response[7] = 1;
                response[w++] = 0xC0;
                response[w++] = HeaderLength;
                WriteUInt16(response, w, TypeA);
                WriteUInt16(response, w + 2, ClassIn);
                response[w + 4] = (byte)(_ttl >> 24);
                response[w + 5] = (byte)(_ttl >> 16);
                response[w + 6] = (byte)(_ttl >> 8);
                response[w + 7] = (byte)_ttl;
                WriteUInt16(response, w + 8, 4);
                System.Array.Copy(_address, 0, response, w + 10, 4);
                w += 14;
            }
            if (hasOpt)
            {
                response[11] = 1;
                w = WriteOpt(response, w, 0);
            }
            return w;
        }

        private static int FormErr(byte[] response)
        {
            for (int i = 4; i < HeaderLength; i++)
            {
                response[i] = 0;
            }
            response[2] &= 0xFB;
            response[3] = (byte)((response[3] & 0xF0) | RcodeFormErr);
            return HeaderLength;
        }

        private static int WriteOpt(byte[] r, int w, int extendedRcode)
        {
            r[w] = 0;
            WriteUInt16(r, w + 1, TypeOpt);
            WriteUInt16(r, w + 3, AdvertisedUdpSize);
            r[w + 5] = (byte)extendedRcode;
            r[w + 6] = 0;
            r[w + 7] = 0;
            r[w + 8] = 0;
            WriteUInt16(r, w + 9, 0);
            return w + 11;
        }

        /// <summary>
        /// Skips one resource record starting at <paramref name="p"/>; -1 when it does not fit. A compressed name
        /// ends at its pointer, which is never followed.
        /// </summary>
        private static int SkipRecord(byte[] q, int p, int end)
        {
            while (true)
            {
                if (p >= end)
                {
                    return -1;
                }
                int label = q[p];
                if (label == 0)
                {
                    p++;
                    break;
                }
                if ((label & 0xC0) == 0xC0)
                {
                    p += 2;
                    break;
                }
                if ((label & 0xC0) != 0)
                {
                    return -1;
                }
                p += 1 + label;
            }
            if (p + 10 > end)
            {
                return -1;
            }
            int rdLength = ReadUInt16(q, p + 8);
            p += 10 + rdLength;
            return p > end ? -1 : p;
        }

        /// <summary>Where the TYPE field of a record already known to fit begins.</summary>
        private static int RecordTypeOffset(byte[] q, int p)
        {
            while (true)
            {
                int label = q[p];
                if (label == 0)
                {
                    return p + 1;
                }
                if ((label & 0xC0) == 0xC0)
                {
                    return p + 2;
                }
                p += 1 + label;
            }
        }

        private static int ReadUInt16(byte[] b, int p)
        {
            return (b[p] << 8) | b[p + 1];
        }

        private static void WriteUInt16(byte[] b, int p, int value)
        {
            b[p] = (byte)(value >> 8);
            b[p + 1] = (byte)value;
        }
    }
}

namespace BlynkWM.Dhcp
{
    /// <summary>Where one pool address stands, as <see cref="DhcpLeaseTable.StateAt"/> reports it at a given time.</summary>
    public enum DhcpLeaseState
    {
        /// <summary>Never handed out, or declined long enough ago.</summary>
        Free = 0,

        /// <summary>Offered to a client that has not taken it yet.</summary>
        Offered = 1,

        /// <summary>Leased to a client.</summary>
        Bound = 2,

        /// <summary>A client found the address in use (DHCPDECLINE): not handed out for a while.</summary>
        Declined = 3,

        /// <summary>An offer or lease ran out (or was released): its client gets it back first, anyone else may take it.</summary>
        Expired = 4,
    }

    /// <summary>
    /// The server's leases: one slot per pool address (slot i is the pool's first address + i), each with the 6-byte
    /// hardware address of its client, a state and an expiry time. Fixed arrays allocated once; every lookup is a
    /// linear walk over at most <see cref="DhcpServerOptions.MaxPoolSize"/> slots. Clients are told apart by their
    /// hardware address (chaddr), which phones also send as their client identifier. Not thread-safe: one server owns it.
    /// </summary>
    public sealed class DhcpLeaseTable
    {
        /// <summary>Bytes of a hardware (Ethernet/WiFi MAC) address.</summary>
        public const int HardwareAddressLength = 6;

        private const byte RawFree = 0;
        private const byte RawOffered = 1;
        private const byte RawBound = 2;
        private const byte RawDeclined = 3;

        private readonly uint _first;
        private readonly byte[] _owners;
        private readonly byte[] _states;
        private readonly long[] _expires;

        /// <summary>A table of <paramref name="capacity"/> free slots for the addresses from <paramref name="firstAddress"/> (host byte order) on.</summary>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
        public DhcpLeaseTable(uint firstAddress, int capacity)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacity");
            }

            _first = firstAddress;
            _owners = new byte[capacity * HardwareAddressLength];
            _states = new byte[capacity];
            _expires = new long[capacity];
        }

        /// <summary>Slots, one per pool address.</summary>
        public int Capacity
        {
            get { return _states.Length; }
        }

        /// <summary>The pool address of slot <paramref name="slot"/>, host byte order.</summary>
        public uint AddressAt(int slot)
        {
            return _first + (uint)slot;
        }

        /// <summary>The slot of a pool address, or -1 when it is not in the pool.</summary>
        public int SlotOf(uint address)
        {
            uint slot = address - _first;
            return slot < (uint)_states.Length ? (int)slot : -1;
        }

        /// <summary>Where the address of <paramref name="slot"/> stands at clock time <paramref name="now"/> (milliseconds): an expired offer or lease reads as expired, an ended decline hold as free.</summary>
        public DhcpLeaseState StateAt(int slot, long now)
        {
            byte raw = _states[slot];
            if (raw == RawFree)
            {
                return DhcpLeaseState.Free;
            }

            if (now >= _expires[slot])
            {
                return raw == RawDeclined ? DhcpLeaseState.Free : DhcpLeaseState.Expired;
            }

            return raw == RawOffered ? DhcpLeaseState.Offered : raw == RawBound ? DhcpLeaseState.Bound : DhcpLeaseState.Declined;
        }

        /// <summary>When the slot's offer, lease or decline hold ends (meaningless for a free slot).</summary>
        public long ExpiresAt(int slot)
        {
            return _expires[slot];
        }

        /// <summary>Copies the slot's client hardware address into <paramref name="destination"/>.</summary>
        public void CopyOwner(int slot, byte[] destination, int offset)
        {
            System.Array.Copy(_owners, slot * HardwareAddressLength, destination, offset, HardwareAddressLength);
        }

        /// <summary>Slots leased (not expired) at <paramref name="now"/>.</summary>
        public int CountBound(long now)
        {
            int count = 0;
            for (int i = 0; i < _states.Length; i++)
            {
                if (StateAt(i, now) == DhcpLeaseState.Bound)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>
        /// The slot offered or leased to the client whose hardware address starts at <paramref name="mac"/>[<paramref name="offset"/>],
        /// expired or not; -1 when it has none.
        /// </summary>
        public int FindClient(byte[] mac, int offset)
        {
            for (int i = 0; i < _states.Length; i++)
            {
                if ((_states[i] == RawOffered || _states[i] == RawBound) && OwnedBy(i, mac, offset))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>True when the slot is offered or leased to this client (expired or not).</summary>
        public bool IsClientOf(int slot, byte[] mac, int offset)
        {
            return (_states[slot] == RawOffered || _states[slot] == RawBound) && OwnedBy(slot, mac, offset);
        }

        /// <summary>The client may have this slot: it is free, expired, or already this client's.</summary>
        public bool IsAvailableTo(int slot, byte[] mac, int offset, long now)
        {
            DhcpLeaseState state = StateAt(slot, now);
            return state == DhcpLeaseState.Free || state == DhcpLeaseState.Expired || IsClientOf(slot, mac, offset);
        }

        /// <summary>
        /// A slot for a new client: the lowest free one, else the one that expired longest ago (its client loses the
        /// claim to get it back); -1 when every slot is offered, leased or held after a decline.
        /// </summary>
        public int FindUnused(long now)
        {
            int oldest = -1;
            for (int i = 0; i < _states.Length; i++)
            {
                DhcpLeaseState state = StateAt(i, now);
                if (state == DhcpLeaseState.Free)
                {
                    return i;
                }

                if (state == DhcpLeaseState.Expired && (oldest < 0 || _expires[i] < _expires[oldest]))
                {
                    oldest = i;
                }
            }

            return oldest;
        }

        /// <summary>Reserves the slot for the client until <paramref name="until"/>; its other slot, if any, is let go.</summary>
        public void Offer(int slot, byte[] mac, int offset, long until)
        {
            Assign(slot, mac, offset, RawOffered, until);
        }

        /// <summary>Leases the slot to the client until <paramref name="until"/>; its other slot, if any, is let go.</summary>
        public void Bind(int slot, byte[] mac, int offset, long until)
        {
            Assign(slot, mac, offset, RawBound, until);
        }

        /// <summary>Ends the slot's offer or lease now; the client stays recorded, so it gets the address back first.</summary>
        public void Expire(int slot, long now)
        {
            if (_expires[slot] > now)
            {
                _expires[slot] = now;
            }
        }

        /// <summary>Takes the slot out of use until <paramref name="until"/>: someone else answers on that address.</summary>
        public void Decline(int slot, long until)
        {
            _states[slot] = RawDeclined;
            _expires[slot] = until;
            System.Array.Clear(_owners, slot * HardwareAddressLength, HardwareAddressLength);
        }

        private void Assign(int slot, byte[] mac, int offset, byte state, long until)
        {
            int previous = FindClient(mac, offset);
            if (previous >= 0 && previous != slot)
            {
                _states[previous] = RawFree;
                System.Array.Clear(_owners, previous * HardwareAddressLength, HardwareAddressLength);
            }

            System.Array.Copy(mac, offset, _owners, slot * HardwareAddressLength, HardwareAddressLength);
            _states[slot] = state;
            _expires[slot] = until;
        }

        private bool OwnedBy(int slot, byte[] mac, int offset)
        {
            int o = slot * HardwareAddressLength;
            for (int j = 0; j < HardwareAddressLength; j++)
            {
                if (_owners[o + j] != mac[offset + j])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

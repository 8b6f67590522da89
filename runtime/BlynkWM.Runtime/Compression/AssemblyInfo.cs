// The length-limited Huffman construction (HuffmanCode) is tested directly: no input of a legal size drives a real
// stream deep enough to need the limit on every path.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("BlynkWM.PortalPage.Tests")]

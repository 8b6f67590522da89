using System.IO;
using System.Reflection.PortableExecutable;

namespace BlynkWM.ILCheck
{
    /// <summary>An assembly opened for reading, with its portable PDB when one lies beside it.</summary>
    public sealed class CheckedAssembly : IDisposable
    {
        private readonly PEReader _pe;
        private readonly MetadataReaderProvider? _pdbProvider;
        private readonly MetadataReader? _pdb;

        public CheckedAssembly(string path)
        {
            Path = path;
            _pe = new PEReader(File.OpenRead(path));
            Reader = _pe.GetMetadataReader();
            string pdbPath = System.IO.Path.ChangeExtension(path, ".pdb");
            if (File.Exists(pdbPath))
            {
                _pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
                _pdb = _pdbProvider.GetMetadataReader();
            }
        }

        public string Path { get; }

        public MetadataReader Reader { get; }

        public string Name => Reader.GetString(Reader.GetAssemblyDefinition().Name);

        public MethodBodyBlock? Body(MethodDefinitionHandle handle)
        {
            int rva = Reader.GetMethodDefinition(handle).RelativeVirtualAddress;
            return rva == 0 ? null : _pe.GetMethodBody(rva);
        }

        public Finding At(string rule, string message, MethodDefinitionHandle method, int ilOffset)
        {
            if (_pdb is not null && !method.IsNil)
            {
                SequencePoint? best = null;
                foreach (SequencePoint point in _pdb.GetMethodDebugInformation(method).GetSequencePoints())
                {
                    if (point.IsHidden)
                    {
                        continue;
                    }

                    // The last visible point at or before the offset; the method's first when the offset is -1.
                    if (best is null || (point.Offset <= ilOffset && point.Offset >= best.Value.Offset))
                    {
                        best = point;
                    }

                    if (ilOffset < 0)
                    {
                        break;
                    }
                }

                if (best is not null)
                {
                    string document = _pdb.GetString(_pdb.GetDocument(best.Value.Document).Name);
                    return new Finding(rule, message, Path, document, best.Value.StartLine, best.Value.StartColumn);
                }
            }

            return new Finding(rule, message, Path, null, 0, 0);
        }

        /// <summary>
        /// A type's location: the first of its methods the PDB maps; for a type without code, the line declaring it
        /// in the document the PDB names for it.
        /// </summary>
        public Finding AtType(string rule, string message, TypeDefinitionHandle type)
        {
            foreach (MethodDefinitionHandle method in Reader.GetTypeDefinition(type).GetMethods())
            {
                Finding finding = At(rule, message, method, -1);
                if (finding.Document is not null)
                {
                    return finding;
                }
            }

            string name = SimpleName(Reader.GetString(Reader.GetTypeDefinition(type).Name));
            return AtDeclaration(rule, message, type, name, 0);
        }

        /// <summary>A field's location: the first line after its type's declaration that names it.</summary>
        public Finding AtField(string rule, string message, FieldDefinitionHandle field)
        {
            TypeDefinitionHandle type = Reader.GetFieldDefinition(field).GetDeclaringType();
            Finding typeAt = AtType(rule, message, type);
            return AtDeclaration(rule, message, type, Reader.GetString(Reader.GetFieldDefinition(field).Name), typeAt.Line);
        }

        private Finding AtDeclaration(string rule, string message, TypeDefinitionHandle type, string name, int fromLine)
        {
            string? document = DocumentOf(type);
            string? text = document is null ? null : SourceText(document);
            if (document is not null && text is not null)
            {
                string[] lines = text.Split('\n');
                for (int i = Math.Max(fromLine - 1, 0); i < lines.Length; i++)
                {
                    int column = WordIndex(lines[i], name);
                    if (column >= 0)
                    {
                        return new Finding(rule, message, Path, document, i + 1, column + 1);
                    }
                }
            }

            return new Finding(rule, message, Path, document, 0, 0);
        }

        private static readonly Guid TypeDocumentsKind = new Guid("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");
        private static readonly Guid EmbeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

        /// <summary>The document of a type: from one of its methods, else the PDB's type-documents record.</summary>
        private string? DocumentOf(TypeDefinitionHandle type)
        {
            if (_pdb is null)
            {
                return null;
            }

            foreach (MethodDefinitionHandle method in Reader.GetTypeDefinition(type).GetMethods())
            {
                Finding finding = At("", "", method, -1);
                if (finding.Document is not null)
                {
                    return finding.Document;
                }
            }

            foreach (CustomDebugInformationHandle handle in _pdb.GetCustomDebugInformation(type))
            {
                CustomDebugInformation info = _pdb.GetCustomDebugInformation(handle);
                if (_pdb.GetGuid(info.Kind) != TypeDocumentsKind)
                {
                    continue;
                }

                BlobReader blob = _pdb.GetBlobReader(info.Value);
                if (blob.RemainingBytes > 0)
                {
                    int row = blob.ReadCompressedInteger();
                    return _pdb.GetString(_pdb.GetDocument(MetadataTokens.DocumentHandle(row)).Name);
                }
            }

            return null;
        }

        /// <summary>The document's text: embedded in the PDB, else read from disk.</summary>
        private string? SourceText(string document)
        {
            foreach (DocumentHandle handle in _pdb!.Documents)
            {
                if (_pdb.GetString(_pdb.GetDocument(handle).Name) != document)
                {
                    continue;
                }

                foreach (CustomDebugInformationHandle cdi in _pdb.GetCustomDebugInformation(handle))
                {
                    CustomDebugInformation info = _pdb.GetCustomDebugInformation(cdi);
                    if (_pdb.GetGuid(info.Kind) == EmbeddedSourceKind)
                    {
                        return EmbeddedText(_pdb.GetBlobBytes(info.Value));
                    }
                }
            }

            return File.Exists(document) ? File.ReadAllText(document) : null;
        }

        private static string EmbeddedText(byte[] blob)
        {
            int format = BitConverter.ToInt32(blob, 0);
            byte[] bytes;
            if (format == 0)
            {
                bytes = blob[4..];
            }
            else
            {
                using var input = new MemoryStream(blob, 4, blob.Length - 4);
                using var inflate = new System.IO.Compression.DeflateStream(input, System.IO.Compression.CompressionMode.Decompress);
                using var output = new MemoryStream();
                inflate.CopyTo(output);
                bytes = output.ToArray();
            }

            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        private static int WordIndex(string line, string word)
        {
            for (int i = line.IndexOf(word, StringComparison.Ordinal); i >= 0; i = line.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                bool startOk = i == 0 || !IsIdentifierChar(line[i - 1]);
                bool endOk = i + word.Length >= line.Length || !IsIdentifierChar(line[i + word.Length]);
                if (startOk && endOk)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static string SimpleName(string metadataName)
        {
            int tick = metadataName.IndexOf('`');
            return tick < 0 ? metadataName : metadataName.Substring(0, tick);
        }

        public string TypeName(EntityHandle handle) => Names.Of(Reader, handle);

        public void Dispose()
        {
            _pdbProvider?.Dispose();
            _pe.Dispose();
        }
    }
}

// The namespaces most of this project's files use.
global using System;
global using System.Collections.Generic;
global using System.Reflection.Metadata;
global using System.Reflection.Metadata.Ecma335;

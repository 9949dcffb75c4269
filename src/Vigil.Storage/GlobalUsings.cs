global using System.Collections.Immutable;
global using static Vigil.Storage.StoredRows;

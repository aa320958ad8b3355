Console.WriteLine("DesignHost: used by `dotnet ef` only. See docs/decisions/0001-two-providers-two-migration-sets.md.");

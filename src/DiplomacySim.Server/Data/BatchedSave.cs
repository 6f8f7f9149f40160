using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DiplomacySim.Server.Data;

/// <summary>
/// Writes a save on PostgreSQL as one Npgsql batch of prepared statements in place of EF Core's update
/// pipeline, when every change is a plain one: a new row, or changed columns of a row, of a table that
/// holds one entity type and no value the database generates, inside the command's transaction. A send is
/// only such changes (its communique, clauses, events, modifiers and the game row). Anything else, such as a
/// delete, an owned row, a generated key or no transaction, returns null and EF Core saves it as before.
/// EF Core still tracks every entity, finds the changes and accepts them: only the writing is ours (decision 18).
/// </summary>
internal static class BatchedSave
{
    private static readonly ConcurrentDictionary<IEntityType, Table?> Tables = new();

    // Makes parameters only (a parameter is not tied to the command that created it); never executed.
    private static readonly NpgsqlCommand ParameterFactory = new();

    /// <summary>The save as one batch, or null when EF Core must write it.</summary>
    public static Planned? Plan(DbContext db, out int rows)
    {
        rows = 0;
        if (db.Database.CurrentTransaction?.GetDbTransaction() is not NpgsqlTransaction { Connection: { } connection } transaction)
            return null;

        var inserts = new List<(Table Table, EntityEntry Entry)>();
        var updates = new List<(Table Table, EntityEntry Entry)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                case EntityState.Added when TableOf(entry.Metadata) is { } table:
                    inserts.Add((table, entry));
                    break;
                case EntityState.Modified when TableOf(entry.Metadata) is { } table:
                    updates.Add((table, entry));
                    break;
                default:
                    return null;
            }
        }
        if (inserts.Count + updates.Count == 0)
            return null;
        // Principals before their dependents, as the foreign keys check each statement as it runs. A table
        // that refers to itself is written here only one new row at a time (its rows' order would matter).
        inserts.Sort((a, b) => a.Table.Rank != b.Table.Rank ? a.Table.Rank.CompareTo(b.Table.Rank) : string.CompareOrdinal(a.Table.Name, b.Table.Name));
        for (var i = 1; i < inserts.Count; i++)
        {
            if (inserts[i].Table.RefersToItself && ReferenceEquals(inserts[i].Table, inserts[i - 1].Table))
                return null;
        }

        var batch = new NpgsqlBatch(connection, transaction);
        if (db.Database.GetCommandTimeout() is { } timeout)
            batch.Timeout = timeout;
        var expected = new List<int>();
        // The new rows of one table in one statement: fewer statements for PostgreSQL to bind and run.
        for (var start = 0; start < inserts.Count;)
        {
            var table = inserts[start].Table;
            var end = start + 1;
            while (end < inserts.Count && end - start < Table.MaxRowsPerInsert && ReferenceEquals(inserts[end].Table, table))
                end++;
            batch.BatchCommands.Add(table.Insert(inserts, start, end - start));
            expected.Add(end - start);
            start = end;
        }
        foreach (var (table, entry) in updates)
        {
            if (table.Update(entry) is not { } update)
            {
                batch.Dispose();
                return null;
            }
            batch.BatchCommands.Add(update);
            expected.Add(1);
        }
        rows = inserts.Count + updates.Count;
        return new Planned(batch, [.. expected]);
    }

    /// <summary>A batch and the rows each of its statements must write.</summary>
    public sealed record Planned(NpgsqlBatch Batch, int[] Expected);

    /// <summary>The batch's statements, for the log.</summary>
    public static string Sql(Planned planned) => string.Join(";\n", planned.Batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => c.CommandText));

    /// <summary>Runs the batch; every statement must write its rows, or the save fails as EF Core's would.</summary>
    public static async Task RunAsync(Planned planned, CancellationToken cancellationToken)
    {
        var batch = planned.Batch;
        await using (batch)
        {
            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException failed)
            {
                throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", failed);
            }
            for (var i = 0; i < planned.Expected.Length; i++)
            {
                var command = batch.BatchCommands[i];
                if (command.RecordsAffected != planned.Expected[i])
                    throw new DbUpdateConcurrencyException($"The database operation was expected to affect {planned.Expected[i]} row(s) but affected {command.RecordsAffected}: a row was changed or deleted since it was read. ({command.CommandText})");
            }
        }
    }

    private static Table? TableOf(IEntityType type) => Tables.GetOrAdd(type, Table.Of);

    /// <summary>
    /// What writing rows of one entity type needs, worked out once from the model: its table, its columns in one
    /// order with their type mappings, its key and concurrency tokens, and its place among the foreign keys.
    /// </summary>
    private sealed class Table
    {
        private IProperty[] columns = [];
        private string[] names = [];
        private RelationalTypeMapping[] mappings = [];
        private IProperty[] key = [];
        private IProperty[] tokens = [];
        private readonly ConcurrentDictionary<int, string> insertSql = new();
        private readonly ConcurrentDictionary<ulong, string> updateSql = new();

        public string Name { get; private init; } = "";
        public int Rank { get; private init; }
        public bool RefersToItself { get; private init; }

        /// <summary>The table of a plain entity type, or null when EF Core must write it.</summary>
        public static Table? Of(IEntityType type)
        {
            if (type.IsOwned() || type.BaseType is not null || type.GetDirectlyDerivedTypes().Any() || type.GetTableName() is not { } name
                || type.GetComplexProperties().Any() || type.GetSqlQuery() is not null || type.GetViewName() is not null)
                return null;
            var store = StoreObjectIdentifier.Table(name, type.GetSchema());
            // One entity type to the table: no table splitting and no owned types stored in its row.
            if (type.Model.GetEntityTypes().Count(t => t.GetTableName() == name && t.GetSchema() == type.GetSchema()) != 1)
                return null;
            var properties = type.GetProperties().ToArray();
            if (properties.Length > 64 || properties.Any(p => p.ValueGenerated != ValueGenerated.Never || p.GetComputedColumnSql(store) is not null
                || p.GetColumnName(store) is null || p.GetRelationalTypeMapping() is null))
                return null;
            if (RankOf(type, []) is not { } rank)
                return null;

            var quoted = Quote(name, type.GetSchema());
            var names = properties.Select(p => Quote(p.GetColumnName(store)!, null)).ToArray();
            return new Table
            {
                Name = quoted,
                Rank = rank,
                RefersToItself = type.GetForeignKeys().Any(k => k.PrincipalEntityType == type),
                columns = properties,
                names = names,
                mappings = [.. properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping())],
                key = [.. type.FindPrimaryKey()!.Properties],
                tokens = [.. properties.Where(p => p.IsConcurrencyToken)],
            };
        }

        /// <summary>At most this many rows to an insert, far below PostgreSQL's 65,535 parameters a statement.</summary>
        public const int MaxRowsPerInsert = 100;

        /// <summary>One statement for <paramref name="count"/> new rows, all of this table.</summary>
        public NpgsqlBatchCommand Insert(List<(Table Table, EntityEntry Entry)> rows, int start, int count)
        {
            var command = new NpgsqlBatchCommand(insertSql.GetOrAdd(count, InsertSql));
            for (var row = start; row < start + count; row++)
            {
                var values = rows[row].Entry.CurrentValues;
                for (var i = 0; i < columns.Length; i++)
                    command.Parameters.Add(Parameter(i, values[columns[i]]));
            }
            return command;
        }

        private string InsertSql(int count)
        {
            var sql = new StringBuilder("INSERT INTO ").Append(Name).Append(" (").AppendJoin(", ", names).Append(") VALUES ");
            var n = 0;
            for (var row = 0; row < count; row++)
            {
                sql.Append(row > 0 ? ", (" : "(");
                for (var i = 0; i < columns.Length; i++)
                    sql.Append(i > 0 ? ", $" : "$").Append(++n);
                sql.Append(')');
            }
            return sql.ToString();
        }

        /// <summary>Sets the changed columns where the key and the concurrency tokens are as read; null if a key changed.</summary>
        public NpgsqlBatchCommand? Update(EntityEntry entry)
        {
            ulong changed = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                if (entry.Property(columns[i]).IsModified)
                    changed |= 1UL << i;
            }
            if (changed == 0 || key.Any(p => (changed & (1UL << Array.IndexOf(columns, p))) != 0))
                return null;

            var command = new NpgsqlBatchCommand(updateSql.GetOrAdd(changed, UpdateSql));
            var current = entry.CurrentValues;
            var original = entry.OriginalValues;
            for (var i = 0; i < columns.Length; i++)
            {
                if ((changed & (1UL << i)) != 0)
                    command.Parameters.Add(Parameter(i, current[columns[i]]));
            }
            foreach (var property in key)
                command.Parameters.Add(Parameter(Array.IndexOf(columns, property), current[property]));
            foreach (var property in tokens)
                command.Parameters.Add(Parameter(Array.IndexOf(columns, property), original[property]));
            return command;
        }

        private string UpdateSql(ulong changed)
        {
            var sql = new StringBuilder("UPDATE ").Append(Name).Append(" SET ");
            var n = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                if ((changed & (1UL << i)) != 0)
                    sql.Append(n > 0 ? ", " : "").Append(names[i]).Append(" = $").Append(++n);
            }
            sql.Append(" WHERE ");
            var conditions = key.Concat(tokens).Select(p => $"{names[Array.IndexOf(columns, p)]} = ${++n}");
            return sql.AppendJoin(" AND ", conditions).ToString();
        }

        // The type mapping converts the value (an enum to its name, a clause to its JSON) and sets its database type, as EF Core does.
        private NpgsqlParameter Parameter(int column, object? value) =>
            (NpgsqlParameter)mappings[column].CreateParameter(ParameterFactory, "", value, columns[column].IsNullable);

        /// <summary>One more than the highest rank of the tables it refers to; null for a cycle of foreign keys.</summary>
        private static int? RankOf(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (!visiting.Add(type))
                return null;
            var rank = 0;
            foreach (var foreignKey in type.GetForeignKeys())
            {
                var principal = foreignKey.PrincipalEntityType;
                if (principal == type)
                    continue;
                if (RankOf(principal, visiting) is not { } above)
                    return null;
                rank = Math.Max(rank, above + 1);
            }
            visiting.Remove(type);
            return rank;
        }

        private static string Quote(string name, string? schema) =>
            schema is null ? $"\"{name.Replace("\"", "\"\"")}\"" : $"\"{schema.Replace("\"", "\"\"")}\".\"{name.Replace("\"", "\"\"")}\"";
    }
}

using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DiplomacySim.Server.Data;

/// <summary>
/// The game's store, used directly by handlers (no repository layer). Each provider has a subclass
/// only so that it can keep its own migrations; the model is the same.
/// </summary>
public abstract class GameDbContext(DbContextOptions options) : IdentityDbContext<User>(options), IDataProtectionKeyContext
{
    public DbSet<Game> Games => Set<Game>();
    public DbSet<GameMember> GameMembers => Set<GameMember>();
    public DbSet<Nation> Nations => Set<Nation>();
    public DbSet<Ministry> Ministries => Set<Ministry>();
    public DbSet<Installation> Installations => Set<Installation>();
    public DbSet<DiplomaticMission> Missions => Set<DiplomaticMission>();
    public DbSet<OpinionModifier> OpinionModifiers => Set<OpinionModifier>();
    public DbSet<Embargo> Embargoes => Set<Embargo>();
    public DbSet<Communique> Communiques => Set<Communique>();
    public DbSet<CommuniqueClause> CommuniqueClauses => Set<CommuniqueClause>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<GameEvent> Events => Set<GameEvent>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Data Protection keys, shared by every instance so a token issued by one is read by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GameDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        int saved;
        List<Guid> untracked, opinionsUntracked;
        using (LookOnce())
        {
            (untracked, opinionsUntracked) = MarkChanges();
            Saving?.Invoke(ChangeTracker);
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
        }
        if (untracked.Count > 0)
            Games.Where(g => untracked.Contains(g.Id)).ExecuteUpdate(s => s.SetProperty(g => g.WorldVersion, g => g.WorldVersion + 1));
        if (opinionsUntracked.Count > 0)
            Games.Where(g => opinionsUntracked.Contains(g.Id)).ExecuteUpdate(s => s.SetProperty(g => EF.Property<int>(g, VersionProperty), g => EF.Property<int>(g, VersionProperty) + 1));
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        int saved;
        List<Guid> untracked, opinionsUntracked;
        using (LookOnce())
        {
            (untracked, opinionsUntracked) = MarkChanges();
            Saving?.Invoke(ChangeTracker);
            saved = await WriteAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (untracked.Count > 0)
            await Games.Where(g => untracked.Contains(g.Id)).ExecuteUpdateAsync(s => s.SetProperty(g => g.WorldVersion, g => g.WorldVersion + 1), cancellationToken);
        if (opinionsUntracked.Count > 0)
            await Games.Where(g => opinionsUntracked.Contains(g.Id)).ExecuteUpdateAsync(s => s.SetProperty(g => EF.Property<int>(g, VersionProperty), g => EF.Property<int>(g, VersionProperty) + 1), cancellationToken);
        return saved;
    }

    /// <summary>
    /// Called in each save once its changes are final (versions moved), before they are written: what a command
    /// keeps beside the database (its opinion sums) sees every save, a handler's own included.
    /// </summary>
    public Action<Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker>? Saving { get; set; }

    /// <summary>Writes the save's changes; EF Core's own update pipeline unless a provider has a leaner one.</summary>
    protected virtual Task<int> WriteAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>
    /// Looks for the changes of tracked entities once for the whole save, and turns EF Core's own looking off
    /// until the save ends: every <c>ChangeTracker.Entries()</c> below, in a SavingChanges
    /// handler and in the base save would otherwise compare every tracked entity with its snapshot again, six
    /// times a send (a twelfth of the server's CPU per send, docs/benchmarks.md). Disposing it turns EF Core's
    /// looking back to what it was.
    /// </summary>
    private LookingPaused LookOnce()
    {
        var paused = new LookingPaused(ChangeTracker, ChangeTracker.AutoDetectChangesEnabled);
        if (paused.WasOn)
            ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return paused;
    }

    private readonly record struct LookingPaused(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker Tracker, bool WasOn) : IDisposable
    {
        public void Dispose() => Tracker.AutoDetectChangesEnabled = WasOn;
    }

    /// <summary>What a save marks beyond the handler's changes; returns the games to move after it.</summary>
    private (List<Guid> World, List<Guid> Opinions) MarkChanges()
    {
        TouchOwners();
        var world = MarkWorldChanges();
        var opinions = MarkOpinionChanges();
        BumpVersions();
        return (world, opinions);
    }

    // The entities whose changes move a game's WorldVersion (see Play.WorldCache).
    private static readonly HashSet<Type> WorldTypes =
        [typeof(Nation), typeof(Ministry), typeof(Installation), typeof(DiplomaticMission), typeof(Embargo), typeof(Agreement), typeof(GameMember)];

    /// <summary>
    /// Moves the WorldVersion of every game whose world this save changes, in the same save when the game
    /// is tracked (a command holds it locked). Returns the games that are not tracked: their version is
    /// moved right after the save, never before, so a reader that sees the new version sees the new data.
    /// </summary>
    private List<Guid> MarkWorldChanges()
    {
        var changed = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && WorldTypes.Contains(entry.Metadata.ClrType))
                changed.Add((Guid)entry.Property("GameId").CurrentValue!);
        }
        var untracked = new List<Guid>();
        foreach (var gameId in changed)
        {
            var game = ChangeTracker.Entries<Game>().FirstOrDefault(g => g.Entity.Id == gameId);
            if (game is null)
                untracked.Add(gameId);
            else if (game.State != EntityState.Added)
            {
                game.Entity.WorldChanged();
                // A property set on the entity itself: the save no longer looks for changes on its own.
                game.DetectChanges();
            }
        }
        return untracked;
    }

    /// <summary>
    /// Moves the game row's Version whenever its opinion modifiers change, so that a copy of their sums kept
    /// at a version (Play.OpinionCache) is never used after a change, whichever instance made it. Returns
    /// the games that are not tracked: their version is moved right after the save.
    /// </summary>
    private List<Guid> MarkOpinionChanges()
    {
        var changed = new HashSet<Guid>();
        foreach (var entry in ChangeTracker.Entries<OpinionModifier>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
                changed.Add(entry.Entity.GameId);
        }
        var untracked = new List<Guid>();
        foreach (var gameId in changed)
        {
            var game = ChangeTracker.Entries<Game>().FirstOrDefault(g => g.Entity.Id == gameId);
            if (game is null)
                untracked.Add(gameId);
            else if (game.State == EntityState.Unchanged)
                game.Property(VersionProperty).IsModified = true;
        }
        return untracked;
    }

    // A change to an owned row (an agreement's party giving its consent) is a change of its owner: the
    // owner's Version moves (so that two answers cannot both win) and so does the game's WorldVersion.
    // EF Core leaves the owner unchanged when only its owned rows change, so mark its Version modified.
    private void TouchOwners()
    {
        var changedOwned = ChangeTracker.Entries()
            .Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var owned in changedOwned)
        {
            var ownership = owned.Metadata.FindOwnership()!;
            var key = ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue).ToList();
            var owner = ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(key));
            if (owner is { State: EntityState.Unchanged } && owner.Metadata.FindProperty(VersionProperty) is not null)
                owner.Property(VersionProperty).IsModified = true;
        }
    }

    // Entities with a "Version" concurrency token: an update whose version changed under it fails
    // instead of silently overwriting another command's change. Same on PostgreSQL and SQLite.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty(VersionProperty) is not null)
            {
                var version = entry.Property(VersionProperty);
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }

    internal const string VersionProperty = "Version";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

public sealed class PostgresGameDbContext(DbContextOptions<PostgresGameDbContext> options) : GameDbContext(options)
{
    private ILogger? logger;

    /// <summary>Off only to compare the batch with what EF Core's own update pipeline writes (BatchedSaveTests).</summary>
    internal bool WritesInOneBatch { get; set; } = true;

    /// <summary>Whether the last save was written by <see cref="BatchedSave"/>, for tests and the log.</summary>
    internal bool LastSaveWasBatched { get; private set; }

    /// <summary>A command's plain changes as one Npgsql batch (<see cref="BatchedSave"/>, decision 18); the rest by EF Core.</summary>
    protected override async Task<int> WriteAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        LastSaveWasBatched = false;
        if (!WritesInOneBatch || BatchedSave.Plan(this, out var rows) is not { } planned)
            return await base.WriteAsync(acceptAllChangesOnSuccess, cancellationToken);
        LastSaveWasBatched = true;
        logger ??= this.GetService<ILoggerFactory>().CreateLogger(typeof(BatchedSave).FullName!);
        if (logger.IsEnabled(LogLevel.Debug))
            logger.LogDebug("Saving {Rows} rows in one batch:\n{Sql}", rows, BatchedSave.Sql(planned));
        await BatchedSave.RunAsync(planned, cancellationToken);
        if (acceptAllChangesOnSuccess)
            ChangeTracker.AcceptAllChanges();
        return rows;
    }
}

public sealed class SqliteGameDbContext(DbContextOptions<SqliteGameDbContext> options) : GameDbContext(options);

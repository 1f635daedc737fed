using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Storage;

/// <summary>
/// The server's database: accounts, briefings with their event logs, and the published record. One model, with a
/// subclass per engine so each keeps its own migrations (<see cref="SqliteBriefingDb"/>, <see cref="PostgresBriefingDb"/>).
/// </summary>
public abstract class BriefingDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Cookie-signing keys live with the data, so sessions survive a restart or a move to another machine.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<BriefingRow> Briefings => Set<BriefingRow>();

    /// <summary>The briefings lists show and the scheduler works on: all but the cancelled.</summary>
    public IQueryable<BriefingRow> ListedBriefings => Briefings.Where(b => b.Phase != nameof(BriefingRoom.Briefings.BriefingPhase.Cancelled));

    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<AdmissionRow> Admissions => Set<AdmissionRow>();

    public DbSet<PublicationRow> Publications => Set<PublicationRow>();

    public DbSet<AuditRow> Audit => Set<AuditRow>();

    public DbSet<ArchiveDocument> ArchiveDocuments => Set<ArchiveDocument>();

    public DbSet<ArchiveParagraph> ArchiveParagraphs => Set<ArchiveParagraph>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var accounts = ChangesAccounts();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            if (accounts)
            {
                AccountChanges.Saved();
            }
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var accounts = ChangesAccounts();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            // After the commit (accounts never change inside a wider transaction), and after a failure too: it may have committed.
            if (accounts)
            {
                AccountChanges.Saved();
            }
        }
    }

    // Any account tracked may be changed by the save; looking without detecting changes keeps a large save from paying twice.
    private bool ChangesAccounts()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return ChangeTracker.Entries<Account>().Any();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Account>(a =>
        {
            a.HasIndex(x => x.Email).IsUnique();
            a.Property(x => x.Email).HasMaxLength(320);
            a.Property(x => x.Name).HasMaxLength(200);
            a.Property(x => x.Outlet).HasMaxLength(200);
            a.Ignore(x => x.RoleList);
        });
        modelBuilder.Entity<BriefingRow>(b => b.Property(x => x.Title).HasMaxLength(500));
        modelBuilder.Entity<EventRow>(e =>
        {
            e.HasKey(x => new { x.BriefingId, x.Seq });
            e.Property(x => x.Type).HasMaxLength(64);
        });
        modelBuilder.Entity<AdmissionRow>(a => a.HasKey(x => new { x.BriefingId, x.AccountId }));
        modelBuilder.Entity<ArchiveDocument>(d =>
        {
            d.HasIndex(x => x.ContentHash).IsUnique();
            d.HasIndex(x => x.Url).IsUnique();
            d.HasIndex(x => x.Date);
            d.HasIndex(x => x.BriefingId);
            d.HasMany(x => x.Paragraphs).WithOne().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ArchiveParagraph>(p =>
        {
            p.HasIndex(x => new { x.DocumentId, x.Turn, x.Number }).IsUnique();
            // Rows imported before a transcript had a preface, when text above the first label was a speakerless turn: kept small, so finding them at start is free.
            p.HasIndex(x => x.DocumentId, "IX_ArchiveParagraphs_Speakerless").HasFilter("\"Speaker\" IS NULL OR \"Speaker\" = ''");
        });
        modelBuilder.Entity<PublicationRow>(p =>
        {
            p.HasIndex(x => new { x.BriefingId, x.Version }).IsUnique();
            p.HasIndex(x => x.Path);
        });
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Communiques : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Installations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastEventSeq",
                table: "Games",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Games",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GameId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Requester = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Grantor = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceClauseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RatificationRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Ratified = table.Column<bool>(type: "boolean", nullable: false),
                    HostState = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    HostConsent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ruling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RuledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InForceSince = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Allocations = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Games_GameId",
                        column: x => x.GameId,
                        principalTable: "Games",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Communiques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GameId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromMinistry = table.Column<Guid>(type: "uuid", nullable: false),
                    ToMinistry = table.Column<Guid>(type: "uuid", nullable: false),
                    FromNation = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ToNation = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Classification = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    InReplyTo = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InGameDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communiques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Communiques_Communiques_InReplyTo",
                        column: x => x.InReplyTo,
                        principalTable: "Communiques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Communiques_Games_GameId",
                        column: x => x.GameId,
                        principalTable: "Games",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Communiques_Ministries_FromMinistry",
                        column: x => x.FromMinistry,
                        principalTable: "Ministries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Communiques_Ministries_ToMinistry",
                        column: x => x.ToMinistry,
                        principalTable: "Ministries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Embargoes",
                columns: table => new
                {
                    GameId = table.Column<Guid>(type: "uuid", nullable: false),
                    Imposer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Target = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Embargoes", x => new { x.GameId, x.Imposer, x.Target });
                    table.ForeignKey(
                        name: "FK_Embargoes_Nations_GameId_Imposer",
                        columns: x => new { x.GameId, x.Imposer },
                        principalTable: "Nations",
                        principalColumns: new[] { "GameId", "Code" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Embargoes_Nations_GameId_Target",
                        columns: x => new { x.GameId, x.Target },
                        principalTable: "Nations",
                        principalColumns: new[] { "GameId", "Code" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    GameId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    InGameDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Audience = table.Column<List<string>>(type: "text[]", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => new { x.GameId, x.Seq });
                    table.ForeignKey(
                        name: "FK_Events_Games_GameId",
                        column: x => x.GameId,
                        principalTable: "Games",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    GameId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CommuniqueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.GameId, x.UserId, x.Key });
                    table.ForeignKey(
                        name: "FK_IdempotencyRecords_Games_GameId",
                        column: x => x.GameId,
                        principalTable: "Games",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommuniqueClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuniqueId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Requester = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Grantor = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Answers = table.Column<Guid>(type: "uuid", nullable: true),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsentForAgreement = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuniqueClauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommuniqueClauses_Communiques_CommuniqueId",
                        column: x => x.CommuniqueId,
                        principalTable: "Communiques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_GameId_Status",
                table: "Agreements",
                columns: new[] { "GameId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CommuniqueClauses_CommuniqueId_Index",
                table: "CommuniqueClauses",
                columns: new[] { "CommuniqueId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_FromMinistry",
                table: "Communiques",
                column: "FromMinistry");

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_GameId_FromNation",
                table: "Communiques",
                columns: new[] { "GameId", "FromNation" });

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_GameId_Seq",
                table: "Communiques",
                columns: new[] { "GameId", "Seq" });

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_GameId_ToNation",
                table: "Communiques",
                columns: new[] { "GameId", "ToNation" });

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_InReplyTo",
                table: "Communiques",
                column: "InReplyTo");

            migrationBuilder.CreateIndex(
                name: "IX_Communiques_ToMinistry",
                table: "Communiques",
                column: "ToMinistry");

            migrationBuilder.CreateIndex(
                name: "IX_Embargoes_GameId_Target",
                table: "Embargoes",
                columns: new[] { "GameId", "Target" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "CommuniqueClauses");

            migrationBuilder.DropTable(
                name: "Embargoes");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "Communiques");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Installations");

            migrationBuilder.DropColumn(
                name: "LastEventSeq",
                table: "Games");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Games");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacySim.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Parties",
                table: "CommuniqueClauses",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AgreementParties",
                columns: table => new
                {
                    Nation = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Consent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParties", x => new { x.AgreementId, x.Nation });
                    table.ForeignKey(
                        name: "FK_AgreementParties_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Move the parties before their old columns go: requester and grantor of every agreement,
            // and a mandate's host state as a consenting state with its consent as it stood.
            migrationBuilder.Sql("""
                INSERT INTO "AgreementParties" ("AgreementId", "Nation", "Role", "Consent")
                SELECT "Id", "Requester", 'Requester', 'NotNeeded' FROM "Agreements";
                INSERT INTO "AgreementParties" ("AgreementId", "Nation", "Role", "Consent")
                SELECT "Id", "Grantor", 'Grantor', 'NotNeeded' FROM "Agreements";
                INSERT INTO "AgreementParties" ("AgreementId", "Nation", "Role", "Consent")
                SELECT "Id", "HostState", 'ConsentingState', "HostConsent" FROM "Agreements" WHERE "HostState" IS NOT NULL;
                """);

            // A clause's parties as StoredJson writes them (camelCase, a consent that is not needed left out).
            migrationBuilder.Sql("""
                UPDATE "CommuniqueClauses" SET "Parties" =
                    '[{"nation":"' || "Requester" || '","role":"requester"},{"nation":"' || "Grantor" || '","role":"grantor"}]';
                """);

            migrationBuilder.DropColumn(
                name: "Grantor",
                table: "CommuniqueClauses");

            migrationBuilder.DropColumn(
                name: "Requester",
                table: "CommuniqueClauses");

            migrationBuilder.DropColumn(
                name: "Grantor",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "HostConsent",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "HostState",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Requester",
                table: "Agreements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Grantor",
                table: "CommuniqueClauses",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Requester",
                table: "CommuniqueClauses",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Grantor",
                table: "Agreements",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HostConsent",
                table: "Agreements",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HostState",
                table: "Agreements",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Requester",
                table: "Agreements",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "Agreements" SET
                    "Requester" = (SELECT p."Nation" FROM "AgreementParties" p WHERE p."AgreementId" = "Agreements"."Id" AND p."Role" = 'Requester'),
                    "Grantor" = (SELECT p."Nation" FROM "AgreementParties" p WHERE p."AgreementId" = "Agreements"."Id" AND p."Role" = 'Grantor'),
                    "HostState" = (SELECT p."Nation" FROM "AgreementParties" p WHERE p."AgreementId" = "Agreements"."Id" AND p."Role" = 'ConsentingState'),
                    "HostConsent" = COALESCE((SELECT p."Consent" FROM "AgreementParties" p WHERE p."AgreementId" = "Agreements"."Id" AND p."Role" = 'ConsentingState'), 'NotNeeded');
                UPDATE "CommuniqueClauses" SET
                    "Requester" = (SELECT json_extract(e.value, '$.nation') FROM json_each("Parties") e WHERE json_extract(e.value, '$.role') = 'requester'),
                    "Grantor" = (SELECT json_extract(e.value, '$.nation') FROM json_each("Parties") e WHERE json_extract(e.value, '$.role') = 'grantor');
                """);

            migrationBuilder.DropTable(
                name: "AgreementParties");

            migrationBuilder.DropColumn(
                name: "Parties",
                table: "CommuniqueClauses");
        }
    }
}
